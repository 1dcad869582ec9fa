import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderedHtml } from '../lib/content-graph/load-content.ts';
import { loadPage } from '../lib/content-graph/load-page.ts';
import {
  pageManifest,
  publishedManifest,
  reusablePaths,
  reusableShards,
  siteCodeDigest,
  type BuildInputs,
} from './page-reuse.ts';
import { indexFolder, planSearchShards } from './search-shards.ts';

function page(collection: string, slug: string, front: string, body = 'Text.\n') {
  const file = `content/${collection}/${slug}.md`;
  return loadPage(
    file,
    `/c/${file}`,
    { kind: collection === 'glossary' ? 'term' : 'page', collection, slug, isIndex: false },
    `---\n${front}\n---\n${body}`,
  ).page;
}

function inputs(
  overrides: {
    guideTitle?: string;
    guideBody?: string;
    termBody?: string;
    base?: string;
    shardPages?: number;
    guideWords?: string[];
  } = {},
) {
  const guide = page('guides', 'a', `title: ${overrides.guideTitle ?? 'A'}\ndescription: d`);
  const checklist = page('checklists', 'b', 'title: B\ndescription: d', '- [ ] One\n');
  const term = page('glossary', 'nvr', 'title: NVR\ndescription: d');
  const rendered = { html: '', source: '', twin: { edits: [], terms: [] } };
  const html = new Map<string, RenderedHtml>([
    [guide.absPath, { ...rendered, digest: overrides.guideBody ?? 'guide-v1', words: overrides.guideWords ?? ['a'] }],
    [checklist.absPath, { ...rendered, digest: 'checklist-v1', words: ['b', 'one'] }],
    [term.absPath, { ...rendered, digest: overrides.termBody ?? 'term-v1', words: ['nvr'] }],
  ]);
  const built: BuildInputs = {
    pages: [guide, checklist, term],
    html,
    codeDigest: 'code',
    base: overrides.base ?? '/',
    siteUrl: 'https://x.example',
    lastUpdated: () => new Date('2026-11-01T00:00:00Z'),
    searchShards: planSearchShards(
      [guide, checklist, term],
      '/',
      overrides.shardPages ?? 500,
      (page) => html.get(page.absPath)?.words,
    ),
  };
  return built;
}

describe('page reuse between builds', () => {
  it('gives each essay, guide and checklist page its own digest, by URL path with the base path', () => {
    expect(Object.keys(pageManifest(inputs()).pages)).toEqual(['/guides/a/', '/checklists/b/']);
    expect(Object.keys(pageManifest(inputs({ base: '/handbook/' })).pages)).toEqual([
      '/handbook/guides/a/',
      '/handbook/checklists/b/',
    ]);
  });

  it('a new body changes that page only; a title or a glossary definition changes what every page shows', () => {
    const before = pageManifest(inputs());
    const edited = pageManifest(inputs({ guideBody: 'guide-v2' }));
    expect(edited.shared).toBe(before.shared);
    expect(edited.pages['/guides/a/']).not.toBe(before.pages['/guides/a/']);
    expect(edited.pages['/checklists/b/']).toBe(before.pages['/checklists/b/']);
    expect(pageManifest(inputs({ guideTitle: 'A, retitled' })).shared).not.toBe(before.shared);
    expect(pageManifest(inputs({ termBody: 'term-v2' })).shared).not.toBe(before.shared);
    expect(pageManifest(inputs({ base: '/handbook/' })).shared).not.toBe(before.shared);
  });

  it('reuses a page only when both digests match and its published file is the one the manifest saw', () => {
    const site = mkdtempSync(join(tmpdir(), 'folio-reuse-'));
    const fileOf = (path: string) => join(site, path, 'index.html');
    for (const path of ['/guides/a/', '/checklists/b/']) {
      mkdirSync(join(site, path), { recursive: true });
      writeFileSync(fileOf(path), '<html></html>');
    }
    const published = publishedManifest(pageManifest(inputs()), 'site-1', fileOf, () => '');
    expect(reusablePaths(published, pageManifest(inputs()), fileOf)).toEqual(new Set(['/guides/a/', '/checklists/b/']));
    expect(reusablePaths(published, pageManifest(inputs({ guideBody: 'guide-v2' })), fileOf)).toEqual(
      new Set(['/checklists/b/']),
    );
    expect(reusablePaths(published, pageManifest(inputs({ guideTitle: 'A2' })), fileOf).size).toBe(0);
    expect(reusablePaths(undefined, pageManifest(inputs()), fileOf).size).toBe(0);
    // Rewritten by something else since it was published (its modification time moved).
    utimesSync(fileOf('/checklists/b/'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(reusablePaths(published, pageManifest(inputs()), fileOf)).toEqual(new Set(['/guides/a/']));
  });
});

describe('search index shards between builds', () => {
  it('reuses a shard whose pages are all reused and whose published files are the ones the manifest saw', () => {
    const site = mkdtempSync(join(tmpdir(), 'folio-shards-'));
    const fileOf = (path: string) => join(site, path, 'index.html');
    const entryOf = (folder: string) => join(site, folder, 'pagefind-entry.json');
    const split = { shardPages: 1 };
    const { searchShards: shards } = inputs(split);
    expect(shards.count).toBe(2);
    expect(shards.paths.every((path) => [1, 2].includes(shards.shardOf(path) ?? 0))).toBe(true);
    for (const path of ['/guides/a/', '/checklists/b/']) {
      mkdirSync(join(site, path), { recursive: true });
      writeFileSync(fileOf(path), '<html></html>');
    }
    for (const folder of [indexFolder(1), indexFolder(2)]) {
      mkdirSync(join(site, folder), { recursive: true });
      writeFileSync(entryOf(folder), '{}');
    }
    const published = publishedManifest(pageManifest(inputs(split)), 'site-1', fileOf, entryOf);
    const reuse = (current: BuildInputs) => {
      const manifest = pageManifest(current);
      return reusableShards(published, manifest, reusablePaths(published, manifest, fileOf), shards, entryOf);
    };
    expect(reuse(inputs(split))).toEqual(new Set([1, 2]));
    // The shard of the edited guide is indexed again; the other one is copied.
    const other = new Set([1, 2].filter((shard) => shard !== shards.shardOf('/guides/a/')));
    expect(reuse(inputs({ ...split, guideBody: 'guide-v2' }))).toEqual(other);
    // A different split changes what every page tells the search UI: nothing is reused.
    expect(pageManifest(inputs({ shardPages: 2 })).shared).not.toBe(published.shared);
    // A word the site did not have: every shard is indexed again, so each still knows every word.
    expect(reuse(inputs({ ...split, guideBody: 'guide-v2', guideWords: ['a', 'zebrafish'] }))).toEqual(new Set());
    // A word the site lost: the shards are reused, and the indexes written again keep the word, so that all
    // of them know the same words.
    expect(reuse(inputs({ ...split, guideBody: 'guide-v2', guideWords: [] }))).toEqual(other);
    // A shard folder rewritten since it was published is never taken for the one the manifest saw.
    utimesSync(entryOf(indexFolder(1)), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(reuse(inputs(split))).toEqual(new Set([2]));
  });
});

describe('the code digest', () => {
  function project() {
    const root = mkdtempSync(join(tmpdir(), 'folio-code-'));
    for (const dir of ['src', 'content', 'public', 'dist', 'node_modules', '.git']) mkdirSync(join(root, dir));
    writeFileSync(join(root, 'src', 'page.astro'), 'a');
    writeFileSync(join(root, 'astro.config.mjs'), 'b');
    return root;
  }

  it('changes with any file that can shape a page: sources, top-level config, .env, public/', () => {
    const root = project();
    const before = siteCodeDigest(root);
    for (const [file, text] of [
      ['postcss.config.mjs', 'x'],
      ['.env', 'SITE_URL=https://x.example'],
      ['public/theme.js', 'y'],
      ['src/page.astro', 'a2'],
    ] as const) {
      const digest = siteCodeDigest(root);
      writeFileSync(join(root, file), text);
      expect(siteCodeDigest(root), file).not.toBe(digest);
    }
    expect(siteCodeDigest(root)).not.toBe(before);
  });

  it('ignores content (digested page by page), build outputs, installed packages and hidden folders', () => {
    const root = project();
    const before = siteCodeDigest(root, [join(root, 'site-out')]);
    mkdirSync(join(root, 'site-out'));
    for (const file of ['content/x.md', 'dist/index.html', 'node_modules/x.js', '.git/HEAD', 'site-out/a.html'])
      writeFileSync(join(root, file), 'changed');
    expect(siteCodeDigest(root, [join(root, 'site-out')])).toBe(before);
  });
});
