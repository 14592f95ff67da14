import { describe, expect, it } from 'vitest';
import { splitPassages, splitSentences } from '../../src/offline/split-passages';

const BODY = `Short intro. It has two sentences.

To do it:

1. Open Settings
2. Choose Reset;

Check these:

- the porch,
- the bins, and
- the garden

## Technical details

Tokens expire after 60 minutes.`;

describe('splitPassages', () => {
  const passages = splitPassages({ title: 'Doc', body: BODY, tags: ['x'] }, 'doc');

  it('makes one passage per block, joining a lead-in that ends in a colon to its list', () => {
    expect(passages.map((passage) => passage.kind)).toEqual(['paragraph', 'steps', 'list', 'paragraph']);
    expect(passages[1]?.intro).toEqual(['To do it:']);
    expect(passages[2]?.intro).toEqual(['Check these:']);
    expect(passages.map((passage) => passage.id)).toEqual(['doc#0', 'doc#1', 'doc#2', 'doc#3']);
  });

  it('turns list items into sentences, dropping list punctuation', () => {
    expect(passages[1]?.sentences).toEqual(['Open Settings.', 'Choose Reset.']);
    expect(passages[2]?.sentences).toEqual(['the porch.', 'the bins.', 'the garden.']);
  });

  it('marks passages in a technical section', () => {
    expect(passages.map((passage) => passage.technical)).toEqual([false, false, false, true]);
    expect(passages[3]?.section).toBe('Technical details');
  });

  it('splits prose into sentences', () => {
    expect(splitSentences('One. Two! Is it three? 4 follows.')).toEqual([
      'One.',
      'Two!',
      'Is it three?',
      '4 follows.',
    ]);
    expect(splitSentences('Costs £7.99 a month.')).toEqual(['Costs £7.99 a month.']);
  });
});
