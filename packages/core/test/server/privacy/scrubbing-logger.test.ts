import { describe, expect, it } from 'vitest';
import { createScrubbingLogger, type Logger } from '../../../src/server/privacy';

function recorder(): { logger: Logger; lines: unknown[][] } {
  const lines: unknown[][] = [];
  const write =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push([level, ...args]);
  return {
    logger: { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') },
    lines,
  };
}

describe('createScrubbingLogger', () => {
  it('scrubs strings, nested objects, arrays and errors at every level', () => {
    const { logger, lines } = recorder();
    const scrubbing = createScrubbingLogger(logger);
    const body = { user: { email: 'ann@x.io', phones: ['555-123-4567'] }, count: 3, ok: true };
    scrubbing.info('signal from ann@x.io', body);
    scrubbing.error(new Error('card 4111 1111 1111 1111 declined'));
    scrubbing.debug('plain');
    scrubbing.warn(null, 7);
    expect(lines[0]).toEqual([
      'info',
      'signal from [email]',
      { user: { email: '[email]', phones: ['[phone]'] }, count: 3, ok: true },
    ]);
    const [level, error] = lines[1] ?? [];
    expect(level).toBe('error');
    expect((error as Error).message).toBe('card [card] declined');
    expect(String((error as Error).stack)).not.toContain('4111');
    expect(lines.slice(2)).toEqual([
      ['debug', 'plain'],
      ['warn', null, 7],
    ]);
    expect(body.user.email).toBe('ann@x.io');
  });

  it('survives cycles', () => {
    const { logger, lines } = recorder();
    const cyclic: Record<string, unknown> = { email: 'ann@x.io' };
    cyclic.self = cyclic;
    createScrubbingLogger(logger).info(cyclic);
    expect(lines[0]).toEqual(['info', { email: '[email]', self: '[…]' }]);
  });

  it('uses an injected scrubber', () => {
    const { logger, lines } = recorder();
    createScrubbingLogger(logger, () => 'x').info('anything', ['a']);
    expect(lines[0]).toEqual(['info', 'x', ['x']]);
  });
});
