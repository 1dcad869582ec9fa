/** Search: nothing loads until used, keyboard access, marked results, highlight on arrival, shareable page, base path. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, searchSettled } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

for (const variant of ['root', 'base path'] as const) {
  const site = () => inject(variant === 'root' ? 'siteUrl' : 'baseSiteUrl');
  describe(`search (${variant})`, () => {
    it('downloads nothing of Pagefind until opened; "/" focuses the field; typing shows marked results; a result highlights its terms', async () => {
      const { page, errors, requests } = await openPage(browser);
      await page.goto(`${site()}guides/reporting-virt-bugs/`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
      await page.keyboard.press('/');
      const input = page.getByRole('dialog').getByLabel('Search the handbook');
      await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-input');
      await input.pressSequentially('heartbleed', { delay: 20 });
      await searchSettled(page, '.search-dialog');
      expect(await page.locator('.search-dialog .search-status').textContent()).toMatch(/results? for “heartbleed”/);
      expect(await page.locator('.search-dialog .search-result mark').count()).toBeGreaterThan(0);
      expect(requests.some((url) => url.includes('pagefind'))).toBe(true);
      // Arrow keys move into the results, Enter opens.
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('search-result-link'))).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(/highlight=heartbleed/);
      await page.locator('main mark.search-hit').first().waitFor();
      expect(errors).toEqual([]);
    });

    it('Ctrl+K opens the dialog, Escape closes it and returns focus', async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${site()}essays/naked-pings/`);
      const trigger = page.locator('.search-button');
      await trigger.focus();
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
      expect(errors).toEqual([]);
    });

    it('odd queries cause no page error, and no results are explained', async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${site()}search/`);
      const input = page.locator('#search-page-input');
      await page.locator('.search-facet').first().waitFor();
      for (const query of ['(*[\\ "<script>', 'zzqqxxnothing']) {
        await input.fill(query);
        await searchSettled(page);
        expect(await page.locator('.search-status').textContent()).toContain(`for “${query}”`);
      }
      expect(await page.locator('.search-status').textContent()).toMatch(/^No results for “zzqqxxnothing”/);
      expect(await page.locator('script:not([src])').count()).toBe(0);
      expect(errors).toEqual([]);
    });

    it('a shared /search/?q=naked%20ping link lists the ping pages, and section filters narrow them', async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${site()}search/?q=naked%20ping`);
      expect(await page.locator('#search-page-input').inputValue()).toBe('naked ping');
      const titles = page.locator('.search-result-title');
      await titles.first().waitFor();
      const all = await titles.allTextContents();
      expect(all.some((t) => /naked pings?/i.test(t))).toBe(true);
      expect(all.some((t) => /IRC|ping/i.test(t))).toBe(true);
      await page.getByRole('checkbox', { name: /Guides/ }).check();
      await page.waitForURL(/section=Guides/);
      await searchSettled(page);
      expect((await page.locator('.search-result .badge').allTextContents()).every((s) => s === 'Guides')).toBe(true);
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });

    it('glossary terms and checklist items are findable', async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site()}search/?q=sVirt&section=Glossary`);
      await page.locator('.search-result-link').first().waitFor();
      expect(await page.locator('.search-result-link').first().getAttribute('href')).toMatch(
        /glossary\/(\?[^#]*)?#svirt$/,
      );
      await page.goto(`${site()}search/?q=dumpxml&section=Checklists`);
      await page.locator('.search-result-link').first().waitFor();
      expect(await page.locator('.search-result-link').first().getAttribute('href')).toMatch(
        /checklists\/virt-bug-report\//,
      );
    });

    it('without JavaScript the header leads to a search page that says search needs JavaScript', async () => {
      const { page } = await openPage(browser, { javaScriptEnabled: false });
      await page.goto(`${site()}guides/getting-help-on-irc/`);
      await page.locator('.search-link').click();
      await page.waitForURL(/\/search\/$/);
      expect(await page.locator('.search-nojs').textContent()).toContain('Search needs JavaScript');
      expect(await page.locator('.search-nojs a').count()).toBeGreaterThanOrEqual(4);
    });
  });
}

describe('a split search index', () => {
  /** Result links (base path removed) and the status line of the search page for a query. */
  async function searchPage(siteUrl: string, base: string, query: string) {
    const { page, errors } = await openPage(browser);
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
    await searchSettled(page);
    expect(await page.locator('.search-status').textContent()).toMatch(/results? for/i);
    // Every result on screen: each group shows its first few, and the order may differ between the indexes.
    const more = page.locator('.search-more:visible').first();
    while (await more.count()) {
      await more.click();
      await searchSettled(page);
    }
    const links = await page.locator('.search-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const facets = await page.locator('.search-filters label').allTextContents();
    const status = await page.locator('.search-status').textContent();
    expect(errors).toEqual([]);
    await page.close();
    return {
      status,
      links: links.map((href) => (href ?? '').replace(base, '/').replace(/\?[^#]*/, '')).sort(),
      facets: facets.map((text) => text.replace(/\s+/g, ' ').trim()).sort(),
    };
  }

  it('serves its index in shards', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('baseSiteUrl')}search/`);
    expect(await page.evaluate(() => document.documentElement.dataset['searchShards'])).toBe(
      'pagefind-1/ pagefind-2/ pagefind-3/',
    );
  });

  // Every result is put on screen (the order may differ: each index ranks by its own statistics). "delorean" and "virsh naked" need a word that some indexes' pages lack:
  // without the vocabulary record such an index would answer "del" or "virsh" alone. Then a code block's title,
  // a word Pagefind splits at a capital, a word only in a description (not indexed). One test per query: each
  // loads the search page twice, so a test's time does not grow with the list.
  it.each([
    'naked ping',
    'virsh naked',
    'sVirt',
    'dumpxml',
    'delorean',
    'lsof',
    'caution',
    '/etc/libvirt/libvirtd.conf',
    'hub review',
    'retelling heartbleed',
  ])(
    'finds exactly what a single index finds for "%s": pages, sub-results, terms, items, facet counts',
    async (query) => {
      const single = await searchPage(inject('siteUrl'), '/', query);
      const split = await searchPage(inject('baseSiteUrl'), '/handbook/', query);
      expect(split).toEqual(single);
    },
  );
});

describe('search index errors', () => {
  it('shows a clear message when the index cannot load', async () => {
    const { page } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${inject('siteUrl')}search/?q=heartbleed`);
    await searchSettled(page);
    expect(await page.locator('.search-status').textContent()).toMatch(/Search is unavailable/);
  });
});
