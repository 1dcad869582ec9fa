import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFile } from './front-matter.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { sectionLines } from './section-lines.ts';
import type { IncludeScope } from './mdbook-includes.ts';

/** Each section as "id start-end", in document order, from a whole file (front matter blanked as the build does). */
function sections(raw: string, includes?: IncludeScope): string[] {
  const { body } = splitFile(raw);
  const { tree } = parseMarkdown(body, includes);
  return [...sectionLines(tree, body)].map(
    ([heading, { start, end }]) => `${String(heading.data?.hProperties?.['id'])} ${start}-${end}`,
  );
}

describe('the lines of each section', () => {
  it('are file lines, front matter included, from the heading to the line before the next h2', () => {
    const raw = ['---', 'title: T', 'tags: [a]', '---', '', '## One', '', 'Text.', '', '## Two', '', 'More.', ''];
    expect(sections(raw.join('\n'))).toEqual(['one 6-8', 'two 10-12']);
  });

  it('end an h3 at the next h2 or h3, and an h2 only at the next h2 (or h1)', () => {
    const raw = ['## A', 'a', '### A.1', 'a1', '#### deep', 'd', '### A.2', 'a2', '## B', 'b', '# Part', 'p'];
    expect(sections(raw.join('\n'))).toEqual(['a 1-8', 'a1 3-6', 'a2 7-8', 'b 9-10']);
  });

  it('run the last section to the end of the file, without its trailing blank lines', () => {
    expect(sections('## Last\n\nText.\n\n\n')).toEqual(['last 1-3']);
    expect(sections('## Last\n\nNo final newline.')).toEqual(['last 1-3']);
    expect(sections('## Alone\n')).toEqual(['alone 1-1']);
  });

  it('do not count a "#" line in a code block as a heading', () => {
    const raw = ['## Setup', '', '```bash', '## a comment', 'make', '```', '', '## Run', 'go'];
    expect(sections(raw.join('\n'))).toEqual(['setup 1-6', 'run 8-9']);
  });

  describe('with an mdBook include', () => {
    const root = mkdtempSync(join(tmpdir(), 'folio-sections-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('give headings from the included file no lines, and let them end no section', () => {
      writeFileSync(join(root, 'part.md'), '## Included\n\nFrom elsewhere.\n\n## Also included\n');
      const page = join(root, 'page.md');
      const raw = ['## Before', '', '{{#include part.md}}', '', 'After the include.', '', '## After', 'x'].join('\n');
      writeFileSync(page, raw);
      expect(sections(raw, { page, boundary: root })).toEqual(['before 1-5', 'after 7-8']);
    });
  });
});
