import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadPage } from '../lib/content-graph/load-page.ts';
import { buildSearchIndex, checklistRecords, glossaryRecords, type PagefindApi } from './search-index.ts';

const glossaryHtml = `<main><dl class="glossary"><dt id="nvr">NVR <a class="heading-link" href="#nvr">#</a></dt><dd><p>Name, version, release.</p></dd><dt id="svirt">sVirt</dt><dd><p>SELinux for guests.</p></dd></dl></main>`;

function fakePagefind(overrides: { addDirectoryErrors?: string[] } = {}) {
  const index = {
    addDirectory: vi.fn(() => Promise.resolve({ errors: overrides.addDirectoryErrors ?? [], page_count: 12 })),
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

  it('indexes the directory, adds one record per term, writes to pagefind/ and closes', async () => {
    const dir = builtSite();
    const { api, index, close } = fakePagefind();
    expect(await buildSearchIndex(api, dir)).toEqual({ pages: 12, terms: 2, records: 0 });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: dir });
    expect(index.addCustomRecord).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/glossary/#svirt', filters: { section: ['Glossary'] } }),
    );
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
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
    const { api, close } = fakePagefind({ addDirectoryErrors: ['bad html'] });
    await expect(buildSearchIndex(api, builtSite())).rejects.toThrow(/addDirectory failed:\nbad html/);
    expect(close).toHaveBeenCalled();
  });
});
