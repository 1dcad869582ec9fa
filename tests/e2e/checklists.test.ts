/** Checklists as tools: saved ticks, progress, copy as Markdown, reset, blocked or corrupt storage, no JavaScript. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lastCopied, launchBrowser, openPage, recordClipboard } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
const checklist = () => `${inject('siteUrl')}checklists/virt-bug-report/`;
const storageKey = 'checklist:/checklists/virt-bug-report/';

function boxes(page: Page) {
  return page.locator('main input[type="checkbox"][data-item]');
}

describe('checklists', () => {
  it('remembers two ticks across a reload, shows progress, copies Markdown and resets', async () => {
    const { page, errors } = await openPage(browser);
    await recordClipboard(page);
    await page.goto(checklist());
    const all = boxes(page);
    const total = await all.count();
    expect(total).toBeGreaterThanOrEqual(8);
    await all.nth(0).check();
    await all.nth(3).focus();
    await page.keyboard.press('Space');
    await page.reload();
    expect(await all.nth(0).isChecked()).toBe(true);
    expect(await all.nth(3).isChecked()).toBe(true);
    expect(await page.locator('.checklist-progress').textContent()).toBe(`2 of ${total} done`);
    expect(await page.locator('.checklist-progress').getAttribute('aria-live')).toBe('polite');

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const copied = await lastCopied(page);
    const lines = copied.split('\n');
    expect(lines.filter((line) => /^\s*- \[x\] /.test(line))).toHaveLength(2);
    expect(lines.filter((line) => /^\s*- \[ \] /.test(line))).toHaveLength(total - 2);
    expect(copied).toContain(checklist());
    expect(lines[0]).toMatch(/^# /);
    expect(copied).toMatch(/^## Logs and evidence$/m);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await page.locator('main input[type="checkbox"][data-item]:checked').count()).toBe(0);
    expect(await page.locator('.checklist-progress').textContent()).toBe(`0 of ${total} done`);
    await page.reload();
    expect(await page.locator('main input[type="checkbox"][data-item]:checked').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps working with no page error when storage throws', async () => {
    const { page, errors } = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(checklist());
    const all = boxes(page);
    await all.nth(1).check();
    expect(await page.locator('.checklist-progress').textContent()).toMatch(/^1 of \d+ done$/);
    expect(errors).toEqual([]);
  });

  it('ignores corrupt saved data and follows items by id, not position', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(checklist());
    const all = boxes(page);
    const thirdId = await all.nth(2).getAttribute('data-item');
    await page.evaluate((key) => localStorage.setItem(key, '{not json'), storageKey);
    await page.reload();
    expect(await page.locator('.checklist-progress').textContent()).toMatch(/^0 of \d+ done$/);
    // Progress saved under an item's id ticks that item wherever it stands in the list.
    await page.evaluate(
      ([key, id]) => localStorage.setItem(key!, JSON.stringify({ [id!]: true, 'item-removed-long-ago': true })),
      [storageKey, thirdId],
    );
    await page.reload();
    expect(await all.nth(2).isChecked()).toBe(true);
    expect(await page.locator('.checklist-progress').textContent()).toMatch(/^1 of \d+ done$/);
    expect(errors).toEqual([]);
  });

  it('deep-links to an item', async () => {
    const { page } = await openPage(browser);
    await page.goto(checklist());
    const id = await boxes(page).nth(4).getAttribute('data-item');
    await page.goto(`${checklist()}#${id}`);
    const background = await page.locator(`li[id="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('renders the same checkboxes without JavaScript, with no dead buttons', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(checklist());
    expect(await boxes(page).count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.checklist-tools').isVisible()).toBe(false);
    expect(await page.locator('main label').count()).toBeGreaterThanOrEqual(8);
  });

  it('loads one shared checklist script, only on pages with checklists', async () => {
    const { page } = await openPage(browser);
    const scripts = () => page.$$eval('script[src]', (list) => list.map((el) => (el as HTMLScriptElement).src));
    await page.goto(`${inject('siteUrl')}essays/heartbleed/`);
    const essay = await scripts();
    await page.goto(checklist());
    const first = await scripts();
    await page.goto(`${inject('siteUrl')}checklists/before-you-ping/`);
    const second = await scripts();
    const checklistOnly = first.filter((src) => !essay.includes(src));
    expect(checklistOnly).toHaveLength(1);
    expect(second).toContain(checklistOnly[0]);
    const source = await (await page.request.get(checklistOnly[0]!)).text();
    expect(source).toContain('checklist:');
  });
});
