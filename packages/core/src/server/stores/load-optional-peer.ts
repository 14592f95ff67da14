/** Failure codes of an `import()` the runtime cannot perform at all (Next.js's Edge runtime, a V8 isolate). */
const NO_DYNAMIC_IMPORT = new Set(['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING']);

/**
 * Imports an optional peer dependency of `@attune/core/server` on first use, so apps install only
 * the driver they use. A missing package fails with the command that installs it; a runtime that
 * cannot load packages at all (an Edge runtime) fails saying the store needs Node.js.
 */
export async function loadOptionalPeer<Module>(
  name: string,
  version: string,
  load: () => Promise<Module>,
): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(
        `This persona store driver needs the "${name}" package: npm install ${name}@${version}`,
        {
          cause: error,
        },
      );
    }
    if (typeof code === 'string' && NO_DYNAMIC_IMPORT.has(code)) {
      throw new Error(
        `This persona store needs Node.js: its driver "${name}" cannot load in this runtime (an Edge runtime?). In Next.js, serve the route on the Node.js runtime (the default: no \`export const runtime = 'edge'\`).`,
        { cause: error },
      );
    }
    throw error;
  }
}
