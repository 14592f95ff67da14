import { describe, expect, it } from 'vitest';
import type { Signal } from '../../../src/persona/signals';
import { scrubSignal } from '../../../src/server/privacy';

const upper = (text: string) => text.toUpperCase();

describe('scrubSignal', () => {
  it('scrubs every text field of every signal kind and nothing else', () => {
    const signals: Signal[] = [
      { kind: 'comparison', at: 1, prompt: 'p', chosen: 'c', rejected: 'r', chosenStyle: { detail: 1 } },
      { kind: 'rating', at: 2, text: 't', rating: 'up', prompt: 'p' },
      { kind: 'rating', at: 3, text: 't', rating: 'down' },
      { kind: 'user-text', at: 4, text: 'u', weight: 2 },
      { kind: 'description', at: 5, text: 'd' },
      { kind: 'explicit', at: 6, dimension: 'dim', direction: 0.2 },
    ];
    expect(signals.map((signal) => scrubSignal(signal, upper))).toEqual([
      { kind: 'comparison', at: 1, prompt: 'P', chosen: 'C', rejected: 'R', chosenStyle: { detail: 1 } },
      { kind: 'rating', at: 2, text: 'T', rating: 'up', prompt: 'P' },
      { kind: 'rating', at: 3, text: 'T', rating: 'down' },
      { kind: 'user-text', at: 4, text: 'U', weight: 2 },
      { kind: 'description', at: 5, text: 'D' },
      { kind: 'explicit', at: 6, dimension: 'dim', direction: 0.2 },
    ]);
  });

  it('uses scrubPii by default and leaves the input untouched', () => {
    const signal: Signal = { kind: 'user-text', at: 1, text: 'reach me at a@b.io' };
    expect(scrubSignal(signal)).toEqual({ kind: 'user-text', at: 1, text: 'reach me at [email]' });
    expect(signal.text).toBe('reach me at a@b.io');
  });
});
