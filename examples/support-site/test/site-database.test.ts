import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStoreHealth } from '@attune/core/server';
import { afterEach, describe, expect, it } from 'vitest';
import { openSiteDatabase } from '../server/site-database';
import { daysToMs, SITE_RETENTION_DAYS } from '../src/data-retention';

describe("the site's database", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps signals and preferences as long as the Your data page says', async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-site-db-'));
    const health = createStoreHealth({ log: () => undefined });
    const database = await openSiteDatabase(
      { ATTUNE_DB: join(dir, 'personas.db') },
      { defaultFile: join(dir, 'unused.db'), health, log: () => undefined },
    );
    try {
      const { metadata } = await database.store.export('visitor');
      expect(metadata.retention.maxAgeMs).toBe(daysToMs(SITE_RETENTION_DAYS.signals));
      expect(metadata.personaRetentionMs).toBe(daysToMs(SITE_RETENTION_DAYS.preferences));
      expect(SITE_RETENTION_DAYS).toEqual({ signals: 90, preferences: 365 });
    } finally {
      await database.store.close();
      await database.limiter.close();
    }
  });
});
