/** Every page in the sitemap loads with status 200, one h1 and no console error, at the root and under a base path. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, sitemapPaths } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

for (const variant of ['root', 'base path'] as const) {
  describe(`every sitemap page (${variant})`, () => {
    it('loads with 200, one h1 and no console errors', async () => {
      const dir = inject(variant === 'root' ? 'siteDir' : 'baseSiteDir');
      const origin = new URL(inject(variant === 'root' ? 'siteUrl' : 'baseSiteUrl')).origin;
      const paths = sitemapPaths(dir);
      expect(paths.length).toBeGreaterThan(25);
      const { page, errors } = await openPage(browser);
      const failures: string[] = [];
      for (const path of paths) {
        const response = await page.goto(`${origin}/${path}`);
        if (response?.status() !== 200) failures.push(`/${path}: status ${response?.status()}`);
        const h1 = await page.locator('h1').count();
        if (h1 !== 1) failures.push(`/${path}: ${h1} h1 elements`);
      }
      expect(failures).toEqual([]);
      expect(errors).toEqual([]);
    }, 120_000);
  });
}
