/**
 * The anchor lock as a pull request meets it, in a scratch git repository: a renamed heading or a moved page that
 * the lock knows fails `folio check` where the fix goes, with the line to add; with that line the check passes and
 * the old #anchor lands on the renamed section in Chromium. A page retired on purpose is served as "removed".
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { serveSite, type RunningSite } from './serve.ts';

const folio = resolve(import.meta.dirname, '..', '..', 'bin', 'folio.mjs');
let root: string;
let browser: Browser | undefined;
let served: RunningSite | undefined;

function run(...args: string[]): { status: number; output: string } {
  const result = spawnSync(process.execPath, [folio, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '', NO_COLOR: '1' },
  });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

function write(file: string, text: string): void {
  mkdirSync(join(root, 'docs', file, '..'), { recursive: true });
  writeFileSync(join(root, 'docs', file), text);
}

const guide = (heading: string, frontMatter = '') =>
  `---\ntitle: Setting up\ndescription: How to set things up.\n${frontMatter}---\n\nBack [home](../README.md).\n\n## Before you start\n\nRead this first.\n\n## ${heading}\n\nThe steps, one by one.\n\n${'More text.\n\n'.repeat(40)}`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'folio-lock-'));
  execFileSync('git', ['init', '--quiet'], { cwd: root });
  write('README.md', '# Lock test\n\nStart with [setting up](guides/setup.md) and [the notes](guides/notes.md).\n');
  write('guides/setup.md', guide('Install the tools'));
  write('guides/notes.md', '# Notes\n\nSee [setting up](setup.md).\n\n## Old notes\n\nText.\n');
});
afterAll(async () => {
  await Promise.all([browser?.close(), served?.close()]);
  rmSync(root, { recursive: true, force: true });
});

describe('the anchor lock', () => {
  it('is written by check --update-lock, listing every page and section id', () => {
    const { status, output } = run('check', 'docs', '--update-lock');
    expect(output).toContain('docs/folio.lock.yaml created');
    expect(status).toBe(0);
    const lock = readFileSync(join(root, 'docs', 'folio.lock.yaml'), 'utf8');
    expect(lock).toContain('/guides/setup/:\n  - before-you-start\n  - install-the-tools\n');
    expect(lock).toContain('/guides/notes/:\n  - old-notes\n');
  });

  it('fails the check at a renamed heading with the moved_anchors line to add, and passes with it', () => {
    write('guides/setup.md', guide('Installing the tools'));
    const line = guide('Installing the tools').split('\n').indexOf('## Installing the tools') + 1;
    const failed = run('check', 'docs');
    expect(failed.status).toBe(1);
    expect(failed.output).toContain(
      `docs/guides/setup.md:${line}:1: error: section id "install-the-tools" of /guides/setup/ is gone: links to /guides/setup/#install-the-tools no longer land on a section [anchor-lock]\n  hint: if this section is the one it was renamed to, add to the front matter: moved_anchors: { install-the-tools: installing-the-tools }`,
    );
    write(
      'guides/setup.md',
      guide('Installing the tools', 'moved_anchors: { install-the-tools: installing-the-tools }\n'),
    );
    const fixed = run('check', 'docs', '--update-lock');
    expect(fixed.output).toContain('0 errors');
    expect(fixed.status).toBe(0);
  });

  it('fails the check at a page moved without redirect_from, and passes with it', () => {
    renameSync(join(root, 'docs/guides/notes.md'), join(root, 'docs/notes.md'));
    write('README.md', '# Lock test\n\nStart with [setting up](guides/setup.md) and [the notes](notes.md).\n');
    write('notes.md', '# Notes\n\nSee [setting up](guides/setup.md).\n\n## Old notes\n\nText.\n');
    const failed = run('check', 'docs');
    expect(failed.status).toBe(1);
    expect(failed.output).toContain(
      'docs/notes.md:1:1: error: the page /guides/notes/ is gone from the site, with no redirect: links to it no longer land anywhere [anchor-lock]\n  hint: if docs/notes.md is that page, moved, add to its front matter: redirect_from: [/guides/notes/]',
    );
    write(
      'notes.md',
      '---\nredirect_from: [/guides/notes/]\n---\n\n# Notes\n\nSee [setting up](guides/setup.md).\n\n## Old notes\n\nText.\n',
    );
    expect(run('check', 'docs', '--update-lock').status).toBe(0);
  });

  it('serves the renamed section at its old #anchor, and a page retired on purpose as removed', async () => {
    const lockFile = join(root, 'docs', 'folio.lock.yaml');
    writeFileSync(lockFile, `${readFileSync(lockFile, 'utf8')}/guides/retired/: gone\n`);
    const built = run('build', 'docs', '--out', 'site');
    expect(built.status, built.output).toBe(0);
    served = await serveSite(join(root, 'site'), '/');
    browser = await launchBrowser();
    const { page, errors } = await openPage(browser);
    await page.goto(new URL('guides/setup/#install-the-tools', served.url).href);
    const heading = page.locator('h2#installing-the-tools');
    await heading.waitFor();
    expect(await heading.locator('#install-the-tools').count()).toBe(1);
    // The browser scrolled to the old anchor: the renamed heading is on screen, far down the page.
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    await page.goto(new URL('guides/notes/#old-notes', served.url).href);
    await page.waitForURL((url) => url.pathname === '/notes/' && url.hash === '#old-notes');
    await page.goto(new URL('guides/retired/', served.url).href);
    expect(await page.locator('main h1').textContent()).toBe('This page was removed');
    expect(await page.locator('main p a').getAttribute('href')).toBe('/guides/');
    expect(errors).toEqual([]);
    const sitemap = readFileSync(join(root, 'site', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/guides/retired/');
  }, 180_000);
});
