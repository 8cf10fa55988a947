/**
 * A sign-off on a line of its own ("Kind regards", "Thanks,", "Sent from my iPhone"): what
 * follows is a pasted email signature and disclaimer, not part of the message.
 */
const SIGN_OFF =
  /\n[ \t]*(?:(?:kind|best|warm|many|warmest)(?:est)? (?:regards|wishes)|regards|best|thanks|thank you|many thanks|cheers|sincerely|yours (?:sincerely|faithfully)|all the best|sent from my [^\n]{1,40}|--)[ \t]*[,.!]?[ \t]*(?:\n|$)/i;

/**
 * The message without a pasted signature block: everything from a sign-off line on is dropped,
 * so names, phone numbers, company numbers and disclaimers are not read as the visitor's
 * answers. A message with no sign-off line comes back unchanged.
 */
export function withoutSignature(text: string): string {
  const match = SIGN_OFF.exec(text);
  if (!match || match.index === 0) return text;
  const body = text.slice(0, match.index).trim();
  return body.length > 0 ? body : text;
}
