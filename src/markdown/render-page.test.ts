/**
 * One renderer serves many pages at once (a render worker keeps two in flight, so a page waiting for its
 * diagram does not hold up the next): each render's facts are its own page's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { mayHoldDiagram } from '../lib/content-graph/diagram-facts.ts';
import { createPageRenderer } from './render-page.ts';

// Any graph will do: the pages link nowhere.
const site = join(import.meta.dirname, 'fixtures', 'remark-resolve-links', '_site');
const graph = buildContentGraph(site, { layout: { glossary: 'glossary' } });
const start = join(site, 'content', 'guides', 'start.md');

describe('a page renderer', () => {
  it('keeps the facts of overlapping renders apart', async () => {
    const render = createPageRenderer({ graph: () => graph, base: '/', siteOrigin: 'https://x.example' });
    const bodies = Array.from({ length: 6 }, (_, i) => `# Page ${i}\n\n## Part ${i}\n\nText ${i}.\n`);
    const rendered = await Promise.all(bodies.map((body) => render(body, start, {})));
    rendered.forEach(({ html, facts }, i) => {
      expect(facts.headings.map((heading) => heading.text)).toEqual([`Page ${i}`, `Part ${i}`]);
      expect(html).toContain(`Text ${i}.`);
    });
  });
});

describe('the diagram hint that orders renders', () => {
  it('sees a Mermaid fence, with backticks or tildes, indented or not, in any case', () => {
    expect(mayHoldDiagram('Intro\n\n```mermaid\ngraph TD\n```\n')).toBe(true);
    expect(mayHoldDiagram('- item\n\n  ~~~~ Mermaid title="x"\n  graph TD\n  ~~~~\n')).toBe(true);
  });

  it('does not see one in prose or in another language', () => {
    expect(mayHoldDiagram('We draw diagrams with mermaid.\n\n```mermaidish\n```\n```js\nmermaid()\n```\n')).toBe(false);
  });
});
