/**
 * The contributor's preview (`npm run dev`): pages look exactly as in the built site, with no Content-Security-
 * Policy error in the console, and a content error shows in the browser, not only in the terminal.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metaContentSecurityPolicy } from '../../src/lib/security-headers.ts';
import { launchBrowser, openPage } from './browser.ts';
import { connectFirstBrowser, copyProject, removeProject, startDevServer, type DevServer } from './dev-server.ts';

let browser: Browser;
let scratch: string;
let dev: DevServer;
beforeAll(async () => {
  scratch = copyProject(process.cwd(), 'handbook-dev-');
  [browser, dev] = await Promise.all([launchBrowser(), startDevServer(scratch)]);
  await connectFirstBrowser(browser, `${dev.url}guides/reporting-virt-bugs/`);
});
afterAll(async () => {
  await Promise.all([browser?.close(), dev?.stop()]);
  removeProject(scratch);
});

/** Computed styles that show whether the site's stylesheets apply, from the header to code blocks. */
const probes: [selector: string, properties: string[]][] = [
  ['body', ['font-family', 'font-size', 'line-height', 'color', 'background-color', 'margin-top']],
  ['.site-header', ['display', 'position', 'height', 'border-bottom-width', 'background-color']],
  ['.site-name', ['font-weight', 'font-size', 'white-space']],
  ['.doc-shell', ['display', 'grid-template-columns', 'max-width']],
  ['main h1', ['font-size', 'line-height', 'margin-top']],
  ['main h2', ['font-size', 'margin-top']],
  ['main figure.code pre', ['font-family', 'background-color', 'border-top-width', 'overflow-x']],
  ['main .callout', ['border-left-width', 'padding-left']],
  ['main .copy-code', ['position', 'font-size']],
];

function computedStyles(page: Page): Promise<Record<string, string>> {
  return page.evaluate((list) => {
    const out: Record<string, string> = {};
    for (const [selector, properties] of list) {
      const element = document.querySelector(selector);
      const style = element ? getComputedStyle(element) : undefined;
      for (const property of properties)
        out[`${selector} ${property}`] = style?.getPropertyValue(property) ?? 'missing';
    }
    return out;
  }, probes);
}

describe('npm run dev', () => {
  for (const width of [360, 1280]) {
    it(`shows a guide styled exactly as the built site, with no console error, at ${width} px`, async () => {
      const path = 'guides/reporting-virt-bugs/';
      const viewport = { width, height: 800 };
      const built = await openPage(browser, { viewport });
      await built.page.goto(inject('siteUrl') + path);
      await built.page.locator('main .copy-code').first().waitFor();
      const expected = await computedStyles(built.page);

      const { page, errors } = await openPage(browser, { viewport });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(dev.url + path);
      await page.locator('main .copy-code').first().waitFor();
      expect(await computedStyles(page)).toEqual(expected);
      expect(Object.values(expected)).not.toContain('missing');
      expect(errors).toEqual([]);
      // The preview relaxes inline styles only; the built site keeps the strict policy.
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
      expect(await built.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toBe(
        metaContentSecurityPolicy,
      );
    });
  }

  it('shows a content error in the browser as soon as the file is saved, and the page once it is fixed', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${dev.url}guides/reporting-virt-bugs/`);
    await page.locator('main h1').waitFor();
    const file = join(scratch, 'content/guides/heartbleed-response.md');
    const original = readFileSync(file, 'utf8');
    const line = original.split('\n').length + 1;
    appendFileSync(file, '\nSee [the old page](../guides/no-such-page.md).\n');
    // The dev server reloads the open page; Astro's error overlay names the file, line and column.
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 20_000 });
    expect(await overlay.locator('#message-content').textContent()).toContain(
      `content/guides/heartbleed-response.md:${line}:5: error: link to a missing page "../guides/no-such-page.md"`,
    );
    expect(await overlay.locator('#code header h2').textContent()).toBe(`guides/heartbleed-response.md:${line}:5`);
    writeFileSync(file, original);
    await page.locator('main h1').waitFor({ timeout: 20_000 });
    expect(await overlay.count()).toBe(0);
  });
});
