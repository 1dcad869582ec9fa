/**
 * Content and readers the browser scripts must survive: ids that are names JavaScript objects already have, ids
 * that are not valid percent-encoding, two tabs ticking one checklist, and a huge pasted query.
 *
 * Pages with such ids are the built pages with the ids changed in the HTML as the build would write them (a
 * `{#constructor}` pin gives `data-item="constructor"`; a heading pinned `{#50%off}` gives `id="50%off"` and a
 * table-of-contents link `href="#50%off"`): the handbook's own content has none, and the scripts read only the
 * HTML.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, searchSettled } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
const checklist = () => `${inject('siteUrl')}checklists/virt-bug-report/`;
const guide = () => `${inject('siteUrl')}guides/reporting-virt-bugs/`;

/** Serves `url` as built, with its HTML changed by `edit`. */
async function serveEdited(page: Page, url: string, edit: (html: string) => string): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
}

/** Names every plain object answers to, which a lookup in saved progress must not mistake for ticks. */
const objectNames = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

function pinItems(html: string): string {
  let index = 0;
  return html.replace(/data-item="[^"]+"/g, (attribute) =>
    index < objectNames.length ? `data-item="${objectNames[index++]}"` : attribute,
  );
}

const boxes = (page: Page) => page.locator('main input[type="checkbox"][data-item]');

describe('checklist items pinned to names objects already have', () => {
  it('start unticked on a first visit, and keep their own ticks', async () => {
    const { page, errors } = await openPage(browser);
    await serveEdited(page, checklist(), pinItems);
    await page.goto(checklist());
    expect(await boxes(page).nth(0).getAttribute('data-item')).toBe('constructor');
    expect(await page.locator('main input[data-item]:checked').count()).toBe(0);
    expect(await page.locator('.checklist-progress').textContent()).toMatch(/^0 of \d+ done$/);
    await boxes(page).nth(2).check(); // __proto__
    await page.reload();
    expect(await boxes(page).nth(2).isChecked()).toBe(true);
    expect(await page.locator('main input[data-item]:checked').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('one checklist open in two tabs', () => {
  it('shows each tab the ticks made in the other, and loses none', async () => {
    const context = await browser.newContext();
    const [first, second] = [await context.newPage(), await context.newPage()];
    await first.goto(checklist());
    await second.goto(checklist());
    await boxes(first).nth(0).check();
    // The other tab learns of it through the storage event.
    await second.waitForFunction(
      () => document.querySelectorAll<HTMLInputElement>('main input[data-item]')[0]?.checked,
    );
    await boxes(second).nth(1).check();
    await first.waitForFunction(() => document.querySelectorAll<HTMLInputElement>('main input[data-item]')[1]?.checked);
    expect(await first.locator('.checklist-progress').textContent()).toMatch(/^2 of \d+ done$/);
    await boxes(first).nth(0).uncheck();
    await second.waitForFunction(
      () => !document.querySelectorAll<HTMLInputElement>('main input[data-item]')[0]?.checked,
    );
    await first.reload();
    expect(await boxes(first).nth(0).isChecked()).toBe(false);
    expect(await boxes(first).nth(1).isChecked()).toBe(true);
    await context.close();
  });
});

describe('table of contents with ids that are not percent-encoding', () => {
  it('marks the section being read, with no page error', async () => {
    const { page, errors } = await openPage(browser);
    const ids = ['50%off', '100%', 'über-uns', 'a%20b'];
    await serveEdited(page, guide(), (html) =>
      html
        .replace(
          '</article>',
          `${ids.map((id) => `<h2 id="${id}">Section ${id}</h2><p>${'Text. '.repeat(400)}</p>`).join('')}</article>`,
        )
        // At the end of the list: the headings come last in the article, and the list follows the page's order.
        .replace(
          /(<nav class="toc"[\s\S]*?)(<\/ul>\s*<\/nav>)/,
          `$1${ids.map((id) => `<li><a href="#${id}">Section ${id}</a></li>`).join('')}$2`,
        ),
    );
    await page.goto(guide());
    for (const id of ids) {
      await page.evaluate((target) => document.getElementById(target)?.scrollIntoView(), id);
      await page.waitForFunction(
        (target) => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') === `#${target}`,
        id,
      );
    }
    expect(errors).toEqual([]);
  });
});

describe('a huge query pasted into the search field', () => {
  it('is cut to the length a ?q= link may have, and search keeps answering', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('siteUrl')}search/`);
    await page.locator('.search-facet').first().waitFor();
    await searchSettled(page);
    const input = page.locator('#search-page-input');
    // As a paste (the browser applies the field's own limit) and as a script would set it (it cannot).
    await input.fill('heartbleed '.repeat(9000));
    await searchSettled(page);
    expect((await input.inputValue()).length).toBeLessThanOrEqual(200);
    await input.evaluate((element: HTMLInputElement) => {
      element.value = 'qemu '.repeat(20_000);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await searchSettled(page);
    expect(await page.locator('.search-status').textContent()).toMatch(/results? for “qemu/);
    await input.fill('heartbleed');
    await searchSettled(page);
    expect(await page.locator('.search-status').textContent()).toMatch(/results? for “heartbleed”/);
    expect(errors).toEqual([]);
  });
});
