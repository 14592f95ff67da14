import type { BuildOptions, Plugin } from 'esbuild';

/** The bundle targets and what each one is. */
export declare const bundleTargets: Record<'chat' | 'headless' | 'use-chat', string>;
/** Resolves `@attune/*` imports to the workspace sources. */
export declare const workspacePlugin: Plugin;
/** Leaves every `import()` out of the build, so it holds exactly the first-load JS. */
export declare const firstLoadOnlyPlugin: Plugin;
/** Packages the host page provides. */
export declare const external: string[];
/** The esbuild options of one target (minified browser ESM with code splitting, or first load only). */
export declare function bundleConfig(
  target: string,
  options?: { outdir?: string; firstLoadOnly?: boolean },
): BuildOptions;
