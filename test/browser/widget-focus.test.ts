import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage } from './support/build-page';
import { launchChromium } from './support/launch-chromium';
import { type FileServer, serveFiles } from './support/serve-files';

let server: FileServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFiles(
    await buildPage(fileURLToPath(new URL('./pages/closed-widget-page.tsx', import.meta.url))),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('<ChatWidget> opened from the keyboard in Chromium', () => {
  it('puts focus in the message box on the first open too, so what the visitor types goes there', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.origin);
      const launcher = page.getByRole('button', { name: 'Open chat' });
      await launcher.focus();
      await page.keyboard.press('Enter');
      const box = page.getByRole('textbox', { name: 'Message' });
      await box.waitFor();
      // Real frames, not a test renderer's synchronous flush: the panel mounts after the open.
      await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type('My parcel never arrived');
      expect(await box.inputValue()).toBe('My parcel never arrived');
      // Closed and opened again, the same.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
