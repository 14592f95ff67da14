const STREET_TYPES = [
  'Street',
  'St',
  'Avenue',
  'Ave',
  'Road',
  'Rd',
  'Boulevard',
  'Blvd',
  'Lane',
  'Ln',
  'Drive',
  'Dr',
  'Court',
  'Ct',
  'Way',
  'Place',
  'Pl',
  'Terrace',
  'Square',
  'Sq',
  'Parkway',
  'Pkwy',
  'Circle',
  'Cir',
  'Highway',
  'Hwy',
  'Crescent',
  'Close',
  'Gardens',
  'Row',
  'Alley',
  'Mews',
  'Grove',
  'Hill',
];
const UNIT_TYPES = ['Apt', 'Apartment', 'Suite', 'Ste', 'Unit', 'Flat'];

/** `Street` → `[Ss]treet|STREET`: a word as written in a sentence, in lower case or in capitals. */
function anyCase(words: readonly string[]): string {
  return words
    .map((word) => `[${word[0]}${word[0]?.toLowerCase()}]${word.slice(1)}|${word.toUpperCase()}`)
    .join('|');
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const PARTICLE = "(?:de|du|des|la|le|l'|d'|del|della|di|da|do|dos|das|van|von|der|den|y)";

/**
 * English-style: a house number (`12`, `221B`, `12-14`), one to four capitalised name words or
 * ordinals, a street type in any case, then optionally a direction and a unit (`Apt 4B`). Name
 * words must be capitalised so that "10 minutes down the road" is not an address.
 */
const ENGLISH = [
  String.raw`(?<![\w.])\d{1,6}[A-Za-z]?(?:-\d{1,6})?,?\s+`,
  String.raw`(?:(?:${NAME_WORD}|\d+(?:st|nd|rd|th))\s+){1,4}`,
  String.raw`(?:${anyCase(STREET_TYPES)})\b\.?`,
  String.raw`(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?`,
  String.raw`(?:,?\s+(?:${anyCase(UNIT_TYPES)}|#)\.?\s*[A-Za-z0-9-]*\d[A-Za-z0-9-]*)?`,
].join('');

/** Romance-style, number first: `12 rue de Rivoli`, `5 bis avenue des Champs`, `10 Calle Mayor`. */
const NUMBER_THEN_STREET = [
  String.raw`(?<![\w.])\d{1,4}(?:\s?(?:bis|ter|[A-Za-z]))?,?\s+`,
  String.raw`(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Cc]alle|[Aa]venida|[Pp]laza|[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Rr]ua|[Cc]arrer|[Pp]aseo)\s+`,
  String.raw`(?:${PARTICLE}\s+)*${NAME_WORD}(?:\s+${NAME_WORD})?`,
].join('');

/** Street first, number after: `Calle Mayor 5`, `Via Roma 12`, `Rue Lepic 3`. */
const STREET_THEN_NUMBER = [
  String.raw`(?<![\w])(?:Rue|Avenue|Calle|Avenida|Plaza|Via|Viale|Piazza|Corso|Rua|Carrer|Paseo)\s+`,
  String.raw`(?:${PARTICLE}\s+)*${NAME_WORD}(?:\s+${NAME_WORD})?,?\s+\d{1,4}[a-z]?(?![\w])`,
].join('');

/** Germanic-style compound street names and a number: `Hauptstraße 5`, `Keizersgracht 123`, `Storgatan 7B`. */
const GERMANIC = [
  String.raw`(?<![\w])\p{Lu}[\p{L}-]*`,
  String.raw`(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|laan|straat|gracht|plein|kade|singel|vej|gade|gatan|gata|vägen|veien|gate|katu|tie)`,
  String.raw`\s+\d{1,4}(?:\s?[a-zA-Z])?(?![\w])`,
].join('');

/** Street addresses in English, Romance-language and Germanic-language styles. */
export const STREET_ADDRESS = new RegExp(
  [ENGLISH, NUMBER_THEN_STREET, STREET_THEN_NUMBER, GERMANIC].join('|'),
  'gu',
);

/**
 * Postcodes written in an address:
 * - UK (`SW1A 1AA`, `EC1A1BB`, `GIR 0AA`), in capitals;
 * - US ZIP (`94105`, `10001-1234`) after a state code (`CA 94105`);
 * - Dutch (`1012 AB` before a city), Polish (`00-950`), Portuguese (`1000-001`);
 * - four or five digits before a capitalised city name (`10115 Berlin`, `75008 Paris`, `1010 Wien`),
 *   the four-digit form only after a comma, as addresses write it.
 */
export const POSTCODE = new RegExp(
  [
    String.raw`(?<![\w])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\w])`,
    String.raw`(?<=\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),?\s)\d{5}(?:-\d{4})?(?![\w])`,
    String.raw`(?<![\w-])(?:\d{4} ?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5})(?=\s+\p{Lu}\p{Ll})`,
    String.raw`(?<=,\s?)\d{4}(?=\s+\p{Lu}\p{Ll})`,
  ].join('|'),
  'gu',
);
