import { describe, expect, it } from 'vitest';
import { contract, expandContractions } from '../../src/offline/contractions';
import { toPlainWords } from '../../src/offline/plain-words';

describe('contractions', () => {
  it('contracts full forms, keeping capitals', () => {
    expect(contract('Do not worry, it is fine and you will not pay. I am here.')).toBe(
      "Don't worry, it's fine and you won't pay. I'm here.",
    );
  });

  it('expands contractions, keeping capitals', () => {
    expect(expandContractions("Don't worry, it's fine and you won't pay. I'm here, we can't.")).toBe(
      'Do not worry, it is fine and you will not pay. I am here, we cannot.',
    );
  });
});

describe('toPlainWords', () => {
  it('uses everyday words, drops asides and cuts sentences at a new clause', () => {
    const plain = toPlainWords(
      'If a duplicate payment is still showing (not pending), we will verify it with our provider, and we refund any genuine duplicate within 2 working days.',
      new Set(),
    );
    expect(plain.sentences).toEqual([
      'If a double payment is still showing, we will check it with our company.',
      'We refund any real double within 2 working days.',
    ]);
  });

  it('explains jargon once per reply', () => {
    const explained = new Set<RegExp>();
    const first = toPlainWords('Scan the QR code.', explained, true);
    const second = toPlainWords('Show the QR code at the shop.', explained, true);
    expect(first.explanations).toEqual(['A QR code is a square code you can scan with a phone.']);
    expect(second.explanations).toEqual([]);
    expect(first.sentences).toEqual(['Scan the QR code.']);
  });
});
