import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems.ts';
import { parseSummary, summaryChapters, summaryFiles, type SummaryChapter, type SummaryEntry } from './summary.ts';

const book = `# Summary

[Introduction](README.md)
[Fore word](fore%20word.md)

---

# User Guide

- [Installation](guide/installation.md)
- [Reading *books*](./guide/reading.md)
    - [Sub](guide/sub.md#part)
    - [Draft]()

# Reference

* [CLI](<cli/the tool.md>)

---

[Contributors](misc/contributors.md)
`;

/** Entries without positions, so a test reads as the outline it checks. */
function outline(entries: readonly SummaryEntry[]): unknown[] {
  return entries.map((entry) => {
    if (entry.kind === 'separator') return '---';
    if (entry.kind === 'part') return `# ${entry.title}`;
    return chapterOutline(entry);
  });
}
function chapterOutline(chapter: SummaryChapter): unknown {
  const head = `${chapter.role}${chapter.number ? ` ${chapter.number.join('.')}.` : ''} ${chapter.title} -> ${chapter.file ?? '(draft)'}`;
  return chapter.children.length ? [head, chapter.children.map(chapterOutline)] : head;
}

describe('parseSummary', () => {
  it('reads every kind of entry in document order, with decoded, normalised file paths', () => {
    const { summary, problems } = parseSummary(book, 'content/SUMMARY.md');
    expect(problems).toEqual([]);
    expect(summary.title).toBe('Summary');
    expect(outline(summary.entries)).toEqual([
      'prefix Introduction -> README.md',
      'prefix Fore word -> fore word.md',
      '---',
      '# User Guide',
      'numbered 1. Installation -> guide/installation.md',
      [
        'numbered 2. Reading books -> guide/reading.md',
        ['numbered 2.1. Sub -> guide/sub.md', 'numbered 2.2. Draft -> (draft)'],
      ],
      '# Reference',
      // mdBook numbers chapters on across parts.
      'numbered 3. CLI -> cli/the tool.md',
      '---',
      'suffix Contributors -> misc/contributors.md',
    ]);
  });

  it('gives each entry its line and column in SUMMARY.md', () => {
    const chapters = summaryChapters(parseSummary(book, 'SUMMARY.md').summary);
    const at = (title: string) => chapters.find((chapter) => chapter.title === title);
    expect(at('Introduction')).toMatchObject({ line: 3, column: 1 });
    expect(at('Fore word')).toMatchObject({ line: 4, column: 1 });
    expect(at('Sub')).toMatchObject({ line: 12, column: 7 });
    const part = parseSummary(book, 'SUMMARY.md').summary.entries.find((entry) => entry.kind === 'part');
    expect(part).toMatchObject({ title: 'User Guide', line: 8, column: 1 });
  });

  it('lists the files in reading order, once each, relative to the docs folder', () => {
    const { summary } = parseSummary(`${book}\n[Again](README.md)\n`, 'SUMMARY.md');
    expect(summaryFiles(summary, 'book')).toEqual([
      'book/README.md',
      'book/fore word.md',
      'book/guide/installation.md',
      'book/guide/reading.md',
      'book/guide/sub.md',
      'book/cli/the tool.md',
      'book/misc/contributors.md',
    ]);
  });

  it('takes a summary without a title heading, starting with chapters', () => {
    const { summary, problems } = parseSummary('- [One](one.md)\n- [Two](two.md)\n', 'SUMMARY.md');
    expect(problems).toEqual([]);
    expect(summary.title).toBeUndefined();
    expect(outline(summary.entries)).toEqual(['numbered 1. One -> one.md', 'numbered 2. Two -> two.md']);
  });

  it('reports a list item without a link at its position and keeps its text as a draft', () => {
    const { summary, problems } = parseSummary('# Summary\n\n- [One](one.md)\n- Not a link\n', 'content/SUMMARY.md');
    expect(problems.map((problem) => formatProblem(problem))).toEqual([
      'content/SUMMARY.md:4:1: error: list item "Not a link" has no link\n' +
        '  hint: write each item as `- [Title](file.md)`, or `- [Title]()` for a chapter not written yet',
    ]);
    expect(outline(summary.entries)).toEqual(['numbered 1. One -> one.md', 'numbered 2. Not a link -> (draft)']);
  });

  it('reports a nested list under nothing and keeps its chapters one level up', () => {
    const source = '- [One](one.md)\n-\n    - [Orphan](orphan.md)\n';
    const { summary, problems } = parseSummary(source, 'SUMMARY.md');
    expect(
      problems.map(({ file, line, column, severity, message }) => [file, line, column, severity, message]),
    ).toEqual([['SUMMARY.md', 2, 1, 'error', 'nested list under an item without a chapter']]);
    expect(outline(summary.entries)).toEqual(['numbered 1. One -> one.md', 'numbered 2. Orphan -> orphan.md']);
  });

  it('reports links that cannot name a file in the book', () => {
    const source = [
      '- [Web](https://example.org/a.md)',
      '- [Up](../outside.md)',
      '- [Root](/abs.md)',
      '- [Bad](bad%zz.md)',
      '- [Anchor](#somewhere)',
    ].join('\n');
    const { summary, problems } = parseSummary(source, 'SUMMARY.md');
    expect(problems.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
      '1:3 chapter "Web" links to an address outside the book (https://example.org/a.md)',
      '2:3 chapter link "../outside.md" points outside SUMMARY.md\'s folder',
      '3:3 chapter link "/abs.md" points outside SUMMARY.md\'s folder',
      '4:3 chapter link "bad%zz.md" has a broken percent-encoding',
      '5:3 chapter "Anchor" links to no file (#somewhere)',
    ]);
    // Each stays in the order as a chapter without a page, so the numbering matches what the author wrote.
    expect(summaryChapters(summary).map((chapter) => chapter.file)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reports text beside links, numbered chapters after suffix ones, and blocks with no meaning', () => {
    const source = [
      '# Summary',
      '',
      '[Intro](intro.md) and more',
      '',
      '- [One](one.md) [Two](two.md)',
      '',
      '[After](after.md)',
      '',
      '- [Late](late.md)',
      '',
      '## Small part',
      '',
      '> quoted',
      '',
      '<!-- a note to self -->',
    ].join('\n');
    const { summary, problems } = parseSummary(source, 'SUMMARY.md');
    expect(problems.map(({ line, column, severity }) => `${line}:${column} ${severity}`)).toEqual([
      '3:18 error',
      '5:1 warning',
      '9:1 error',
      '11:1 error',
      '13:1 warning',
    ]);
    expect(summaryChapters(summary).map((chapter) => chapter.title)).toEqual([
      'Intro',
      'and more',
      'One',
      'After',
      'Late',
    ]);
  });

  it('reports a summary nested deeper than the parser takes, instead of reading nothing silently', () => {
    const source = Array.from({ length: 150 }, (_, depth) => `${'  '.repeat(depth)}- [C${depth}](c${depth}.md)`).join(
      '\n',
    );
    const { summary, problems } = parseSummary(source, 'SUMMARY.md');
    expect(summary.entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'SUMMARY.md', severity: 'error' });
    expect(problems[0]!.line).toBeGreaterThan(1);
  });
});
