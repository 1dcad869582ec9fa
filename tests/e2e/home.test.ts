/** The home page as a landing page, and the small things every page has: title, footer, theme toggle. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
const site = () => inject('siteUrl');

describe('the home page', () => {
  it('offers the four situations as cards, each leading to its guide and checklist', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(site());
    const cards = page
      .locator('main #start ~ .cards > li, main .cards:has(+ *) > li')
      .filter({ has: page.locator('.card-title') });
    const situations: [string, string, string][] = [
      ['package', '/guides/continuous-packaging/', '/checklists/first-packaging-contribution/'],
      ['security advisory', '/guides/heartbleed-response/', '/checklists/library-cve-response/'],
      ['IRC', '/guides/getting-help-on-irc/', '/checklists/before-you-ping/'],
      ['virtual machine', '/guides/reporting-virt-bugs/', '/checklists/virt-bug-report/'],
    ];
    for (const [words, guide, checklist] of situations) {
      const card = page
        .locator('main .cards > li.card')
        .filter({ hasText: new RegExp(words, 'i') })
        .first();
      expect(await card.isVisible()).toBe(true);
      expect(await card.locator('.card-title a').getAttribute('href')).toBe(guide);
      expect(await card.locator(`a[href="${checklist}"]`).count()).toBe(1);
    }
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    // The card's title link leads where it says.
    await page.locator('main .cards > li.card .card-title a[href="/guides/heartbleed-response/"]').click();
    await page.waitForURL(/\/guides\/heartbleed-response\/$/);
    expect(errors).toEqual([]);
  });

  it('says what each section is for, with a link to it', async () => {
    const { page } = await openPage(browser);
    await page.goto(site());
    const sections: [string, string][] = [
      ['Essays', '/essays/'],
      ['Guides', '/guides/'],
      ['Checklists', '/checklists/'],
      ['Glossary', '/glossary/'],
    ];
    for (const [section, href] of sections) {
      const card = page.locator('main .cards > li.card').filter({ has: page.locator(`.card-title a[href="${href}"]`) });
      expect(await card.count(), section).toBe(1);
      expect((await card.textContent())!.length).toBeGreaterThan(section.length + 20);
    }
  });

  it('has search in reach: a search field that leads to results', async () => {
    const { page } = await openPage(browser);
    await page.goto(site());
    const field = page.getByRole('main').getByRole('searchbox');
    expect(await field.isVisible()).toBe(true);
    await field.fill('naked ping');
    await field.press('Enter');
    await page.waitForURL(/\/search\/\?q=naked\+ping/);
    await page.locator('.search-result').first().waitFor();
  });

  it('has the site name once in its title', async () => {
    const { page } = await openPage(browser);
    await page.goto(site());
    expect(await page.title()).toBe('Newcomer Handbook');
    await page.goto(`${site()}guides/heartbleed-response/`);
    expect(await page.title()).toMatch(/^[^|]+ \| Newcomer Handbook$/);
  });
});

describe('on every page', () => {
  it('the footer links are spaced evenly', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site()}guides/heartbleed-response/`);
    const text = (await page.locator('.site-footer').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('RSS · Tags · Glossary');
  });

  it('the theme toggle says which theme is on, and changes it', async () => {
    const { page, errors } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${site()}guides/heartbleed-response/`);
    const toggle = page.locator('.site-header .theme-toggle');
    await toggle.waitFor({ state: 'visible' });
    const named = async () => page.getByRole('button', { name: /^Theme: / }).textContent();
    expect(await page.getByRole('button', { name: 'Theme: Auto' }).count()).toBe(1);
    expect(await toggle.innerText()).toMatch(/Auto/);
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Theme: Light' }).count()).toBe(1);
    expect(await toggle.innerText()).toMatch(/Light/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Theme: Dark' }).count()).toBe(1);
    expect(await named()).toMatch(/Dark/);
    expect(errors).toEqual([]);
  });
});
