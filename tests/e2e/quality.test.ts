/**
 * Quality gates over every built page: accessibility (axe, WCAG 2.2 AA and best practices, light and dark),
 * valid HTML (html-validate standard), a strict CSP with no violation while a reader works, page-weight
 * budgets, keyboard-only use, and reading without JavaScript. Each gate is also shown to fail on a page broken
 * on purpose (tests/e2e/fixtures).
 */
import { HtmlValidate } from 'html-validate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metaContentSecurityPolicy } from '../../src/lib/security-headers.ts';
import { axe, axeBudgetMs, axeViolations } from './axe.ts';
import { launchBrowser, openPage, sitemapPaths } from './browser.ts';
import { serveSite, type RunningSite } from './serve.ts';
import { measurePageWeight } from './weight.ts';

const fixturesDir = join(import.meta.dirname, 'fixtures');

let browser: Browser;
let fixtures: RunningSite;
beforeAll(async () => {
  browser = await launchBrowser();
  fixtures = await serveSite(fixturesDir, '/');
});
afterAll(async () => {
  await browser.close();
  await fixtures.close();
});

const site = () => inject('siteUrl');
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('accessibility (axe)', () => {
  const sitemap = sitemapPaths(inject('siteDir'));
  for (const scheme of ['light', 'dark'] as const) {
    it(
      `every sitemap page has no violation in the ${scheme} scheme`,
      async () => {
        const { page } = await openPage(browser, { colorScheme: scheme });
        const failures: string[] = [];
        for (const path of sitemap) {
          await page.goto(site() + path);
          for (const violation of await axeViolations(axe(page))) failures.push(`/${path} ${violation}`);
        }
        expect(failures).toEqual([]);
      },
      sitemap.length * axeBudgetMs,
    );
  }

  it(
    'the open search dialog with results, and a checklist in use, have no violation',
    async () => {
      const { page } = await openPage(browser, { colorScheme: 'dark' });
      await page.goto(`${site()}checklists/virt-bug-report/`);
      await page.locator('main input[type="checkbox"]').first().check();
      expect(await axeViolations(axe(page))).toEqual([]);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByLabel('Search the handbook').fill('libvirt');
      await page.locator('.search-dialog .search-result').first().waitFor();
      // The page behind was analysed above; what is new is the dialog.
      expect(await axeViolations(axe(page).include('.search-dialog'))).toEqual([]);
    },
    2 * axeBudgetMs,
  );

  it(
    'catches a low-contrast colour and a missing label (fixtures broken on purpose)',
    async () => {
      const { page } = await openPage(browser);
      await page.goto(`${fixtures.url}low-contrast.html`);
      expect((await axeViolations(axe(page))).join('\n')).toMatch(/^color-contrast:/m);
      await page.goto(`${fixtures.url}missing-label.html`);
      expect((await axeViolations(axe(page))).join('\n')).toMatch(/^label:/m);
    },
    2 * axeBudgetMs,
  );
});

describe('valid HTML (html-validate, standard preset)', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  it('every page in dist has zero errors', async () => {
    const errors: string[] = [];
    const files = htmlFiles(inject('siteDir'));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('catches invalid HTML (fixture broken on purpose)', async () => {
    const report = await validator.validateFile(join(fixturesDir, 'invalid-html.html'));
    expect(report.valid).toBe(false);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(
      expect.arrayContaining(['no-dup-id']),
    );
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries the strict policy, with no inline script and no style attribute', () => {
    expect(metaContentSecurityPolicy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    const problems: string[] = [];
    for (const file of htmlFiles(inject('siteDir'))) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes(`<meta http-equiv="content-security-policy" content="${metaContentSecurityPolicy}">`))
        problems.push(`${file}: no CSP meta`);
      if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) problems.push(`${file}: inline script`);
      if (/<[a-z][^>]*\sstyle=/i.test(html)) problems.push(`${file}: style attribute`);
    }
    expect(problems).toEqual([]);
    expect(readFileSync(join(inject('siteDir'), '_headers'), 'utf8')).toMatch(
      /X-Content-Type-Options: nosniff[\s\S]*Referrer-Policy:/,
    );
  });

  it('Chromium reports no violation while a reader browses, searches, toggles the theme and ticks a checklist', async () => {
    const { page, errors } = await openPage(browser);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(`${site()}guides/reporting-virt-bugs/`);
    await page.locator('main a[data-term]').first().hover();
    await page.locator('.site-header .theme-toggle').click();
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByLabel('Search the handbook').fill('heartbleed');
    await page.locator('.search-dialog .search-result-link').first().click();
    await page.waitForURL(/highlight=/);
    await page.goto(`${site()}checklists/before-you-ping/`);
    await page.locator('main input[type="checkbox"]').first().check();
    await page.goto(`${site()}search/?q=naked%20ping`);
    await page.locator('.search-result').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('blocks an inline script (fixture broken on purpose)', async () => {
    const { page, errors } = await openPage(browser);
    await page.route('**/inline-script.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        body: (await response.text()).replace('CSP_PLACEHOLDER', metaContentSecurityPolicy),
      });
    });
    await page.goto(`${fixtures.url}inline-script.html`);
    expect(await page.evaluate(() => document.body.dataset['ran'])).toBeUndefined();
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
  });
});

describe('page weight budgets (gzip, before any interaction)', () => {
  for (const [label, path] of [
    ['a guide page', 'guides/reporting-virt-bugs/'],
    ['the home page', ''],
  ] as const) {
    it(`${label}: JS <= 6 kB, CSS <= 10 kB, everything <= 30 kB`, async () => {
      const { page } = await openPage(browser);
      const weight = await measurePageWeight(page, site() + path);
      console.log(`${label}: ${JSON.stringify(weight)}`);
      expect(weight.js).toBeLessThanOrEqual(6 * 1024);
      expect(weight.css).toBeLessThanOrEqual(10 * 1024);
      expect(weight.total).toBeLessThanOrEqual(30 * 1024);
    });
  }
});

describe('keyboard only', () => {
  it('every focusable element shows a visible focus indicator', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site()}checklists/virt-bug-report/`);
    const missing = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const result = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return visible ? null : `${el.tagName.toLowerCase()}.${el.className}`;
      });
      if (result) missing.add(result);
    }
    expect([...missing]).toEqual([]);
  });

  it('the search dialog keeps focus inside while open', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site()}essays/heartbleed/`);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByLabel('Search the handbook').fill('openssl');
    await page.locator('.search-dialog .search-result').first().waitFor();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () => document.activeElement === document.body || document.activeElement?.closest('dialog') !== null,
      );
      expect(inside).toBe(true);
    }
  });

  it('the mobile menu keeps focus inside while open', async () => {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site()}guides/continuous-packaging/`);
    await page.locator('.menu-toggle').click();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => document.activeElement?.closest('#site-nav, .menu-toggle') !== null);
      expect(inside).toBe(true);
    }
  });

  it('respects prefers-reduced-motion', async () => {
    const behaviour = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    const { page } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(`${site()}guides/continuous-packaging/`);
    await page.locator('main article a').first().focus();
    expect(await behaviour(page)).toBe('auto');
    const { page: moving } = await openPage(browser, { reducedMotion: 'no-preference' });
    await moving.goto(`${site()}guides/continuous-packaging/`);
    // Smooth only once the reader is on the page: a link from elsewhere lands at once (glossary.test.ts).
    expect(await behaviour(moving)).toBe('auto');
    await moving.locator('main article a').first().focus();
    expect(await behaviour(moving)).toBe('smooth');
  });
});

describe('without JavaScript', () => {
  it('every page reads fully, navigation is visible and no dead button shows', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    for (const path of sitemapPaths(inject('siteDir'))) {
      await page.goto(site() + path);
      const visibleButtons = await page.locator('button:visible').count();
      if (visibleButtons > 0) problems.push(`/${path}: ${visibleButtons} visible buttons`);
      if (!(await page.locator('main h1').isVisible())) problems.push(`/${path}: no visible h1`);
      if (!(await page.locator('.site-header a').first().isVisible())) problems.push(`/${path}: no header link`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
