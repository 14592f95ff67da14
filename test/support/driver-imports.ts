/** The optional database drivers `@attune/core/server` imports on first use. */
export const OPTIONAL_DRIVERS = ['better-sqlite3', 'pg'] as const;

/**
 * The comments inside each `import("driver")` of bundled code, one string per import: what tells
 * an app's bundler (webpack, Next.js's Turbopack) to leave the import to Node at run time.
 */
export function driverImportHints(code: string, driver: string): string[] {
  return [...code.matchAll(new RegExp(`import\\(([^()]*?)["']${driver}["']\\s*\\)`, 'g'))].map(
    ([, hints]) => hints ?? '',
  );
}

/** True when the hints hide an import from both webpack and Turbopack. */
export const hiddenFromBundlers = (hints: string) =>
  hints.includes('webpackIgnore: true') && hints.includes('turbopackIgnore: true');
