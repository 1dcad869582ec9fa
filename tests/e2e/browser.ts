/**
 * Debian's Chromium driven by playwright-core, with the flags this sandbox needs. Each page records console
 * errors and uncaught exceptions so tests can assert a clean run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { page, errors, requests };
}

/**
 * Replaces the page's clipboard with a recorder, so tests can read what "Copy" buttons copied without
 * clipboard permissions. It records both ways a script writes: `writeText`, and `write` with a ClipboardItem
 * (whose text may still be loading; `lastCopied` waits for it). Call before navigating.
 */
export async function recordClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const copied: Promise<string>[] = [];
    (window as unknown as { copied: Promise<string>[] }).copied = copied;
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        writeText: (text: string) => {
          copied.push(Promise.resolve(text));
          return Promise.resolve();
        },
        write: (items: ClipboardItem[]) => {
          const text = items[0]!.getType('text/plain').then((blob) => blob.text());
          copied.push(text);
          return text.then(() => undefined);
        },
      },
    });
  });
}

/** The text of the last copy, once it has loaded; '' when nothing was copied. */
export function lastCopied(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { copied: Promise<string>[] }).copied.at(-1) ?? '');
}

/**
 * Waits until the search UI inside `scope` has shown the answer to its latest query (or its error): the UI
 * sets `aria-busy="false"` then. Waiting on that state, not polling the status text for a guessed time, is
 * what keeps the search tests independent of how loaded the machine is.
 */
export async function searchSettled(page: Page, scope = ''): Promise<void> {
  await page.locator(`${scope} .search[aria-busy="false"]`.trim()).waitFor();
}

/** Site paths (without the leading slash) of every page in a built site's sitemap. */
export function sitemapPaths(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(1));
}
