import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../support/chromium';

/** Launches the system Chromium headless with the shared flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
