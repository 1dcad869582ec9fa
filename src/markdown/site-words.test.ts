/**
 * The words the Markdown pipeline writes itself (callout names, self-link labels) are the site's: a config that
 * overrides them gets them in every page, from the main thread and from the render workers, and changing one
 * renders the cached pages again.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownStrings, uiStrings } from '../config/ui-strings.ts';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { loadContent } from '../lib/content-graph/load-content.ts';
import { createPageRenderer } from './render-page.ts';

const german = markdownStrings(
  uiStrings({
    'callout.note': 'Hinweis',
    'links.toSection': 'Link zum Abschnitt: {name}',
    'links.copyToSection': 'Link kopieren: {name}',
    'links.external': '(andere Website)',
  }),
);
// Any graph will do: the page links nowhere.
const site = join(import.meta.dirname, 'fixtures', 'remark-resolve-links', '_site');
const graph = buildContentGraph(site, { layout: { glossary: 'glossary' } });
const start = join(site, 'content', 'guides', 'start.md');
const page = '---\ntitle: X\n---\n\n:::note\nKurz.\n:::\n\n## Protokolle\n\n[Text](https://example.org/).\n';

function project(files: number): string {
  const root = mkdtempSync(join(tmpdir(), 'folio-words-'));
  mkdirSync(join(root, 'content', 'guides'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(root, 'content', 'guides', `p${i}.md`), page);
  return root;
}

describe("the Markdown pipeline's own words", () => {
  it('are English by default', async () => {
    const render = createPageRenderer({ graph: () => graph, base: '/', siteOrigin: 'https://x.example' });
    const { html } = await render(page.split('---\n')[2]!, start, {});
    expect(html).toContain('<aside class="callout callout-note" aria-label="Note"><p class="callout-title">Note</p>');
    expect(html).toContain(
      'aria-label="Link to section: Protokolle" data-copy-label="Copy link to section: Protokolle"',
    );
  });

  it("are the site's when its config overrides them", async () => {
    const render = createPageRenderer({
      graph: () => graph,
      base: '/',
      siteOrigin: 'https://x.example',
      ui: german,
    });
    const { html } = await render(page.split('---\n')[2]!, start, {});
    expect(html).toContain(
      '<aside class="callout callout-note" aria-label="Hinweis"><p class="callout-title">Hinweis</p>',
    );
    expect(html).toContain('aria-label="Link zum Abschnitt: Protokolle" data-copy-label="Link kopieren: Protokolle"');
    expect(html).toContain('<span class="visually-hidden"> (andere Website)</span>');
    expect(html).not.toMatch(/Note|Link to section|external site/);
  });

  it('reach the render workers, and a changed string renders cached pages again', async () => {
    // 60 files: enough that loadContent renders them on worker threads (src/lib/content-graph/load-content.ts).
    const root = project(60);
    const cacheFile = join(root, 'cache.v8');
    const options = { base: '/', siteOrigin: 'https://x.example', cacheFile };
    const english = await loadContent(root, options);
    expect(english.rendered).toBe(60);
    expect([...english.html.values()].every(({ html }) => html.includes('aria-label="Note"'))).toBe(true);
    const translated = await loadContent(root, { ...options, ui: german });
    expect(translated.rendered).toBe(60);
    for (const { html } of translated.html.values()) {
      expect(html).toContain('<p class="callout-title">Hinweis</p>');
      expect(html).toContain('data-copy-label="Link kopieren: Protokolle"');
    }
    expect((await loadContent(root, { ...options, ui: german })).rendered).toBe(0);
  });
});
