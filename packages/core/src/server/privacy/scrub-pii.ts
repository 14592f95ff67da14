import { findBankDetails } from './bank-details';
import { isNationalId, NATIONAL_ID_CANDIDATE } from './national-id';
import { CARD_CANDIDATE, isCardNumber } from './payment-card';
import { findPhoneNumbers } from './phone-numbers';
import { POSTCODE, STREET_ADDRESS } from './postal-address';
import { matchRanges, replaceRanges, type TextRange } from './text-range';

/** The tokens personal data is replaced with. */
export const PII_TOKENS = {
  email: '[email]',
  bankAccount: '[bank-account]',
  card: '[card]',
  nationalId: '[national-id]',
  phone: '[phone]',
  address: '[address]',
  postcode: '[postcode]',
} as const;

/** A kind of personal data the scrubber recognises. */
export type PiiKind = keyof typeof PII_TOKENS;

/** The local part starts at a word boundary, so a long run of letters is scanned once, not once per letter. */
const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/g;

/**
 * Each kind's finder, in the order they run: a kind's token has no digits, so later finders do not
 * see what earlier ones replaced (an IBAN is not read as a card, a card or a ZIP code not as a
 * phone number, a house number not as a postcode).
 */
const FINDERS: ReadonlyArray<[PiiKind, (text: string) => TextRange[]]> = [
  ['email', (text) => matchRanges(text, EMAIL)],
  ['bankAccount', findBankDetails],
  ['card', (text) => matchRanges(text, CARD_CANDIDATE, isCardNumber)],
  ['nationalId', (text) => matchRanges(text, NATIONAL_ID_CANDIDATE, isNationalId)],
  ['address', (text) => matchRanges(text, STREET_ADDRESS)],
  ['postcode', (text) => matchRanges(text, POSTCODE)],
  ['phone', findPhoneNumbers],
];

/**
 * Replaces personal data in `text` with placeholder tokens (`PII_TOKENS`): email addresses; IBANs
 * (mod-97 checked) and labelled bank details (sort code, account and routing numbers); payment card
 * numbers with any separators (issuer digit, grouping and Luhn checked); national ids (US SSN, UK
 * NI, Spanish DNI/NIE, French INSEE, Italian codice fiscale, each checked); phone numbers (E.164 and
 * national, validated by libphonenumber, plus common written shapes); street addresses (English,
 * Romance and Germanic styles); postcodes (UK, US ZIP after a state, EU before a city). Look-alikes
 * such as order numbers, dates, times, prices, tracking codes and versions are left as they are.
 * Runs on the server before anything is stored or logged.
 */
export function scrubPii(text: string): string {
  let scrubbed = text;
  for (const [kind, find] of FINDERS) scrubbed = replaceRanges(scrubbed, find(scrubbed), PII_TOKENS[kind]);
  return scrubbed;
}
