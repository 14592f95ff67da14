import { describe, expect, it } from 'vitest';
import { readStyleRequests } from '../../src/style/style-requests';

describe('readStyleRequests', () => {
  it.each([
    [
      'Can you just give me the short version? How long do refunds take?',
      'How long do refunds take?',
      { detail: -1 },
    ],
    ['tl;dr when do I get my money back', 'when do I get my money back', { detail: -1 }],
    ['Explain like I am five: how do returns work?', 'how do returns work?', { expertise: -1 }],
    ['In detail please: how do I return an item?', 'how do I return an item?', { detail: 1 }],
    ['I want it in bullet points. How do I cancel?', 'How do I cancel?', { structure: 1 }],
  ])('%s', (text, question, style) => {
    const read = readStyleRequests(text);
    expect(read.question).toBe(question);
    expect(read.style).toEqual(style);
    expect(read.feelings).toEqual([]);
  });

  it('takes feelings out of the question without asking a style', () => {
    const read = readStyleRequests("I'm really frustrated, my parcel is a week late and nobody answers");
    expect(read.question).toBe('my parcel is a week late');
    expect(read.feelings).toEqual(["I'm really frustrated", 'nobody answers']);
    expect(read.style).toEqual({});
  });

  it('takes complaints about the service out of a long message, leaving the question', () => {
    const read = readStyleRequests(
      "Honestly I'm done. Third email. The box arrived wet. Nobody replies to my emails. This is the worst service I've had. When will it be replaced?",
    );
    expect(read.question).toBe('The box arrived wet. When will it be replaced?');
    expect(read.feelings).toEqual([
      "I'm done",
      'Third email',
      'Nobody replies to my emails',
      "This is the worst service I've had",
    ]);
    expect(read.style).toEqual({});
  });

  it('leaves a plain question alone', () => {
    expect(readStyleRequests('How do I reset my password?')).toEqual({
      question: 'How do I reset my password?',
      style: {},
      feelings: [],
      phrases: [],
    });
  });
});
