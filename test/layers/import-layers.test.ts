import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importCycles, importGraph, type LayerRules, layerViolations } from './import-graph';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The core's layers, lowest first: leaves (style vocabulary, numeric helpers, errors,
 * validation messages, lazy loading) ← message types ← persona ← alignment ← chat (through
 * the Personalization port) ← server. React hooks see only the public root (`index`).
 */
const coreLayers: LayerRules = {
  root: 'packages/core/src',
  allowed: {
    errors: [],
    numeric: [],
    style: [],
    validation: [],
    lazy: ['errors'],
    message: ['style'],
    persona: ['style', 'numeric', 'validation', 'lazy', 'errors'],
    alignment: ['persona', 'message', 'style', 'numeric', 'validation', 'lazy', 'errors'],
    storage: ['message', 'validation', 'errors'],
    chat: ['alignment', 'persona', 'message', 'storage', 'style', 'validation', 'lazy', 'errors'],
    server: ['chat', 'alignment', 'persona', 'message', 'style', 'numeric', 'validation', 'lazy', 'errors'],
    offline: ['alignment', 'style', 'errors'],
    detectors: ['persona'],
    react: ['index'],
    index: ['chat', 'alignment', 'persona', 'message', 'storage', 'style'],
  },
  ports: { chat: { alignment: ['chat/personalization.ts'] } },
};

const coreEntryPoints = Object.keys(
  (
    JSON.parse(readFileSync(`${root}/packages/core/package.json`, 'utf8')) as {
      exports: Record<string, unknown>;
    }
  ).exports,
)
  .filter((path) => path !== './package.json')
  .map((path) => (path === '.' ? '@attune/core' : `@attune/core/${path.slice(2)}`));

/** Imports of the UI kit that reach into the core other than through a published entry point. */
function uiViolations(edges: readonly ImportEdge[]): string[] {
  return edges
    .filter(({ from }) => from.startsWith('packages/ui/src/'))
    .filter(
      ({ specifier, to }) =>
        (specifier.startsWith('@attune/') && !coreEntryPoints.includes(specifier)) ||
        (to !== undefined && !to.startsWith('packages/ui/src/')),
    )
    .map(
      ({ from, specifier }) =>
        `${from} imports ${specifier}: the kit uses only ${coreEntryPoints.join(', ')}`,
    );
}

describe('import layers', () => {
  const edges = importGraph(root, ['packages/core/src', 'packages/ui/src']);

  it('reads the graph', () => {
    expect(
      edges.some(
        ({ from, to }) => from === 'packages/core/src/chat/personalization.ts' && to?.includes('alignment/'),
      ),
    ).toBe(true);
    expect(coreEntryPoints).toContain('@attune/core/react');
  });

  it('runs one way in the core', () => {
    expect(layerViolations(edges, coreLayers)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(edges)).toEqual([]);
  });

  it('keeps the UI kit on the published entry points', () => {
    expect(uiViolations(edges)).toEqual([]);
  });

  it('reports a planted upward import, a bypassed port, a cycle and a deep import', () => {
    const planted: ImportEdge[] = [
      {
        from: 'packages/core/src/persona/persona.ts',
        specifier: '../alignment/conditioning',
        to: 'packages/core/src/alignment/conditioning.ts',
      },
      {
        from: 'packages/core/src/chat/create-chat-session.ts',
        specifier: '../alignment/turn-plan',
        to: 'packages/core/src/alignment/turn-plan.ts',
      },
      {
        from: 'packages/core/src/react/use-messages.ts',
        specifier: '../chat/chat-session-state',
        to: 'packages/core/src/chat/chat-session-state.ts',
      },
      {
        from: 'packages/core/src/style/style.ts',
        specifier: '../style/other',
        to: 'packages/core/src/style/other.ts',
      },
      {
        from: 'packages/core/src/style/other.ts',
        specifier: './style',
        to: 'packages/core/src/style/style.ts',
      },
      {
        from: 'packages/ui/src/components/chat.tsx',
        specifier: '@attune/core/src/chat/message',
        to: undefined,
      },
    ];
    expect(layerViolations(planted, coreLayers)).toEqual([
      'packages/core/src/persona/persona.ts imports ../alignment/conditioning: "persona" may not import "alignment"',
      'packages/core/src/chat/create-chat-session.ts imports ../alignment/turn-plan: "chat" reaches "alignment" only through chat/personalization.ts',
      'packages/core/src/react/use-messages.ts imports ../chat/chat-session-state: "react" may not import "chat"',
    ]);
    expect(importCycles(planted)).toEqual([
      ['packages/core/src/style/style.ts', 'packages/core/src/style/other.ts'],
    ]);
    expect(uiViolations(planted)).toHaveLength(1);
  });
});
