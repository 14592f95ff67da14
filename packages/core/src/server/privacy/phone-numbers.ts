import { isValidPhoneNumber } from 'libphonenumber-js';
import { matchRanges, type TextRange } from './text-range';

/**
 * The countries besides the US whose national numbers (written without `+`, with a trunk 0)
 * libphonenumber validates; numbers written with `+` and a calling code are validated for every
 * country.
 */
const NATIONAL_REGIONS = ['GB', 'FR'] as const;

const SEPARATOR = '[ .\\u00A0-]';

/**
 * A run of 7 to 17 digits, optionally after `+`, grouped by single separators or brackets (a closing one only inside the number). Every
 * repetition consumes a digit, so the scan is linear; `isPhoneNumber` decides.
 */
const PHONE_CANDIDATE = new RegExp(
  String.raw`(?<![\w.+-])\+?\(?\d(?:${SEPARATOR}?\(?\d(?:\)(?=[\d ]))?){6,16}`,
  'g',
);

/**
 * Shapes people write phone numbers in that libphonenumber's validation rejects (fictional 555
 * numbers, national numbers of countries outside `NATIONAL_REGIONS`):
 * - `+` and a calling code, then digit groups;
 * - North American 3-3-4, with separators or none (`(555) 123-4567`, `5551234567`);
 * - national numbers with a trunk `0`, grouped (`020 7946 0958`, `06 12 34 56 78`) or not (`07700900123`).
 */
const PHONE_SHAPE = new RegExp(
  `^(?:${[
    String.raw`\+\d{1,3}(?:${SEPARATOR}?\(?\d{1,5}\)?){1,7}`,
    String.raw`(?:\(\d{3}\) ?|\d{3}${SEPARATOR})\d{3}${SEPARATOR}\d{4}`,
    String.raw`[2-9]\d{9}`,
    String.raw`0\d{2,4}${SEPARATOR}\d{3,4}${SEPARATOR}?\d{3,4}`,
    String.raw`0[1-9](?:${SEPARATOR}\d{2}){4}`,
    String.raw`0[1-9]\d{8,9}`,
  ].join('|')})$`,
);

/** A label just before a number that says it is a reference, not a phone number. */
const REFERENCE_LABEL =
  /(?:order|invoice|ref(?:erence)?|tracking|ticket|case|item|sku|serial|part|confirmation|booking|parcel|shipment|customer)\s*(?:n[or]\.?|number|id)?\s*[:#]?\s*#?\s*$/i;

/** Digits or word characters right before or after: the match is part of a longer code. */
const JOINED_BEFORE = /(?:[\w.+-]|\d[ \u00A0])$/;
const JOINED_AFTER = /^(?:\w|[ .\u00A0-]\d)/;

function digitCount(text: string): number {
  let count = 0;
  for (const char of text) if (char >= '0' && char <= '9') count++;
  return count;
}

/**
 * A phone number by its shape or, failing that, by libphonenumber's validation, asked only of
 * candidates that could be one: `+` numbers, 10 or 11 digits for North America, and national
 * numbers with their trunk 0 (`020…`, `06…`) for the others. Validation is the costly step, so
 * dates and other short runs never reach it.
 */
function isPhoneNumber(candidate: string): boolean {
  const digits = digitCount(candidate);
  if (digits < 7 || digits > 15) return false;
  if (PHONE_SHAPE.test(candidate)) return true;
  if (candidate.startsWith('+')) return isValidPhoneNumber(candidate);
  if (/^\(?0/.test(candidate))
    return NATIONAL_REGIONS.some((region) => isValidPhoneNumber(candidate, region));
  return (digits === 10 || digits === 11) && isValidPhoneNumber(candidate, 'US');
}

/**
 * False for a match that is part of a longer code (`INV-2024-004512`, `9400 1000 0000 0000`) or,
 * without `+`, is named by a reference label (`order 5551234567`).
 */
function isPhoneAt(text: string, match: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 32), start);
  if (JOINED_AFTER.test(text.slice(start + match.length, start + match.length + 2))) return false;
  if (match.startsWith('+')) return true;
  return !JOINED_BEFORE.test(before) && !REFERENCE_LABEL.test(before);
}

/**
 * The phone numbers in `text`: E.164 / international numbers of every country and national
 * numbers of the US, the UK and France (validated by libphonenumber), plus the common shapes above.
 * A number that is part of a longer code, or labelled as an order, invoice, tracking or other
 * reference, is left.
 */
export function findPhoneNumbers(text: string): TextRange[] {
  return matchRanges(
    text,
    PHONE_CANDIDATE,
    (match, start) => isPhoneAt(text, match, start) && isPhoneNumber(match),
  );
}
