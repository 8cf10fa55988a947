import type { Copy } from "./copy.ts";

/** What the advisor does, in a sentence, and the one-line privacy notice. */
export const welcomeLines = (copy: Copy): string[] => [copy("welcome.intro"), copy("welcome.privacy")];

/** The first choices a visitor gets. */
export const welcomeActions = (copy: Copy): string[] => [
  copy("action.start"),
  copy("action.ask"),
  copy("action.talk"),
];
