import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadPage } from '../lib/content-graph/load-page.ts';
import { checklistRecords, glossaryRecords, openSearchIndex, type PagefindApi } from './search-index.ts';
import { outputFileOf } from '../lib/urls.ts';

const glossaryHtml = `<main><dl class="glossary"><dt id="nvr">NVR <a class="heading-link" href="#nvr">#</a></dt><dd><p>Name, version, release.</p></dd><dt id="svirt">sVirt</dt><dd><p>SELinux for guests.</p></dd></dl></main>`;

function fakePagefind(overrides: { addErrors?: string[] } = {}) {
  const index = {
    addHTMLFile: vi.fn(() => Promise.resolve({ errors: overrides.addErrors ?? [] })),
    addCustomRecord: vi.fn(() => Promise.resolve({ errors: [] })),
    writeFiles: vi.fn(() => Promise.resolve({ errors: [], outputPath: 'x' })),
  };
  const close = vi.fn(() => Promise.resolve(null));
  const api: PagefindApi = { createIndex: vi.fn(() => Promise.resolve({ errors: [], index })), close };
  return { api, index, close };
}

function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-search-'));
  mkdirSync(join(dir, 'glossary'));
  writeFileSync(join(dir, 'glossary', 'index.html'), glossaryHtml);
  return dir;
}

describe('search index integration', () => {
  it('reads each glossary term and its definition from the built page', () => {
    expect(glossaryRecords(glossaryHtml)).toEqual([
      { id: 'nvr', title: 'NVR', text: 'NVR. Name, version, release.' },
      { id: 'svirt', title: 'sVirt', text: 'sVirt. SELinux for guests.' },
    ]);
  });

  it('indexes each page handed to it, adds one record per term, writes to pagefind/ and closes', async () => {
    const dir = builtSite();
    const { api, index, close } = fakePagefind();
    const build = await openSearchIndex(api);
    build.addPage('guides/x/index.html', '<main data-pagefind-body>x</main>');
    build.addPage('index.html', '<main>home</main>');
    expect(close).not.toHaveBeenCalled();
    expect(await build.finish(dir)).toEqual({ pages: 2, terms: 2, records: 0 });
    expect(index.addHTMLFile).toHaveBeenCalledWith({
      sourcePath: 'guides/x/index.html',
      content: '<main data-pagefind-body>x</main>',
    });
    expect(index.addCustomRecord).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/glossary/#svirt', filters: { section: ['Glossary'] } }),
    );
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
    expect(close).toHaveBeenCalled();
  });

  it('names each page by its output file, as indexing the folder would, under any base path', () => {
    expect(outputFileOf('/', '/')).toBe('index.html');
    expect(outputFileOf('/guides/a/b/', '/')).toBe('guides/a/b/index.html');
    expect(outputFileOf('/handbook/', '/handbook/')).toBe('index.html');
    expect(outputFileOf('/handbook/essays/x/', '/handbook/')).toBe('essays/x/index.html');
    expect(outputFileOf('/404.html', '/')).toBe('404.html');
    expect(outputFileOf('/tags/caf%C3%A9/', '/')).toBe('tags/café/index.html');
  });

  it('fails when no page reached the index, rather than writing an empty one', async () => {
    const { api, index, close } = fakePagefind();
    const build = await openSearchIndex(api);
    await expect(build.finish(builtSite())).rejects.toThrow(/no page reached the index/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalled();
  });

  it('makes one record per checklist item, deep-linking to it with its section and tags', () => {
    const { page } = loadPage(
      'content/checklists/x.md',
      '/c/content/checklists/x.md',
      { collection: 'checklists', slug: 'x' },
      '---\ntitle: Bug report\ndescription: d\ntags: [bugs]\n---\n- [ ] Attach the guest XML\n',
    );
    expect(checklistRecords([page])).toEqual([
      {
        url: '/checklists/x/#item-attach-the-guest-xml',
        content: 'Attach the guest XML',
        meta: { title: 'Bug report: Attach the guest XML', section: 'Checklists' },
        filters: { section: ['Checklists'], tag: ['bugs'] },
      },
    ]);
  });

  it('fails the build on a Pagefind error, and still closes the service', async () => {
    const { api, index, close } = fakePagefind({ addErrors: ['bad html'] });
    const build = await openSearchIndex(api);
    build.addPage('guides/x/index.html', '<main>x</main>');
    await expect(build.finish(builtSite())).rejects.toThrow(/addHTMLFile failed:\nguides\/x\/index.html: bad html/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalled();
  });
});
