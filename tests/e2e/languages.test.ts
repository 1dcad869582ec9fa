/**
 * Languages, on the handbook (English, with Spanish in content/es/) and on the Harbor site (English, with Arabic
 * beside each original, one translation behind its original in git): the switcher going to the same section,
 * fallback pages and their notice, hreflang and lang/dir, search per language and across all of them, a
 * checklist tick that survives a switch, the outdated notice, right-to-left layout, and axe in every language.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, axeBudgetMs, axeViolations } from './axe.ts';
import { launchBrowser, openPage, searchSettled } from './browser.ts';
import { harborRepository } from './harbor-repository.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const handbook = (path: string) => new URL(path.slice(1), inject('siteUrl')).href;
const harbor = (path: string) => new URL(path.slice(1), inject('harborSiteUrl')).href;

describe('the language switcher', () => {
  it('lists each language and goes to the same page, at the section being read', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(handbook('/guides/getting-help-on-irc/#where-people-chat'));
    await page.locator('.languages summary').click();
    const links = page.locator('.languages-menu a');
    expect(await links.allTextContents()).toEqual(['English', 'Español']);
    expect(await links.first().getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/guides\/getting-help-on-irc\/#where-people-chat$/);
    // The translated heading keeps the original's id, so the reader lands on the same section.
    expect(await page.locator('#where-people-chat').textContent()).toMatch(/OpenStack, RDO y Fedora/);
    expect(
      await page.evaluate(() => document.querySelector('#where-people-chat')!.getBoundingClientRect().top),
    ).toBeLessThan(200);
    // And back, from a section scrolled to without a #fragment in the address.
    await page.goto(handbook('/es/guides/getting-help-on-irc/'));
    await page.evaluate(() => document.querySelector('#ping-with-data')!.scrollIntoView({ block: 'start' }));
    // Clicked as a reader clicks, without Playwright scrolling the sticky header's menu "into view" first.
    await page.locator('.languages summary').dispatchEvent('click');
    await page.getByRole('link', { name: 'English' }).dispatchEvent('click');
    await page.waitForURL(/\/guides\/getting-help-on-irc\/#ping-with-data$/);
    expect(errors).toEqual([]);
  });

  it('marks a language the page is not translated into, and works without JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(handbook('/guides/heartbleed-response/'));
    await page.locator('.languages summary').click();
    expect(await page.locator('.languages-menu a').allTextContents()).toEqual(['English', 'Españolaún sin traducir']);
    await page.getByRole('link', { name: /Español/ }).click();
    await page.waitForURL(/\/es\/guides\/heartbleed-response\/$/);
  });

  it('is not there on a site in one language', async () => {
    const { page } = await openPage(browser);
    await page.goto(new URL('tutorial/', inject('bookSiteUrl')).href);
    expect(await page.locator('.languages').count()).toBe(0);
    expect(await page.locator('link[hreflang]').count()).toBe(0);
  });
});

describe('pages not translated yet', () => {
  it('show the original under the reader’s language, with a notice and a link to write the translation', async () => {
    const { page } = await openPage(browser);
    await page.goto(handbook('/es/guides/heartbleed-response/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('article').getAttribute('lang')).toBe('en');
    const notice = page.locator('.translation-notice');
    expect(await notice.textContent()).toMatch(/aún no está traducida.*\(English\)/);
    expect(await notice.locator('a').getAttribute('href')).toBe(
      'https://github.com/newcomer-handbook/handbook/new/main/content/es/guides/?filename=heartbleed-response.md',
    );
    // Navigation, breadcrumbs and neighbours stay in Spanish, and in the Spanish site.
    expect(await page.locator('.breadcrumbs a').first().textContent()).toBe('Inicio');
    const navLinks = await page
      .locator('#site-nav a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(navLinks.length).toBeGreaterThan(3);
    expect(navLinks.every((path) => path.startsWith('/es/'))).toBe(true);
    // Its tags list the Spanish site's pages.
    expect(await page.locator('.doc-header .tags a').first().getAttribute('href')).toMatch(/^\/es\/tags\/[a-z]+\/$/);
    // A link in the original's text to a page the reader has in Spanish goes there.
    expect(await page.locator('article a[href="/es/checklists/library-cve-response/"]').count()).toBeGreaterThan(0);
  });

  it('complete every section listing and the glossary in the other language', async () => {
    const { page } = await openPage(browser);
    await page.goto(handbook('/es/essays/'));
    expect(await page.locator('main h1').textContent()).toBe('Ensayos');
    expect(await page.locator('main .folder-list a, main li a').count()).toBeGreaterThanOrEqual(4);
    await page.goto(handbook('/es/glossary/'));
    expect(await page.locator('dt#naked-ping').textContent()).toMatch(/Naked ping \(ping sin contexto\)/);
  });
});

describe('what search engines and screen readers are told', () => {
  it('names every translation with hreflang and x-default, and each page’s language and direction', async () => {
    const { page } = await openPage(browser);
    await page.goto(handbook('/es/checklists/before-you-ping/'));
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute('hreflang')} ${new URL((l as HTMLLinkElement).href).pathname}`),
      );
    expect(alternates).toEqual([
      'en /checklists/before-you-ping/',
      'es /es/checklists/before-you-ping/',
      'x-default /checklists/before-you-ping/',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    // A fallback is no translation: no alternates name it.
    await page.goto(handbook('/es/essays/heartbleed/'));
    expect(await page.locator('link[hreflang]').count()).toBe(0);
    await page.goto(harbor('/ar/guide/install/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });
});

describe('search in each language', () => {
  it('finds the reader’s language by default, and every language on request', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(handbook('/es/search/?q=nick'));
    await searchSettled(page);
    const spanish = await page
      .locator('.search-result-link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(spanish.length).toBeGreaterThan(0);
    expect(spanish.every((path) => path.startsWith('/es/'))).toBe(true);
    await page.getByRole('checkbox', { name: 'Buscar en todos los idiomas' }).check();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.search-result-link')].some(
        (a) => !a.pathname.startsWith('/es/'),
      ),
    );
    await searchSettled(page);
    const every = await page
      .locator('.search-result-link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(every.some((path) => path.startsWith('/es/'))).toBe(true);
    expect(every.some((path) => !path.startsWith('/es/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps pages not translated out of a language’s results, and finds Arabic words in Arabic', async () => {
    const { page } = await openPage(browser);
    await page.goto(harbor('/ar/search/?q=الإعدادات'));
    await searchSettled(page);
    const found = await page
      .locator('.search-result-link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(found).toContain('/ar/guide/configure/');
    expect(found.every((path) => path.startsWith('/ar/'))).toBe(true);
    await page.goto(harbor('/ar/search/?q=upstream'));
    await searchSettled(page);
    // Troubleshooting is not translated: its English page is found in English only.
    expect(await page.locator('.search-result-link[href*="troubleshoot"]').count()).toBe(0);
  });
});

describe('checklists across languages', () => {
  it('keep a tick when the reader switches language', async () => {
    const { page } = await openPage(browser);
    await page.goto(handbook('/checklists/before-you-ping/'));
    await page.locator('input[data-item="add-a-handle"]').check();
    await page.goto(handbook('/es/checklists/before-you-ping/'));
    expect(await page.locator('input[data-item="add-a-handle"]').isChecked()).toBe(true);
    expect(
      await page.locator('input[data-item="item-mention-the-urgency-is-it-blocking-you-now-or"]').isChecked(),
    ).toBe(false);
    await page.goto(harbor('/checklists/release/'));
    await page.locator('input[data-item="checksums"]').check();
    await page.goto(harbor('/ar/checklists/release/'));
    expect(await page.locator('input[data-item="checksums"]').isChecked()).toBe(true);
  });
});

describe('a translation that fell behind its original', () => {
  it('says so, with the diff of the original since the translation on the code host', async () => {
    const { translated, changed } = inject('harborCommits');
    const { page } = await openPage(browser);
    await page.goto(harbor('/ar/guide/configure/'));
    const notice = page.locator('.translation-notice.outdated');
    expect(await notice.textContent()).toMatch(/تغيّر الأصل منذ كتابة هذه الترجمة/);
    expect(await notice.locator('a').getAttribute('href')).toBe(
      `${harborRepository.url}/compare/${translated}...${changed}`,
    );
    // The build's check lists it, at the translation, with the commits and how to bring it up to date.
    expect(inject('harborCommits').output).toContain(
      `docs/guide/configure.ar.md:1:1: warning: outdated translation: docs/guide/configure.md changed in ${changed.slice(0, 10)} (2025-04-01), after ${translated.slice(0, 10)} this translation follows [translations]`,
    );
    // A translation committed after its original's last change says nothing.
    await page.goto(harbor('/ar/guide/install/'));
    expect(await page.locator('.translation-notice').count()).toBe(0);
  });
});

describe('right to left', () => {
  for (const width of [360, 1280])
    it(`mirrors the Arabic pages at ${width} px with nothing overflowing, code left to right`, async () => {
      const { page } = await openPage(browser, { viewport: { width, height: 800 } });
      for (const path of ['/ar/', '/ar/guide/install/', '/ar/checklists/release/', '/ar/guide/troubleshoot/']) {
        await page.goto(harbor(path));
        const layout = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          code: getComputedStyle(document.querySelector('main pre') ?? document.body).direction,
          main: getComputedStyle(document.querySelector('main') ?? document.body).direction,
        }));
        expect(layout.overflow, path).toBeLessThanOrEqual(0);
        expect(layout.main, path).toBe('rtl');
        if (path === '/ar/guide/install/') expect(layout.code).toBe('ltr');
      }
    });
});

describe('accessibility in every language (axe)', () => {
  it(
    'finds no violation on the Spanish and Arabic pages, fallbacks included, in both themes',
    async () => {
      const failures: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await openPage(browser, { colorScheme });
        for (const url of [
          handbook('/es/'),
          handbook('/es/guides/getting-help-on-irc/'),
          handbook('/es/guides/heartbleed-response/'),
          handbook('/es/glossary/'),
          harbor('/ar/'),
          harbor('/ar/guide/configure/'),
          harbor('/ar/guide/troubleshoot/'),
        ]) {
          await page.goto(url);
          await page.locator('.languages summary').click();
          for (const violation of await axeViolations(axe(page))) failures.push(`${colorScheme} ${url} ${violation}`);
        }
      }
      expect(failures).toEqual([]);
    },
    14 * axeBudgetMs,
  );
});
