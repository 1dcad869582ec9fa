/**
 * The sidebar tree and the reading order on the built handbook: the branch of the current page is open without
 * JavaScript, the page is marked, folding works without scripts, and previous/next walk the whole site in the
 * sidebar's order, from one section into the next.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, axeBudgetMs, axeViolations } from './axe.ts';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
const site = () => inject('siteUrl');

/** Paths of the links in a list of anchors. */
const paths = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));

describe('the sidebar tree', () => {
  it('without JavaScript, opens the current branch only, marks the page, and folds with its toggle', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site()}guides/reporting-virt-bugs/`);
    const open = page.locator('#site-nav details[open]');
    expect(await open.count()).toBe(1);
    // The open folder is the page's section, shown as active; the other sections are plain links.
    expect(await page.locator('#site-nav .nav-open > a.nav-section').textContent()).toBe('Guides');
    expect(await paths(page, '#site-nav .nav-tree > li > a')).toEqual([
      '/essays/',
      '/guides/',
      '/checklists/',
      '/glossary/',
    ]);
    const current = open.locator('a[aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe('/guides/reporting-virt-bugs/');
    expect(await page.locator('#site-nav a[aria-current]').count()).toBe(1);
    // Folding is the browser's own <details>: it works with scripts off.
    await open.locator('> summary').click();
    expect(await page.locator('#site-nav details[open]').count()).toBe(0);
    expect(await current.isVisible()).toBe(false);
    expect(await page.locator('#site-nav a.nav-section').first().isVisible()).toBe(true);
  });

  it('a generated section listing opens its own branch, marked as the current page', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site()}essays/`);
    expect(await page.locator('#site-nav a[aria-current="page"]').getAttribute('href')).toBe('/essays/');
    expect(await page.locator('#site-nav details[open] a').count()).toBe(4);
    // The listing and the sidebar agree on the order.
    expect(await paths(page, 'main .card-list a')).toEqual(await paths(page, '#site-nav details[open] a'));
  });

  for (const scheme of ['light', 'dark'] as const) {
    // axe runs as a script in the page, so this one has scripts on; the markup is the same either way.
    it(
      `has no accessibility violations in the ${scheme} theme`,
      async () => {
        const { page } = await openPage(browser, { colorScheme: scheme });
        await page.goto(`${site()}guides/reporting-virt-bugs/`);
        expect(await axeViolations(axe(page).include('#site-nav'))).toEqual([]);
      },
      axeBudgetMs,
    );
  }
});

describe('previous and next', () => {
  it('walk every section in the sidebar order, crossing from one section into the next', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site()}essays/`);
    const sections = await paths(page, '#site-nav .nav-tree > li > a');
    // The sidebar order of every section's pages, read from each section's own page.
    const expected: string[] = [];
    for (const section of sections) {
      await page.goto(site() + section.slice(1), { waitUntil: 'domcontentloaded' });
      const listed = await paths(page, '#site-nav details[open] a');
      expected.push(...(listed.length > 0 ? listed : [section]));
    }
    const walked: string[] = [];
    let at: string | undefined = expected[0];
    while (at !== undefined && walked.length <= expected.length) {
      await page.goto(site() + at.slice(1), { waitUntil: 'domcontentloaded' });
      walked.push(at);
      const next = page.locator('.prev-next a[rel="next"]');
      at = (await next.count()) > 0 ? await next.evaluate((link) => (link as HTMLAnchorElement).pathname) : undefined;
    }
    expect(walked).toEqual(expected);
    // Back again: the first guide's previous page is the last essay.
    const firstGuide = expected.find((path) => path.startsWith('/guides/'))!;
    await page.goto(site() + firstGuide.slice(1));
    const prev = await page
      .locator('.prev-next a[rel="prev"]')
      .evaluate((link) => (link as HTMLAnchorElement).pathname);
    expect(prev).toBe(expected[expected.indexOf(firstGuide) - 1]);
    expect(prev.startsWith('/essays/')).toBe(true);
    // One page load per page of the handbook: more than the default budget on a busy machine.
  }, 180_000);
});
