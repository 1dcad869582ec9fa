/**
 * Reads one content file into a page node: location, validated front matter (problems located at the
 * offending key), and the facts parsed from its Markdown.
 */
import type { z } from 'astro/zod';
import { allowedKeys } from '../../schemas/allowed-keys.ts';
import { schemaFor } from '../../schemas/index.ts';
import { locationPath, type ContentLocation, type PageKind } from '../content-layout.ts';
import { closest, error, warning, type Problem } from '../problems.ts';
import { parseFrontMatter, splitFile } from './front-matter.ts';
import { parseMarkdown, type ParsedMarkdown } from './parse-markdown.ts';

export interface PageNode extends ContentLocation {
  /** Path relative to the project root, forward slashes. */
  file: string;
  absPath: string;
  /** Site path without base, with trailing slash; glossary terms share /glossary/. */
  path: string;
  /** Fragment inside `path` (a glossary term's id), or "". */
  hash: string;
  /** Front matter after schema validation (defaults applied), or undefined if invalid. */
  data: Record<string, unknown> | undefined;
  title: string;
  description: string;
  draft: boolean;
  markdown: Omit<ParsedMarkdown, 'tree'>;
  /** File positions of front matter keys, nested keys and list items ("redirect_from.0", "source.title"). */
  positions: Map<string, { line: number; column: number }>;
  /** Ids a link's #fragment may point at on this page's file (headings, checklist items, retired anchors). */
  ids: Set<string>;
}

export function loadPage(
  file: string,
  absPath: string,
  location: ContentLocation,
  raw: string,
  /** Facts already collected from this file's body (by the renderer, which parses it anyway). */
  facts?: (body: string) => Omit<ParsedMarkdown, 'tree'>,
): { page: PageNode; problems: Problem[] } {
  const problems: Problem[] = [];
  const split = splitFile(raw);
  let data: Record<string, unknown> | undefined;
  const positions = new Map<string, { line: number; column: number }>();
  if (split.unclosed) {
    problems.push(
      error(
        file,
        1,
        1,
        'the front matter opened at line 1 is never closed',
        'end it with a line of three dashes "---" after its last key (title, description, ...), before the text',
      ),
    );
  } else {
    // Front matter is optional: a file without it is validated as empty front matter (defaults apply).
    const frontMatter = parseFrontMatter(split.yaml ?? '');
    for (const e of frontMatter.errors) problems.push(error(file, e.line, e.column, e.message, e.hint));
    if (frontMatter.data !== undefined || split.yaml === undefined) {
      recordPositions(frontMatter.data ?? {}, [], (path) =>
        positions.set(path.join('.'), frontMatter.positionOf(path)),
      );
      const parsed = schemaFor(location.kind).safeParse(frontMatter.data ?? {});
      if (parsed.success) data = parsed.data as Record<string, unknown>;
      else {
        for (const issue of parsed.error.issues) {
          const keys =
            issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
          for (const path of keys) {
            const { line, column } = frontMatter.positionOf(path);
            const name = path.join('.') || '(front matter)';
            const missing = issue.code === 'invalid_type' && getIn(frontMatter.data, path) === undefined;
            const message =
              issue.code === 'unrecognized_keys'
                ? `unknown front matter key "${name}"`
                : missing
                  ? `missing required front matter key "${name}"`
                  : `front matter "${name}": ${issue.message}`;
            problems.push(
              error(file, line, column, message, schemaHint(schemaFor(location.kind), location.kind, issue.code, path)),
            );
          }
        }
      }
    }
  }
  const markdown = facts ? facts(split.body) : withoutTree(parseMarkdown(split.body));
  if (split.body.trim() === '')
    problems.push(
      warning(file, 1, 1, 'the page has no text', 'write what the page is for, or delete the file if it is not needed'),
    );
  if (markdown.tooDeep) {
    const { line, column, message, hint } = markdown.tooDeep;
    problems.push(error(file, line, column, message, hint));
  }
  const { path, hash } = locationPath(location);
  const movedAnchors = Object.keys((data?.['moved_anchors'] as Record<string, string> | undefined) ?? {});
  const page: PageNode = {
    ...location,
    file,
    absPath,
    path,
    hash,
    data,
    title: typeof data?.['title'] === 'string' ? data['title'] : (firstTitle(markdown) ?? fileTitle(file)),
    description: typeof data?.['description'] === 'string' ? data['description'] : markdown.summary,
    draft: data?.['draft'] === true,
    markdown,
    positions,
    ids: new Set([
      ...markdown.headings.map((h) => h.id),
      ...markdown.checklistItems.map((i) => i.id),
      ...markdown.rawHtml.ids.map((raw) => raw.id),
      ...movedAnchors,
    ]),
  };
  return { page, problems };
}

/** For an unknown key, the closest allowed key of the same object, or that object's keys. */
function schemaHint(schema: z.ZodType, kind: PageKind, code: string, path: readonly PropertyKey[]): string | undefined {
  if (code !== 'unrecognized_keys') return undefined;
  const key = path.at(-1);
  const parent = path.slice(0, -1);
  const known = allowedKeys(schema, parent);
  const near = typeof key === 'string' ? closest(key, known) : undefined;
  const what = kind === 'term' ? 'a glossary term' : 'a page';
  const allowed = `allowed keys in ${parent.length ? `"${parent.join('.')}"` : what}: ${known.join(', ')}`;
  // A nested object has a handful of keys, worth listing even when one is the likely fix.
  if (!near) return allowed;
  return parent.length ? `did you mean "${near}"? (${allowed})` : `did you mean "${near}"?`;
}

/** Calls `visit` with the path of every key and list item under `value`. */
function recordPositions(value: unknown, path: PropertyKey[], visit: (path: PropertyKey[]) => void): void {
  if (Array.isArray(value))
    value.forEach((item, index) => {
      visit([...path, index]);
      recordPositions(item, [...path, index], visit);
    });
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      visit([...path, key]);
      recordPositions(item, [...path, key], visit);
    }
}

function getIn(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function withoutTree({ tree: _tree, ...facts }: ParsedMarkdown): Omit<ParsedMarkdown, 'tree'> {
  return facts;
}

/** The text of the page's first heading when it is a level-1 heading before any other: the page's title. */
function firstTitle(markdown: Omit<ParsedMarkdown, 'tree'>): string | undefined {
  const first = markdown.headings[0];
  return first?.depth === 1 && first.text.trim() ? first.text.trim() : undefined;
}

/** A title from the file name ("getting-started.md" -> "Getting started"); an index file takes its folder's. */
function fileTitle(file: string): string {
  const parts = file.replace(/\.(md|markdown)$/i, '').split('/');
  let name = parts.pop() ?? file;
  if (/^(index|readme)$/i.test(name) && parts.length) name = parts.pop()!;
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : file;
}
