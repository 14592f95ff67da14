// Screenshots every story of the static Storybook build (npm run build-storybook first):
//   node .storybook/screenshot-stories.mjs [out-dir] [id-filter]
// Serves storybook-static locally and drives the system Chromium through playwright-core.

import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../storybook-static', import.meta.url).pathname;
const out = process.argv[2] ?? 'storybook-screenshots';
await mkdir(out, { recursive: true });
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}).listen(6123);
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const only = process.argv[3];
const ids = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .map((e) => e.id)
  .filter((id) => !only || id.includes(only));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
for (const id of ids) {
  await page.goto(`http://localhost:6123/iframe.html?id=${id}&viewMode=story`);
  await page.waitForSelector('#storybook-root > *, #storybook-docs > *', { timeout: 20_000 });
  // Let play functions and streamed replies run (a streaming story is caught mid-reply).
  await page.waitForTimeout(id.includes('streaming') ? 2500 : 4000);
  await page.screenshot({ path: join(out, `${id}.png`) });
  console.log(id);
}
await browser.close();
server.close();
