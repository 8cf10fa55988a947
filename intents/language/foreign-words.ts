import { createRequire } from "node:module";
import { NOT_FOREIGN } from "./english-words.ts";

/** natural's index loads database drivers (STACK-NOTES); its stop-word lists load by subpath. */
const require = createRequire(import.meta.url);
const natural = (code: string): string[] =>
  (require(`natural/lib/natural/util/stopwords_${code}.js`) as { words: string[] }).words;

/**
 * Common words of the European languages visitors are most likely to write in, beyond
 * natural's stop-word lists: greetings, thanks, and what someone asking about IT support says.
 * German, Welsh and Danish have no list in natural, so theirs are written out here.
 */
const EXTRA: Record<string, string> = {
  es: `hola gracias buenos buenas días qué cómo cuánto cuántos tenemos tengo necesito necesitamos
    quiero queremos ayuda empresa empleados trabajadores somos hay está están es son ustedes
    usted puede pueden informática soporte gestionado precio cuesta sí también nuestro nuestra`,
  fr: `bonjour salut merci oui non bonsoir avons besoin aide entreprise employés salariés combien
    comment pourquoi informatique prix coûte voudrais veux pouvez peut sommes c'est nous je
    j'ai qu'est-ce quoi géré cogéré équipe aussi très bien`,
  de: `der das und ist nicht ein eine einen einem einer ich wir sie es mit für auf auch sich dem
    den des von zu bei wie wer wo haben habe sind wird werden kann können unser unsere mein meine
    ihr ihre aber oder wenn dass noch nur schon sehr mehr hallo danke bitte ja nein gibt
    mitarbeiter mitarbeitende guten morgen abend keine kein uns viele brauchen wissen über nach
    aus durch hilfe kostet kosten unternehmen firma beratung verwaltete gerne möchte möchten
    ihnen euch gut`,
  it: `ciao grazie buongiorno buonasera sì abbiamo dipendenti aiuto quanto costa azienda vorrei
    vogliamo possiamo potete siamo è gestito informatica prezzo perché anche bene molto`,
  pt: `olá ola obrigado obrigada bom boa dia temos funcionários empresa ajuda quanto custa
    preciso precisamos queremos somos é está são vocês você pode podem informática suporte
    gerenciado preço também não sim`,
  nl: `hallo dank bedankt goedemorgen goedemiddag hebben medewerkers werknemers bedrijf hulp
    hoeveel kost kosten wij graag zijn jullie kunnen willen beheerd ondersteuning prijs goed
    alstublieft waarom`,
  pl: `dzień dobry cześć dziękuję dziękujemy mamy pracowników firma pomoc ile kosztuje proszę
    jesteśmy potrzebujemy chcemy chciałbym możecie informatyczne wsparcie cena także dobrze tak`,
  cy: `mae gennym gennych ni chi nhw yr yn ydw ydy ydych ydyn dwi rwy rydw rydym rydyn roedd bod
    ei eu ein eich fy dy gyda wedi ddim nid ond hefyd beth sut pam pwy ble faint hwn hon hyn yma
    yna diolch iawn helo bore noswaith shwmae croeso cymraeg gallwch allwch oes mewn gan dros
    heb rhwng pob llawer eisiau isio gwneud cwmni gweithwyr weithwyr pobl tua hanner cant wyt ti
    dach chdi ac cymorth angen help`,
  sv: `hej hejsan tack anställda företag hjälp hur mycket kostar vi har behöver är`,
  da: `og jeg det en den til er som på de med han af ikke der så var mig sig men et har om vi min
    havde ham hun nu da fra du ud sin dem os op hans hvor eller hvad skal selv her alle blev
    kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også have
    dig hende mine alt meget sit sine mod disse hvis din nogle hos blive mange bliver hendes
    været jer sådan hej tak medarbejdere ansatte virksomhed hjælp koster hvordan`,
  no: `hei takk ansatte bedrift hjelp hvordan koster trenger`,
};

const NATURAL_LISTS = ["es", "fr", "it", "nl", "pl", "pt", "sv", "no"];

const split = (list: string): string[] => list.split(/\s+/).filter((word) => word.length > 0);

function buildLists(): ReadonlyMap<string, ReadonlySet<string>> {
  const lists = new Map<string, ReadonlySet<string>>();
  for (const [code, extra] of Object.entries(EXTRA)) {
    const all = [...(NATURAL_LISTS.includes(code) ? natural(code) : []), ...split(extra)];
    lists.set(
      code,
      new Set(all.filter((word) => /^\p{L}{2,}$/u.test(word) && !NOT_FOREIGN.has(word))),
    );
  }
  return lists;
}

/** Distinctive words per language code (es, fr, de, it, pt, nl, pl, cy, sv, da, no), English look-alikes removed. */
export const FOREIGN_WORDS: ReadonlyMap<string, ReadonlySet<string>> = buildLists();

/**
 * Single words that are enough on their own: greetings and thanks no English speaker types.
 * Any other lone word is too weak a sign ("ya" is Spanish and English chat alike).
 */
export const FOREIGN_GREETINGS: ReadonlySet<string> = new Set(
  split(`hola gracias buenos buenas bonjour bonsoir merci danke guten grazie buongiorno buonasera
    olá obrigado obrigada bedankt goedemorgen dzień cześć dziękuję diolch shwmae tack hejsan`),
);

/** Letters that English words almost never use, with the languages that use them. */
export const FOREIGN_LETTERS: ReadonlyMap<string, readonly string[]> = new Map([
  ["ñ", ["es"]],
  ["ß", ["de"]],
  ["ã", ["pt"]],
  ["õ", ["pt"]],
  ["ą", ["pl"]],
  ["ę", ["pl"]],
  ["ł", ["pl"]],
  ["ś", ["pl"]],
  ["ź", ["pl"]],
  ["ż", ["pl"]],
  ["ć", ["pl"]],
  ["ń", ["pl"]],
  ["ŵ", ["cy"]],
  ["ŷ", ["cy"]],
  ["ø", ["da", "no"]],
  ["æ", ["da", "no"]],
  ["å", ["sv", "da", "no"]],
  ["ä", ["de", "sv"]],
  ["ö", ["de", "sv"]],
  ["ü", ["de"]],
  ["œ", ["fr"]],
  ["ê", ["fr", "pt"]],
  ["ù", ["fr", "it"]],
  ["ò", ["it"]],
  ["ì", ["it"]],
]);
