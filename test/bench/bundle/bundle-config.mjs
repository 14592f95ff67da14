// The one esbuild configuration behind every bundle-size number: the benchmark, the
// size-limit budgets and the browser test pages all build with it. Plain ESM so size-limit
// can load it without tsx.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The bundle targets and what each one is. */
export const bundleTargets = {
  chat: 'drop-in <Chat> with persona, markdown and feedback controls',
  headless: 'headless @attune/core session + persona + React hooks',
  'use-chat': 'reference: bare @ai-sdk/react useChat page',
  'ai-chat-runtime':
    "reference: the AI SDK's AbstractChat + DefaultChatTransport alone (what Attune's engine replaces)",
};

/** Workspace packages (every entry point) resolve to their sources, as in the tests, never to a stale `dist`. */
export const workspaceSources = {
  '@attune/core': 'packages/core/src/index.ts',
  '@attune/core/alignment': 'packages/core/src/alignment/index.ts',
  '@attune/core/react': 'packages/core/src/react/index.ts',
  '@attune/core/offline': 'packages/core/src/offline/index.ts',
  '@attune/core/detectors': 'packages/core/src/detectors/index.ts',
  '@attune/ui': 'packages/ui/src/index.ts',
  '@attune/ui/styles.css': 'packages/ui/src/styles/attune.css',
};

/** Resolves `@attune/*` imports to the workspace sources. */
export const workspacePlugin = {
  name: 'attune-workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@attune\// }, (args) => {
      const source = workspaceSources[args.path];
      return source ? { path: `${root}${source}` } : undefined;
    });
  },
};

/** The lazy modules every first reply needs: the chat engine, the text detectors, the markdown renderer. */
export const FIRST_REPLY_MODULES = /\/(chat-engine\.ts|detect-attributes\.ts|markdown-renderer\.tsx)$/;

/**
 * Leaves the `import()`s that `keep` refuses unbundled, so the build holds exactly what loads
 * before them. size-limit sums every file it builds, so its targets use this.
 */
const dynamicImportsOnly = (name, keep) => ({
  name,
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.resolving) return undefined;
      if (!keep) return { path: args.path, external: true };
      const { resolveDir, importer, kind } = args;
      const resolved = await build.resolve(args.path, {
        resolveDir,
        importer,
        kind,
        pluginData: { resolving: true },
      });
      return keep.test(resolved.path) ? resolved : { path: args.path, external: true };
    });
  },
});

/** Leaves every `import()` unbundled: the build holds exactly the first-load JS (the entry and its static imports). */
export const firstLoadOnlyPlugin = dynamicImportsOnly('attune-first-load-only');

/**
 * Bundles only the `import()`s of {@link FIRST_REPLY_MODULES}: the build holds exactly the JS
 * fetched before the first reply (first load, the engine, the detectors, the markdown renderer).
 */
export const firstReplyOnlyPlugin = dynamicImportsOnly('attune-first-reply-only', FIRST_REPLY_MODULES);

/** React and React DOM are the host page's, so they stay external. */
export const external = ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler'];

/**
 * The esbuild options of one target: minified browser ESM with code splitting, so every
 * `import()` becomes a lazy chunk; with `only: 'first-load'` every `import()` stays out of the
 * build, with `only: 'first-reply'` all but those of the first reply. First-load JS is the
 * entry plus the chunks it imports statically; a module needed by both the entry and a lazy chunk (e.g. all of `ai`) is
 * first-load, as it would be in an app built the same way.
 */
export function bundleConfig(target, { outdir = `${root}bench-results/bundle/${target}`, only } = {}) {
  return {
    absWorkingDir: root,
    entryPoints: { [target]: `${root}test/bench/bundle/entries/${target}.tsx` },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    chunkNames: 'chunk-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    metafile: true,
    write: true,
    logLevel: 'silent',
    plugins: [
      ...(only === 'first-load'
        ? [firstLoadOnlyPlugin]
        : only === 'first-reply'
          ? [firstReplyOnlyPlugin]
          : []),
      workspacePlugin,
    ],
  };
}
