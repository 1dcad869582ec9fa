import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { loadContent } from '../lib/content-graph/load-content.ts';
import { selectLines } from '../lib/content-graph/mdbook-includes.ts';
import { createPageRenderer } from './render-page.ts';

describe('selectLines (mdBook line ranges and anchors)', () => {
  const text = 'Lorem\nipsum\ndolor\nsit\namet\n';
  it('takes 1-based ranges as mdBook does: :2, ::3, :2:, :2:4', () => {
    expect(selectLines(text, { start: 1, end: 2 }, false)).toBe('ipsum');
    expect(selectLines(text, { start: 0, end: 3 }, false)).toBe('Lorem\nipsum\ndolor');
    expect(selectLines(text, { start: 1, end: undefined }, false)).toBe('ipsum\ndolor\nsit\namet');
    expect(selectLines(text, { start: 1, end: 4 }, false)).toBe('ipsum\ndolor\nsit');
  });
  it('takes the first part between ANCHOR and ANCHOR_END, leaving out other anchor lines', () => {
    const anchored =
      'a\n// ANCHOR: x\nb\n// ANCHOR: y\nc\n// ANCHOR_END: y\n// ANCHOR_END: x\nd\n// ANCHOR: x\ne\n// ANCHOR_END: x\n';
    expect(selectLines(anchored, { anchor: 'x' }, false)).toBe('b\nc');
    expect(selectLines(anchored, { anchor: 'y' }, false)).toBe('c');
    expect(selectLines(anchored, { anchor: 'z' }, false)).toBeUndefined();
  });
  it('rustdoc_include shows every anchored part and leaves out lines Rust hides with "# "', () => {
    const anchored =
      'a\n// ANCHOR: x\nb\n# hidden\n#\n## shown\n// ANCHOR_END: x\nd\n// ANCHOR: x\ne\n// ANCHOR_END: x\n';
    expect(selectLines(anchored, { anchor: 'x' }, true)).toBe('b\n# shown\ne');
  });
});

const fixture = join(import.meta.dirname, '..', 'lib', 'rules', 'fixtures', 'includes');

describe('rendering a page with includes', () => {
  it('puts the included lines into the code block and the included Markdown in place of its paragraph', async () => {
    const graph = buildContentGraph(fixture, { layout: { repoRoot: fixture } });
    const render = createPageRenderer({ graph: () => graph, base: '/', siteOrigin: 'https://x.example' });
    const page = join(fixture, 'content', 'README.md');
    const { html, facts } = await render(
      [
        '```rust',
        '{{#include ../listings/main.rs:main}}',
        '```',
        '',
        '```rust',
        '{{#rustdoc_include ../listings/main.rs:6:6}}',
        '```',
        '',
        '{{#include ../listings/part.md}}',
        '',
        '\\{{#include part.md}}',
      ].join('\n'),
      page,
      {},
    );
    expect(html).not.toContain('{{#include ../listings');
    expect(html).not.toContain('ANCHOR');
    expect(html).toContain('main');
    expect(html).toContain('<p>Included text with a <a href="nowhere.md">link</a>.</p>');
    expect(html).toContain('<p>{{#include part.md}}</p>');
    expect(facts.includes.files.map((file) => file.slice(fixture.length))).toEqual([
      '/listings/main.rs',
      '/listings/main.rs',
      '/listings/part.md',
    ]);
    // The link in the included text is checked where the helper is written.
    expect(facts.links).toEqual([expect.objectContaining({ url: 'nowhere.md', line: 9, column: 1 })]);
  });
});

describe('the content cache', () => {
  const repo = mkdtempSync(join(tmpdir(), 'folio-includes-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };

  it('renders a page again when a file it includes changes', async () => {
    write('docs/index.md', '# Home\n\n```text\n{{#include ../code/out.txt}}\n```\n');
    write('code/out.txt', 'first version\n');
    const options = {
      layout: { docsDir: join(repo, 'docs'), displayRoot: repo, repoRoot: repo },
      base: '/',
      siteOrigin: 'https://x.example',
      cacheFile: join(repo, 'cache.bin'),
    };
    const first = await loadContent(repo, options);
    expect([...first.html.values()][0]?.html).toContain('first version');
    write('code/out.txt', 'second version\n');
    const second = await loadContent(repo, options);
    expect(second.rendered).toBe(1);
    expect([...second.html.values()][0]?.html).toContain('second version');
  });
});
