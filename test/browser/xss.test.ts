import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage } from './support/build-page';
import { launchChromium } from './support/launch-chromium';
import { type FileServer, serveFiles } from './support/serve-files';
import { xssPayloads } from './xss-payloads';

/**
 * Runs in the page before any script: records every `__xssFired` call and, through a
 * MutationObserver, every dangerous element or attribute that ever reaches the DOM (so a
 * transient one during streaming counts too). `__attuneDanger(node)` scans a subtree.
 */
function guardPage(): void {
  const page = window as unknown as {
    __xssFired: (id: number) => void;
    __xssLog: string[];
    __attuneDanger: (node: ParentNode) => string[];
  };
  page.__xssLog = [];
  page.__xssFired = (id) => page.__xssLog.push(`payload ${id} executed`);
  // Browsers ignore leading whitespace and control characters before a scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: those characters are the point.
  const badUrl = /^[\s\u0000-\u0020]*(javascript|data|vbscript)\s*:/i;
  const urlAttributes = new Set([
    'href',
    'src',
    'xlink:href',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'ping',
    'srcset',
    'codebase',
    'dynsrc',
    'lowsrc',
  ]);
  const badTags = new Set([
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'form',
    'base',
    'meta',
    'link',
    'style',
    'noscript',
    'template',
    'math',
    'input',
    'textarea',
    'select',
    'details',
  ]);
  const describe = (element: Element) =>
    `<${element.tagName.toLowerCase()}> in "${element.closest('.attune-message')?.textContent?.slice(0, 60) ?? ''}"`;
  // Where model output is rendered: a reply's content and a comparison candidate's text.
  const inModelOutput = (element: Element) =>
    element.closest(
      '.attune-message[data-role="assistant"] .attune-message-content, .attune-compare-text',
    ) !== null;
  // The kit's own icons and buttons (e.g. a code block's copy button) and a task list item's
  // disabled checkbox (no attribute but its type, state and label) are not model output.
  const isKitPart = (element: Element) =>
    element.closest('svg.attune-icon') !== null ||
    (element.tagName === 'BUTTON' &&
      Array.from(element.classList).some((name) => name.startsWith('attune-'))) ||
    (element.matches('li > input[type="checkbox"][disabled]:first-child') &&
      element
        .getAttributeNames()
        .every((name) => ['type', 'disabled', 'checked', 'aria-label'].includes(name)));
  const check = (element: Element, found: string[]) => {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${describe(element)} has ${name}="${attribute.value}"`);
      if (name === 'srcdoc') found.push(`${describe(element)} has srcdoc`);
      const rasterImage =
        element.tagName === 'IMG' &&
        name === 'src' &&
        /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i.test(attribute.value);
      if (urlAttributes.has(name) && badUrl.test(attribute.value) && !rasterImage)
        found.push(`${describe(element)} has ${name}="${attribute.value}"`);
      if (name === 'style' && /javascript:|expression\(|url\(/i.test(attribute.value))
        found.push(`${describe(element)} has style="${attribute.value}"`);
    }
    // Heading ids from model output are prefixed, so they cannot clobber the page's ids.
    if (element.closest('.attune-markdown') && element.id && !element.id.startsWith('attune-'))
      found.push(`${describe(element)} has id="${element.id}"`);
    const tag = element.tagName.toLowerCase();
    if (tag === 'script' && element.closest('#root')) found.push(`${describe(element)} is a script`);
    if (
      inModelOutput(element) &&
      !isKitPart(element) &&
      (badTags.has(tag) || tag === 'svg' || tag === 'button')
    )
      found.push(`${describe(element)} came from model output`);
  };
  page.__attuneDanger = (node) => {
    const found: string[] = [];
    for (const element of Array.from(node.querySelectorAll('*'))) check(element, found);
    return found;
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        const found: string[] = [];
        check(record.target, found);
        page.__xssLog.push(...found);
      }
      for (const added of Array.from(record.addedNodes)) {
        if (!(added instanceof Element)) continue;
        const found: string[] = [];
        check(added, found);
        page.__xssLog.push(...found, ...page.__attuneDanger(added));
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

let browser: Browser;
let server: FileServer;
let page: Page;
const dialogs: string[] = [];
/** Requests the page made to any other origin (images from model output must not load unasked). */
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const files = await buildPage(fileURLToPath(new URL('./pages/xss-page.tsx', import.meta.url)));
  server = await serveFiles(files);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(server.origin)) return route.continue();
    foreignRequests.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(guardPage);
  await page.goto(server.origin);
  await page.waitForFunction(() => 'attuneXss' in window);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const send = (text: string) =>
  page.evaluate(async (prompt) => {
    await window.attuneXss.session.send(prompt);
    return window.attuneXss.session.getState().status;
  }, text);

describe('model output rendered by <Chat> in Chromium', () => {
  it(`executes none of the ${xssPayloads.length} XSS payloads and lets no dangerous attribute reach the DOM`, async () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(30);
    for (const payload of xssPayloads) {
      expect(await send(`payload:${payload.id}`)).toBe('ready');
    }
    // Active comparisons render both candidates' markdown; then one is chosen.
    for (const [first, second] of [
      [2, 16],
      [25, 39],
    ] as const) {
      expect(await send(`pair:${first}:${second}`)).toBe('ready');
    }
    await page.evaluate(async () => {
      const { session } = window.attuneXss;
      const comparison = session.getState().messages.findLast((message) => message.metadata?.comparison)
        ?.metadata?.comparison;
      if (!comparison) throw new Error('no comparison was rendered');
      await session.choose(comparison.id, 1);
    });
    // Let React commit, and let any lazy error handler (image onerror, svg onload) fire.
    await page.waitForTimeout(300);

    const replies = await page.locator('.attune-message[data-role="assistant"]').count();
    expect(replies).toBe(xssPayloads.length + 2);
    // The payloads were rendered, not dropped: code stays text and safe links stay links.
    await expect
      .poll(() => page.locator('.attune-message-content code').allTextContents())
      .toContain('<img src=x onerror=__xssFired(31)>');
    const safeLinks = await page.locator('.attune-message-content a[href^="https://example.com"]').count();
    expect(safeLinks).toBeGreaterThan(0);

    const danger = await page.evaluate(() => {
      const guarded = window as unknown as {
        __xssLog: string[];
        __attuneDanger: (node: ParentNode) => string[];
      };
      return { log: guarded.__xssLog, now: guarded.__attuneDanger(document) };
    });
    expect(danger.log).toEqual([]);
    expect(danger.now).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Images from other hosts wait behind a button; none was requested.
    expect(foreignRequests).toEqual([]);
    expect(await page.getByRole('button', { name: /Load image from evil\.example/ }).count()).toBe(3);
  });
});
