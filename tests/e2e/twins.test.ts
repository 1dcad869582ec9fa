/**
 * Markdown for tools and assistants: each page's Markdown twin (index.md beside it), llms.txt and llms-full.txt,
 * "Copy page" and "Copy section", on the handbook as built (SITE_URL https://handbook.example) at the root and under /handbook/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { lastCopied, launchBrowser, openPage, recordClipboard } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const origin = 'https://handbook.example';

async function text(url: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** A content file's front matter. */
function frontMatter(file: string): Record<string, unknown> {
  const raw = readFileSync(join(import.meta.dirname, '../../content', file), 'utf8');
  return parse(raw.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '') as Record<string, unknown>;
}

describe('the Markdown twin of a page', () => {
  it('is the title, the description, and the text with absolute links and a term defined at its first use', async () => {
    const guide = frontMatter('guides/getting-help-on-irc.md');
    const rdo = frontMatter('glossary/rdo.md');
    const twin = await text(`${inject('siteUrl')}guides/getting-help-on-irc/index.md`);
    expect(twin.status).toBe(200);
    expect(twin.body.startsWith(`# ${String(guide['title'])}\n\n> ${String(guide['description'])}\n\n`)).toBe(true);
    const definition = String(rdo['description']).replace(/\.$/, '');
    expect(twin.body).toContain(`[RDO](${origin}/glossary/#rdo) (${definition})`);
    // Defined once: later links to the term are links only.
    expect(twin.body.split(`(${definition})`)).toHaveLength(2);
    expect(twin.body).toContain(`[before-you-ping checklist](${origin}/checklists/before-you-ping/)`);
    // Headings without their {#id} pins; no link left relative to a Markdown file.
    expect(twin.body).toContain('\n## How highlights work\n');
    expect(twin.body).not.toMatch(/\{#[\w-]+\}/);
    expect(twin.body).not.toMatch(/\]\((?!https?:|mailto:)[^)]*\.md\b/);
  });

  it('keeps checklist items as task-list items, one per item on the page', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('siteUrl')}checklists/virt-bug-report/`);
    const items = await page.locator('li.task').count();
    const twin = await text(`${inject('siteUrl')}checklists/virt-bug-report/index.md`);
    expect(twin.body.match(/^- \[ \] /gm)).toHaveLength(items);
    expect(items).toBeGreaterThan(10);
  });

  it('exists for the home page, folder listings and the glossary, and not for a redirect', async () => {
    const home = await text(`${inject('siteUrl')}index.md`);
    expect(home.body).toMatch(/^# .+\n\n> .+/);
    expect(home.body).toContain(`(${origin}/guides/getting-help-on-irc/)`);
    const glossary = await text(`${inject('siteUrl')}glossary/index.md`);
    expect(glossary.body).toContain(`## [RDO](${origin}/glossary/#rdo)`);
    const guides = await text(`${inject('siteUrl')}guides/index.md`);
    expect(guides.body).toContain(
      `- [${String(frontMatter('guides/getting-help-on-irc.md')['title'])}](${origin}/guides/getting-help-on-irc/)`,
    );
    // reporting-virt-bugs.md keeps its old URL as a redirect: no twin there.
    expect((await text(`${inject('siteUrl')}guides/reporting-virtualization-bugs/index.md`)).status).toBe(404);
  });

  it('carries the base path in every link under /handbook/', async () => {
    const twin = await text(`${inject('baseSiteUrl')}guides/getting-help-on-irc/index.md`);
    expect(twin.body).toContain(`(${origin}/handbook/checklists/before-you-ping/)`);
    expect(twin.body).not.toContain(`(${origin}/checklists/`);
    // The page's "Markdown" link, with the base path.
    const html = await text(`${inject('baseSiteUrl')}guides/getting-help-on-irc/`);
    expect(html.body).toContain('class="page-markdown-link" href="/handbook/guides/getting-help-on-irc/index.md"');
  });
});

describe('llms.txt', () => {
  it('lists every section with its pages, each linked to a twin that exists', async () => {
    const llms = await text(`${inject('siteUrl')}llms.txt`);
    expect(llms.status).toBe(200);
    expect(llms.body).toMatch(
      /^# Newcomer Handbook\n\n> Field notes for newcomers[^\n]*\n\n[^\n]+\n\n## Essays\n\n- \[/,
    );
    for (const section of ['Essays', 'Guides', 'Checklists', 'Glossary'])
      expect(llms.body).toContain(`\n## ${section}\n`);
    const links = [...llms.body.matchAll(/^- \[([^\]]+)\]\(([^)]+)\): (.+)$/gm)];
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const [, title, url] of links) {
      expect(url).toMatch(new RegExp(`^${origin}/.*index\\.md$`));
      const twin = await text((url ?? '').replace(`${origin}/`, inject('siteUrl')));
      expect(twin.status, url).toBe(200);
      expect(twin.body.split('\n')[0], url).toBe(`# ${title}`);
    }
  });

  it('llms-full.txt holds every twin, in reading order', async () => {
    const llms = await text(`${inject('siteUrl')}llms.txt`);
    const full = await text(`${inject('siteUrl')}llms-full.txt`);
    const titles = [...llms.body.matchAll(/^- \[([^\]]+)\]/gm)].map((match) => `\n# ${match[1]}\n`);
    const positions = titles.map((title) => full.body.indexOf(title));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const guide = await text(`${inject('siteUrl')}guides/getting-help-on-irc/index.md`);
    expect(full.body).toContain(guide.body.trim());
  });
});

describe('Copy section', () => {
  /** The twin's lines from one heading to the next, as a reader would cut them by hand. */
  const between = (twin: string, from: string, to: string) => twin.slice(twin.indexOf(from), twin.indexOf(to)).trim();

  it('copies a section as written, subsections and code included, then its anchor URL; by keyboard', async () => {
    const { page, errors } = await openPage(browser);
    await recordClipboard(page);
    const path = 'guides/getting-help-on-irc/';
    await page.goto(`${inject('siteUrl')}${path}`);
    const twin = (await text(`${inject('siteUrl')}${path}index.md`)).body;
    const button = page.getByRole('button', { name: 'Copy section “How highlights work” as Markdown' });
    await button.focus();
    expect(await button.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.copy-link-status', { hasText: 'Section “How highlights work” copied' }).waitFor();
    const section = between(twin, '## How highlights work', '## The naked ping');
    expect(section).toContain('### Setting your own highlights');
    expect(await lastCopied(page)).toBe(`${section}\n\n${inject('siteUrl')}${path}#highlights\n`);
    expect(errors).toEqual([]);
  });

  it('ends a section at the next heading of its level, not at a "#" comment in its code', async () => {
    const { page, errors } = await openPage(browser);
    await recordClipboard(page);
    const path = 'guides/heartbleed-response/';
    await page.goto(`${inject('siteUrl')}${path}`);
    const twin = (await text(`${inject('siteUrl')}${path}index.md`)).body;
    await page.locator('h2#restart .copy-section').click();
    const section = between(twin, "## Patching isn't finished until you restart", '## Lessons for packagers');
    expect(section).toMatch(/\n# /);
    expect(await lastCopied(page)).toBe(`${section}\n\n${inject('siteUrl')}${path}#restart\n`);
    expect(errors).toEqual([]);
  });

  it("is offered only with JavaScript, and not on the layout's own headings", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('siteUrl')}essays/heartbleed/`);
    await page.locator('main h2 .copy-section').first().waitFor({ state: 'attached' });
    expect(await page.locator('.sources h2 .copy-section, .backlinks h2 .copy-section').count()).toBe(0);
    expect(await page.locator('.sources h2 .copy-link').count()).toBe(1);
    const { page: plain } = await openPage(browser, { javaScriptEnabled: false });
    await plain.goto(`${inject('siteUrl')}essays/heartbleed/`);
    expect(await plain.locator('.copy-section, .section-tools-toggle').count()).toBe(0);
  });

  it('is not offered where the clipboard cannot be written', async () => {
    const { page } = await openPage(browser);
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(`${inject('siteUrl')}essays/heartbleed/`);
    await page.locator('main h2 .copy-link').first().waitFor({ state: 'attached' });
    expect(await page.locator('.copy-section, .copy-page').count()).toBe(0);
  });
});

describe('Copy page as Markdown', () => {
  it("copies the page's twin, and says so", async () => {
    const { page, errors } = await openPage(browser);
    await recordClipboard(page);
    await page.goto(`${inject('siteUrl')}guides/getting-help-on-irc/`);
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await page.locator('.copy-link-status', { hasText: 'copied' }).waitFor();
    const twin = await text(`${inject('siteUrl')}guides/getting-help-on-irc/index.md`);
    expect(await lastCopied(page)).toBe(twin.body);
    expect(errors).toEqual([]);
  });

  it('without JavaScript leaves the Markdown link and no dead button', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${inject('siteUrl')}guides/getting-help-on-irc/`);
    expect(await page.getByRole('link', { name: 'This page as Markdown' }).getAttribute('href')).toBe(
      '/guides/getting-help-on-irc/index.md',
    );
    expect(await page.locator('.copy-page').count()).toBe(0);
  });
});
