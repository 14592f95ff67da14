import type { BuildOptions, Plugin } from 'esbuild';

/** The first-load targets and what each one is. */
export declare const bundleTargets: Record<'chat' | 'headless' | 'use-chat', string>;
/** Resolves `@attune/*` to sources; without `keepDynamicImports`, leaves every `import()` external. */
export declare function firstLoadPlugin(options: { keepDynamicImports: boolean }): Plugin;
/** Packages the host page provides. */
export declare const external: string[];
/** The esbuild options of one first-load target. */
export declare function bundleConfig(target: string, options?: { outdir?: string }): BuildOptions;
/** The same target with code splitting, to measure its lazy chunks. */
export declare function lazyBundleConfig(target: string, options?: { outdir?: string }): BuildOptions;
