import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleConfig } from './bundle-config.mjs';

/** What must only ever load on demand, never with the page (see README: what loads when). */
const LAZY_ONLY = [
  'node_modules/ai/',
  'node_modules/@ai-sdk/',
  'node_modules/zod/',
  'node_modules/sentiment/',
  'node_modules/syllable/',
  'node_modules/lowlight/',
  'node_modules/highlight.js/',
  'packages/core/src/persona/detect-attributes.ts',
  'packages/core/src/chat/chat-engine.ts',
  'packages/ui/src/components/markdown-parse.ts',
  'packages/ui/src/components/markdown-inline.ts',
];

/** The source files of a target's first-load JS (its `import()`s left out). */
async function firstLoadInputs(target: 'chat' | 'headless'): Promise<string[]> {
  const result = await esbuild.build({ ...bundleConfig(target, { only: 'first-load' }), write: false });
  return Object.keys(result.metafile?.inputs ?? {});
}

describe('first-load JS holds no part that loads on demand', () => {
  it.each(['chat', 'headless'] as const)('%s', { timeout: 60_000 }, async (target) => {
    const inputs = await firstLoadInputs(target);
    expect(inputs.some((input) => input.includes('packages/core/src/chat/create-chat-session.ts'))).toBe(
      true,
    );
    const leaked = inputs.filter((input) => LAZY_ONLY.some((part) => input.includes(part)));
    expect(leaked, `statically imported (or re-exported) into first load: ${leaked.join(', ')}`).toEqual([]);
  });
});

/** What an `api` page never fetches before its first reply: the AI SDK runtime (`streamText`, the gateway, zod). */
const MODEL_ONLY = [
  'node_modules/ai/',
  'node_modules/@ai-sdk/',
  'node_modules/zod/',
  'chat/model-reply-source.ts',
];

describe('JS fetched before the first reply of an api page holds no AI SDK runtime', () => {
  it.each(['chat', 'headless'] as const)('%s', { timeout: 60_000 }, async (target) => {
    const result = await esbuild.build({ ...bundleConfig(target, { only: 'first-reply' }), write: false });
    const inputs = Object.keys(result.metafile?.inputs ?? {});
    expect(inputs.some((input) => input.endsWith('packages/core/src/chat/chat-engine.ts'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('packages/core/src/persona/detect-attributes.ts'))).toBe(
      true,
    );
    const leaked = inputs.filter((input) => MODEL_ONLY.some((part) => input.includes(part)));
    expect(leaked, `fetched before the first reply: ${leaked.join(', ')}`).toEqual([]);
  });
});
