/**
 * No page is published with a placeholder in it: `npm run new` writes "TODO" into the description (and an
 * essay's source), and a "TODO", "TBD", "FIXME" or "lorem ipsum" in the prose is a note to ourselves, not to
 * readers. Drafts are left alone until they are published.
 */
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import { findPlaceholders } from '../content-graph/parse-markdown.ts';
import { warning, type Problem } from '../problems.ts';

/** What to write instead, for the keys the scaffold fills with placeholders. */
const keyHints: Record<string, string> = {
  title: 'write the title readers will see',
  description: 'write one or two plain sentences (at most 160 characters) saying what a reader gets from the page',
  'source.title': "write the original's title",
  'source.author': 'write who wrote the original, or delete the line if it names nobody',
};

/** Every string in the front matter with its dotted path ("description", "sources.0.title"). */
function strings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, String(index)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

function frontMatterPlaceholders(page: PageNode): Problem[] {
  return strings(page.data).flatMap(([path, value]) =>
    findPlaceholders(value, { line: 1, column: 1 }).map(({ text }) => {
      const { line, column } = page.positions.get(path) ?? { line: 1, column: 1 };
      return warning(
        page.file,
        line,
        column,
        `placeholder "${text}" left in front matter "${path}"`,
        keyHints[path] ?? 'replace it with the text a reader should see',
      );
    }),
  );
}

export function checkPlaceholders(graph: ContentGraph): Problem[] {
  return graph.pages.flatMap((page) => [
    ...frontMatterPlaceholders(page),
    ...page.markdown.placeholders.map(({ text, line, column }) =>
      warning(
        page.file,
        line,
        column,
        `placeholder "${text}" left in the text`,
        'write what a reader should read here, or remove it (mark the page `draft: true` while you work)',
      ),
    ),
  ]);
}
