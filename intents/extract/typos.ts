import { damerauLevenshtein } from "../../src/core/text/index.ts";

/**
 * The words extraction keys on, so a typo of one of them ("emplyees", "netwrok", "staf") still
 * counts. Only these are corrected; every other word is left as typed.
 */
const KEY_WORDS = `employees employee staff people users workers colleagues personnel headcount
  company organisation organization department technicians engineers sysadmin administrator
  network networking networks security cybersecurity backups backup firewall firewalls
  compliance infrastructure servers server strategy roadmap helpdesk recruitment recruiting
  hiring drowning overwhelmed stretched exhausted overloaded struggling around about
  approximately migration microsoft sharepoint intune exchange azure phishing essentials`
  .split(/\s+/)
  .filter(Boolean);
const KEYS = new Set(KEY_WORDS);

/** Real words one edit away from a key word, which must never be "corrected" into it. */
const NEAR_MISSES = new Set(
  `stuff stiff start stuck staffed uses user serve served serves service severs sever peoples
  people's networked securely backed backs firewood complaints complain compliant strategic
  hiding hiring employed employer employers employ engineer engineering migrating dropping
  drowned browning crowning essential colleague worker technician`
    .split(/\s+/)
    .filter(Boolean),
);

/** Shorthand visitors type, by the word it stands for. */
const SHORTHAND: Readonly<Record<string, string>> = {
  ppl: "people",
  peeps: "people",
  abt: "about",
  approx: "approximately",
  emps: "employees",
  empl: "employees",
  staffs: "staff",
  sec: "security",
  infra: "infrastructure",
  strechd: "stretched",
  stretchd: "stretched",
  overwhelmd: "overwhelmed",
  overloded: "overloaded",
};

/** Rewrites typos and shorthand of the key words; everything else keeps its spelling. */
export function correctTypos(text: string): string {
  return text.replace(/[A-Za-z]{3,}/g, (word) => {
    const lower = word.toLowerCase();
    const short = SHORTHAND[lower];
    if (short) return short;
    if (lower.length < 4 || KEYS.has(lower) || NEAR_MISSES.has(lower)) return word;
    const allowed = lower.length >= 10 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = allowed + 1;
    for (const key of KEY_WORDS) {
      if (key[0] !== lower[0] || Math.abs(key.length - lower.length) > allowed) continue;
      const distance = damerauLevenshtein(lower, key);
      if (distance < bestDistance) {
        best = key;
        bestDistance = distance;
      }
    }
    return best ?? word;
  });
}
