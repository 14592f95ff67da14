import { passesLuhn } from './luhn';

/** The tokens personal data is replaced with. */
export const PII_TOKENS = {
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
  address: '[address]',
} as const;

/** A kind of personal data the scrubber recognises. */
export type PiiKind = keyof typeof PII_TOKENS;

/** The local part starts at a word boundary, so a long run of letters is scanned once, not once per letter. */
const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/g;

/** 13 to 19 digits, optionally grouped by single spaces or dashes; kept only when Luhn-valid. */
const CARD_CANDIDATE = /(?<![\w.+-])\d(?:[ -]?\d){12,18}(?![\w]|[.-]\d)/g;

/**
 * Phone numbers in the shapes people write them:
 * - international, starting with `+` and a country code: `+44 20 7946 0958`, `+1-555-123-4567`, `+4915112345678`;
 * - North American 3-3-4 with separators: `(555) 123-4567`, `555-123-4567`, `555.123.4567`;
 * - national numbers with a trunk `0` and separators: `020 7946 0958`, `0151 1234 5678`.
 * A bare run of digits without `+` is left alone (it is as likely an order or account number).
 */
const PHONE = new RegExp(
  [
    String.raw`(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,5}(?![\w])`,
    String.raw`(?<![\w.-])(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w]|[.-]\d)`,
    String.raw`(?<![\w.-])0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}(?![\w]|[.-]\d)`,
  ].join('|'),
  'g',
);

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
];
const UNIT_TYPES = ['Apt', 'Apartment', 'Suite', 'Ste', 'Unit', 'Flat'];

/** `Street` → `[Ss]treet|STREET`: a word as written in a sentence, in lower case or in capitals. */
function anyCase(words: readonly string[]): string {
  return words
    .map((word) => `[${word[0]}${word[0]?.toLowerCase()}]${word.slice(1)}|${word.toUpperCase()}`)
    .join('|');
}

/**
 * A street address: a house number (`12`, `221B`, `12-14`), one to four capitalised name words or
 * ordinals (`Baker`, `5th`), a street type in any case, then optionally a direction and a unit
 * (`Apt 4B`, `Suite 200`). Name words must be capitalised so that prose such as "10 minutes down the
 * road" is not mistaken for an address.
 */
const ADDRESS = new RegExp(
  String.raw`(?<![\w.])\d{1,6}[A-Za-z]?(?:-\d{1,6})?,?\s+` +
    String.raw`(?:(?:[A-Z][A-Za-z'-]*|\d+(?:st|nd|rd|th))\s+){1,4}` +
    String.raw`(?:${anyCase(STREET_TYPES)})\b\.?` +
    String.raw`(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?` +
    String.raw`(?:,?\s+(?:${anyCase(UNIT_TYPES)}|#)\.?\s*[A-Za-z0-9-]*\d[A-Za-z0-9-]*)?`,
  'g',
);

function digitCount(text: string): number {
  let count = 0;
  for (const char of text) if (char >= '0' && char <= '9') count++;
  return count;
}

/**
 * Replaces personal data in `text` with placeholder tokens: email addresses (`[email]`), payment card
 * numbers that pass the Luhn check (`[card]`), phone numbers (`[phone]`) and street addresses
 * (`[address]`). Look-alikes such as order numbers, dates, times, version strings and IP addresses are
 * left as they are. Runs before anything is stored or logged.
 */
export function scrubPii(text: string): string {
  return text
    .replace(EMAIL, PII_TOKENS.email)
    .replace(CARD_CANDIDATE, (match) => (passesLuhn(match.replace(/\D/g, '')) ? PII_TOKENS.card : match))
    .replace(PHONE, (match) => {
      const digits = digitCount(match);
      return digits >= 7 && digits <= 15 ? PII_TOKENS.phone : match;
    })
    .replace(ADDRESS, PII_TOKENS.address);
}
