import { pathToFileURL } from 'node:url';

/**
 * Runs `bench` and prints its rows as a table when the module at `moduleUrl` is the script Node
 * was started with (`npx tsx <bench file>`); a failure sets the exit code.
 */
export function printWhenRun(
  moduleUrl: string,
  bench: () => Promise<Array<Record<string, string | number>>>,
): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  bench().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
