import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../lib/content-graph/load-page.ts';
import { indexFolder, planSearchShards, type WordsOf } from '../../incremental/search-shards.ts';
import { pageWords } from '../../incremental/vocabulary.ts';
import type { PagefindApi, PagefindLoader } from './pagefind.ts';
import { glossaryRecords, termRecord } from './records.ts';
import { openSearchIndex } from './session.ts';
import { outputFileOf } from '../../lib/urls.ts';

const glossaryHtml = `<main><dl class="glossary"><dt id="nvr">NVR <a class="heading-link" href="#nvr">#</a></dt><dd><p>Name, version, release.</p><p>Bumped by every build.</p><p class="term-used" data-pagefind-ignore>Used in: <a href="/guides/heartbleed/">Heartbleed</a></p></dd><dt id="svirt">sVirt</dt><dd><p>SELinux for guests.</p></dd></dl></main>`;

/** A fake Pagefind per module instance, as loadPagefind gives each index its own. */
function fakePagefind(overrides: { addErrors?: string[]; pageCount?: (glob: string) => number } = {}) {
  const instances = new Map<number, ReturnType<typeof fakeInstance>>();
  function fakeInstance() {
    const index = {
      addHTMLFile: vi.fn(() => Promise.resolve({ errors: overrides.addErrors ?? [] })),
      addDirectory: vi.fn(({ glob = '' }: { path: string; glob?: string }) =>
        Promise.resolve({
          errors: overrides.addErrors ?? [],
          page_count: overrides.pageCount?.(glob) ?? (glob.startsWith('{') ? glob.split(',').length : 1),
        }),
      ),
      addCustomRecord: vi.fn(() => Promise.resolve({ errors: [] })),
      writeFiles: vi.fn(() => Promise.resolve({ errors: [], outputPath: 'x' })),
    };
    const close = vi.fn(() => Promise.resolve(null));
    const createIndex = vi.fn(() => Promise.resolve({ errors: [], index }));
    const api: PagefindApi = { createIndex, close };
    return { api, index, close, createIndex };
  }
  const load: PagefindLoader = (n) => {
    const instance = fakeInstance();
    instances.set(n, instance);
    return Promise.resolve(instance.api);
  };
  const instance = (n: number) => {
    const found = instances.get(n);
    if (!found) throw new Error(`index ${n} was never loaded`);
    return found;
  };
  return { load, instances, instance, index: () => instance(0).index, close: () => instance(0).close };
}

/** Content graph pages: guides with these slugs, and a glossary term unless told otherwise. */
function pages(slugs: string[], withTerm = true) {
  const node = (collection: 'guides' | 'glossary', slug: string) =>
    loadPage(
      `content/${collection}/${slug}.md`,
      `/c/content/${collection}/${slug}.md`,
      { kind: collection === 'glossary' ? 'term' : 'page', collection, slug, isIndex: false },
      `---\ntitle: ${slug}\ndescription: d\n---\nText.\n`,
    ).page;
  return [...slugs.map((slug) => node('guides', slug)), ...(withTerm ? [node('glossary', 'nvr')] : [])];
}

const wordsOf: WordsOf = (page) => pageWords(page.title, '<p>Text.</p>');

const glossary = { folder: 'glossary', label: 'Glossary' };
const single = { base: '/', lang: 'en', glossary, shards: planSearchShards(pages(['x']), '/', 500, wordsOf) };

function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-search-'));
  mkdirSync(join(dir, 'glossary'));
  writeFileSync(join(dir, 'glossary', 'index.html'), glossaryHtml);
  return dir;
}

/** Writes a page into a built site folder, where a build writes it. */
function writePage(dir: string, path: string, html: string): void {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(join(dir, outputFileOf(path, '/')), html);
}

describe('search index integration', () => {
  it('links a term to the glossary folder the config names, in that section', () => {
    const record = termRecord({ id: 'nvr', title: 'NVR', text: 'NVR. A name.' }, 'de', {
      folder: 'begriffe',
      label: 'Begriffe',
    });
    expect(record).toMatchObject({ url: '/begriffe/#nvr', language: 'de', meta: { section: 'Begriffe' } });
    expect(record.filters?.['section']).toEqual(['Begriffe']);
  });

  it('reads each glossary term and its definition from the built page, without what Pagefind would skip', () => {
    expect(glossaryRecords(glossaryHtml)).toEqual([
      { id: 'nvr', title: 'NVR', text: 'NVR. Name, version, release. Bumped by every build.' },
      { id: 'svirt', title: 'sVirt', text: 'sVirt. SELinux for guests.' },
    ]);
  });

  it('reads each built search page, adds one record per term, writes to pagefind/ and closes', async () => {
    const dir = builtSite();
    const pagefind = fakePagefind();
    const build = await openSearchIndex(pagefind.load, single);
    const { index, close } = pagefind.instance(0);
    writePage(dir, '/guides/x/', '<main data-pagefind-body>x</main>');
    // Not a search result (no data-pagefind-body): Pagefind is not asked to read it.
    writePage(dir, '/', '<main>home</main>');
    expect(close).not.toHaveBeenCalled();
    expect(await build.finish(dir)).toEqual({ pages: 1, terms: 2, written: 1, reused: 0 });
    expect(index.addDirectory).toHaveBeenCalledTimes(1);
    expect(index.addDirectory).toHaveBeenCalledWith({ path: dir, glob: 'guides/x/index.html' });
    expect(index.addHTMLFile).not.toHaveBeenCalled();
    expect(index.addCustomRecord).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/glossary/#svirt', filters: { section: ['Glossary'], kind: ['term'] } }),
    );
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
    expect(close).toHaveBeenCalled();
  });

  it("puts every page and term into one index in the site's language, whatever a page's own lang", async () => {
    const pagefind = fakePagefind();
    const build = await openSearchIndex(pagefind.load, { ...single, lang: 'de' });
    const { createIndex, index } = pagefind.instance(0);
    expect(createIndex).toHaveBeenCalledWith(expect.objectContaining({ forceLanguage: 'de' }));
    const dir = builtSite();
    writePage(dir, '/guides/x/', '<html lang="fr"><main data-pagefind-body>x</main></html>');
    await build.finish(dir);
    expect(index.addCustomRecord).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/glossary/#nvr', language: 'de' }),
    );
  });

  it('names each page by its output file, as indexing the folder would, under any base path', () => {
    expect(outputFileOf('/', '/')).toBe('index.html');
    expect(outputFileOf('/guides/a/b/', '/')).toBe('guides/a/b/index.html');
    expect(outputFileOf('/handbook/', '/handbook/')).toBe('index.html');
    expect(outputFileOf('/handbook/essays/x/', '/handbook/')).toBe('essays/x/index.html');
    expect(outputFileOf('/404.html', '/')).toBe('404.html');
    expect(outputFileOf('/tags/café/', '/')).toBe('tags/café/index.html');
    expect(outputFileOf('/guides/100%-done/', '/')).toBe('guides/100%-done/index.html');
  });

  it('fails when a searchable page is not in the built site, rather than writing an index without it', async () => {
    const pagefind = fakePagefind();
    const build = await openSearchIndex(pagefind.load, single);
    const { index, close } = pagefind.instance(0);
    await expect(build.finish(builtSite())).rejects.toThrow(
      /1 of 1 searchable pages are not in the built site: \/guides\/x\//,
    );
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalled();
  });

  it('fails the build on a Pagefind error, and still closes the service', async () => {
    const pagefind = fakePagefind({ addErrors: ['bad html'] });
    const build = await openSearchIndex(pagefind.load, single);
    const { index, close } = pagefind.instance(0);
    const dir = builtSite();
    writePage(dir, '/guides/x/', '<main data-pagefind-body>x</main>');
    await expect(build.finish(dir)).rejects.toThrow(/addDirectory failed:\npagefind: bad html/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalled();
  });

  it('splits a large site: each content page to its shard, records to the primary, each index its own Pagefind', async () => {
    const dir = builtSite();
    const shards = planSearchShards(pages(['a', 'b', 'c', 'd', 'e']), '/', 2, wordsOf);
    expect(shards.count).toBe(3);
    expect(new Set(shards.paths.map((path) => shards.shardOf(path)))).toEqual(new Set([1, 2, 3]));
    const pagefind = fakePagefind();
    const build = await openSearchIndex(pagefind.load, { base: '/', lang: 'en', glossary, shards });
    expect([...pagefind.instances.keys()].sort()).toEqual([0, 1, 2, 3]);
    for (const path of shards.paths) writePage(dir, path, `<main data-pagefind-body>${path}</main>`);
    const result = await build.finish(dir);
    expect(result).toEqual({ pages: 5, terms: 2, written: 4, reused: 0 });
    const globOf = (n: number) => pagefind.instance(n).index.addDirectory.mock.calls.map(([call]) => call.glob);
    for (const n of [1, 2, 3]) {
      const files = shards.paths
        .filter((path) => shards.shardOf(path) === n)
        .map((path) => `${path.slice(1)}index.html`);
      // Pages dealt in path order: no shard is empty.
      expect(files.length).toBeGreaterThan(0);
      expect(globOf(n)).toEqual([files.length === 1 ? files[0] : `{${files.join(',')}}`]);
    }
    expect(globOf(0)).toEqual([]);
    // Two glossary terms, and in every index the site's vocabulary (never a result).
    expect(pagefind.instance(0).index.addCustomRecord).toHaveBeenCalledTimes(3);
    for (const n of [0, 1, 2, 3]) {
      expect(pagefind.instance(n).index.addCustomRecord).toHaveBeenCalledWith({
        url: '/search/#vocabulary',
        content: shards.vocabulary.join(' '),
        language: 'en',
        filters: { vocabulary: ['site'] },
      });
      if (n > 0) expect(pagefind.instance(n).index.addCustomRecord).toHaveBeenCalledTimes(1);
    }
    // Words of the searchable pages and the glossary terms, not of their descriptions ("d").
    expect(shards.vocabulary).toEqual(['a', 'b', 'c', 'd', 'e', 'nvr', 'text']);
    for (const n of [0, 1, 2, 3]) {
      expect(pagefind.instance(n).index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, indexFolder(n)) });
      expect(pagefind.instance(n).close).toHaveBeenCalled();
    }
  });

  it('has Pagefind read the pages this build rendered from the built site, by a glob naming exactly them', async () => {
    const dir = builtSite();
    const shards = planSearchShards(pages(['a', 'b', 'c', 'd', 'e', 'x,y']), '/', 2, wordsOf);
    for (const path of shards.paths) writePage(dir, path, `<main data-pagefind-body>${path}</main>`);
    const pagefind = fakePagefind();
    const build = await openSearchIndex(pagefind.load, { base: '/', lang: 'en', glossary, shards });
    // A page a rebuild reuses is read from the published site, and not from the new one again.
    const published = builtSite();
    writePage(published, '/guides/a/', '<main data-pagefind-body>a</main>');
    build.addPublished(published, ['/guides/a/']);
    expect(await build.finish(dir)).toMatchObject({ pages: 6 });
    const fromPublished = pagefind.instance(shards.shardOf('/guides/a/') ?? -1).index.addDirectory.mock.calls;
    expect(fromPublished[0]?.[0]).toEqual({ path: published, glob: 'guides/a/index.html' });
    const globs = [1, 2, 3].flatMap((n) =>
      pagefind.instance(n).index.addDirectory.mock.calls.map(([call]) => [n, call.path, call.glob]),
    );
    const named = globs
      .filter(([, path]) => path === dir)
      .flatMap(([n, , glob]) =>
        String(glob)
          .replace(/^\{|\}$/g, '')
          .split(',')
          .map((file) => [n, file]),
      );
    // Each rendered page once, in its own shard's index; a name a glob would misread is handed over by its HTML.
    expect(named.map(([, file]) => file).sort()).toEqual(
      ['b', 'c', 'd', 'e'].map((slug) => `guides/${slug}/index.html`),
    );
    for (const [n, file] of named) expect(shards.shardOf(`/${String(file).replace(/index\.html$/, '')}`)).toBe(n);
    const comma = shards.shardOf('/guides/x,y/') ?? -1;
    expect(pagefind.instance(comma).index.addHTMLFile).toHaveBeenCalledWith({
      sourcePath: 'guides/x,y/index.html',
      content: '<main data-pagefind-body>/guides/x,y/</main>',
    });
  });

  it('fails when Pagefind indexed fewer built pages than it was given', async () => {
    const dir = builtSite();
    writePage(dir, '/guides/x/', '<main>no data-pagefind-body</main>');
    const pagefind = fakePagefind({ pageCount: () => 0 });
    const build = await openSearchIndex(pagefind.load, single);
    await expect(build.finish(dir)).rejects.toThrow(
      /addDirectory failed:\npagefind: Pagefind indexed 0 of the 1 pages it was given \(guides\/x\/index.html/,
    );
    expect(pagefind.instance(0).index.writeFiles).not.toHaveBeenCalled();
  });

  it('a single index needs no vocabulary record', async () => {
    expect(single.shards.vocabulary).toEqual([]);
    const pagefind = fakePagefind();
    const build = await openSearchIndex(pagefind.load, single);
    const dir = builtSite();
    writePage(dir, '/guides/x/', '<main data-pagefind-body>x</main>');
    await build.finish(dir);
    expect(pagefind.instance(0).index.addCustomRecord).not.toHaveBeenCalledWith(
      expect.objectContaining({ url: '/search/#vocabulary' }),
    );
  });

  it('fails when a searchable page is neither handed over nor built, or reached an index the rebuild copies', async () => {
    const shards = planSearchShards(pages(['a', 'b', 'c', 'd']), '/', 2, wordsOf);
    const missing = await openSearchIndex(fakePagefind().load, { base: '/', lang: 'en', shards });
    const published = builtSite();
    for (const path of shards.paths) writePage(published, path, `<main data-pagefind-body>${path}</main>`);
    missing.addPublished(published, ['/guides/a/']);
    await expect(missing.finish(builtSite())).rejects.toThrow(/3 of 4 searchable pages are not in the built site/);

    const previousDir = builtSite();
    const copied = await openSearchIndex(fakePagefind().load, {
      base: '/',
      lang: 'en',
      shards,
      reusedShards: new Set([1]),
      previousDir,
    });
    const inCopied = shards.paths.find((path) => shards.shardOf(path) === 1) ?? '';
    copied.addPublished(published, [inCopied]);
    await expect(copied.finish(builtSite())).rejects.toThrow(/handed over, but its search shard is copied unchanged/);
  });

  it('a rebuild copies the shards it reuses from the published site and indexes only the others', async () => {
    const previousDir = builtSite();
    mkdirSync(join(previousDir, 'pagefind-1', 'fragment'), { recursive: true });
    writeFileSync(join(previousDir, 'pagefind-1', 'pagefind-entry.json'), '{"shard":1}');
    writeFileSync(join(previousDir, 'pagefind-1', 'fragment', 'a.pf_fragment'), 'fragment');
    const shards = planSearchShards(pages(['a', 'b', 'c', 'd']), '/', 2, wordsOf);
    const pagefind = fakePagefind();
    const build = await openSearchIndex(pagefind.load, {
      base: '/',
      lang: 'en',
      shards,
      reusedShards: new Set([1]),
      previousDir,
    });
    expect([...pagefind.instances.keys()].sort()).toEqual([0, 2]);
    const dir = builtSite();
    for (const path of shards.paths)
      if (shards.shardOf(path) === 2) writePage(dir, path, `<main data-pagefind-body>${path}</main>`);
    const result = await build.finish(dir);
    expect(result).toMatchObject({ pages: 2, reused: 1, written: 2 });
    expect(readFileSync(join(dir, 'pagefind-1', 'pagefind-entry.json'), 'utf8')).toBe('{"shard":1}');
    expect(readFileSync(join(dir, 'pagefind-1', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('fragment');
    expect(pagefind.instance(2).index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind-2') });
  });

  it('closes every Pagefind it opened when one of them fails to open', async () => {
    const shards = planSearchShards(pages(['a', 'b', 'c', 'd']), '/', 2, wordsOf);
    const pagefind = fakePagefind();
    const load: PagefindLoader = (n) => (n === 2 ? Promise.reject(new Error('no binary')) : pagefind.load(n));
    await expect(openSearchIndex(load, { base: '/', lang: 'en', shards })).rejects.toThrow(/no binary/);
    for (const n of [0, 1]) expect(pagefind.instance(n).close).toHaveBeenCalled();
  });
});
