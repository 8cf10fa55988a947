const EMOJI_PART =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0f|\u20e3/gu;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const EMOTICON = /(?:[:;=8][-']?[()[\]dpo3/\\|*]|<\/?3|\^_\^|xd)/giu;

/**
 * True when a message is only emoji or text emoticons (":)", "<3"), with at least one of them:
 * it carries a mood, not a language or a request, so it is routed apart from words.
 */
export function isEmojiOnly(text: string): boolean {
  const rest = text
    .replace(EMOTICON, " ")
    .replace(EMOJI_PART, " ")
    .replace(/[\s.,!?]+/g, "");
  if (rest.length > 0) return false;
  return PICTOGRAPH.test(text) || EMOTICON.test(text.replace(EMOJI_PART, " "));
}
