/** What a reader does with the keyboard: skip link, theme toggle, mobile menu, table of contents, navigation. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lastCopied, launchBrowser, openPage, recordClipboard, searchSettled } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
const guide = () => `${inject('siteUrl')}guides/reporting-virt-bugs/`;

describe('reading with the keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(guide());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(errors).toEqual([]);
  });

  it('the theme toggle cycles system, light, dark and the choice survives a reload', async () => {
    const { page, errors } = await openPage(browser, { colorScheme: 'light' });
    await page.goto(guide());
    const toggle = page.locator('.site-header .theme-toggle');
    await toggle.waitFor({ state: 'visible' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    // The saved theme is applied by a blocking script in <head>, before the body is parsed.
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
    expect(darkBackground).not.toBe('rgb(255, 255, 255)');
    expect(await page.getByRole('button', { name: 'Theme: Dark' }).count()).toBe(1);
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('on a phone the navigation opens from the menu button, and Escape closes it and returns focus', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(guide());
    const menu = page.locator('.menu-toggle');
    const nav = page.locator('#site-nav');
    expect(await menu.isVisible()).toBe(true);
    expect(await nav.isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('#site-nav') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle'))).toBe(true);
    // Nothing overflows sideways on a 360 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });

  it('following a table-of-contents entry by keyboard marks it as the current section', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1400, height: 900 } });
    await page.goto(guide());
    const entry = page.locator('.toc a[href="#logs"]');
    await entry.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#logs');
    await page.locator('.toc a[href="#logs"][aria-current="true"]').waitFor();
    expect(await page.locator('.toc a[aria-current="true"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  // Previous/next used to stay within a section; they now follow the whole site's reading order, as an mdBook
  // does (tests/e2e/navigation.test.ts walks it).
  it('the sidebar marks the current page', async () => {
    const { page } = await openPage(browser);
    await page.goto(guide());
    expect(await page.locator('#site-nav a[aria-current="page"]').textContent()).toContain(
      'Reporting a Fedora virtualization bug',
    );
  });

  it('without JavaScript the page reads fully and the navigation is reachable', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await page.goto(guide());
    expect(await page.locator('#site-nav').isVisible()).toBe(true);
    expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
    expect(await page.locator('.site-header .theme-toggle').isVisible()).toBe(false);
    expect(await page.locator('main article h2').count()).toBeGreaterThan(5);
  });

  it('a code block copy button works from the keyboard and copies the code', async () => {
    const { page, errors } = await openPage(browser);
    await recordClipboard(page);
    await page.goto(guide());
    const figure = page.locator('main figure.code').first();
    const button = figure.locator('button.copy-code');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.textContent()).toBe('Copied');
    const copied = await lastCopied(page);
    expect(copied).toBe(await figure.locator('pre code').textContent());
    expect(copied?.length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });
});

/** Words a German site's config would give the scripts, over the English ones the page carries. */
const german: Record<string, string> = {
  'links.copy': 'Link kopieren',
  'links.copied': 'Kopiert',
  'links.copiedStatus': 'Link kopiert: {url}',
  'search.label': 'Suchen',
  'search.summaryFor': '{results} für „{query}“: {pages} und {terms}.',
  'search.results.one': '{count} Treffer',
  'search.results.other': '{count} Treffer',
  'search.pages.one': '{count} Seite',
  'search.pages.other': '{count} Seiten',
  'search.terms.one': '{count} Begriff',
  'search.terms.other': '{count} Begriffe',
};

/** The page's HTML with every data-ui attribute (src/config/ui-strings.ts uiData) holding the German words. */
function inGerman(html: string): string {
  const decode = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
  const encode = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return html.replace(/ data-ui="([^"]*)"/g, (_whole, value: string) => {
    const strings = JSON.parse(decode(value)) as Record<string, string>;
    for (const key of Object.keys(strings)) if (german[key]) strings[key] = german[key];
    return ` data-ui="${encode(JSON.stringify(strings))}"`;
  });
}

describe("the site's words in the browser", () => {
  it("the server gives the scripts the config's words (the handbook names its search)", async () => {
    const { page } = await openPage(browser);
    await page.goto(guide());
    const words = JSON.parse((await page.locator('.search-button').getAttribute('data-ui')) ?? '{}') as Record<
      string,
      string
    >;
    expect(words['search.label']).toBe('Search the handbook');
  });

  it('scripts show the words the page carries: copy-link feedback and the search dialog in German', async () => {
    const { page, errors } = await openPage(browser);
    await recordClipboard(page);
    await page.route(guide(), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: inGerman(await response.text()) });
    });
    await page.goto(guide());
    const button = page.locator('main h2 .copy-link').first();
    expect(await button.textContent()).toBe('Link kopieren');
    await button.click();
    const url = await lastCopied(page);
    expect(url).toMatch(/^http.*#/);
    expect(await page.locator('.copy-link-status').textContent()).toBe(`Link kopiert: ${url}`);
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: 'Suchen' }).getByLabel('Suchen').fill('heartbleed');
    await searchSettled(page, '.search-dialog');
    expect(await page.locator('.search-dialog .search-status').textContent()).toMatch(
      /^\d+ Treffer für „heartbleed“: \d+ Seiten? und \d+ Begriffe?\.$/,
    );
    expect(errors).toEqual([]);
  });
});

describe("a page's history", () => {
  // The guide's front matter says when it was last reviewed; a checklist says nothing of the kind.
  const written = /^reviewed: (\d{4}-\d{2}-\d{2})$/m.exec(
    readFileSync(join(import.meta.dirname, '../../content/guides/reporting-virt-bugs.md'), 'utf8'),
  )?.[1];

  it('shows "Last reviewed" beside "Last updated" on a page with a review date, and only there', async () => {
    expect(written).toBeDefined();
    const { page, errors } = await openPage(browser);
    await page.goto(guide());
    const history = page.locator('.page-history');
    const shown = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await history.innerText()).toMatch(
      new RegExp(
        `^Last updated .+ · Last reviewed ${shown.format(new Date(`${written}T00:00:00Z`))} · Edit this page$`,
      ),
    );
    expect(await history.locator('time').nth(1).getAttribute('datetime')).toBe(written);
    await page.goto(`${inject('siteUrl')}checklists/virt-bug-report/`);
    expect(await page.locator('.page-history').innerText()).not.toContain('Last reviewed');
    expect(errors).toEqual([]);
  });
});

describe('reporting a problem with a section', () => {
  it('opens a new issue on the code host, filled in with the page, the section, its commit and a template', async () => {
    const { page, errors } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${inject('siteUrl')}guides/getting-help-on-irc/`);
    const link = page.getByRole('link', { name: 'Report a problem with section “How highlights work”' });
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(`${href.origin}${href.pathname}`).toBe('https://github.com/newcomer-handbook/handbook/issues/new');
    expect(href.searchParams.get('title')).toBe(
      'Problem in “How highlights work” (Getting help on IRC without annoying anyone)',
    );
    const commit = execFileSync('git', ['log', '-1', '--format=%H', '--', 'content/guides/getting-help-on-irc.md'], {
      encoding: 'utf8',
    }).trim();
    expect(href.searchParams.get('body')).toBe(
      [
        `[How highlights work](https://handbook.example/guides/getting-help-on-irc/#highlights), \`content/guides/getting-help-on-irc.md\` at ${commit.slice(0, 10)}`,
        '',
        'What is wrong, and what should it say?',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});
