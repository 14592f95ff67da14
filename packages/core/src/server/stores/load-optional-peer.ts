/**
 * Imports an optional peer dependency of `@attune/core/server` on first use, so apps install only
 * the driver they use. A missing package fails with the command that installs it.
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
    throw error;
  }
}
