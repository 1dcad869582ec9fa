import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { createPageRenderer } from './render-page.ts';
import { rewriteRawHtml } from './rehype-resolve-raw-links.ts';

const site = join(import.meta.dirname, 'fixtures', 'remark-resolve-links', '_site');
const graph = buildContentGraph(site, { layout: { glossary: 'glossary' } });
const start = join(site, 'content', 'guides', 'start.md');

describe('rehype-resolve-raw-links', () => {
  it('rewrites <a href> and <img src> in raw HTML to the site URLs they resolve to, keeping the rest', async () => {
    const render = createPageRenderer({ graph: () => graph, base: '/handbook/', siteOrigin: 'https://x.example' });
    const body = [
      '<a href="../checklists/other.md#Logs" title="t">other</a> and <A HREF=\'deep/\'>deep</A>',
      '',
      '<p><img src="img/diagram.png" alt="D"> <a href="https://example.org/">web</a> <a href="gone.md">gone</a></p>',
    ].join('\n');
    const { html, facts } = await render(body, start, {});
    expect(html).toContain('<a href="/handbook/checklists/other/#logs" title="t">other</a>');
    expect(html).toContain('<A HREF="/handbook/guides/deep/">deep</A>');
    expect(html).toContain('<img src="/handbook/guides/img/diagram.png" alt="D">');
    expect(html).toContain('<a href="https://example.org/">web</a> <a href="gone.md">gone</a>');
    // The facts keep the URLs as written, where they are written: the content check resolves those.
    expect(facts.rawHtml.links.map(({ url, line, column, image }) => [url, line, column, image])).toEqual([
      ['../checklists/other.md#Logs', 1, 4, false],
      ['deep/', 1, 66, false],
      ['img/diagram.png', 3, 9, true],
      ['https://example.org/', 3, 43, false],
      ['gone.md', 3, 82, false],
    ]);
  });

  it('never writes a URL the raw-HTML policy would refuse, and escapes what it writes', () => {
    expect(rewriteRawHtml('<a href="x.md">x</a>', () => 'javascript:alert(1)')).toBe('<a href="x.md">x</a>');
    expect(rewriteRawHtml('<img src="a.png">', () => 'https://elsewhere.example/a.png')).toBe('<img src="a.png">');
    expect(rewriteRawHtml('<a href=x.md>x</a>', () => '/a/?q="1"&b')).toBe('<a href="/a/?q=&quot;1&quot;&amp;b">x</a>');
  });
});
