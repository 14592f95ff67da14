/**
 * National identity numbers written in text, each checked beyond its shape where the format has a
 * check: US Social Security numbers (3-2-4, never area 000/666/9xx, group 00 or serial 0000), UK
 * National Insurance numbers (two prefix letters from the allowed set, six digits, A-D), Spanish
 * DNI / NIE (the mod-23 check letter), French INSEE numbers (the mod-97 key) and Italian codici
 * fiscali (their fixed letter/digit layout).
 */
const CANDIDATES = [
  String.raw`(?<![\w-])\d{3}([ -])\d{2}\1\d{4}(?![\w]|-\d)`,
  String.raw`(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])`,
  String.raw`(?<![\w-])[XYZ]?-?\d{7,8}-?[A-Z](?![\w])`,
  String.raw`(?<![\w])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w])`,
  String.raw`(?<![\w])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![\w])`,
  String.raw`(?<![\w])(?:SSN|[Ss]ocial [Ss]ecurity(?: [Nn]umber)?)[:#\s]+\d{9}(?![\w])`,
];

/** The candidates above as one pattern; `isNationalId` decides. */
export const NATIONAL_ID_CANDIDATE = new RegExp(CANDIDATES.join('|'), 'g');

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function isSsn(digits: string): boolean {
  const area = digits.slice(0, 3);
  return (
    area !== '000' &&
    area !== '666' &&
    area[0] !== '9' &&
    digits.slice(3, 5) !== '00' &&
    digits.slice(5) !== '0000'
  );
}

function isDni(compact: string): boolean {
  const body = compact.slice(0, -1).replace(/^[XYZ]/, (letter) => String('XYZ'.indexOf(letter)));
  if (!/^\d{8}$/.test(body)) return false;
  return DNI_LETTERS[Number(body) % 23] === compact.at(-1);
}

function isInsee(compact: string): boolean {
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - (Number(body) % 97) === Number(compact.slice(13));
}

/** True when a `NATIONAL_ID_CANDIDATE` match passes the check of its format. */
export function isNationalId(match: string): boolean {
  if (/^\D*\d{9}$/.test(match) && /[A-Za-z]/.test(match)) return isSsn(match.slice(-9));
  const compact = match.replace(/[\s-]/g, '');
  if (/^\d{9}$/.test(compact)) return isSsn(compact);
  if (/^[A-Z]{2}\d{6}[A-D]$/.test(compact)) return true;
  if (/^[XYZ]?\d{7,8}[A-Z]$/.test(compact)) return isDni(compact.padStart(9, '0'));
  if (/^[12]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(compact)) return isInsee(compact);
  return /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(compact);
}
