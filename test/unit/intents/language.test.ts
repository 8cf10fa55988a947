import { describe, expect, it } from "vitest";
import { detectLanguage, isEmojiOnly, isGibberish } from "../../../intents/language/index.ts";

describe("detectLanguage", () => {
  it.each([
    [
      "Spanish",
      "Hola, somos una empresa de cincuenta empleados y necesitamos ayuda con la informática",
    ],
    ["Spanish, short", "¿Cuánto cuesta el soporte?"],
    ["French", "Bonjour, nous avons quarante salariés et pas de service informatique"],
    ["French, short", "c'est combien par mois ?"],
    ["German", "Wir haben etwa sechzig Mitarbeiter und brauchen Hilfe bei der IT"],
    ["German, short", "Was kostet das?"],
    ["Italian", "Buongiorno, la nostra azienda ha trenta dipendenti e vorrei sapere quanto costa"],
    ["Portuguese", "Olá, temos cerca de cem funcionários e precisamos de suporte"],
    ["Dutch", "Hallo, wij hebben twintig medewerkers en zoeken hulp met ons netwerk"],
    ["Polish", "Dzień dobry, mamy pięćdziesięciu pracowników i potrzebujemy pomocy"],
    ["Welsh", "Shwmae, mae gennym ni tua hanner cant o weithwyr yn y cwmni"],
    ["Welsh, short", "Diolch yn fawr iawn"],
    ["Swedish", "Hej, vi har fyrtio anställda och behöver hjälp med vår IT"],
    ["Danish", "Hej, vi er et lille firma og har brug for hjælp til vores netværk"],
    ["Chinese", "你好，我们公司有五十名员工，需要帮助"],
    ["Arabic", "مرحبا، لدينا خمسون موظفا ونحتاج إلى مساعدة"],
    ["Russian", "Здравствуйте, у нас пятьдесят сотрудников, сколько это стоит?"],
    ["Greek", "Γεια σας, πόσο κοστίζει;"],
    ["Japanese", "こんにちは、料金はいくらですか"],
    ["a lone foreign greeting", "bonjour"],
  ])("%s is other", (_, text) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe("other");
    expect(guess.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ["short English", "we have 80 staff"],
    [
      "long English",
      "We're a charity of about 120 people with one IT manager who is completely overloaded, and we need help with security and backups.",
    ],
    ["a question", "what's the difference between co-managed and managed?"],
    ["British slang", "cheers mate, we're a bit skint and our IT bloke is knackered"],
    ["more slang", "innit though, the lads reckon it's proper dodgy"],
    [
      "an English sentence with foreign-looking words",
      "our office in Los Angeles has a sole IT person and a con man for a landlord",
    ],
    ["a place name", "we're based in San Francisco"],
  ])("%s is English", (_, text) => {
    expect(detectLanguage(text).language).toBe("en");
  });

  it.each([
    ["a number", "80"],
    ["a range", "50-80"],
    ["ok", "ok"],
    ["a product name", "Azure"],
    ["product names", "Intune, Entra ID and Defender"],
    ["a yes", "yes"],
    ["ta", "ta"],
    ["yeah", "ya"],
    ["a typo of hello", "helo"],
    ["goodbye slang", "ta ra"],
    ["a unit", "12 FTE"],
    ["an email address", "jo@example.co.uk"],
    ["emoji", "👍"],
    ["nothing", "   "],
  ])("%s is English or unknown, never other", (_, text) => {
    expect(detectLanguage(text).language).not.toBe("other");
  });

  it("calls digits, emoji and empty text unknown", () => {
    for (const text of ["80", "1,200", "👍👍", ""])
      expect(detectLanguage(text).language).toBe("unknown");
  });

  it("keeps confidence between 0 and 1", () => {
    for (const text of [
      "hola",
      "we have 80 staff",
      "你好",
      "80",
      "Wir haben etwa sechzig Mitarbeiter",
    ]) {
      const { confidence } = detectLanguage(text);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("isGibberish", () => {
  it.each([
    "asdfghjkl",
    "sdkjfh",
    "qwertyuiop",
    "zxcvbnm asdf",
    "lkjlkj qwe",
    "fjdksla fjdksla",
    "zzzzzzz",
    "ghghgh",
  ])("%s is gibberish", (text) => expect(isGibberish(text)).toBe(true));

  it.each([
    "we have 80 staff",
    "80",
    "GDPR",
    "nvm",
    "hmmmm",
    "noooo",
    "hahaha",
    "strengths",
    "rhythm",
    "Intune",
    "Wir haben sechzig Mitarbeiter",
    "你好",
    "👍",
    "",
    "idk tbh",
  ])("%s is not gibberish", (text) => expect(isGibberish(text)).toBe(false));
});

describe("isEmojiOnly", () => {
  it.each(["👍", "😀😀", "🇬🇧", "👍🏽", "❤️", ":)", "<3", "🙂 !"])("%s is emoji only", (text) =>
    expect(isEmojiOnly(text)).toBe(true),
  );

  it.each(["ok 👍", "1", "yes", "", "   ", "80 :)"])("%s is not emoji only", (text) =>
    expect(isEmojiOnly(text)).toBe(false),
  );
});
