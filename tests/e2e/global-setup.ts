/**
 * Builds the site twice (at the root and under BASE_PATH=/handbook/) with the real command (`folio build`), serves both
 * on free loopback ports, and hands their URLs to the tests. The second build also splits its search index
 * (SEARCH_SHARD_PAGES=4: a primary index and three shards, as a site of 1500 pages gets by default), so every
 * search test runs against both a single and a split index. Then builds the test book (tests/e2e/fixtures/book, see
 * book-repository.ts) once, from its own git checkout, for tests/e2e/book.test.ts; if that build fails, its output
 * is handed to those tests instead of stopping the handbook's. Fails at once, in one line, if Chromium is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bookBase, buildBookSite, type BookBuild } from './book-repository.ts';
import { buildHarborSite, type HarborCommits } from './harbor-repository.ts';
import { chromiumPath } from './browser.ts';
import { serveSite, type RunningSite } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    baseSiteUrl: string;
    baseSiteDir: string;
    bookSiteUrl: string;
    bookSiteDir: string;
    /** How the book's build went; when it failed, bookSiteDir holds an earlier build or nothing. */
    bookBuild: BookBuild;
    /** The multilingual site (English and Arabic, tests/e2e/fixtures/harbor) and its two commits. */
    harborSiteUrl: string;
    harborSiteDir: string;
    harborCommits: HarborCommits;
  }
}

function buildInto(dir: string, basePath: string | undefined, env: Record<string, string> = {}): void {
  if (process.env['E2E_REUSE_BUILD'] && existsSync(dir)) return;
  rmSync(dir, { recursive: true, force: true });
  execFileSync(process.execPath, ['bin/folio.mjs', 'build', '--out', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BASE_PATH: basePath ?? '/', SITE_URL: 'https://handbook.example', ...env },
  });
}

export default async function setup(project: TestProject) {
  const browser = chromiumPath();
  if (!existsSync(browser)) {
    throw new Error(
      `Chromium not found at ${browser}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH`,
    );
  }
  const siteDir = resolve('.dist-e2e');
  const baseSiteDir = resolve('.dist-e2e-handbook');
  buildInto(siteDir, '/');
  buildInto(baseSiteDir, '/handbook/', { SEARCH_SHARD_PAGES: '4' });
  const bookSiteDir = resolve('.dist-e2e-book');
  // How the book's build went, kept beside it: E2E_REUSE_BUILD reuses a book that built, and retries one that did not.
  const bookRecord = resolve('.dist-e2e-book.json');
  const reusable =
    process.env['E2E_REUSE_BUILD'] &&
    existsSync(bookSiteDir) &&
    existsSync(bookRecord) &&
    (JSON.parse(readFileSync(bookRecord, 'utf8')) as BookBuild).ok;
  if (!reusable) writeFileSync(bookRecord, JSON.stringify(buildBookSite(bookSiteDir)));
  const harborSiteDir = resolve('.dist-e2e-harbor');
  const harborRecord = resolve('.dist-e2e-harbor.json');
  if (!(process.env['E2E_REUSE_BUILD'] && existsSync(harborSiteDir) && existsSync(harborRecord))) {
    rmSync(harborSiteDir, { recursive: true, force: true });
    writeFileSync(harborRecord, JSON.stringify(buildHarborSite(harborSiteDir)));
  }
  const sites: RunningSite[] = [
    await serveSite(siteDir, '/'),
    await serveSite(baseSiteDir, '/handbook/'),
    await serveSite(bookSiteDir, bookBase),
    await serveSite(harborSiteDir, '/'),
  ];
  project.provide('siteUrl', sites[0]!.url);
  project.provide('siteDir', siteDir);
  project.provide('baseSiteUrl', sites[1]!.url);
  project.provide('baseSiteDir', baseSiteDir);
  project.provide('bookSiteUrl', sites[2]!.url);
  project.provide('bookSiteDir', bookSiteDir);
  project.provide('bookBuild', JSON.parse(readFileSync(bookRecord, 'utf8')) as BookBuild);
  project.provide('harborSiteUrl', sites[3]!.url);
  project.provide('harborSiteDir', harborSiteDir);
  project.provide('harborCommits', JSON.parse(readFileSync(harborRecord, 'utf8')) as HarborCommits);
  return async () => {
    await Promise.all(sites.map((site) => site.close()));
  };
}
