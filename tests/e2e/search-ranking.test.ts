/**
 * Search ranks what a reader wants first, on both the single index and the split one: real queries held to
 * their first page and its best section, glossary terms grouped (first only when one is what the query asks
 * for), and more results on demand.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, searchSettled } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Site paths of links (base path and highlight query removed). */
function sitePath(href: string | null, base: string): string {
  return (href ?? '').replace(base, '/').replace(/\?[^#]*/, '');
}

interface Expected {
  /** The first page result. */
  page: string;
  /** The section (or checklist item) listed first under it. */
  section: string;
  /** The glossary term shown above the pages, when the query asks for a term. */
  definition?: string;
}

// Queries a newcomer types, with where they should land. The first five are the ones the issue named.
const queries: Record<string, Expected> = {
  'libvirt log': { page: '/guides/reporting-virt-bugs/', section: '#turning-on-libvirt-debug-logging' },
  'restart services after openssl update': { page: '/guides/heartbleed-response/', section: '#restart' },
  'kvm bug': { page: '/guides/reporting-virt-bugs/', section: '#choosing-the-component' },
  heartbleed: { page: '/guides/heartbleed-response/', section: '#version-strings' },
  'naked ping': { page: '/essays/naked-pings/', section: '#the-habit-it-targets', definition: '#naked-ping' },
  "don't ask to ask": { page: '/guides/getting-help-on-irc/', section: '#dont-ask-to-ask' },
  'forward secrecy': { page: '/guides/heartbleed-response/', section: '#what-could-leak-and-why-keys-must-change' },
  'selinux denial': { page: '/guides/reporting-virt-bugs/', section: '#selinux', definition: '#avc' },
  'spec file': { page: '/guides/continuous-packaging/', section: '#spec-vs-debian', definition: '#spec-file' },
  delorean: {
    page: '/guides/continuous-packaging/',
    section: '#how-a-commit-becomes-a-repository',
    definition: '#dlrn',
  },
  dumpxml: { page: '/checklists/virt-bug-report/', section: '#item-describe-the-guest-its-os-virsh-dumpxml-guest' },
};

interface Answer {
  groups: string[];
  firstPage: string;
  sections: string[];
  firstTerm: string;
  termsShown: number;
}

async function answer(page: Page, base: string): Promise<Answer> {
  const groups = await page.locator('.search-group-title').allTextContents();
  const first = page.locator('.search-group:has(.badge) .search-result').first();
  const terms = page.locator('.search-term .search-result-link');
  return {
    groups: groups.map((text) => text.replace(/\s*\(\d+\)$/, '')),
    firstPage: sitePath(await first.locator('.search-result-link').getAttribute('href'), base),
    sections: (
      await first.locator('.search-subresult-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    ).map((href) => sitePath(href, base).replace(/^[^#]*/, '')),
    firstTerm: (await terms.count())
      ? sitePath(await terms.first().getAttribute('href'), base).replace(/^[^#]*/, '')
      : '',
    termsShown: await terms.count(),
  };
}

for (const variant of ['single index', 'split index'] as const) {
  const site = () => inject(variant === 'single index' ? 'siteUrl' : 'baseSiteUrl');
  const base = variant === 'single index' ? '/' : '/handbook/';

  describe(`search ranking (${variant})`, () => {
    it('real queries lead to the page and section that cover them, and to a term only when they ask for one', async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${site()}search/`);
      await searchSettled(page);
      const got: Record<string, Expected> = {};
      // One page, one query after another, as a reader types them: all answers compared at once below.
      for (const query of Object.keys(queries)) {
        await page.locator('#search-page-input').fill(query);
        await searchSettled(page);
        const { groups, firstPage, sections, firstTerm } = await answer(page, base);
        got[query] = {
          page: firstPage,
          section: sections[0] ?? '',
          ...(groups[0] === 'Glossary' ? { definition: firstTerm } : {}),
        };
      }
      expect(got).toEqual(queries);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('"libvirt log" lists the virt guide\'s "Where the logs are" under it', async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site()}search/?q=libvirt%20log`);
      await searchSettled(page);
      expect((await answer(page, base)).sections).toContain('#logs');
      // Titled by the heading alone: not by the "Source" link (and its "(external site)") beside it.
      expect(await page.locator('.search-subresult-link[href$="#logs"]').first().textContent()).toBe(
        'Where the logs are',
      );
      await page.close();
    });

    it('glossary terms never crowd out the pages: "heartbleed" shows its pages first and at most five terms', async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site()}search/?q=heartbleed`);
      await searchSettled(page);
      const got = await answer(page, base);
      expect(got.groups).toEqual(['Pages', 'Glossary']);
      expect(got.termsShown).toBeLessThanOrEqual(5);
      const pages = await page.locator('.search-group:has(.badge) .search-result .badge').allTextContents();
      expect(pages.slice(0, 2).sort()).toEqual(['Essays', 'Guides']);
      await page.close();
    });

    it('"Show more results" loads the next results on demand, from the keyboard, and moves focus to them', async () => {
      const { page, errors } = await openPage(browser);
      // "the" is on every page: more than one screenful.
      await page.goto(`${site()}search/?q=the`);
      await searchSettled(page);
      const pages = page.locator('.search-group:has(.badge)');
      const total = Number(/\((\d+)\)/.exec((await pages.locator('.search-group-title').textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(10);
      expect(await pages.locator('.search-result').count()).toBe(10);
      const more = pages.getByRole('button', { name: /Show more results/ });
      expect(await more.textContent()).toBe(`Show more results (10 of ${total} shown)`);
      await more.focus();
      await page.keyboard.press('Enter');
      await searchSettled(page);
      expect(await pages.locator('.search-result').count()).toBe(total);
      expect(await more.isHidden()).toBe(true);
      // The focus is on the first new result, so the reader continues where the list grew.
      expect(
        await page.evaluate(() => document.activeElement?.closest('li')?.matches('.search-result:nth-child(11)')),
      ).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
