import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sizeLimitBin = fileURLToPath(new URL('../../../node_modules/size-limit/bin.js', import.meta.url));

interface SizeLimitResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

/** Runs size-limit (the root `.size-limit.cjs`); it exits non-zero when a budget is blown. */
async function runSizeLimit(): Promise<SizeLimitResult[]> {
  const output = await promisify(execFile)(process.execPath, [sizeLimitBin, '--json'], { cwd: root }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      if (error.stdout?.trim().startsWith('[')) return { stdout: error.stdout };
      throw new Error(`size-limit failed to run: ${error.stderr ?? String(error)}`);
    },
  );
  return JSON.parse(output.stdout) as SizeLimitResult[];
}

describe('bundle budgets: first load and first reply (size-limit)', () => {
  it('keeps every target within its budget', { timeout: 180_000 }, async () => {
    const results = await runSizeLimit();
    expect(results.map((result) => result.name).sort()).toEqual([
      'chat',
      'chat first reply',
      'headless',
      'headless first reply',
    ]);
    for (const result of results) {
      expect(
        result.size,
        `${result.name}: ${result.size} B over the ${result.sizeLimit} B budget`,
      ).toBeLessThanOrEqual(result.sizeLimit);
      expect(result.passed).toBe(true);
    }
  });
});
