import type { Activity } from "botbuilder";

interface CardNode {
  type?: string;
  text?: string;
  items?: CardNode[];
  columns?: CardNode[];
  facts?: Array<{ title: string; value: string }>;
  body?: CardNode[];
  actions?: CardNode[];
  title?: string;
  data?: unknown;
  url?: string;
}

/** An Adaptive Card as readable lines: its text, facts and list items, in order. */
export function cardToLines(card: CardNode): string[] {
  const lines: string[] = [];
  const walk = (node: CardNode) => {
    if (node.type === "TextBlock" && node.text) lines.push(node.text);
    if (node.type === "FactSet")
      for (const fact of node.facts ?? []) lines.push(`${fact.title} ${fact.value}`);
    for (const child of [...(node.body ?? []), ...(node.items ?? []), ...(node.columns ?? [])])
      walk(child);
  };
  walk(card);
  return lines;
}

/** A choice the visitor can pick by number: a suggested action or a card button. */
export interface Choice {
  title: string;
  /** What picking it sends: text, or a card submit value. */
  send: { text: string } | { value: unknown } | { url: string };
}

/** Renders one bot activity for the terminal, returning its lines and the choices it offers. */
export function renderActivity(activity: Partial<Activity>): {
  lines: string[];
  choices: Choice[];
} {
  if (activity.type !== "message") return { lines: [], choices: [] };
  const lines: string[] = [];
  const choices: Choice[] = [];
  if (activity.text) lines.push(activity.text);
  for (const attachment of activity.attachments ?? []) {
    const card = attachment.content as CardNode | undefined;
    if (!card || !attachment.contentType?.includes("adaptive")) continue;
    lines.push(...cardToLines(card));
    for (const action of card.actions ?? []) {
      if (action.type === "Action.OpenUrl" && action.url)
        choices.push({ title: action.title ?? action.url, send: { url: action.url } });
      else if (action.type === "Action.Submit")
        choices.push({ title: action.title ?? "", send: { value: action.data } });
    }
  }
  for (const action of activity.suggestedActions?.actions ?? []) {
    choices.push({
      title: String(action.title),
      send: { text: String(action.value ?? action.title) },
    });
  }
  return { lines, choices };
}
