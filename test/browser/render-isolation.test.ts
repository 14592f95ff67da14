import { describe, expect, it } from 'vitest';
import { measureRender } from '../bench/render/render-bench';

describe('streaming into a long thread rendered by <Chat> in Chromium', () => {
  it('renders only the live message per chunk', async () => {
    const scenario = { threadLength: 300, replyChunks: 150 };
    const attune = await measureRender('attune <Chat>', scenario);
    const reference = await measureRender('useChat plain list', scenario);
    // The reply's mount and each chunk render one message; a re-rendered thread would add hundreds.
    expect(attune.messageRendersPerChunk * scenario.replyChunks).toBeLessThanOrEqual(
      scenario.replyChunks + 4,
    );
    expect(attune.messageRendersPerChunk).toBeGreaterThanOrEqual(0.9);
    // The probe does see whole-list re-renders: the plain useChat list re-renders every message.
    expect(reference.messageRendersPerChunk).toBeGreaterThan(50);
  });
});
