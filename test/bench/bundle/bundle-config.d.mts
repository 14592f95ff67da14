import type { BuildOptions, Plugin } from 'esbuild';

/** The bundle targets and what each one is. */
export declare const bundleTargets: Record<'chat' | 'headless' | 'use-chat' | 'ai-chat-runtime', string>;
/** Workspace entry points and their source files (relative to the repository root). */
export declare const workspaceSources: Record<string, string>;
/** Resolves `@attune/*` imports to the workspace sources. */
export declare const workspacePlugin: Plugin;
/** Leaves every `import()` out of the build, so it holds exactly the first-load JS. */
export declare const firstLoadOnlyPlugin: Plugin;
/** The lazy modules every first reply needs: the chat engine, the text detectors, the markdown renderer. */
export declare const FIRST_REPLY_MODULES: RegExp;
/** Bundles only the `import()`s of `FIRST_REPLY_MODULES`: the build holds exactly the JS fetched before the first reply. */
export declare const firstReplyOnlyPlugin: Plugin;
/** Packages the host page provides. */
export declare const external: string[];
/** The esbuild options of one target (minified browser ESM with code splitting; or only what loads before the first reply, or before any `import()`). */
export declare function bundleConfig(
  target: string,
  options?: { outdir?: string; only?: 'first-load' | 'first-reply' },
): BuildOptions;
