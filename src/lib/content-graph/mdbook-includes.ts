/**
 * mdBook's `{{#include}}` and `{{#rustdoc_include}}` helpers, expanded in the parsed tree so every position in
 * the page stays the one the contributor wrote (problems in the rest of the page keep their line numbers).
 *
 *   ```rust                                      a code block gets the file's text (the common case):
 *   {{#include ../listings/main.rs}}             the whole file
 *   {{#include ../listings/main.rs:2:10}}        lines 2 to 10 (`:2` line 2, `::10` up to 10, `:2:` from 2)
 *   {{#include ../listings/main.rs:setup}}       the lines between `ANCHOR: setup` and `ANCHOR_END: setup`
 *   {{#rustdoc_include ../listings/main.rs:here}} as include; the reader sees only the chosen lines
 *   ```
 *
 *   {{#include part.md}}                         alone in a paragraph: the file's Markdown, parsed in its place
 *
 * Paths are relative to the page and must stay inside the repository (or the docs folder outside git): a missing
 * file or anchor, or a path leaving it, is an error at the helper's line and column. Other `{{#name ...}}`
 * helpers (`{{#playground}}`, `{{#title}}`) are not run: they are reported as warnings and left as written.
 * `\{{#include x}}` stays as written, without the backslash, as in mdBook.
 *
 * mdBook reads the page's text before Markdown does; here only code blocks and whole paragraphs are expanded, which
 * is where mdBook books put them (all 709 helpers in the Rust book and the rustc dev guide are in code blocks).
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Code, Paragraph, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { walkMdast } from '../walk-tree.ts';
import { parseMarkdownTree } from '../../markdown/remark-parse-native.ts';

export interface IncludeScope {
  /** The page (or included file) the helpers are written in, absolute. */
  page: string;
  /** Included files must be inside this folder: the repository's top folder, else the docs folder. */
  boundary: string;
}

/** Something wrong with a helper, where it is written in the page. */
export interface IncludeFinding {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

export interface IncludeFacts {
  /** Absolute paths of the files the page includes, so a cache can tell when one changes. */
  files: string[];
  findings: IncludeFinding[];
}

declare module 'mdast' {
  interface RootData {
    /** Set once the helpers are expanded, so a second pass (Astro's processor) changes nothing. */
    includes?: IncludeFacts;
  }
  interface Data {
    /** The node comes from an included file: its position is the helper's, not its own lines. */
    included?: true;
  }
}

export const noIncludes = (): IncludeFacts => ({ files: [], findings: [] });

/** `{{#name args}}`, optionally escaped with a backslash, as mdBook's link finder reads it. */
const helperPattern = /(\\)?\{\{\s*#([A-Za-z0-9_]+)(?:\s+([^}]*?))?\s*\}\}/g;
const includeHelpers = new Set(['include', 'rustdoc_include']);
/** mdBook stops following includes inside included files after this many levels. */
const maxDepth = 10;

interface Helper {
  name: string;
  args: string;
  escaped: boolean;
  /** Offset of the match in the searched text, and its length. */
  index: number;
  length: number;
}

function findHelpers(text: string): Helper[] {
  return [...text.matchAll(helperPattern)].map((match) => ({
    name: match[2] ?? '',
    args: (match[3] ?? '').trim(),
    escaped: match[1] !== undefined,
    index: match.index,
    length: match[0].length,
  }));
}

/** Which part of a file to take: a 0-based line range (end exclusive) or an anchor name. */
type Selection = { start: number; end: number | undefined } | { anchor: string };

function parseArgs(args: string): { path: string; selection: Selection } {
  const [path = '', first, second] = args.split(':');
  if (first === undefined || first === '') {
    const end = second === undefined || second === '' ? undefined : Number.parseInt(second, 10);
    return { path, selection: { start: 0, end: Number.isNaN(end) ? undefined : end } };
  }
  if (!/^\d+$/.test(first)) return { path, selection: { anchor: first } };
  const start = Math.max(0, Number.parseInt(first, 10) - 1);
  if (second === undefined) return { path, selection: { start, end: start + 1 } };
  const end = /^\d+$/.test(second) ? Number.parseInt(second, 10) : undefined;
  return { path, selection: { start, end } };
}

const anchorStart = /ANCHOR:\s*([\w-]+)/;
const anchorEnd = /ANCHOR_END:\s*([\w-]+)/;

/**
 * The lines of `text` the helper shows a reader, or undefined when the anchor is not in the file. Anchor lines
 * inside an anchored part are left out, as mdBook does. `rustdoc_include` hides the other lines (and lines Rust
 * code marks hidden with "# "); a page here has no button to show them, so they are left out too.
 */
export function selectLines(text: string, selection: Selection, rustdoc: boolean): string | undefined {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  let chosen: string[];
  if ('anchor' in selection) {
    chosen = [];
    let inside = false;
    let found = false;
    for (const line of lines) {
      if (inside) {
        if (anchorEnd.exec(line)?.[1] === selection.anchor) {
          // include takes the first part so marked; rustdoc_include shows every one (the rest are hidden).
          if (!rustdoc) break;
          inside = false;
        } else if (!anchorStart.test(line) && !anchorEnd.test(line)) chosen.push(line);
      } else if (anchorStart.exec(line)?.[1] === selection.anchor) {
        inside = true;
        found = true;
      }
    }
    if (!found) return undefined;
  } else chosen = lines.slice(selection.start, selection.end);
  if (rustdoc)
    chosen = chosen.filter((line) => !/^\s*#(?: |$)/.test(line)).map((line) => line.replace(/^(\s*)##/, '$1#'));
  return chosen.join('\n');
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

type Located = Pick<IncludeFinding, 'line' | 'column'>;

/** Reads the file a helper names, or says why it cannot. */
function readIncluded(
  helper: Helper,
  scope: IncludeScope,
  at: Located,
  facts: IncludeFacts,
): { text: string; absPath: string } | undefined {
  const { path, selection } = parseArgs(helper.args);
  const written = `{{#${helper.name} ${helper.args}}}`;
  const fail = (message: string, hint: string) => {
    facts.findings.push({ ...at, severity: 'error', message, hint });
    return undefined;
  };
  if (path === '')
    return fail(`${written} names no file`, 'write the path after the helper, e.g. {{#include code.rs}}');
  const absPath = resolve(dirname(scope.page), path);
  const boundary = realPath(scope.boundary) ?? scope.boundary;
  const real = realPath(absPath);
  if (!inside(real ?? absPath, boundary))
    return fail(
      `${written} reads a file outside the repository`,
      'include files from inside the repository (outside git: the docs folder); nothing outside it is published',
    );
  if (!real || !statSync(real).isFile())
    return fail(
      `${written}: the file ${relative(dirname(scope.page), absPath) || path} does not exist`,
      'paths are relative to the page that holds the helper; check the spelling',
    );
  facts.files.push(real);
  const text = selectLines(readFileSync(real, 'utf8'), selection, helper.name === 'rustdoc_include');
  if (text === undefined && 'anchor' in selection)
    return fail(
      `${written}: the file has no "ANCHOR: ${selection.anchor}"`,
      `mark the part with comments "ANCHOR: ${selection.anchor}" and "ANCHOR_END: ${selection.anchor}", or include lines by number`,
    );
  return { text: text ?? '', absPath: real };
}

function unknownHelper(helper: Helper, at: Located, facts: IncludeFacts): void {
  facts.findings.push({
    ...at,
    severity: 'warning',
    message: `the mdBook helper {{#${helper.name}}} is not supported: the page shows it as written`,
    hint: 'replace it with Markdown (a code block, a heading), or use {{#include path}} for a file',
  });
}

/** Line and column in the page of `index` in the source line `line` (1-based), searching for `text` there. */
function columnIn(source: string[], line: number, text: string, fallback: number): number {
  const at = source[line - 1]?.indexOf(text) ?? -1;
  return at === -1 ? fallback : at + 1;
}

/** Expands the helpers in a code block's text. */
function expandCode(node: Code, sourceLines: string[], scope: IncludeScope, facts: IncludeFacts, depth: number): void {
  const start = node.position?.start;
  const firstLine = sourceLines[(start?.line ?? 1) - 1] ?? '';
  // A fenced block's text starts on the line after its fence; an indented block's on its first line.
  const offset = /^[\s>]*(```|~~~)/.test(firstLine) ? 1 : 0;
  const lines = node.value.split('\n');
  node.value = lines
    .map((text, index) =>
      text.replace(helperPattern, (match: string, escape: string | undefined, name: string, args?: string) => {
        const helper = { name, args: (args ?? '').trim(), escaped: escape !== undefined, index: 0, length: 0 };
        if (helper.escaped) return match.slice(1);
        const line = (start?.line ?? 0) + offset + index;
        const at = { line, column: columnIn(sourceLines, line, match, start?.column ?? 0) };
        if (!includeHelpers.has(name)) {
          unknownHelper(helper, at, facts);
          return match;
        }
        if (depth >= maxDepth) return match;
        return readIncluded(helper, scope, at, facts)?.text ?? match;
      }),
    )
    .join('\n');
}

/**
 * Gives every node of an included tree the helper's position: problems inside it are reported there. Each is
 * marked as included, so nothing takes that position for the node's own lines (a section's source lines).
 */
function placeAt(nodes: RootContent[], position: Node['position']): void {
  const place = (node: RootContent) => {
    node.position = position;
    node.data = { ...node.data, included: true };
  };
  walkMdast({ type: 'root', children: nodes }, (node) => {
    place(node);
    return undefined;
  });
  for (const node of nodes) place(node);
}

/** A paragraph that is one include helper and nothing else: the included Markdown, parsed. */
function expandParagraph(
  node: Paragraph,
  source: string,
  scope: IncludeScope,
  facts: IncludeFacts,
  depth: number,
): RootContent[] | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  const written = source.slice(start.offset, end.offset);
  const helpers = findHelpers(written);
  if (helpers.length === 0) return undefined;
  const at = (helper: Helper) => {
    const before = written.slice(0, helper.index);
    const newlines = before.split('\n').length - 1;
    const column = newlines ? before.length - before.lastIndexOf('\n') : start.column + before.length;
    return { line: start.line + newlines, column };
  };
  const [only] = helpers;
  if (only && helpers.length === 1 && written.trim().length === only.length && !only.escaped) {
    if (!includeHelpers.has(only.name)) {
      unknownHelper(only, at(only), facts);
      return undefined;
    }
    if (depth >= maxDepth) return undefined;
    const included = readIncluded(only, scope, at(only), facts);
    if (!included) return undefined;
    const tree = parseMarkdownTree(included.text);
    expandTree(tree, included.text, { ...scope, page: included.absPath }, facts, depth + 1, at(only));
    placeAt(tree.children, node.position);
    return tree.children;
  }
  for (const helper of helpers) {
    if (helper.escaped) continue;
    if (includeHelpers.has(helper.name))
      facts.findings.push({
        ...at(helper),
        severity: 'error',
        message: `{{#${helper.name}}} inside a line of text is not expanded`,
        hint: 'put the helper on a line of its own, with blank lines around it, or inside a code block',
      });
    else unknownHelper(helper, at(helper), facts);
  }
  return undefined;
}

function expandTree(
  tree: Root,
  source: string,
  scope: IncludeScope,
  facts: IncludeFacts,
  depth: number,
  /** Inside an included file: where its helper is in the page, for every finding. */
  placed?: Located,
): void {
  const sourceLines = source.split('\n');
  const own: IncludeFacts = placed ? { files: facts.files, findings: [] } : facts;
  walkMdast(tree, (node, index, parent) => {
    if (node.type === 'code' && node.value.includes('{{')) expandCode(node, sourceLines, scope, own, depth);
    else if (node.type === 'paragraph' && source.includes('{{')) {
      const replaced = expandParagraph(node, source, scope, own, depth);
      if (replaced) {
        parent.children.splice(index, 1, ...replaced);
        return index + replaced.length;
      }
    }
    return undefined;
  });
  if (placed) facts.findings.push(...own.findings.map((finding) => ({ ...finding, ...placed })));
}

/**
 * Expands the helpers of a parsed page in place and says what it included and what is wrong. Runs once per tree.
 */
export function expandIncludes(tree: Root, source: string, scope: IncludeScope): IncludeFacts {
  if (tree.data?.includes) return tree.data.includes;
  const facts = noIncludes();
  if (source.includes('{{')) expandTree(tree, source, scope, facts, 0);
  tree.data = { ...tree.data, includes: facts };
  return facts;
}

/**
 * The files a page's include helpers name (and theirs, in included Markdown), read from its text without parsing
 * it: what a page's cached HTML depends on besides the page itself.
 */
export function includedFiles(text: string, page: string, depth = 0): string[] {
  if (!text.includes('{{') || depth >= maxDepth) return [];
  const files: string[] = [];
  for (const helper of findHelpers(text)) {
    if (helper.escaped || !includeHelpers.has(helper.name)) continue;
    const absPath = resolve(dirname(page), parseArgs(helper.args).path);
    files.push(absPath);
    if (/\.(md|markdown)$/i.test(absPath)) {
      try {
        files.push(...includedFiles(readFileSync(absPath, 'utf8'), absPath, depth + 1));
      } catch {
        // A missing file is reported by the check; its absence is part of the digest already.
      }
    }
  }
  return files;
}
