import { createMemoryResumableStreamStore, type ResumableStreamStore } from '@attune/core/server';
import { describe, expect, it } from 'vitest';

/** A stream the test writes to by hand. */
function handStream() {
  let controller!: ReadableStreamDefaultController<string>;
  const stream = new ReadableStream<string>({
    start(given) {
      controller = given;
    },
  });
  return { stream, write: (chunk: string) => controller.enqueue(chunk), end: () => controller.close() };
}

async function readAll(stream: ReadableStream<string>): Promise<string> {
  const reader = stream.getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The contract every `ResumableStreamStore` keeps (run it against a Redis-backed one too). */
export function resumableStreamStoreContract(name: string, create: () => ResumableStreamStore) {
  describe(`${name} (ResumableStreamStore contract)`, () => {
    it('has nothing to resume for an unknown key', async () => {
      expect(await create().resume('nobody')).toBeNull();
    });

    it('replays a reply from its first chunk and then follows it live to its end', async () => {
      const store = create();
      const reply = handStream();
      await store.publish('k', reply.stream);
      reply.write('a');
      reply.write('b');
      await settle();
      const resumed = await store.resume('k');
      expect(resumed).not.toBeNull();
      const text = readAll(resumed as ReadableStream<string>);
      reply.write('c');
      reply.end();
      expect(await text).toBe('abc');
    });

    it('forgets a reply once it has ended', async () => {
      const store = create();
      const reply = handStream();
      await store.publish('k', reply.stream);
      reply.write('a');
      reply.end();
      await settle();
      expect(await store.resume('k')).toBeNull();
    });

    it('keeps recording when a listener goes away, and keys stay apart', async () => {
      const store = create();
      const one = handStream();
      const two = handStream();
      await store.publish('one', one.stream);
      await store.publish('two', two.stream);
      one.write('x');
      await settle();
      await (await store.resume('one'))?.cancel();
      one.write('y');
      two.write('z');
      await settle();
      const later = await store.resume('one');
      const text = readAll(later as ReadableStream<string>);
      one.end();
      two.end();
      expect(await text).toBe('xy');
    });

    it('replaces an earlier reply of the same key', async () => {
      const store = create();
      const old = handStream();
      const fresh = handStream();
      await store.publish('k', old.stream);
      old.write('old');
      await store.publish('k', fresh.stream);
      fresh.write('new');
      await settle();
      const text = readAll((await store.resume('k')) as ReadableStream<string>);
      fresh.end();
      expect(await text).toBe('new');
    });
  });
}

resumableStreamStoreContract('createMemoryResumableStreamStore', () => createMemoryResumableStreamStore());

describe('createMemoryResumableStreamStore', () => {
  it('keeps at most maxStreams replies, dropping the oldest', async () => {
    const store = createMemoryResumableStreamStore({ maxStreams: 1 });
    await store.publish('first', handStream().stream);
    await store.publish('second', handStream().stream);
    expect(await store.resume('first')).toBeNull();
    expect(await store.resume('second')).not.toBeNull();
  });

  it.each([0, 1.5, Number.NaN])('refuses maxStreams %s with a RangeError', (maxStreams) => {
    expect(() => createMemoryResumableStreamStore({ maxStreams })).toThrow(RangeError);
  });
});
