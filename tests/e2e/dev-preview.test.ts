/**
 * The contributor's preview (`npm run dev`): pages look exactly as in the built site, with no Content-Security-
 * Policy error in the console, and a content error shows in the browser, not only in the terminal.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('orders the navigation again when SUMMARY.md alone changes, and reloads the open page', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${dev.url}guides/getting-help-on-irc/`);
    await page.locator('main h1').waitFor();
    const summary = join(scratch, 'content/SUMMARY.md');
    /** Waits until the sidebar lists the guides in this order (the page reloads on its own when it changes). */
    const sidebarShows = (guides: string[]) =>
      page.waitForFunction(
        (expected) =>
          [...document.querySelectorAll<HTMLAnchorElement>('#site-nav a')]
            .map((link) => link.pathname)
            .filter((path) => /^\/guides\/[^/]+\/$/.test(path))
            .join(' ') === expected,
        guides.map((guide) => `/guides/${guide}/`).join(' '),
        { timeout: 20_000 },
      );
    const byTitle = ['continuous-packaging', 'getting-help-on-irc', 'heartbleed-response', 'reporting-virt-bugs'];
    const summaryOrder = ['reporting-virt-bugs', 'heartbleed-response', 'getting-help-on-irc', 'continuous-packaging'];
    const writeSummary = (guides: string[]) =>
      writeFileSync(summary, `# Summary\n\n${guides.map((guide) => `- [${guide}](guides/${guide}.md)`).join('\n')}\n`);
    await sidebarShows(byTitle);
    writeSummary(summaryOrder);
    await sidebarShows(summaryOrder);
    writeSummary([...summaryOrder].reverse());
    await sidebarShows([...summaryOrder].reverse());
    rmSync(summary);
    await sidebarShows(byTitle);
  });
});

describe('folio dev on a docs folder outside the package', () => {
  let docs: string;
  let project: string;
  let outside: DevServer;
  beforeAll(async () => {
    // A project of its own: two dev servers must not share Astro's caches.
    project = copyProject(process.cwd(), 'folio-dev-outside-');
    docs = mkdtempSync(join(tmpdir(), 'folio-outside-docs-'));
    mkdirSync(join(docs, 'guide'));
    writeFileSync(join(docs, 'README.md'), '# Outside docs\n\nA docs folder that is not in the package.\n');
    writeFileSync(join(docs, 'guide/setup.md'), '# Setup\n\nInstall it, then read [the home page](../README.md).\n');
    outside = await startDevServer(project, [docs]);
    await connectFirstBrowser(browser, `${outside.url}guide/setup/`);
  });
  afterAll(async () => {
    await outside?.stop();
    rmSync(docs, { recursive: true, force: true });
    removeProject(project);
  });

  it('serves its pages and shows an edit to one of them without a manual reload', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${outside.url}guide/setup/`);
    expect(await page.locator('main h1').textContent()).toBe('Setup');
    appendFileSync(join(docs, 'guide/setup.md'), '\nEdited while the preview ran.\n');
    await page.locator('main p', { hasText: 'Edited while the preview ran.' }).waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
  });
});
