// The one esbuild configuration behind every bundle-size number: the benchmark and the
// size-limit budgets both build with it. Plain ESM so size-limit can load it without tsx.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The first-load targets: what a page ships before any lazy import runs. */
export const bundleTargets = {
  chat: 'drop-in <Chat> with persona, markdown and feedback controls',
  headless: 'headless @attune/core session + persona + React hooks',
  'use-chat': 'reference: bare @ai-sdk/react useChat page',
};

/** Workspace packages resolve to their sources, as in the tests. */
const workspaceSources = {
  '@attune/core': 'packages/core/src/index.ts',
  '@attune/core/react': 'packages/core/src/react/index.ts',
  '@attune/ui': 'packages/ui/src/index.ts',
};

/**
 * Resolves `@attune/*` to sources and leaves every `import()` unresolved, so the output
 * holds exactly the statically reachable code: the first-load JS. Lazy parts are measured
 * separately (see `lazyBundleConfig`).
 */
export function firstLoadPlugin({ keepDynamicImports }) {
  return {
    name: 'attune-first-load',
    setup(build) {
      build.onResolve({ filter: /^@attune\// }, (args) => {
        const source = workspaceSources[args.path];
        return source ? { path: `${root}${source}` } : undefined;
      });
      if (!keepDynamicImports) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      }
    },
  };
}

/** React and React DOM are the host page's, so they stay external. */
export const external = ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler'];

/** The esbuild options of one first-load target (minified ESM for browsers). */
export function bundleConfig(target, { outdir = `${root}bench-results/bundle/${target}` } = {}) {
  return {
    absWorkingDir: root,
    entryPoints: { [target]: `${root}test/bench/bundle/entries/${target}.tsx` },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    metafile: true,
    write: true,
    logLevel: 'silent',
    plugins: [firstLoadPlugin({ keepDynamicImports: false })],
  };
}

/** The same target with code splitting, to measure what its lazy imports add. */
export function lazyBundleConfig(target, options) {
  return {
    ...bundleConfig(target, options),
    splitting: true,
    chunkNames: 'chunk-[hash]',
    plugins: [firstLoadPlugin({ keepDynamicImports: true })],
  };
}
