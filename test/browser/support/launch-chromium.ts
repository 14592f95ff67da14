import { type Browser, chromium } from 'playwright-core';

/** The Chromium flags every browser test and benchmark uses. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Launches the system Chromium (`CHROMIUM_PATH`, `/usr/bin/chromium` by default) headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}
