import { describe, expect, it } from 'vitest';
import { measureRender } from '../bench/render/render-bench';

describe('streaming into a long thread rendered by <Chat> in Chromium', () => {
  it('renders only the live message, at most once per chunk (once per frame in practice)', async () => {
    const scenario = { threadLength: 300, replyChunks: 150 };
    const attune = await measureRender('attune <Chat>', scenario);
    const reference = await measureRender('useChat plain list', scenario);
    const messageRenders = attune.messageRendersPerChunk * scenario.replyChunks;
    // The reply's mount and its updates render one message; a re-rendered thread would add hundreds.
    expect(messageRenders).toBeLessThanOrEqual(scenario.replyChunks + 4);
    // The live message does render while it streams (the probe sees <Message>).
    expect(messageRenders).toBeGreaterThanOrEqual(2);
    // The probe does see whole-list re-renders: the plain useChat list re-renders every message.
    expect(reference.messageRendersPerChunk).toBeGreaterThan(50);
  });
});
