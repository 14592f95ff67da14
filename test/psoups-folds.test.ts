import { describe, expect, it } from 'vitest';
import { foldsOf, type PsoupsCase } from './bench/psoups-data';

const user = (chosen: string, rejected: string): PsoupsCase => ({
  prompt: 'Say something.',
  chosen,
  rejected,
  feedback: [],
});

describe('the P-Soups folds', () => {
  const cases = [
    user('a', 'b'),
    user('c', 'd'),
    user('b', 'a'), // the first pair, answered the other way round
    user('e', 'f'),
    user('c', 'd'),
    user('g', 'h'),
  ];

  it('by user: round robin over the cases', () => {
    expect(foldsOf(cases, 3, 'user')).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('by pair: users who share a held-out pair (in either order) share a fold, distinct pairs round robin', () => {
    const folds = foldsOf(cases, 3, 'pair');
    expect(folds).toEqual([0, 1, 0, 2, 1, 0]);
    // No held-out pair is in two folds, so no scored pair is ever among the fitted users'.
    const foldsOfPair = new Map<string, Set<number>>();
    cases.forEach((c, i) => {
      const key = [c.chosen, c.rejected].sort().join('|');
      foldsOfPair.set(key, (foldsOfPair.get(key) ?? new Set()).add(folds[i] as number));
    });
    for (const set of foldsOfPair.values()) expect(set.size).toBe(1);
  });
});
