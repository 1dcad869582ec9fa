/** The glossary page: lists without repeats, links that point at terms, copy buttons, and a link that lands at once. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lastCopied, launchBrowser, openPage, recordClipboard } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
const site = () => inject('siteUrl');

describe('glossary', () => {
  it('"Used in" names each page once', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site()}glossary/`);
    const lists = await page.$$eval('.term-used', (paragraphs) =>
      paragraphs.map((p) => [...p.querySelectorAll('a')].map((a) => a.getAttribute('href'))),
    );
    expect(lists.length).toBeGreaterThan(10);
    expect(lists.filter((hrefs) => new Set(hrefs).size !== hrefs.length)).toEqual([]);
  });

  it('"Linked from" on a page links to the glossary term, not to the top of the glossary', async () => {
    const { page } = await openPage(browser);
    const glossaryIds = await (async () => {
      await page.goto(`${site()}glossary/`);
      return page.$$eval('dl.glossary dt[id]', (terms) => terms.map((t) => t.id));
    })();
    const found: string[] = [];
    for (const path of [
      'guides/heartbleed-response/',
      'guides/reporting-virt-bugs/',
      'checklists/library-cve-response/',
    ]) {
      await page.goto(site() + path);
      for (const href of await page.$$eval('.backlinks a', (as) => as.map((a) => a.getAttribute('href') ?? '')))
        if (href.includes('/glossary/')) found.push(href);
    }
    expect(found.length).toBeGreaterThan(2);
    const bad = found.filter((href) => !glossaryIds.includes(new URL(href, site()).hash.slice(1)));
    expect(bad).toEqual([]);
    expect(found).toContain('/glossary/#nvr');
  });

  it('every term has a copy-link button, and every code block a copy button', async () => {
    const { page, errors } = await openPage(browser);
    await recordClipboard(page);
    await page.goto(`${site()}glossary/`);
    await page.locator('dt .copy-link').first().waitFor();
    const terms = await page.locator('dl.glossary dt').count();
    expect(await page.locator('dl.glossary dt .copy-link').count()).toBe(terms);
    const blocks = await page.locator('main figure.code').count();
    expect(blocks).toBeGreaterThan(5);
    expect(await page.locator('main figure.code .copy-code').count()).toBe(blocks);
    const button = page.locator('dt#nvr .copy-link');
    expect(await button.getAttribute('aria-label')).toBe('Copy link to term: NVR (name-version-release)');
    await button.click();
    expect(await lastCopied(page)).toBe(`${site()}glossary/#nvr`);
    const code = page.locator('dt#nvr + dd figure.code').first();
    await code.locator('.copy-code').click();
    expect(await lastCopied(page)).toBe('rpm -q openssl');
    expect(errors).toEqual([]);
  });

  for (const motion of ['no-preference', 'reduce'] as const) {
    it(`a link to a term lands on it at once, without a smooth scroll (reduced motion: ${motion})`, async () => {
      const { page } = await openPage(browser, { reducedMotion: motion, viewport: { width: 1280, height: 800 } });
      await page.goto(`${site()}glossary/#nvr`);
      // Right after load, no waiting: the term is already in view and the page is not moving.
      const first = await page.evaluate(() => ({
        top: document.getElementById('nvr')!.getBoundingClientRect().top,
        y: window.scrollY,
      }));
      expect(first.y).toBeGreaterThan(1000);
      expect(first.top).toBeGreaterThanOrEqual(0);
      expect(first.top).toBeLessThan(200);
      const later = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY))),
          ),
      );
      expect(later).toBe(first.y);
    });
  }
});
