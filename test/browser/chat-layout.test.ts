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
    await buildPage(fileURLToPath(new URL('./pages/chat-layout-page.tsx', import.meta.url))),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The widths of the comparison and the thread, and the tops of the two candidates, at a viewport width. */
async function layoutAt(width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    await page.goto(server.origin);
    await page.locator('.attune-compare-candidate').nth(1).waitFor();
    return await page.evaluate(() => {
      const box = (selector: string, index = 0) =>
        document.querySelectorAll(selector)[index]?.getBoundingClientRect() ?? new DOMRect();
      return {
        compare: box('.attune-compare').width,
        thread: box('.attune-message-list').width,
        tops: [box('.attune-compare-candidate', 0).top, box('.attune-compare-candidate', 1).top],
      };
    });
  } finally {
    await page.close();
  }
}

describe('<Chat> and <ChatWidget> laid out in Chromium on a host page', () => {
  it('a pending comparison takes the width of the thread: side by side when wide, stacked when narrow', async () => {
    const wide = await layoutAt(900);
    expect(wide.compare).toBeGreaterThan(wide.thread * 0.8);
    expect(wide.tops[0]).toBe(wide.tops[1]);
    const narrow = await layoutAt(420);
    expect(narrow.compare).toBeGreaterThan(narrow.thread * 0.8);
    expect(narrow.tops[1]).toBeGreaterThan(narrow.tops[0] ?? 0);
  });

  it('keeps the kit’s heading colours (the widget title the header’s) whatever the host page gives headings', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    try {
      await page.goto(server.origin);
      const header = page.locator('.attune-widget-chat .attune-chat-header');
      await header.waitFor();
      const colours = await header.evaluate((element) => ({
        header: getComputedStyle(element).color,
        title: getComputedStyle(element.querySelector('.attune-chat-title') ?? element).color,
      }));
      expect(colours.title).toBe(colours.header);
      expect(colours.title).not.toBe('rgb(20, 30, 40)');
      const compareTitle = await page
        .locator('.attune-compare-title')
        .evaluate((element) => getComputedStyle(element).color);
      expect(compareTitle).not.toBe('rgb(20, 30, 40)');
    } finally {
      await page.close();
    }
  });
});
