/**
 * End to end: the real help-centre site (`npm start` of the example: Vite build + Hono server) on an
 * ephemeral port with a temporary SQLite file, driven in Debian's headless Chromium. A visitor asks,
 * watches the answer stream, rates it, answers a comparison, sees the persona panel change, gets a
 * reply that moved toward the choice, reloads and keeps the persona, then forgets it all; as a new
 * visitor, rates a reply and leaves, and the rating reaches the server with the next question. Each
 * step is saved as a screenshot in test-results/e2e/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AttuneMessage, createPersona, type StoredSession, type StyleAxis } from '@attune/core';
import { alignxSpace, linksFromSpace } from '@attune/core/alignment';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/support/launch-chromium';
import { type RunningSupportSite, startSupportSite } from '../support/support-site-server';

const SHOTS = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));
const SESSION_KEY = 'parcelwise:parcelwise-help';
const FIRST_QUESTION = 'How do I return an item?';
const SECOND_QUESTION = 'How long does a refund take?';

/** Wording of the preference space a shopper must never be shown as their preferences. */
const PSYCHOLOGY =
  /need for|Indifferent to|Agreeableness|Neuroticism|Extraversion|Openness|Conscientiousness/;

interface PersonaAnswer {
  persona: { state: unknown } | null;
  signalCount: number;
  profile: string;
}

/** Words of a text, for a rough distance between two replies. */
const words = (text: string) => text.toLowerCase().match(/[a-z0-9£']+/g) ?? [];
/** How many words one text has that the other lacks, both ways. */
function wordDistance(a: string, b: string): number {
  const count = (list: string[]) =>
    list.reduce((map, word) => map.set(word, (map.get(word) ?? 0) + 1), new Map<string, number>());
  const left = count(words(a));
  const right = count(words(b));
  let distance = 0;
  for (const word of new Set([...left.keys(), ...right.keys()])) {
    distance += Math.abs((left.get(word) ?? 0) - (right.get(word) ?? 0));
  }
  return distance;
}

describe('the Parcelwise help centre, end to end', () => {
  let site: RunningSupportSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let step = 0;
  const errors: string[] = [];
  /** Content-Security-Policy violations reported in the console during the whole flow. */
  const cspViolations: string[] = [];

  const shot = async (name: string) => {
    step += 1;
    await page.screenshot({ path: join(SHOTS, `${String(step).padStart(2, '0')}-${name}.png`) });
  };
  const widget = () => page.locator('.attune-widget-panel');
  const assistantReplies = () => widget().locator('.attune-message[data-role="assistant"]');
  const finishedReplies = () =>
    widget().locator('.attune-message[data-role="assistant"]:not([data-streaming]) .attune-message-actions');
  const ask = async (question: string) => {
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill(question);
    await box.press('Enter');
  };
  const persona = async (): Promise<PersonaAnswer> =>
    (await (await page.request.get(`${site.url}/api/persona`)).json()) as PersonaAnswer;
  /** The kinds of the signals the server stores for the visitor (its export). */
  const storedKinds = async () =>
    (
      (await (await page.request.get(`${site.url}/api/persona/export`)).json()) as {
        signals: Array<{ signal: { kind: string } }>;
      }
    ).signals.map((entry) => entry.signal.kind);
  const savedSession = async () => {
    const saved = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
    return saved === null ? undefined : (JSON.parse(saved) as StoredSession);
  };
  const savedMessages = async (): Promise<AttuneMessage[]> => (await savedSession())?.messages ?? [];
  /** The kinds of the learned signals the saved session holds for the next request. */
  const savedSignalKinds = async () =>
    ((await savedSession())?.signals ?? []).map((signal) => (signal as { kind: string }).kind);
  const togglePreferences = () => widget().getByRole('button', { name: 'Preferences' }).click();
  /** Reads a persona panel's evidence line, summary and every meter (all shown, sorted). */
  const readPanelIn = async (panel: Locator) => {
    await panel.waitFor();
    const evidence = await panel.locator('.attune-persona-evidence').innerText();
    const showAll = panel.getByRole('button', { name: 'Show all' });
    if (await showAll.isVisible()) await showAll.click();
    const meters = await panel
      .getByRole('meter')
      .evaluateAll((nodes) =>
        nodes.map((node) => `${node.getAttribute('aria-valuetext')}=${node.getAttribute('aria-valuenow')}`),
      );
    const summary = await panel.locator('.attune-persona-summary').innerText();
    return { evidence, meters: meters.sort(), summary };
  };
  /** Opens the chat's preferences panel, reads it (see `readPanelIn`), and closes it. */
  const readPanel = async (screenshot?: string) => {
    await togglePreferences();
    const panel = widget().locator('.attune-persona');
    const read = await readPanelIn(panel);
    if (screenshot) await shot(screenshot);
    await togglePreferences();
    await panel.waitFor({ state: 'detached' });
    return read;
  };
  const waitForSignals = async (count: number) => {
    await expect.poll(async () => (await persona()).signalCount, { timeout: 15_000 }).toBe(count);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    site = await startSupportSite({ env: { ATTUNE_OFFLINE_PACING_MS: '30' } });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|evaluate)/i.test(message.text()))
        cspViolations.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('opens the help centre with its header, search, categories and footer', async () => {
    await page.goto(site.url);
    await expect.poll(() => page.title()).toBe('Parcelwise Help Centre');
    await page.getByRole('heading', { name: 'How can we help?' }).waitFor();
    expect(await page.getByRole('search').count()).toBeGreaterThan(0);
    expect(await page.locator('.pw-category-card').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('footer').innerText()).toContain('Parcelwise');
    await page.screenshot({ path: join(SHOTS, '00-home-full.png'), fullPage: true });
    await shot('home');

    await page.getByRole('searchbox').fill('refund');
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('heading', { name: 'Search results' }).waitFor();
    await page
      .getByRole('link', { name: /When will I get my refund/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'When will I get my refund?' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Breadcrumb' }).innerText()).toContain(
      'Returns & refunds',
    );
    await shot('article');
  });

  it('streams an answer from the knowledge base in the widget, and records the rating', async () => {
    await page.getByRole('button', { name: 'Open chat' }).click();
    await widget().waitFor();
    await shot('widget-open');
    await ask(FIRST_QUESTION);

    const streaming = widget().locator('.attune-message[data-role="assistant"][data-streaming]');
    await streaming.locator('.attune-markdown').waitFor({ timeout: 30_000 });
    const partial = await streaming.innerText();
    await shot('answer-streaming');
    await finishedReplies().first().waitFor({ timeout: 60_000 });
    const answer = await assistantReplies().first().locator('.attune-message-content').innerText();
    expect(answer.length).toBeGreaterThan(partial.length);
    expect(answer).toMatch(/30 days/);
    expect(answer).toMatch(/drop-off|collection/i);
    const sources = assistantReplies().first().getByRole('list', { name: 'Sources of this reply' });
    expect(await sources.locator('..').innerText()).toMatch(/^From:\s*How to return an item/);
    expect(await sources.getByRole('link', { name: 'How to return an item' }).getAttribute('href')).toBe(
      '/articles/return-an-item',
    );
    await shot('answer');

    // A visitor's messages alone are not stored: the first row comes with the first rating.
    expect((await persona()).persona).toBeNull();
    const rate = widget().getByRole('button', { name: 'Helpful', exact: true });
    await rate.click();
    await expect.poll(() => rate.getAttribute('aria-pressed')).toBe('true');
    // The rating travels with the next question: nothing is stored yet.
    expect((await persona()).persona).toBeNull();
    await shot('rated');
    // It waits in the saved session, so leaving now would lose nothing.
    expect(await savedSignalKinds()).toEqual(['rating']);
  });

  it('asks for a comparison, and the choice changes the persona panel and the next reply', async () => {
    await ask(SECOND_QUESTION);
    await widget().getByRole('heading', { name: 'Which reply do you prefer?' }).waitFor({ timeout: 60_000 });
    await shot('comparison');

    const compared = (await savedMessages()).at(-1)?.metadata?.comparison;
    expect(compared?.candidates).toHaveLength(2);
    const [first, second] = compared?.candidates ?? [];
    const axis = (Object.keys({ ...first?.style, ...second?.style }) as StyleAxis[]).find(
      (name) => first?.style?.[name] !== second?.style?.[name],
    );
    expect(axis).toBeDefined();
    const level = (index: 0 | 1) => compared?.candidates[index].style?.[axis as StyleAxis] ?? 0;
    // Choose "more" of the compared axis: its effect on a reply is the easiest to see.
    const choice: 0 | 1 = level(0) > level(1) ? 0 : 1;
    const chosenText = compared?.candidates[choice].text ?? '';
    const rejectedText = compared?.candidates[choice === 0 ? 1 : 0].text ?? '';
    expect(chosenText).not.toBe(rejectedText);

    // The rating travelled with this request: the server stored it, then the question.
    await waitForSignals(2);
    await expect.poll(savedSignalKinds).toEqual([]);
    const before = await readPanel('panel-before-choice');

    await widget()
      .locator('.attune-compare-candidate')
      .nth(choice)
      .getByRole('button', { name: 'Prefer this' })
      .click();
    await widget().locator('.attune-compare').waitFor({ state: 'detached' });
    const after = await readPanel('panel-after-choice');
    expect(after.evidence).not.toBe(before.evidence);
    expect(after.meters).not.toEqual(before.meters);

    await ask(SECOND_QUESTION);
    await expect.poll(() => finishedReplies().count(), { timeout: 60_000 }).toBe(3);
    // The choice travelled with that request, and the server's persona moved toward the chosen
    // side on the compared axis.
    await waitForSignals(4);
    const stored = createPersona();
    stored.load((await persona()).persona?.state);
    const links = linksFromSpace(alignxSpace)[axis as StyleAxis] ?? [];
    const lean = links.reduce(
      (sum, link) => sum + link.sign * (stored.directions().find((d) => d.id === link.dimension)?.mean ?? 0),
      0,
    );
    expect(Math.sign(lean)).toBe(Math.sign(level(choice)));
    const reply = await assistantReplies().nth(2).locator('.attune-message-content').innerText();
    const replyStyle = (await savedMessages()).at(-1)?.metadata?.style ?? {};
    expect(Math.sign(replyStyle[axis as StyleAxis] ?? 0)).toBe(Math.sign(level(choice)));
    expect(wordDistance(reply, chosenText)).toBeLessThan(wordDistance(reply, rejectedText));
    await shot('reply-after-choice');
  });

  it('keeps the persona and the conversation after a reload', async () => {
    // The first reload shows the server's persona: the first question, asked before any rating,
    // was learned in this browser only (a visitor's messages alone are not stored).
    const signals = (await persona()).signalCount;
    await page.reload();
    await widget().waitFor();
    await expect
      .poll(async () => (await readPanel()).evidence, { timeout: 15_000 })
      .toBe(`Learned from ${signals} signals`);
    const before = await readPanel();
    await page.reload();
    await widget().waitFor();
    await expect.poll(() => assistantReplies().count()).toBe(3);
    await expect.poll(async () => (await readPanel()).evidence, { timeout: 15_000 }).toBe(before.evidence);
    const after = await readPanel('reloaded');
    expect(after.meters).toEqual(before.meters);
    expect((await persona()).signalCount).toBe(signals);
  });

  it('forgets the visitor: every row is deleted and the persona is gone', async () => {
    const visitor = (await context.cookies(site.url)).find((cookie) => cookie.name === 'parcelwise_visitor');
    expect(visitor?.httpOnly).toBe(true);
    expect(visitor?.sameSite).toBe('Lax');
    // The cookie holds the id and its signature: `id.signature`, URL-encoded.
    const userId = decodeURIComponent(visitor?.value ?? '').replace(/\.[^.]*$/, '');
    const db = new Database(site.databaseFile, { readonly: true });
    const rows = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`).get(userId) as { n: number }).n;
    expect(rows('attune_personas')).toBe(1);
    expect(rows('attune_signals')).toBeGreaterThanOrEqual(3);

    // The Your data page shows what the chat's panel shows, in the visitor's words, and what the
    // server stores: never the profile a model is given (personality, needs).
    // A style request makes the persona sure of something: the model's profile is no longer empty.
    const before = (await persona()).signalCount;
    await ask(`tl;dr ${SECOND_QUESTION}`);
    await expect.poll(() => finishedReplies().count(), { timeout: 60_000 }).toBe(4);
    await expect.poll(async () => (await persona()).signalCount).toBeGreaterThan(before + 1);
    const stored = await persona();
    expect(stored.profile).not.toBe('');
    const chatPanel = await readPanel();
    expect(chatPanel.summary).toMatch(/Short answers/);
    await page.getByRole('button', { name: 'Close chat' }).first().click();
    await page.getByRole('link', { name: 'Personalised answers & your data' }).click();
    await page.getByRole('heading', { name: 'Personalised answers and your data' }).waitFor();
    await page.getByText(/^Our server stores/).waitFor();
    // The same rows, leans, confidences, summary and count as the chat's panel.
    expect(await readPanelIn(page.locator('main .attune-persona'))).toEqual(chatPanel);
    expect(chatPanel.evidence).toBe(`Learned from ${stored.signalCount} signals`);
    expect(await page.locator('.pw-data-status').innerText()).toBe(
      `Our server stores the ${stored.signalCount} signals your preferences were learned from.`,
    );
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(PSYCHOLOGY);
    expect(main).not.toContain(stored.profile);
    await page.screenshot({ path: join(SHOTS, 'your-data-full.png'), fullPage: true });
    await shot('your-data');
    await page.getByRole('button', { name: 'Forget me' }).click();
    await page.getByRole('button', { name: 'Yes, forget me' }).click();
    await page.getByText(/We deleted your preferences/).waitFor();
    await shot('forgotten');

    expect(rows('attune_personas')).toBe(0);
    expect(rows('attune_signals')).toBe(0);
    db.close();
    expect((await persona()).persona).toBeNull();

    await page.getByRole('button', { name: 'Open chat' }).click();
    const panel = await readPanel('panel-after-forget');
    expect(panel.summary).toMatch(/Nothing learned yet/);
    expect(await assistantReplies().count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a rating given just before leaving reaches the server with the next visit’s question, once', async () => {
    await ask(FIRST_QUESTION);
    await expect.poll(() => finishedReplies().count(), { timeout: 60_000 }).toBe(1);
    const rate = widget().getByRole('button', { name: 'Helpful', exact: true });
    await rate.click();
    await expect.poll(() => rate.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(savedSignalKinds).toEqual(['rating']);
    expect(await storedKinds()).toEqual([]);

    // The visitor leaves and comes back: the rating is still waiting, and the first question sends it.
    await page.reload();
    await widget().waitFor();
    await expect.poll(() => finishedReplies().count()).toBe(1);
    expect(await savedSignalKinds()).toEqual(['rating']);
    // Your data counts it and says it waits, before any question.
    await page.getByRole('button', { name: 'Close chat' }).first().click();
    await page.getByRole('link', { name: 'Personalised answers & your data' }).click();
    await page.getByTestId('waiting-count').waitFor();
    expect(await page.locator('.pw-data-status').innerText()).toMatch(
      /^Nothing is stored on our server yet \(0 signals\)\. The 1 signal your preferences were learned from is known to this browser only: .*\s*1 rating or choice is waiting in this browser: it goes to our server with your next message/,
    );
    // The panel shows the rating learned in this browser, and that it waits.
    expect(await page.locator('main .attune-persona-evidence').innerText()).toBe('Learned from 1 signal');
    expect(await page.locator('main .attune-persona-waiting').innerText()).toBe(
      '1 piece of feedback waits to be sent with your next message.',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('your-data-waiting');
    await page.getByRole('button', { name: 'Open chat' }).click();
    await widget().waitFor();
    await ask(SECOND_QUESTION);
    await expect.poll(() => finishedReplies().count(), { timeout: 60_000 }).toBe(2);
    await expect
      .poll(async () => (await storedKinds()).filter((kind) => kind === 'rating'))
      .toEqual(['rating']);
    expect(await savedSignalKinds()).toEqual([]);
    // Sent and stored: the page no longer says anything waits, and the server holds what this browser learned.
    await page.getByTestId('waiting-count').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('.pw-data-status').innerText())
      .toBe('Our server stores the 2 signals your preferences were learned from.');
    expect(errors).toEqual([]);
  });

  it('goes on when the photos of a conversation outgrow the 512 KiB request limit', async () => {
    const replies = await finishedReplies().count();
    /** A 250 KiB photo (random bytes: nothing compresses it). */
    const photo = (name: string) => ({
      name,
      mimeType: 'image/png',
      buffer: Buffer.from(Array.from({ length: 250 * 1024 }, (_, index) => (index * 7919) % 251)),
    });
    const attachAndAsk = async (name: string, question: string) => {
      await widget().locator('input[type="file"]').setInputFiles(photo(name));
      await widget().getByRole('list', { name: 'Files to send' }).getByText(name).waitFor();
      await ask(question);
    };
    const refused: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/chat') && response.status() === 413) refused.push(413);
    });
    /** Waits for reply number `count`, deciding a comparison with "No preference" when one is asked. */
    const replied = async (count: number) => {
      const compare = widget().locator('.attune-compare');
      await expect
        .poll(async () => (await finishedReplies().count()) === count || (await compare.count()) > 0, {
          timeout: 60_000,
        })
        .toBe(true);
      if ((await compare.count()) > 0) {
        await compare.getByRole('button', { name: 'No preference' }).click();
        await compare.waitFor({ state: 'detached' });
      }
      await expect.poll(() => finishedReplies().count(), { timeout: 60_000 }).toBe(count);
    };
    await attachAndAsk('damaged-vase.png', 'My vase arrived damaged. What should I do?');
    await replied(replies + 1);
    // Both photos inline are over the limit: the server refuses once, the page sends again
    // without the first photo, and the reply comes.
    await attachAndAsk('damaged-box.png', 'Here is the box it came in.');
    await replied(replies + 2);
    expect(refused).toEqual([413]);
    expect(await widget().getByRole('alert').count()).toBe(0);
    // The conversation in this browser keeps both photos.
    const files = (await savedMessages()).flatMap((message) =>
      message.parts.flatMap((part) => (part.type === 'file' ? [part.filename] : [])),
    );
    expect(files).toEqual(['damaged-vase.png', 'damaged-box.png']);
    await shot('photos-over-the-limit');
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('fits every page into a phone’s width: nothing scrolls sideways', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const small = await phone.newPage();
    try {
      for (const path of [
        '/',
        '/articles/return-an-item',
        '/categories/orders',
        '/search?q=refund',
        '/your-data',
      ]) {
        await small.goto(`${site.url}${path}`);
        await small.locator('main').waitFor();
        const { scrollWidth, clientWidth } = await small.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect({ path, scrollWidth }).toEqual({ path, scrollWidth: clientWidth });
      }
      await small.screenshot({ path: join(SHOTS, 'phone-your-data.png') });
    } finally {
      await phone.close();
    }
  });

  it('ran the whole flow under the site Content-Security-Policy with no violation', async () => {
    const home = await page.request.get(site.url);
    expect(home.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(home.headers()['x-frame-options']).toBe('DENY');
    expect(home.headers()['strict-transport-security']).toBeUndefined();
    // The production build, gzipped and cached for good: React's development build would say so.
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await home.text())?.[1];
    const asset = await page.request.get(`${site.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers()['content-encoding']).toBe('gzip');
    expect(asset.headers()['cache-control']).toContain('immutable');
    expect(await asset.text()).not.toContain('Download the React DevTools');
    expect(cspViolations).toEqual([]);
  });
});
