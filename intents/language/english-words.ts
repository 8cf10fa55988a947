import { englishStopwords } from "../../src/core/text/natural.ts";

/**
 * Everyday English beyond natural's stop-word list: chat words, British slang and the
 * advisor's own vocabulary. They count as evidence for English, and are never counted as
 * evidence for another language even when that language's list spells them the same way.
 */
const EVERYDAY = `
i'm i've i'd i'll it's that's what's there's here's let's we're we've we'd we'll you're you've
they're isn't aren't wasn't don't doesn't didn't can't cannot won't wouldn't shouldn't couldn't
haven't hasn't yes yeah yea yeh ya yep yup nope nah ok okay hi hello hey hiya bye goodbye thanks thank cheers
please pls plz sorry sure fine good great brilliant lovely mate mates innit reckon bloody quid
cuppa gutted knackered skint chuffed dodgy proper fancy loads lots bit bits sort kind thing things
stuff really quite pretty very just still also maybe perhaps probably actually basically anyway
well right wrong now then soon later today tomorrow yesterday week weeks month months year years
day days time times morning evening night people person staff team teams employees employee users
company business firm office offices site sites work works working worked job jobs need needs
needed want wants wanted like likes liked know knows knew think thought say said tell told ask
asked help helps helped get gets got give gives make makes made take takes took go goes going gone
come comes came see seen look looking find found use used using try trying keep kept run running
call called talk speak meet book contact email phone number numbers one two three four five six
seven eight nine ten dozen hundred thousand about around roughly nearly almost over under less
more most much many few several some any every each all none nobody somebody someone anyone
everyone nothing something anything everything who whom whose which what when where why how
and or but if so because than as at by for from in into of on onto to with without up down out off
again back away our ours us we you your yours they them their he him his she her it its this these
those that there here the a an is are was were be been being am do does did done have has had
having will would shall should can could may might must not no don't
it support managed co-managed comanaged service services provider outsource outsourced
outsourcing internal in-house inhouse cloud security cyber backup backups network networks
server servers laptop laptops computer computers microsoft azure teams windows licences license
licence cost costs price pricing budget contract recommend recommendation option options model
models difference between cover hours weekend weekends overloaded burnout leaving hire hiring
recruit recruitment skills skill gap gaps control strategy project projects migration
`;

/**
 * English words that other languages' stop-word lists also contain ("die", "son", "come",
 * "men", "ta"); seeing one proves nothing about the language.
 */
const HOMOGRAPHS = `
ad ale art bad bra con come die dom dove fin god had hem her hat hand man men mot per pan sex sin
son sent ta tam tar tu via war was ten tre sole fee gift kind also bin will helo hallo
`;

const words = (list: string): string[] => list.split(/\s+/).filter((word) => word.length > 0);

/** Words that show a text is English. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [...englishStopwords, ...words(EVERYDAY)].filter((word) => /^\p{L}[\p{L}']+$|^[ai]$/u.test(word)),
);

/** Words never counted as evidence for another language. */
export const NOT_FOREIGN: ReadonlySet<string> = new Set([...ENGLISH_WORDS, ...words(HOMOGRAPHS)]);
