/**
 * The test book (tests/e2e/fixtures/book): a docs tree shaped unlike the handbook, built with no config file from
 * its own git checkout, under the base path /kiln/. Reading order from its mdBook SUMMARY.md, links as the code
 * host reads them (folders, repository-root paths, raw HTML anchors and images, files outside the docs folder),
 * co-located images, a German page, other generators' front matter, search and edit links.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bookBase, bookFixture, bookRepository, reportedProblems } from './book-repository.ts';
import { axe, axeBudgetMs, axeViolations } from './axe.ts';
import { launchBrowser, openPage, searchSettled, sitemapPaths } from './browser.ts';
import { brokenLinks } from './dist-links.ts';

/** The book's pages in SUMMARY.md's order (site paths without the base): neither alphabetical nor by title. */
const readingOrder = [
  '/',
  '/tutorial/',
  '/tutorial/installing/',
  '/tutorial/first-build/',
  '/tutorial/build-log/',
  '/recipes/',
  '/recipes/caching/',
  '/recipes/plugins/',
  '/recipes/plugins/writing-a-plugin/',
  '/recipes/plugins/hooks/',
  '/recipes/plugins/hooks/before-build/',
  '/recipes/plugins/hooks/after-build/',
  '/recipes/cross-compiling/',
  '/reference/',
  // command-line.md, moved by its Docusaurus `slug`.
  '/reference/cli/',
  '/reference/configuration-file/',
  '/reference/kurzanleitung/',
  '/reference/mulakhas/',
];

const site = () => inject('bookSiteUrl');
const dir = () => inject('bookSiteDir');
/** A site path of the book (from readingOrder) as an absolute URL under its base path. */
const at = (path: string) => new URL(path.slice(1), site()).href;
/** A link's pathname without the base path, comparable with readingOrder. */
const sitePath = (pathname: string) => `/${pathname.slice(bookBase.length)}`;
const blob = (file: string) => `${bookRepository.url}/blob/${bookRepository.branch}/${file}`;
const edit = (file: string) => `${bookRepository.url}/edit/${bookRepository.branch}/${bookRepository.docs}/${file}`;

async function linkPaths(page: Page, selector: string): Promise<string[]> {
  const paths = await page
    .locator(selector)
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return paths.map(sitePath);
}

/** Waits until every image on the page has loaded or failed, then lists each with its natural width. */
async function loadedImages(page: Page): Promise<{ src: string; width: number }[]> {
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  return page.locator('main img').evaluateAll((images) =>
    images.map((image) => ({
      src: (image as HTMLImageElement).currentSrc,
      width: (image as HTMLImageElement).naturalWidth,
    })),
  );
}

let browser: Browser;
beforeAll(async () => {
  const { ok, output } = inject('bookBuild');
  if (!ok) {
    const tail = output.trimEnd().split('\n').slice(-60).join('\n');
    throw new Error(`The test book did not build (folio build docs, in a checkout of ${bookFixture}):\n${tail}`);
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('test book: structure and reading order', () => {
  it('has every page of SUMMARY.md, and SUMMARY.md is the order, not a page', () => {
    const pages = sitemapPaths(dir()).map((path) => sitePath(`/${path}`));
    for (const path of readingOrder) expect(pages).toContain(path);
    expect(pages.filter((path) => /summary/i.test(path))).toEqual([]);
  });

  it('previous/next walk the whole book in SUMMARY.md order, forwards and back', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at(readingOrder[1]!));
    const forwards = [sitePath(new URL(page.url()).pathname)];
    while ((await page.locator('a[rel="next"]').count()) > 0) {
      await page.locator('a[rel="next"]').click();
      await page.waitForURL((url) => sitePath(url.pathname) !== forwards.at(-1));
      forwards.push(sitePath(new URL(page.url()).pathname));
      if (forwards.length > readingOrder.length) break;
    }
    expect(forwards).toEqual(readingOrder.slice(1));
    const backwards = [forwards.at(-1)!];
    while ((await page.locator('a[rel="prev"]').count()) > 0 && backwards.at(-1) !== readingOrder[1]) {
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL((url) => sitePath(url.pathname) !== backwards.at(-1));
      backwards.push(sitePath(new URL(page.url()).pathname));
      if (backwards.length > readingOrder.length) break;
    }
    expect(backwards).toEqual(readingOrder.slice(1).reverse());
    expect(errors).toEqual([]);
  }, 120_000);

  it('the sidebar lists sections and the open folders in SUMMARY.md order, down to the current page', async () => {
    const { page } = await openPage(browser);
    await page.goto(at('/recipes/plugins/hooks/before-build/'));
    const shown = [...new Set(await linkPaths(page, '#site-nav a'))].filter((path) => readingOrder.includes(path));
    // Three folders deep, the way there is open: every section, every folder on the way and the current page.
    const expected = readingOrder.filter(
      (path) => path.startsWith('/recipes/') || (path !== '/' && path.split('/').length === 3),
    );
    expect(shown.filter((path) => expected.includes(path))).toEqual(expected);
    // Whatever else it shows stands where the reading order puts it.
    expect(shown).toEqual(readingOrder.filter((path) => shown.includes(path)));
    expect(await linkPaths(page, '#site-nav a[aria-current="page"]')).toEqual(['/recipes/plugins/hooks/before-build/']);
    // The breadcrumbs name each folder as the sidebar does (its index's title), not by its folder name.
    const crumbs = await page
      .locator('.breadcrumbs a')
      .evaluateAll((links) =>
        links.map((link) => [(link as HTMLAnchorElement).pathname, link.textContent?.trim() ?? '']),
      );
    expect(crumbs.map(([path, label]) => [sitePath(path!), label])).toEqual([
      ['/', 'Home'],
      ['/recipes/', 'Recipes'],
      ['/recipes/plugins/', 'Plugins'],
      ['/recipes/plugins/hooks/', 'Hooks'],
    ]);
  });

  it("takes a page's navigation label from sidebar_label, and SUMMARY.md's order over weight", async () => {
    const { page } = await openPage(browser);
    await page.goto(at('/reference/configuration-file/'));
    const reference = await page
      .locator('#site-nav a')
      .evaluateAll((links) =>
        links.map((link) => [(link as HTMLAnchorElement).pathname, link.textContent?.trim() ?? ''] as const),
      );
    const labels = reference.filter(
      ([path]) => sitePath(path).startsWith('/reference/') && sitePath(path) !== '/reference/',
    );
    expect(labels.map(([, label]) => label)).toEqual([
      'Command line',
      'Config file',
      'Kurzanleitung',
      'ملخص Kiln بالعربية',
    ]);
    expect(await page.locator('h1').textContent()).toBe('Configuration file');
  });
});

describe('test book: links', () => {
  it('the build reports no problem: the book has none, and links that work on the code host are not reported', () => {
    expect(reportedProblems(inject('bookBuild').output)).toEqual([]);
  });

  it('every internal link, image and anchor in the built book resolves', () => {
    const { broken, checked } = brokenLinks(dir(), bookBase);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('every page loads with 200, one h1, no failed request and no console error', async () => {
    const { page, errors } = await openPage(browser);
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${page.url()}: ${response.status()} for ${response.url()}`);
    });
    for (const path of sitemapPaths(dir())) {
      const response = await page.goto(new URL(`/${path}`, site()).href);
      if (response?.status() !== 200) failures.push(`/${path}: status ${response?.status()}`);
      const h1 = await page.locator('h1').count();
      if (h1 !== 1) failures.push(`/${path}: ${h1} h1 elements`);
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('a link to a raw <a id> lands on it, and a heading link in other letter case lands on the heading', async () => {
    const { page } = await openPage(browser);
    await page.goto(at('/tutorial/first-build/'));
    await page.locator('main a', { hasText: 'cache keys' }).click();
    await page.waitForURL((url) => sitePath(url.pathname) === '/recipes/caching/' && url.hash !== '');
    const target = page.locator(':target');
    expect(await target.evaluate((element) => element.tagName)).toBe('A');
    expect(await target.getAttribute('id')).toBe(decodeURIComponent(new URL(page.url()).hash.slice(1)));

    await page.goto(at('/tutorial/first-build/'));
    await page.locator('main a', { hasText: /^Caching$/ }).click();
    await page.waitForURL((url) => sitePath(url.pathname) === '/recipes/caching/' && url.hash !== '');
    expect(await page.locator(':target').textContent()).toContain('How Kiln decides a step is fresh');
  });

  it('a raw <a name> anchor is kept, and the link to it lands', async () => {
    const { page } = await openPage(browser);
    await page.goto(at('/recipes/cross-compiling/'));
    const href = await page.locator('main a', { hasText: 'shared cache' }).getAttribute('href');
    const fragment = decodeURIComponent(new URL(href!, page.url()).hash.slice(1));
    await page.goto(new URL(href!, page.url()).href);
    const anchor = await page.evaluate(
      (name) => (document.getElementById(name) ?? document.getElementsByName(name)[0])?.outerHTML ?? '',
      fragment,
    );
    expect(anchor).toMatch(/^<a /);
  });

  it('repository-root links (/docs/….md) and folder links lead to the pages', async () => {
    const { page } = await openPage(browser);
    await page.goto(at('/'));
    expect(await linkPaths(page, 'main a:text-is("command line reference")')).toEqual(['/reference/cli/']);
    expect(await linkPaths(page, 'main a:text-is("tutorial")')).toEqual(['/tutorial/']);
    await page.locator('main a:text-is("command line reference")').click();
    await page.waitForURL((url) => sitePath(url.pathname) === '/reference/cli/');
    expect(await page.locator('h1').textContent()).toBe('Command line');

    await page.goto(at('/recipes/plugins/hooks/after-build/'));
    expect(await linkPaths(page, 'main a:text-is("the start of the guide")')).toEqual(['/']);
    await page.goto(at('/tutorial/build-log/'));
    expect(await linkPaths(page, 'main a:text-is("hooks")')).toEqual(['/recipes/plugins/hooks/']);
    await page.goto(at('/recipes/'));
    expect(await linkPaths(page, 'main a:text-is("Plugins")')).toEqual(['/recipes/plugins/']);
  });

  it('links to files outside the docs folder go to those files on the code host', async () => {
    const { page } = await openPage(browser);
    const hrefs = async (path: string, text: string) => {
      await page.goto(at(path));
      return page.locator(`main a:text-is("${text}")`).evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    };
    expect(await hrefs('/', 'licence')).toEqual([blob('LICENSE')]);
    expect(await hrefs('/tutorial/', 'src/main.rs')).toEqual([blob('src/main.rs')]);
    expect(await hrefs('/tutorial/first-build/', 'example')).toEqual([blob('src/main.rs')]);
  });

  it('an old .html path from `aliases` sends the reader to the page', async () => {
    // The old file itself, as any static host serves it: not a folder holding an index.html.
    expect(statSync(join(dir(), 'kiln-cli.html')).isFile()).toBe(true);
    const { page } = await openPage(browser);
    await page.goto(new URL('kiln-cli.html', site()).href);
    await page.waitForURL((url) => sitePath(url.pathname) === '/reference/cli/');
    expect(await page.locator('h1').textContent()).toBe('Command line');
  });
});

describe('test book: pages', () => {
  it('co-located images load, at one and three folders deep, from Markdown and from raw HTML', async () => {
    const { page } = await openPage(browser);
    for (const [path, file] of [
      ['/tutorial/first-build/', 'first-build.png'],
      ['/recipes/plugins/hooks/', 'hook-order.svg'],
      ['/recipes/', 'hook-order.svg'],
    ] as const) {
      await page.goto(at(path));
      const images = await loadedImages(page);
      expect(
        images.map((image) => image.src.split('/').at(-1)),
        path,
      ).toEqual([file]);
      expect(
        images.every((image) => image.width > 0),
        `${path}: ${JSON.stringify(images)}`,
      ).toBe(true);
    }
  });

  it('a page with `lang: de` is German in <html lang>, and the site-language search finds it', async () => {
    const { page } = await openPage(browser);
    await page.goto(at('/reference/kurzanleitung/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.goto(at('/reference/cli/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // One index in the site's language (README, "Page language"): a reader of the English pages finds it too.
    const entry = JSON.parse(readFileSync(join(dir(), 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    await page.goto(`${at('/search/')}?q=Zwischenspeicher`);
    await searchSettled(page);
    const titles = await page.locator('.search-result-title').allTextContents();
    expect(titles.map((title) => title.trim())).toContain('Kurzanleitung');
  });

  it('a title taken from the first heading is shown once, and names the page', async () => {
    const { page } = await openPage(browser);
    await page.goto(at('/tutorial/installing/'));
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Installing Kiln');
    expect(await page.locator('main').getByRole('heading', { name: 'Installing Kiln', exact: true }).count()).toBe(1);
    expect(await page.title()).toMatch(/^Installing Kiln\b/);
  });

  it('search finds text in a tab that is not shown', async () => {
    const { page, errors } = await openPage(browser);
    // "firmware" is only in the Fedora tab of cross-compiling.md, hidden while Debian's is chosen.
    await page.goto(`${at('/search/')}?q=firmware`);
    await searchSettled(page);
    const titles = await page.locator('.search-result-title').allTextContents();
    expect(titles.map((title) => title.trim())).toContain('Cross-compiling');
    expect(errors).toEqual([]);
  });

  it('search finds a page by a word of its body', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${at('/search/')}?q=sysroot`);
    await searchSettled(page);
    const titles = await page.locator('.search-result-title').allTextContents();
    expect(titles.map((title) => title.trim())).toContain('Cross-compiling');
    expect(errors).toEqual([]);
  });

  it('"Edit this page" opens the Markdown file in the repository git names, on its branch', async () => {
    const { page } = await openPage(browser);
    const editLinks = () =>
      page
        .locator(`a[href^="${bookRepository.url}/edit/"]`)
        .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    await page.goto(at('/recipes/plugins/hooks/before-build/'));
    expect(await editLinks()).toEqual([edit('recipes/plugins/hooks/before-build.md')]);
    await page.goto(at('/reference/cli/'));
    expect(await editLinks()).toEqual([edit('reference/command-line.md')]);
    await page.goto(at('/tutorial/'));
    expect(await editLinks()).toEqual([edit('tutorial/README.md')]);
  });

  it('each section links to its lines in the Markdown file on the code host, front matter counted, without JavaScript', async () => {
    const { page, errors } = await openPage(browser, { javaScriptEnabled: false });
    // command-line.md: six lines of front matter, "## kiln build" on line 17, "## kiln clean" from 27 to the end.
    await page.goto(at('/reference/cli/'));
    const file = blob(`${bookRepository.docs}/reference/command-line.md`);
    const build = page.getByRole('link', { name: 'View source of section “kiln build” (lines 17–25)', exact: true });
    expect(await build.getAttribute('href')).toBe(`${file}#L17-L25`);
    expect(await page.locator('main h2#kiln-build > a.source-link').count()).toBe(1);
    expect(await page.locator('main h2#kiln-clean > a.source-link').getAttribute('href')).toBe(`${file}#L27-L29`);
    // One per section of the Markdown (kiln init, build, clean); none on the title.
    expect(await page.locator('main a.source-link').count()).toBe(3);
    expect(await page.locator('main h1 a.source-link').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('code fences as other docs write them (rust,ignore, console, toml) are highlighted, not dropped', async () => {
    const { page } = await openPage(browser);
    await page.goto(at('/recipes/plugins/writing-a-plugin/'));
    const rust = page.locator('main pre', { hasText: 'pub fn register' });
    expect(await rust.getAttribute('data-lang')).toBe('rust');
    expect(await rust.locator('span[class^="tk-"]').count()).toBeGreaterThan(3);
    await page.goto(at('/tutorial/first-build/'));
    expect(
      await page.locator('main pre', { hasText: 'kiln init' }).locator('span[class^="tk-"]').count(),
    ).toBeGreaterThan(0);
  });

  it(
    'has no accessibility violation (axe) on a deep folder page, the German page and a code page in the dark',
    async () => {
      const pages = {
        light: ['/recipes/plugins/hooks/', '/reference/kurzanleitung/'],
        dark: ['/recipes/plugins/writing-a-plugin/'],
      };
      const failures: string[] = [];
      for (const [scheme, paths] of Object.entries(pages)) {
        const { page } = await openPage(browser, { colorScheme: scheme as 'light' | 'dark' });
        for (const path of paths) {
          await page.goto(at(path));
          for (const violation of await axeViolations(axe(page))) failures.push(`${scheme} ${path} ${violation}`);
        }
      }
      expect(failures).toEqual([]);
    },
    3 * axeBudgetMs,
  );
});

describe('tabs', () => {
  const tabsIn = (page: Page, index: number) => page.locator('main .tabs').nth(index);

  it('follow the ARIA tabs pattern: one tab in the Tab order, arrow keys, Home and End', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at('/recipes/cross-compiling/'));
    const first = tabsIn(page, 0);
    const tabs = first.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Debian or Ubuntu', 'Fedora']);
    expect(await first.getByRole('tab', { selected: true }).textContent()).toBe('Debian or Ubuntu');
    expect(await tabs.evaluateAll((list) => list.map((tab) => (tab as HTMLElement).tabIndex))).toEqual([0, -1]);
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fedora');
    expect(await first.getByRole('tab', { selected: true }).textContent()).toBe('Fedora');
    const panel = first.getByRole('tabpanel');
    expect(await panel.count()).toBe(1);
    expect(await panel.textContent()).toContain('sudo dnf install gcc-aarch64-linux-gnu');
    expect(await panel.getAttribute('aria-labelledby')).toBe(await tabs.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowRight');
    expect(await first.getByRole('tab', { selected: true }).textContent()).toBe('Debian or Ubuntu');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fedora');
    await page.keyboard.press('Home');
    expect(await first.getByRole('tab', { selected: true }).textContent()).toBe('Debian or Ubuntu');
    expect(errors).toEqual([]);
  });

  it('with the same key switch together on the page and on the next, and the choice is remembered', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at('/recipes/cross-compiling/'));
    await tabsIn(page, 0).getByRole('tab', { name: 'Fedora' }).click();
    expect(await tabsIn(page, 1).getByRole('tab', { selected: true }).textContent()).toBe('Fedora');
    expect(await tabsIn(page, 1).getByRole('tabpanel').textContent()).toContain('/opt/sysroots/aarch64');
    await page.goto(at('/tutorial/first-build/'));
    expect(await tabsIn(page, 0).getByRole('tab', { selected: true }).textContent()).toBe('Fedora');
    expect(await tabsIn(page, 0).getByRole('tabpanel').textContent()).toContain('sudo dnf install gcc');
    await page.reload();
    expect(await tabsIn(page, 0).getByRole('tab', { selected: true }).textContent()).toBe('Fedora');
    expect(errors).toEqual([]);
  });

  it('without JavaScript show every tab, each under its label', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/recipes/cross-compiling/'));
    const first = tabsIn(page, 0);
    expect(await first.getByRole('tab').count()).toBe(0);
    expect(await first.locator('.tab-label').allTextContents()).toEqual(['Debian or Ubuntu', 'Fedora']);
    for (const text of ['sudo apt install gcc-aarch64-linux-gnu', 'sudo dnf install gcc-aarch64-linux-gnu'])
      expect(await first.getByText(text).isVisible()).toBe(true);
  });

  it(
    'have no accessibility violation (axe), in both themes',
    async () => {
      const failures: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        const { page } = await openPage(browser, { colorScheme: scheme });
        await page.goto(at('/recipes/cross-compiling/'));
        await tabsIn(page, 0).getByRole('tab', { name: 'Fedora' }).click();
        for (const violation of await axeViolations(axe(page))) failures.push(`${scheme} ${violation}`);
      }
      expect(failures).toEqual([]);
    },
    2 * axeBudgetMs,
  );
});

describe('test book: a right-to-left page', () => {
  const arabic = '/reference/mulakhas/';

  it('is Arabic and right to left in <html lang dir>, beside left-to-right pages', async () => {
    const { page } = await openPage(browser);
    await page.goto(at(arabic));
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.goto(at('/reference/kurzanleitung/'));
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  });

  for (const width of [360, 1280]) {
    it(`mirrors at ${width} px: nothing overflows, the callout's bar, the checkboxes and the sidebar on the right, code left to right`, async () => {
      const { page, errors } = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(at(arabic));
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
        const callout = document.querySelector('main .callout');
        const task = document.querySelector('main li.task');
        const check = task?.querySelector('input')?.getBoundingClientRect();
        const words = task?.querySelector('.task-line')?.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          calloutRight: callout ? parseFloat(getComputedStyle(callout).borderRightWidth) : 0,
          calloutLeft: callout ? parseFloat(getComputedStyle(callout).borderLeftWidth) : -1,
          checkboxRightOfText: !!check && !!words && check.right >= words.right - 1,
          code: getComputedStyle(document.querySelector('main pre') ?? document.body).direction,
          heading: getComputedStyle(document.querySelector('main h1') ?? document.body).direction,
          nav: box('#site-nav'),
          main: box('main article'),
        };
      });
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.calloutRight).toBeGreaterThan(0);
      expect(layout.calloutLeft).toBe(0);
      expect(layout.checkboxRightOfText).toBe(true);
      expect(layout.code).toBe('ltr');
      expect(layout.heading).toBe('rtl');
      // With room for the sidebar it stands on the right of the text, where a right-to-left reader starts.
      if (width === 1280) expect(layout.nav!.left).toBeGreaterThan(layout.main!.left);
      expect(errors).toEqual([]);
    });
  }

  it(
    'has no accessibility violation (axe) at 360 and 1280 px',
    async () => {
      const failures: string[] = [];
      for (const width of [360, 1280]) {
        const { page } = await openPage(browser, { viewport: { width, height: 900 } });
        await page.goto(at(arabic));
        for (const violation of await axeViolations(axe(page))) failures.push(`${width} px: ${violation}`);
      }
      expect(failures).toEqual([]);
    },
    2 * axeBudgetMs,
  );
});
