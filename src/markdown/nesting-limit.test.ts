/**
 * Deep nesting of every shape is reported at its line, by the check and by the build's loader, and never reaches
 * code that recurses once per level (the parser, remark-rehype, rehype-stringify). Pages are generated here: the
 * deepest would be megabytes as fixtures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { loadContent } from '../lib/content-graph/load-content.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { validateContent } from '../lib/rules/index.ts';
import { maxMarks } from './nesting-limit.ts';
import { createPageRenderer } from './render-page.ts';

const front = '---\ntitle: Deep\ndescription: A page that nests too deep.\n---\n\nIntro.\n\n';
/** Body lines start on line 8. */
const firstBodyLine = 8;

const indentedList = (levels: number) =>
  Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- level ${level}\n`).join('');

/** Each shape, and the line where the check must report it. */
const tooDeep: Record<string, { body: string; line: number }> = {
  // The 50th item's paragraph is the 101st node down: a list and its item take a level each.
  'list-1000-levels': { body: indentedList(1000), line: firstBodyLine + 49 },
  'list-markers-on-one-line': { body: `${'- '.repeat(1000)}a\n`, line: firstBodyLine },
  'ordered-list': {
    body: Array.from({ length: 1000 }, (_, level) => `${'   '.repeat(level)}1. a\n`).join(''),
    line: firstBodyLine + 49,
  },
  'quote-2000-levels': { body: `${'>'.repeat(2000)} a\n`, line: firstBodyLine },
  'quote-deepening-by-line': {
    body: Array.from({ length: 2000 }, (_, level) => `${'> '.repeat(level + 1)}a\n`).join(''),
    line: firstBodyLine + 98,
  },
  'emphasis-5000-levels': { body: `${'*a '.repeat(5000)}b${' c*'.repeat(5000)}\n`, line: firstBodyLine },
  'strong-5000-levels': { body: `${'**a '.repeat(5000)}b${' c**'.repeat(5000)}\n`, line: firstBodyLine },
  'strikethrough-5000-levels': { body: `${'~~a '.repeat(5000)}b${' c~~'.repeat(5000)}\n`, line: firstBodyLine },
  'emphasis-across-lines': { body: `${'*a\n'.repeat(5000)}b\n${'c*\n'.repeat(5000)}`, line: firstBodyLine + 98 },
  'callouts-300-levels': {
    body: `${Array.from({ length: 300 }, (_, level) => `${':'.repeat(303 - level)}note\n`).join('')}x\n`,
    line: firstBodyLine + 100,
  },
  // Past what the parser itself can take (it crashes the process at about 500,000 levels): refused unparsed.
  'emphasis-500000-levels': { body: `${'*a '.repeat(500_000)}b${' c*'.repeat(500_000)}\n`, line: firstBodyLine },
  'quote-1000000-levels': { body: `${'>'.repeat(1_000_000)} a\n`, line: firstBodyLine },
  // Raw HTML is one Markdown node however deep its elements go: counted on the text, one block or many.
  'raw-html-20000-divs': { body: `${'<div>'.repeat(20_000)}a${'</div>'.repeat(20_000)}\n`, line: firstBodyLine },
  'raw-html-across-blocks': {
    body: Array.from({ length: 150 }, () => '<section>\n\n').join(''),
    line: firstBodyLine + 2 * 100,
  },
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'folio-nesting-'));
  mkdirSync(join(root, 'content', 'guides'), { recursive: true });
  writeFileSync(
    join(root, 'content', 'index.md'),
    `---\ntitle: Home\ndescription: Home.\n---\n\n${Object.keys(tooDeep)
      .map((name) => `[${name}](guides/${name}.md)`)
      .join('\n')}\n\n[fine](guides/nested-fine.md)\n`,
  );
  for (const [name, { body }] of Object.entries(tooDeep))
    writeFileSync(join(root, 'content', 'guides', `${name}.md`), front + body);
  // Well inside the limit: a list 40 levels deep with emphasis and a link in its deepest item.
  writeFileSync(
    join(root, 'content', 'guides', 'nested-fine.md'),
    `${front}${indentedList(40)}${'  '.repeat(40)}- *very **deep** [home](../index.md)*\n\n` +
      // Deep enough for any page, with elements that need no end tag (p, li, td) left open as HTML allows.
      `${'<div><p>a<ul><li>b'.repeat(40)}${'</ul></div>'.repeat(40)}\n`,
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const expectedErrors = Object.entries(tooDeep)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, { line }]) => `content/guides/${name}.md:${line}`);
/** Where each error of the check stands, and that it says how to fix it. */
const errorsOf = (problems: readonly Problem[]) =>
  problems
    .filter((problem) => problem.severity === 'error' && problem.hint)
    .map((problem) => `${problem.file}:${problem.line}`);

describe('nesting deeper than the limit', () => {
  it('is reported by the check for every shape, at its line, with every other problem', () => {
    expect(errorsOf(validateContent(buildContentGraph(root)))).toEqual(expectedErrors);
  });

  it("is reported by the build's loader, which renders nothing of such a page", async () => {
    const loaded = await loadContent(root, { base: '/', siteOrigin: 'https://example.org' });
    expect(errorsOf(validateContent(loaded.graph))).toEqual(expectedErrors);
    for (const name of Object.keys(tooDeep))
      expect(loaded.html.get(join(root, 'content', 'guides', `${name}.md`))?.html).toBe('');
    expect(loaded.html.get(join(root, 'content', 'guides', 'nested-fine.md'))?.html).toContain('<strong>deep</strong>');
  });

  it('never reaches the renderer: a page past the limit renders empty instead of overflowing the stack', async () => {
    const render = createPageRenderer({
      graph: () => ({ root, docsDir: root, pages: [], byAbsPath: new Map(), assets: new Set(), repository: undefined }),
      base: '/',
      siteOrigin: 'https://example.org',
    });
    for (const { body } of Object.values(tooDeep)) expect((await render(front + body, 'x.md', {})).html).toBe('');
  });

  it('leaves text with many marks alone when they are spread over blocks or sit in code', () => {
    const spread = `${'Some *emphasis* and a [link](../index.md) here.\n\n'.repeat(3000)}\`\`\`text\n${'*_~['.repeat(maxMarks)}\n\`\`\`\n`;
    writeFileSync(join(root, 'content', 'guides', 'many-marks.md'), `${front}${spread}`);
    const problems = validateContent(buildContentGraph(root)).map((problem) => formatProblem(problem));
    expect(
      problems.filter((problem) => problem.startsWith('content/guides/many-marks.md') && problem.includes('error')),
    ).toEqual([]);
  });
});
