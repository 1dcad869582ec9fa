/**
 * The raw-HTML policy as the build applies it: the build judges each page's final tree (rehype-html-policy), the
 * check the tree Markdown converts to. On every fixture page they must find the same problems at the same
 * places, so what `npm run check` passes the build passes, and what it refuses the build refuses. And what the
 * build does emit for a page it accepts must hold nothing outside the allow-list when a browser parses it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContentGraph } from '../content-graph/graph.ts';
import { loadContent } from '../content-graph/load-content.ts';
import { validateContent } from '../rules/index.ts';
import { formatProblem } from '../problems.ts';
import { isAllowedElement } from './allowed-html.ts';

const fixture = join(import.meta.dirname, '..', 'rules', 'fixtures', 'unsafe-html');
const options = { base: '/', siteOrigin: 'https://handbook.example' };

describe('raw-HTML policy in the build', () => {
  // The build's own loader: every page parsed, rendered and judged on its final tree, as `npm run build` does.
  let built: Awaited<ReturnType<typeof loadContent>>;
  beforeAll(async () => {
    built = await loadContent(fixture, options);
  }, 60_000);

  it('finds on the rendered pages exactly what the check finds', () => {
    const checked = validateContent(buildContentGraph(fixture)).map((problem) => formatProblem(problem));
    const rendered = validateContent(built.graph).map((problem) => formatProblem(problem));
    expect(rendered).toEqual(checked);
    expect(rendered.filter((line) => line.includes(': error: raw HTML')).length).toBeGreaterThan(40);
  });

  it('publishes pages it accepts with no element outside the allow-list, as a browser parses them', () => {
    const { graph, html } = built;
    const page = graph.pages.find((candidate) => candidate.file.endsWith('/allowed.md'))!;
    expect(page.markdown.rawHtml.problems).toEqual([]);
    const body = html.get(page.absPath)!.html;
    const tags = new Set<string>();
    const stack: DefaultTreeAdapterMap['node'][] = [parse(body)];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if ('tagName' in node) tags.add(node.tagName);
      if ('childNodes' in node) stack.push(...node.childNodes);
    }
    for (const wrapper of ['html', 'head', 'body']) tags.delete(wrapper);
    expect([...tags].filter((tag) => !isAllowedElement(tag))).toEqual([]);
    expect(tags).toContain('details');
    expect(body).toContain('<a id="old-anchor"></a>');
  });

  it('gives every fixture page of the policy a problem, except the allowed one', () => {
    const pages = readdirSync(join(fixture, 'content', 'guides'));
    const graph = buildContentGraph(fixture);
    for (const name of pages) {
      const page = graph.pages.find((candidate) => candidate.file.endsWith(`/${name}`))!;
      const raw = readFileSync(page.absPath, 'utf8');
      const found = page.markdown.rawHtml.problems.length + (raw.includes('](') ? 1 : 0);
      if (name === 'allowed.md') expect(page.markdown.rawHtml.problems, name).toEqual([]);
      else if (name !== 'unclosed-inline-comment.md') expect(found, name).toBeGreaterThan(0);
    }
  });
});

describe('raw HTML the build leaves out', () => {
  it('publishes mdBook markup without its classes, styles and component tags, keeping the content', async () => {
    const site = join(import.meta.dirname, '..', 'rules', 'fixtures', 'html-style');
    const { graph, html } = await loadContent(site, options);
    const page = graph.pages[0]!;
    // The check and the build agree, and only the script and the event handler are errors.
    expect(validateContent(graph).map((problem) => formatProblem(problem))).toEqual(
      validateContent(buildContentGraph(site)).map((problem) => formatProblem(problem)),
    );
    const body = html.get(page.absPath)!.html;
    expect(body).toContain('<div>\n<p>Careful: this is a warning box.</p>\n</div>');
    expect(body).toContain('<span>fn</span>');
    expect(body).toContain('<img src="/pic.png" alt="A picture">');
    expect(body).toContain('The value is  when unset.');
    expect(body).not.toMatch(/class="(?:warning|keyword|x)"|style=|<\/?listing|<\/?nil/i);
    expect(body).toContain('fn');
    expect(body).toContain('<pre');
  });
});
