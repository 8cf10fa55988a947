import type { Copy } from "./copy.ts";

/**
 * What the advisor does, in a sentence, and the one-line privacy notice; in a shared conversation
 * (a Teams channel or group chat), also the name to @mention it by.
 */
export const welcomeLines = (copy: Copy, mentionName?: string): string[] => [
  copy("welcome.intro"),
  copy("welcome.privacy"),
  ...(mentionName ? [copy("welcome.mention", { name: mentionName })] : []),
];

/** The first choices a visitor gets. */
export const welcomeActions = (copy: Copy): string[] => [
  copy("action.start"),
  copy("action.ask"),
  copy("action.talk"),
];
