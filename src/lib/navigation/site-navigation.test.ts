import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContentGraph } from '../content-graph/graph.ts';
import { buildSiteNavigation, type SiteNavigationOptions } from './site-navigation.ts';
import { readSummaries } from './summary-files.ts';
import { navFor, viewLinks } from './tree.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A docs folder with these files, and the site navigation the build would make of it. */
function site(files: Record<string, string>, options: Partial<SiteNavigationOptions> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'folio-nav-'));
  made.push(root);
  const docsDir = join(root, 'docs');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(docsDir, file)), { recursive: true });
    writeFileSync(join(docsDir, file), text);
  }
  const layout = { docsDir, displayRoot: root, glossary: options.glossary };
  const graph = buildContentGraph(root, { layout });
  const navigation = buildSiteNavigation(graph.pages, {
    docsDir,
    sections: [],
    glossary: undefined,
    summaries: readSummaries(layout),
    ...options,
  });
  return { graph, navigation, order: navigation.order.map((page) => page.path) };
}

describe('site navigation', () => {
  it('follows a root SUMMARY.md across sections, and SUMMARY.md itself is no page', () => {
    const { graph, order, navigation } = site({
      'README.md': '# Home\n',
      'SUMMARY.md': '[Home](README.md)\n\n- [Zed](z/last.md)\n  - [Deep](z/deep/inner.md)\n- [Alpha](a/one.md)\n',
      'a/one.md': '# One\n',
      'a/two.md': '# Two\n',
      'z/last.md': '# Last\n',
      'z/deep/inner.md': '# Inner\n',
    });
    expect(graph.pages.map((page) => page.file)).not.toContain('docs/SUMMARY.md');
    expect(order).toEqual(['/', '/z/last/', '/z/deep/inner/', '/a/one/', '/a/two/']);
    // Previous/next cross from one section to the next, as in an mdBook.
    expect(navigation.neighbours.get('/z/deep/inner/')?.next?.path).toBe('/a/one/');
    expect(navigation.neighbours.get('/a/one/')?.prev?.path).toBe('/z/deep/inner/');
  });

  it('reads an mdBook kept whole in the docs folder: src/SUMMARY.md orders the src section', () => {
    const { order } = site({
      'README.md': '# Book\n',
      'src/SUMMARY.md': '- [Intro](intro.md)\n- [Guide](guide/README.md)\n  - [Setup](guide/setup.md)\n',
      'src/guide/setup.md': '# Setup\n',
      'src/guide/README.md': '# Guide\n',
      'src/intro.md': '# Intro\n',
    });
    expect(order).toEqual(['/', '/src/intro/', '/src/guide/', '/src/guide/setup/']);
  });

  it('without a summary, orders by front matter, then README first and titles; labels by sidebar_label', () => {
    const { order, navigation } = site({
      'guide/README.md': '# Guide\n',
      'guide/b.md': '---\nweight: 1\nsidebar_label: Bee\n---\n# Bravo\n',
      'guide/a.md': '# Alpha\n',
      'guide/c.md': '---\nsidebar_position: 0\n---\n# Charlie\n',
    });
    expect(order).toEqual(['/guide/', '/guide/c/', '/guide/b/', '/guide/a/']);
    const labels = navigation.order.map((page) => page.label);
    expect(labels).toEqual(['Guide', 'Charlie', 'Bee', 'Alpha']);
  });

  it('lets the config order sections before the summary does', () => {
    const { order } = site(
      {
        'SUMMARY.md': '- [A](a/x.md)\n- [B](b/x.md)\n',
        'a/x.md': '# A\n',
        'b/x.md': '# B\n',
      },
      { sections: [{ folder: 'b' }, { folder: 'a' }] },
    );
    expect(order).toEqual(['/b/x/', '/a/x/']);
  });

  it('gives a glossary one page, without its terms, even when the folder has no index', () => {
    const { order, navigation } = site(
      { 'guide/x.md': '# X\n', 'words/api.md': '# API\n', 'words/cli.md': '# CLI\n' },
      { glossary: 'words', sections: [{ folder: 'words', label: 'Words' }] },
    );
    expect(order).toEqual(['/words/', '/guide/x/']);
    const view = navFor(navigation.tree, '/words/');
    expect(view.list.items).toContainEqual({ kind: 'page', label: 'Words', path: '/words/', current: true });
    expect(viewLinks(view)).not.toContain('/words/api/');
  });
});
