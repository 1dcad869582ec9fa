/** Links that never rot: glossary previews, copy-link buttons, redirects that keep the anchor, retired ids, backlinks. */
import type { Browser } from 'playwright-core';
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

describe('links', () => {
  it('a glossary link shows its definition on hover and on keyboard focus, without moving the page, and still navigates', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${site()}guides/reporting-virt-bugs/`);
    const link = page.locator('main a[data-term="kvm"]').first();
    const before = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height);
    await link.hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/KVM/);
    expect(await link.getAttribute('aria-describedby')).toBe('term-tip');
    expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height)).toBe(before);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    await link.focus();
    await tip.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/#kvm$/);
    expect(errors).toEqual([]);
  });

  it('every h2 and h3 has an id, a self-link and a button that copies the full section URL', async () => {
    const { page, errors } = await openPage(browser);
    await recordClipboard(page);
    await page.goto(`${site()}guides/heartbleed-response/`);
    const missing = await page.$$eval('main article :is(h2, h3)', (headings) =>
      headings.filter((h) => !h.id || !h.querySelector(`a.heading-link[href="#${h.id}"]`)).map((h) => h.textContent),
    );
    expect(missing).toEqual([]);
    const button = page.locator('h2#restart .copy-link');
    await button.focus();
    expect(await button.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const copied = await lastCopied(page);
    expect(copied).toBe(`${site()}guides/heartbleed-response/#restart`);
    expect(errors).toEqual([]);
  });

  it('an old URL from redirect_from lands on the new page and keeps the #anchor', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${site()}guides/reporting-virtualization-bugs/#selinux`);
    await page.waitForURL(`${site()}guides/reporting-virt-bugs/#selinux`);
    expect(await page.locator('h1').textContent()).toContain('virtualization bug');
    expect(errors).toEqual([]);
  });

  it('the redirect page works without JavaScript and is not indexed', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    const response = await page.request.get(`${site()}guides/reporting-virtualization-bugs/`);
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/handbook\.example\/guides\/reporting-virt-bugs\/">/);
    expect(sitemapPaths(inject('siteDir'))).not.toContain('guides/reporting-virtualization-bugs/');
    expect(sitemapPaths(inject('siteDir'))).toContain('guides/reporting-virt-bugs/');
    await page.goto(`${site()}guides/reporting-virtualization-bugs/`);
    await page.waitForURL(`${site()}guides/reporting-virt-bugs/`);
  });

  it('a retired section id still lands on its section', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site()}guides/reporting-virt-bugs/#logging`);
    await page.waitForFunction(() => {
      const box = document.querySelector('h2#logs')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight / 2;
    });
  });

  it('a linked-to page ends with "Linked from", naming each linking page and section', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site()}checklists/virt-bug-report/`);
    const section = page.locator('section.backlinks');
    expect(await section.locator('h2').textContent()).toMatch(/^\s*Linked from/);
    const items = await section.locator('li').allTextContents();
    expect(items.some((text) => text.includes('Reporting a Fedora virtualization bug'))).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(await section.locator('li a[href*="#"]').count()).toBeGreaterThan(0);
  });
});
