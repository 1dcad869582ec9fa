import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { CodeHostRepository } from '../lib/code-host.ts';
import { loadContent } from '../lib/content-graph/load-content.ts';
import remarkParseNative from './remark-parse-native.ts';
import remarkSectionSources from './remark-section-sources.ts';

const docsDir = join('/repo', 'docs');
const github: CodeHostRepository = { url: 'https://github.com/o/r', branch: 'trunk', path: 'docs' };
const markdown = '# Title\n\n## Logs\n\nWhere they are.\n';

/** The section links the plugin finds for `markdown` in the file at `path`, as "line url". */
async function sources(
  repository: CodeHostRepository | undefined,
  path = join(docsDir, 'guides', 'a.md'),
  frontmatter: Record<string, unknown> = {},
): Promise<string[] | undefined> {
  const processor = unified()
    .use(remarkParseNative)
    .use(remarkSectionSources, { repository, docsDir: () => docsDir });
  const file = new VFile({ value: markdown, path, data: { astro: { frontmatter } } });
  await processor.run(processor.parse(file), file);
  const found = file.data.sectionSources;
  return found && [...found].map(([line, source]) => `${line} ${source.url}`);
}

describe('remark-section-sources', () => {
  it('links each section to its lines in the file on the code host', async () => {
    expect(await sources(github)).toEqual(['3 https://github.com/o/r/blob/trunk/docs/guides/a.md#L3-L5']);
  });

  it('links nothing without a repository, on a code host it does not know, or for a file outside the docs', async () => {
    expect(await sources(undefined)).toBeUndefined();
    expect(await sources({ ...github, url: 'https://git.example.org/o/r' })).toBeUndefined();
    expect(await sources(github, join('/repo', 'src', 'a.md'))).toBeUndefined();
  });

  it('links nothing on a page whose front matter sends "Edit this page" elsewhere', async () => {
    expect(await sources(github, undefined, { custom_edit_url: 'https://example.org/edit' })).toBeUndefined();
    expect(await sources(github, undefined, { custom_edit_url: null })).toBeUndefined();
    expect(await sources(github, undefined, { title: 'Logs' })).toHaveLength(1);
  });
});

describe('section source links in a build', () => {
  it('reach the render workers, and a changed repository renders cached pages again', async () => {
    // 60 files: enough that loadContent renders them on worker threads (src/lib/content-graph/load-content.ts).
    const root = mkdtempSync(join(tmpdir(), 'folio-sources-'));
    try {
      const docs = join(root, 'content');
      mkdirSync(join(docs, 'guides'), { recursive: true });
      const page = '---\ntitle: A page\n---\n\n## Logs\n\nWhere they are.\n';
      for (let i = 0; i < 60; i++) writeFileSync(join(docs, 'guides', `p${i}.md`), page);
      const options = { base: '/', siteOrigin: 'https://x.example', cacheFile: join(root, 'cache.v8') };
      const built = await loadContent(root, { ...options, layout: { docsDir: docs, repository: github } });
      expect(built.rendered).toBe(60);
      expect(built.html.get(join(docs, 'guides', 'p7.md'))?.html).toContain(
        'href="https://github.com/o/r/blob/trunk/docs/guides/p7.md#L5-L7"',
      );
      const moved = { ...github, branch: 'main' };
      const rebuilt = await loadContent(root, { ...options, layout: { docsDir: docs, repository: moved } });
      expect(rebuilt.rendered).toBe(60);
      expect(rebuilt.html.get(join(docs, 'guides', 'p7.md'))?.html).toContain('/blob/main/docs/guides/p7.md#L5-L7"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
