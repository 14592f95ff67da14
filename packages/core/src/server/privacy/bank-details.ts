import { isValidIban } from './iban';
import { matchRanges, type TextRange } from './text-range';

/** A country code, check digits and 11 to 30 letters or digits, in groups or not. */
const IBAN_CANDIDATE = /(?<![\w])[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]){11,30}(?![\w])/g;

/**
 * The IBANs in `text`. A candidate can run into the next capitalised word (`… 7654 32 ASAP`), so
 * the longest run of its groups that is a valid IBAN wins.
 */
function findIbans(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    const candidate = match[0];
    const cuts = [candidate.length];
    for (let index = candidate.length - 1; index > 0; index--)
      if (/\s/.test(candidate[index] ?? '')) cuts.push(index);
    const cut = cuts.find((end) => isValidIban(candidate.slice(0, end)));
    if (cut !== undefined) ranges.push({ start: match.index, end: match.index + cut });
  }
  return ranges;
}

/**
 * Domestic bank details, recognised by their label or their pairing: a UK sort code (`sort code
 * 12-34-56`, or `12-34-56 12345678` with the account number), an account number after `account`,
 * `acct`, `a/c` (`account no. 12345678`), a US routing number after `routing`.
 */
const DOMESTIC = new RegExp(
  [
    String.raw`(?<=\bsort[\s-]?code\W{0,3}(?:is\s+)?)\d{2}[- ]?\d{2}[- ]?\d{2}(?![\w])`,
    String.raw`(?<![\w-])\d{2}-\d{2}-\d{2}[\s,/]+\d{8}(?![\w])`,
    String.raw`(?<=\b(?:account|acct|a\/c|konto|compte|cuenta|conto)(?:\s+(?:number|num|no\.?|nr\.?|#))?\W{0,3}(?:is\s+)?)\d[\d -]{4,16}\d(?![\w])`,
    String.raw`(?<=\b(?:routing|aba)(?:\s+(?:number|no\.?|#))?\W{0,3}(?:is\s+)?)\d{9}(?![\w])`,
  ].join('|'),
  'gi',
);

/** The IBANs (mod-97 checked) and domestic bank details in `text`. */
export function findBankDetails(text: string): TextRange[] {
  return [...findIbans(text), ...matchRanges(text, DOMESTIC)];
}
