import { passesLuhn } from './luhn';

/** 13 to 19 digits, separated by anything people put between card digit groups. */
export const CARD_CANDIDATE =
  /(?<![\w.+-])\d(?:[ \u00A0\u202F._/-]{0,2}\d){12,18}(?![\w]|[ \u00A0\u202F._/-]{1,2}\d)/g;

/** Group layouts of card numbers written in groups: fours (the last shorter), Amex 4-6-5, Diners 4-6-4. */
function isCardGrouping(groups: readonly string[]): boolean {
  if (groups.length === 1) return true;
  const sizes = groups.map((group) => group.length).join('-');
  return /^(?:4-)+[1-4]$/.test(sizes) || sizes === '4-6-5' || sizes === '4-6-4';
}

/**
 * True when a `CARD_CANDIDATE` match is a payment card number: an issuer's first digit (2 to 6:
 * Mastercard, Amex, Diners, JCB, Visa, Discover, UnionPay, Maestro), card-like grouping and a
 * valid Luhn checksum.
 */
export function isCardNumber(match: string): boolean {
  const groups = match.split(/[^\d]+/);
  const digits = groups.join('');
  return /^[2-6]/.test(digits) && isCardGrouping(groups) && passesLuhn(digits);
}
