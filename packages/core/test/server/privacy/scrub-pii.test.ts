import { describe, expect, it } from 'vitest';
import { isValidIban, PII_TOKENS, passesLuhn, scrubPii } from '../../../src/server/privacy';
import { LOOK_ALIKES, PII_SAMPLES } from './pii-corpus';

describe('scrubPii', () => {
  it('has a corpus of at least 100 samples and 50 look-alikes', () => {
    expect(PII_SAMPLES.length).toBeGreaterThanOrEqual(100);
    expect(LOOK_ALIKES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(PII_SAMPLES.map((sample) => [sample.kind, sample.text, sample]))(
    'replaces the %s in %j',
    (_kind, _text, { kind, text, value }) => {
      expect(scrubPii(text)).toBe(text.replace(value, PII_TOKENS[kind]));
    },
  );

  it('leaves at most 2 of the look-alikes changed (order numbers, dates, prices, tracking codes…)', () => {
    const changed = LOOK_ALIKES.filter((text) => scrubPii(text) !== text).map((text) => [
      text,
      scrubPii(text),
    ]);
    expect(changed.length, JSON.stringify(changed)).toBeLessThanOrEqual(2);
  });

  it.each([
    ['an IBAN with a wrong check', 'GB82 WEST 1234 5698 7654 33'],
    ['a card with a wrong check digit', 'card 4111 1111 1111 1112'],
    ['a Luhn-valid number grouped unlike a card', 'ids 4111 111 111 111 111'],
    ['an SSN in a never-issued area', 'SSN 666-12-3456'],
    ['a DNI with a wrong letter', 'DNI 12345678A'],
    ['an INSEE number with a wrong key', 'INSEE 1 85 05 78 006 084 92'],
    ['a NI number with a disallowed prefix', 'GB 12 34 56 C'],
  ])('leaves %s alone', (_label, text) => {
    expect(scrubPii(text)).toBe(text);
  });

  it('scrubs every kind in one text and keeps the rest', () => {
    expect(scrubPii('Hi, I am Ann (ann@x.io, 555-867-5309), 12 Elm St. Order 2024-118.')).toBe(
      'Hi, I am Ann ([email], [phone]), [address] Order 2024-118.',
    );
    expect(
      scrubPii(
        'Ann, +44 7700 900123, 12 Elm St, London SW1A 1AA; IBAN GB29NWBK60161331926819, NI AB123456C, card 4111.1111.1111.1111',
      ),
    ).toBe('Ann, [phone], [address], London [postcode]; IBAN [bank-account], NI [national-id], card [card]');
  });

  it('is idempotent', () => {
    const once = scrubPii(PII_SAMPLES.map((sample) => sample.text).join('\n'));
    expect(scrubPii(once)).toBe(once);
  });
});

describe('isValidIban', () => {
  it('accepts IBANs in groups or not, in any case, and rejects a changed digit or a wrong length', () => {
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('gb82west12345698765432')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
    expect(isValidIban('GB82 WEST 1234 5698 7654 3')).toBe(false);
    expect(isValidIban('QQ82 WEST 1234 5698 7654 32')).toBe(false);
  });
});

describe('passesLuhn', () => {
  it('accepts valid card numbers and rejects changed digits', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('79927398710')).toBe(false);
  });

  it('rejects anything but digits', () => {
    expect(passesLuhn('')).toBe(false);
    expect(passesLuhn('4111-1111')).toBe(false);
  });
});
