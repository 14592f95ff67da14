import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryPoints, formatReport, readExports } from '../../scripts/api-report';

const root = fileURLToPath(new URL('../..', import.meta.url));

// A change of public API shows in review as a change of test/api/reports/*.api.md: after an intended
// change, run `npm run api:update` and commit the reports with it.
describe('public API', () => {
  const reports = readExports();

  it('covers every published entry point of both packages', () => {
    expect(entryPoints().map((entry) => entry.specifier)).toEqual([
      '@attune/core',
      '@attune/core/alignment',
      '@attune/core/react',
      '@attune/core/server',
      '@attune/core/offline',
      '@attune/core/detectors',
      '@attune/ui',
    ]);
  });

  for (const [entry, names] of reports) {
    it(`${entry.specifier} matches ${entry.report} (npm run api:update)`, () => {
      expect(formatReport(entry, names)).toBe(readFileSync(`${root}${entry.report}`, 'utf8'));
    });

    it(`${entry.specifier}: every export has TSDoc`, () => {
      expect(names.filter((name) => !name.documented).map((name) => name.name)).toEqual([]);
    });
  }

  it('keeps the front door small: at most 40 names at the root of @attune/core', () => {
    const front = [...reports].find(([entry]) => entry.specifier === '@attune/core')?.[1] ?? [];
    expect(front.length).toBeGreaterThan(0);
    expect(front.length).toBeLessThanOrEqual(40);
  });
}, 120_000);
