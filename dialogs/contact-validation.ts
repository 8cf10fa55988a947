/** Checks on contact details typed in the handoff. Pure; each returns the cleaned value or null. */

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,24}$/i;

export function cleanEmail(text: string): string | null {
  const candidate = text
    .trim()
    .replace(/^mailto:/i, "")
    .replace(/[.,;]+$/, "");
  const found = candidate.match(/\S+@\S+/)?.[0] ?? candidate;
  return EMAIL.test(found) && found.length <= 254 ? found.toLowerCase() : null;
}

/** Words that make up replies, not names: "yes", "hello", "bye", "a real person", "skip". */
const NOT_NAME_WORDS = new Set(
  `yes yeah yep yup no nope ok okay k hi hello hey hiya bye goodbye thanks thank you ty cheers
  correct right sure fine great cool a an the real actual person human humans someone somebody
  anyone agent consultant advisor adviser please me i my name is what why how who skip none n/a
  na test testing help talk to speak with call back now later maybe dont don't know dunno not
  telling rather say anonymous nobody no-one noone asap human's sales support`.split(/\s+/),
);

export function cleanName(text: string): string | null {
  const name = text
    .trim()
    .replace(/^(my name is|i'?m|it'?s|this is|name'?s)\s+/i, "")
    .replace(/<[^>]{0,200}>/g, "")
    .replace(/[<>{}[\]\\`*_#|]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // A question or an email address typed here is not a name.
  if (name.includes("?") || name.includes("@")) return null;
  const words = name.toLowerCase().match(/[\p{L}'/-]+/gu) ?? [];
  if (words.length > 0 && words.every((word) => NOT_NAME_WORDS.has(word))) return null;
  return name.length >= 1 && name.length <= 100 && /\p{L}/u.test(name) ? name : null;
}

export function cleanCompany(text: string): string | null {
  const company = text
    .trim()
    .replace(/<[^>]{0,200}>/g, "")
    .replace(/[<>{}\\`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (company.includes("?") || /\S+@\S+\.\S+/.test(company)) return null;
  return company.length >= 1 && company.length <= 150 ? company : null;
}

const SKIP =
  /^(skip|no|none|nope|n\/a|no thanks|rather not|prefer not to say|-|(?:please )?(?:just )?(?:email|e-mail) (?:me|is (?:fine|better|best)|only|first|please)(?: first| instead| please)?|by email(?: please)?|no phone|no number|don'?t have one)$/i;

/** A phone number, "skip" (returns ""), or null when it is neither. */
export function cleanPhone(text: string): string | null {
  const trimmed = text.trim().replace(/[.!]+$/, "");
  if (SKIP.test(trimmed)) return "";
  const digits = trimmed.replace(/[^\d]/g, "");
  if (!/^\+?[\d\s().-]{7,25}$/.test(trimmed) || digits.length < 7 || digits.length > 15)
    return null;
  return trimmed;
}
