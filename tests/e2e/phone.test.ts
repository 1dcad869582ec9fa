/**
 * Reading on a phone: no page is wider than the screen, the header stays at the top on one line, "On this page"
 * folds away, search fills the screen, and section links take no line of their own on a touch screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lastCopied, launchBrowser, openPage, recordClipboard, sitemapPaths } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
const site = () => inject('siteUrl');
const guide = () => `${site()}guides/reporting-virt-bugs/`;
const phone = { width: 360, height: 740 };

/**
 * Elements that reach past either edge of the viewport, outermost first, leaving out what sits inside a
 * horizontal scroller (code blocks, tables), which is where wide content belongs. Also the page's own width.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const reported = new Set<Element>();
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 0.5 && box.left >= -0.5) continue;
      let inside = false;
      for (let up = el.parentElement; up && !inside; up = up.parentElement) inside = scrolls(up) || reported.has(up);
      if (inside) continue;
      reported.add(el);
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
      found.push(
        `${name} "${(el.textContent ?? '').trim().slice(0, 40)}" spans ${Math.round(box.left)}..${Math.round(box.right)}`,
      );
    }
    return found;
  });
}

/** How many lines the visible text of an element takes on screen (text hidden for screen readers only aside). */
function lineCount(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const tops: number[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement?.getBoundingClientRect();
        if (!parent || parent.width <= 1 || parent.height <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
      }
      // Text of one line can sit a few pixels apart (a <kbd>, a smaller font): count distinct line boxes.
      const sorted = tops.sort((a, b) => a - b);
      return sorted.filter((top, i) => i === 0 || top - sorted[i - 1]! > 6).length;
    });
}

describe('every page fits a phone screen', () => {
  for (const width of [320, 360]) {
    it(`no page in the sitemap is wider than ${width} px, and nothing on it reaches past the edge`, async () => {
      const { page } = await openPage(browser, { viewport: { width, height: 740 } });
      const problems: string[] = [];
      const paths = sitemapPaths(inject('siteDir'));
      expect(paths.length).toBeGreaterThan(25);
      for (const path of paths) {
        await page.goto(site() + path);
        for (const problem of await overflowing(page)) problems.push(`/${path}: ${problem}`);
      }
      expect(problems).toEqual([]);
    }, 120_000);
  }
});

describe('the header on a phone', () => {
  for (const width of [320, 360]) {
    it(`at ${width} px: one compact line with the site name, search and the menu, that stays at the top`, async () => {
      const { page, errors } = await openPage(browser, { viewport: { width, height: 740 } });
      await page.goto(guide());
      const header = page.locator('.site-header');
      const box = (await header.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(56);
      expect(await lineCount(page, '.site-name')).toBe(1);
      expect(await lineCount(page, '.search-button')).toBe(1);
      for (const control of ['.search-button', '.menu-toggle']) {
        const inner = (await page.locator(`.site-header ${control}`).boundingBox())!;
        expect(inner.y).toBeGreaterThanOrEqual(box.y);
        expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height);
        expect(inner.x + inner.width).toBeLessThanOrEqual(width);
        // Big enough to tap (WCAG 2.2 target size).
        expect(Math.min(inner.width, inner.height)).toBeGreaterThanOrEqual(24);
      }
      // The theme toggle is in the header, or where there is no room, in the menu.
      if (!(await page.locator('.site-header .theme-toggle').isVisible())) {
        await page.locator('.menu-toggle').click();
        expect(await page.locator('#site-nav .theme-toggle').isVisible()).toBe(true);
        await page.locator('.menu-toggle').click();
      }
      await page.evaluate(() => window.scrollTo(0, 4000));
      await page.waitForFunction(() => window.scrollY > 3000);
      const scrolled = (await header.boundingBox())!;
      expect(scrolled.y).toBe(0);
      expect(await page.locator('.search-button').isVisible()).toBe(true);
      // What is under the header at the top of the screen is the header itself.
      expect(
        await page.evaluate(() => document.elementFromPoint(window.innerWidth - 10, 10)?.closest('.site-header')),
      ).not.toBeNull();
      expect(errors).toEqual([]);
    });
  }

  it('the menu opens over the page below the header wherever the reader has scrolled', async () => {
    const { page } = await openPage(browser, { viewport: phone });
    await page.goto(guide());
    await page.evaluate(() => window.scrollTo(0, 4000));
    await page.waitForFunction(() => window.scrollY > 3000);
    await page.locator('.menu-toggle').click();
    const nav = (await page.locator('#site-nav').boundingBox())!;
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.y).toBe(0);
    expect(nav.y).toBeGreaterThanOrEqual(header.height - 1);
    expect(nav.y).toBeLessThan(phone.height / 2);
    // It covers the page down to the bottom of the screen, so the page does not show through below it.
    expect(Math.round(nav.y + nav.height)).toBe(phone.height);
    expect(await page.locator('#site-nav a[aria-current="page"]').isVisible()).toBe(true);
  });
});

describe('"On this page" on a phone', () => {
  it('is folded under the header, opens, lands on the section below the header and folds again', async () => {
    const { page, errors } = await openPage(browser, { viewport: phone, reducedMotion: 'reduce' });
    await page.goto(guide());
    const toc = page.locator('details.toc-mobile');
    expect(await toc.isVisible()).toBe(true);
    expect(await toc.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await toc.locator('summary').textContent()).toContain('On this page');
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    await toc.locator('summary').click();
    const entry = toc.locator('a[href="#logs"]');
    await entry.click();
    await page.waitForFunction(() => location.hash === '#logs');
    expect(await toc.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    const heading = (await page.locator('#logs').boundingBox())!;
    const tocBar = (await toc.boundingBox())!;
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(Math.max(tocBar.y + tocBar.height, header.y + header.height));
    expect(heading.y).toBeLessThan(phone.height / 2);
    // The folded bar names the section being read.
    await page.locator('details.toc-mobile summary .toc-current', { hasText: 'Where the logs are' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('works without JavaScript (details and summary)', async () => {
    const { page } = await openPage(browser, { viewport: phone, javaScriptEnabled: false });
    await page.goto(guide());
    const toc = page.locator('details.toc-mobile');
    await toc.locator('summary').click();
    expect(await toc.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await toc.locator('a[href="#logs"]').isVisible()).toBe(true);
  });

  it('on a wide screen the table of contents is the sidebar instead', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(guide());
    expect(await page.locator('nav.toc').isVisible()).toBe(true);
    expect(await page.locator('details.toc-mobile').isVisible()).toBe(false);
  });
});

describe('search on a phone', () => {
  it('fills the screen, and its Close button keeps clear of the field', async () => {
    const { page, errors } = await openPage(browser, { viewport: phone });
    await page.goto(guide());
    await page.locator('.search-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box).toEqual({ x: 0, y: 0, width: phone.width, height: phone.height });
    const close = (await page.locator('.search-close').boundingBox())!;
    const input = (await page.locator('#search-dialog-input').boundingBox())!;
    const apart =
      close.x >= input.x + input.width + 8 ||
      input.x >= close.x + close.width + 8 ||
      close.y >= input.y + input.height + 8 ||
      input.y >= close.y + close.height + 8;
    expect(apart).toBe(true);
    expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(24);
    expect(errors).toEqual([]);
  });
});

describe('section tools on a touch screen', () => {
  for (const javaScript of [true, false]) {
    it(`${javaScript ? 'one tools icon per heading' : 'without JavaScript, the "#", view-source and report icons'}: there to tap, apart, off the heading's text, and taking no line of their own under any heading`, async () => {
      const { page, errors } = await openPage(browser, {
        viewport: phone,
        isMobile: true,
        hasTouch: true,
        javaScriptEnabled: javaScript,
      });
      await page.goto(`${site()}guides/heartbleed-response/`);
      if (javaScript) await page.locator('main h2 .section-tools-toggle').first().waitFor();
      const report = await page.$$eval(
        'main article :is(h2, h3)',
        (headings, withScript) =>
          headings.map((heading) => {
            const check = (control: HTMLElement | null) => {
              const box = control?.getBoundingClientRect();
              return {
                box,
                ok:
                  !!control &&
                  !!box &&
                  Number(getComputedStyle(control).opacity) > 0.5 &&
                  Math.min(box.width, box.height) >= 24 &&
                  box.right <= window.innerWidth,
              };
            };
            // The layout's own headings ("Sources", "Linked from") have no lines in the Markdown file.
            const layout = heading.closest('.sources, .backlinks') !== null;
            const sourceLink = heading.querySelector<HTMLElement>('.source-link');
            const reportLink = heading.querySelector<HTMLElement>('.report-link');
            const boxes = withScript
              ? [check(heading.querySelector<HTMLElement>('.section-tools-toggle'))]
              : [
                  check(heading.querySelector<HTMLElement>('.heading-link')),
                  ...(sourceLink || !layout ? [check(sourceLink)] : []),
                  ...(reportLink || !layout ? [check(reportLink)] : []),
                ];
            const disjoint = (a: DOMRect, b: DOMRect) =>
              a.left >= b.right || b.left >= a.right || a.top >= b.bottom || b.top >= a.bottom;
            const tappable = boxes.every((control) => control.ok && !!control.box);
            const apart = tappable && boxes.every((a, i) => boxes.every((b, j) => i >= j || disjoint(a.box!, b.box!)));
            // The heading's own words: no control may sit on them.
            const words: DOMRect[] = [];
            const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent?.trim() || node.parentElement?.closest('a, button, .section-tools')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              words.push(...range.getClientRects());
            }
            const clearOfText =
              tappable && boxes.every((control) => words.every((word) => disjoint(word, control.box!)));
            const withControls = heading.getBoundingClientRect().height;
            const controls = heading.querySelectorAll<HTMLElement>(
              '.heading-link, .section-tools-toggle, .section-tools, .source-link, .report-link',
            );
            for (const control of controls) control.style.display = 'none';
            const without = heading.getBoundingClientRect().height;
            for (const control of controls) control.style.display = '';
            // Without a script a layout heading's only control is its "#", which is not required to be an icon.
            const waived = !withScript && layout && !sourceLink && !reportLink;
            return {
              heading: heading.id,
              addsHeight: withControls - without,
              tappable: tappable || waived,
              apart: apart || waived,
              clearOfText: clearOfText || waived,
            };
          }),
        javaScript,
      );
      expect(report.length).toBeGreaterThan(5);
      expect(report.filter((r) => r.addsHeight > 0.5 || !r.tappable || !r.apart || !r.clearOfText)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it("the icon opens a sheet of the section's tools, each a full-width row to tap, closed by a tap outside", async () => {
    const { page, errors } = await openPage(browser, { viewport: phone, isMobile: true, hasTouch: true });
    await recordClipboard(page);
    await page.goto(`${site()}guides/heartbleed-response/`);
    const headingEl = page.locator('main article h2').nth(1);
    const toggle = headingEl.locator('.section-tools-toggle');
    expect(await toggle.getAttribute('aria-label')).toMatch(/^Tools for section “.+”$/);
    const sheet = headingEl.locator('.section-tools');
    expect(await sheet.isVisible()).toBe(false);
    await toggle.tap();
    await sheet.waitFor();
    const rows = await sheet.locator(':scope > :is(a, button)').evaluateAll((tools) =>
      tools.map((tool) => {
        const box = tool.getBoundingClientRect();
        return {
          name: tool.querySelector('[class$="-text"]')?.textContent,
          height: box.height,
          inside: box.left >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        };
      }),
    );
    expect(rows.map((row) => row.name)).toEqual(['Copy link', 'Copy section', 'Source', 'Report']);
    // The sheet names the section it acts on.
    const heading = await headingEl.evaluate((h) => h.firstChild?.textContent?.trim());
    expect(await sheet.locator('.section-tools-title').textContent()).toBe(heading);
    expect(rows.every((row) => row.height >= 44 && row.inside)).toBe(true);
    await sheet.getByRole('button', { name: /^Copy section/ }).tap();
    await page.locator('.copy-link-status', { hasText: 'copied as Markdown' }).waitFor();
    expect(await lastCopied(page)).toMatch(/^## /);
    await sheet.waitFor({ state: 'hidden' });
    await toggle.tap();
    await sheet.waitFor();
    await page.mouse.click(180, 150);
    await sheet.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});

describe('code copy buttons', () => {
  for (const width of [360, 1280]) {
    it(`never cover a character of code at ${width} px, on any page with code`, async () => {
      const { page } = await openPage(browser, { viewport: { width, height: 900 } });
      const problems: string[] = [];
      let checked = 0;
      // Only the pages that have code (read from the built files, so no page is loaded for nothing).
      const withCode = sitemapPaths(inject('siteDir')).filter((path) =>
        readFileSync(join(inject('siteDir'), path, 'index.html'), 'utf8').includes('<figure class="code">'),
      );
      expect(withCode.length).toBeGreaterThan(5);
      for (const path of withCode) {
        await page.goto(site() + path);
        await page.locator('main figure.code .copy-code').first().waitFor();
        const found = await page.$$eval('main figure.code', (figures) => {
          const out: string[] = [];
          let buttons = 0;
          for (const figure of figures) {
            const button = figure.querySelector('.copy-code');
            const pre = figure.querySelector('pre');
            if (!button || !pre) {
              out.push('a code block without a copy button');
              continue;
            }
            buttons++;
            const b = button.getBoundingClientRect();
            const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) {
                if (r.width === 0) continue;
                const overlap = r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
                if (overlap) out.push(`covers "${(node.textContent ?? '').trim().slice(0, 50)}"`);
              }
            }
            const caption = figure.querySelector('figcaption');
            if (caption) {
              const range = document.createRange();
              range.selectNodeContents(caption.firstChild ?? caption);
              for (const r of range.getClientRects())
                if (r.width > 0 && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom)
                  out.push(`covers the title "${caption.textContent}"`);
            }
          }
          return { out, buttons };
        });
        checked += found.buttons;
        for (const problem of found.out) problems.push(`/${path}: ${problem}`);
      }
      expect(checked).toBeGreaterThan(20);
      expect(problems).toEqual([]);
    }, 60_000);
  }
});
