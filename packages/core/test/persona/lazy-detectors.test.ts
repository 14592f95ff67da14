import { beforeEach, describe, expect, it, vi } from 'vitest';

// The setup file preloads the detectors; each test here starts from a fresh module graph, as a
// page does on its first load, when the detectors' chunk has not arrived yet.
const freshPersonaModules = async () => {
  vi.resetModules();
  const persona = await import('../../src/persona/persona');
  const personalization = await import('../../src/alignment/create-personalization');
  return { ...persona, ...personalization };
};

const rating = {
  kind: 'rating',
  rating: 'up',
  text: 'Sure! Here is a short, friendly answer.',
  at: 1,
} as const;

describe('local detectors load on demand', () => {
  beforeEach(() => {
    vi.doUnmock('../../src/persona/detect-attributes');
  });

  it('refuses to read a text before the detectors arrive, and learns nothing from it', async () => {
    vi.doMock('../../src/persona/detect-attributes', () => new Promise(() => {}));
    const { createPersona } = await freshPersonaModules();
    const persona = createPersona();
    const before = JSON.stringify(persona.toJSON());
    expect(() => persona.observe(rating)).toThrow(/still loading: await persona.ready\(\)/);
    expect(() => persona.scoreText('hello')).toThrow(/still loading/);
    expect(persona.signalCount).toBe(0);
    expect(JSON.stringify(persona.toJSON())).toBe(before);
    // Signals without text need no detector.
    persona.set('openness', 1);
    expect(persona.signalCount).toBe(1);
  });

  it('ready() resolves once loaded; then texts are read synchronously', async () => {
    const { createPersona, createPersonalization } = await freshPersonaModules();
    const persona = createPersona();
    const personalization = createPersonalization({ persona, mode: 'both' });
    await personalization.ready();
    personalization.observe(rating);
    expect(persona.signalCount).toBe(1);
    expect(persona.trail()).toHaveLength(1);
  });

  it('a persona given its own detector is ready at once and never loads the local ones', async () => {
    vi.doMock('../../src/persona/detect-attributes', () => new Promise(() => {}));
    const { createPersona } = await freshPersonaModules();
    const persona = createPersona({ detect: () => ({ warmth: 1 }) });
    await persona.ready();
    persona.observe(rating);
    expect(persona.signalCount).toBe(1);
  });

  it('a failed load is reported clearly and retried by the next ready()', async () => {
    let attempts = 0;
    vi.doMock('../../src/persona/detect-attributes', async (importOriginal) => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk fetch failed');
      return importOriginal();
    });
    const { createPersona } = await freshPersonaModules();
    const persona = createPersona();
    await expect(persona.ready()).rejects.toThrow(/^The local text detectors could not be loaded: /);
    await expect(persona.ready()).resolves.toBeUndefined();
    persona.observe(rating);
    expect(persona.signalCount).toBe(1);
  });
});
