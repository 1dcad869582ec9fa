/**
 * The repository's own documents (README, CONTRIBUTING, docs/) link only to files and sections that exist, so
 * moving a section from one document to another cannot leave a dead link behind.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/lib/content-graph/parse-markdown.ts';

const root = join(import.meta.dirname, '..');
const documents = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

function headingIds(file: string): Set<string> {
  return new Set(parseMarkdown(readFileSync(file, 'utf8')).headings.map((heading) => heading.id));
}

describe('repository documents', () => {
  it.each(documents)('%s links only to files and sections that exist', (document) => {
    const file = join(root, document);
    const dead: string[] = [];
    for (const link of parseMarkdown(readFileSync(file, 'utf8')).links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link.url)) continue; // https:, mailto: are not ours to check.
      const [path = '', anchor] = link.url.split('#');
      const target = path ? join(dirname(file), path) : file;
      const where = `${document}:${link.line}:${link.column} ${link.url}`;
      if (!existsSync(target)) dead.push(`${where}: no such file ${relative(root, target)}`);
      else if (anchor && target.endsWith('.md') && !headingIds(target).has(anchor))
        dead.push(`${where}: no section #${anchor}`);
    }
    expect(dead).toEqual([]);
  });
});
