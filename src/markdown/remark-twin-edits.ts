/**
 * remark plugin: what turns a page's Markdown into its twin (the page as Markdown for tools and assistants,
 * src/lib/twins/), as edits of the text the contributor wrote rather than a new serialization of the tree: the
 * twin keeps every line as written (tables, lists, code and spacing), and an edit list costs a thousandth of what
 * serializing the tree again would on every page of every build. It runs last among the remark plugins, when
 * links are resolved, and leaves in `file.data.twin`:
 *
 * - each link, image and link definition whose published URL differs from what was written gets the absolute URL
 *   (`[logs](../x.md#Logs)` -> `[logs](https://site/guides/x/#logs)`);
 * - a heading's `{#id}` pin is removed, and the title heading, which the twin's header replaces;
 * - a code block filled by an mdBook `{{#include}}` is written out with the included text, and Markdown an
 *   include brought in is serialized in the helper's place (mdast-util-to-markdown, loaded only then);
 * - where each glossary term is first linked, so the twin can add its definition after the link.
 *
 * Offsets are UTF-16 offsets into the body (the text after the front matter), which is what the parser reads.
 */
import type { Code, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { LinkablePage, LinkGraph } from '../lib/content-graph/resolve-link.ts';
import type { TwinEdit, TwinSource } from '../lib/twins/markdown-twin.ts';
import { joinBase } from '../lib/urls.ts';
import { SKIP, walkMdast } from '../lib/walk-tree.ts';

declare module 'vfile' {
  interface DataMap {
    twin: TwinSource;
    /** The title heading remark-drop-title-heading left out, as body offsets. */
    titleHeading: { start: number; end: number };
  }
}

export interface TwinEditsOptions {
  graph: () => LinkGraph<LinkablePage>;
  base: string;
  /** The site's origin, for absolute URLs. */
  siteOrigin: string;
}

const offsets = (node: { position?: Position | undefined }) => {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
};

/**
 * Where the destination of an inline link or image is, in `source` between `from` (just after its text) and the
 * node's end: `](dest "title")`. Undefined when the node is not written inline (a reference, an autolink).
 */
function inlineDestination(source: string, from: number, end: number): [number, number] | undefined {
  if (source[end - 1] !== ')') return undefined;
  const open = source.indexOf('](', from);
  if (open === -1 || open >= end) return undefined;
  return destinationAt(source, open + 2, end - 1);
}

/** The destination starting at `index` (after leading white space): `<...>`, or up to white space or `limit`. */
function destinationAt(source: string, index: number, limit: number): [number, number] | undefined {
  let start = index;
  while (start < limit && /\s/.test(source[start] ?? '')) start++;
  if (source[start] === '<') {
    const close = source.indexOf('>', start);
    return close === -1 || close > limit ? undefined : [start, close + 1];
  }
  let depth = 0;
  let stop = start;
  for (; stop < limit; stop++) {
    const char = source[stop];
    if (char === '\\') stop++;
    else if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) break;
      depth--;
    } else if (char !== undefined && /\s/.test(char)) break;
  }
  return stop > start ? [start, stop] : undefined;
}

/** A URL as a Markdown destination: in angle brackets when it holds what would end a bare one. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

function fence(code: Code): string {
  const longest = Math.max(2, ...[...code.value.matchAll(/`+/g)].map((run) => run[0].length));
  const marks = '`'.repeat(longest + 1);
  const info = [code.lang, code.meta].filter(Boolean).join(' ');
  return `${marks}${info}\n${code.value}\n${marks}`;
}

export default function remarkTwinEdits(options: TwinEditsOptions) {
  return async (tree: Root, file: VFile) => {
    const source = String(file.value);
    const graph = options.graph();
    const page = file.path ? graph.byAbsPath.get(file.path) : undefined;
    const pageUrl = page ? `${options.siteOrigin}${joinBase(options.base, page.path)}` : undefined;
    const absolute = (url: string) =>
      url.startsWith('/') ? `${options.siteOrigin}${url}` : url.startsWith('#') && pageUrl ? `${pageUrl}${url}` : url;
    const edits: TwinEdit[] = [];
    const terms: [number, string][] = [];
    const seenTerms = new Set<string>();
    const included: RootContent[][] = [];

    const title = file.data.titleHeading;
    if (title) edits.push([title.start, title.end, '']);

    const includes = (tree.data?.includes?.files.length ?? 0) > 0;
    walkMdast(tree, (node, index, parent) => {
      if (node.data?.included) {
        // Brought in by an {{#include}}: its position is the helper's. Consecutive nodes of one helper go together.
        const last = included.at(-1);
        const previous = parent.children[index - 1];
        if (last && previous === last.at(-1) && offsets(previous ?? {})?.start === offsets(node)?.start)
          last.push(node);
        else included.push([node]);
        return SKIP;
      }
      const at = offsets(node);
      if (!at) return undefined;
      if (
        includes &&
        node.type === 'code' &&
        source.slice(at.start, at.end).includes('{{#') &&
        !node.value.includes('{{#')
      ) {
        // The helper's text was replaced by the file's lines.
        edits.push([at.start, at.end, fence(node)]);
        return SKIP;
      }
      if (node.type === 'heading') {
        // The first line of the heading (a setext heading's underline stays): `## Logs {#logs}` -> `## Logs`.
        const lineEnd = source.indexOf('\n', at.start);
        const line = source.slice(at.start, lineEnd === -1 || lineEnd > at.end ? at.end : lineEnd);
        const pin = /[ \t]*\{#[^}\s]*\}(?=[ \t#]*$)/.exec(line);
        if (pin) edits.push([at.start + pin.index, at.start + pin.index + pin[0].length, '']);
        return undefined;
      }
      if (node.type === 'link' || node.type === 'image') {
        const from = (node.type === 'link' ? offsets(node.children.at(-1) ?? {})?.end : undefined) ?? at.start;
        const span = inlineDestination(source, from, at.end);
        const written = span ? source.slice(span[0], span[1]).replace(/^<|>$/g, '') : undefined;
        const url = absolute(node.url);
        if (span && written !== url) edits.push([span[0], span[1], destination(url)]);
        const term = node.data?.hProperties?.['dataTerm'];
        if (typeof term === 'string' && !seenTerms.has(term)) {
          seenTerms.add(term);
          terms.push([at.end, term]);
        }
        return undefined;
      }
      if (node.type === 'definition') {
        const colon = source.indexOf(']:', at.start);
        const span = colon === -1 ? undefined : destinationAt(source, colon + 2, at.end);
        const url = absolute(node.url);
        if (span && source.slice(span[0], span[1]).replace(/^<|>$/g, '') !== url)
          edits.push([span[0], span[1], destination(url)]);
      }
      return undefined;
    });

    if (included.length > 0) {
      // Rare (mdBook books that include Markdown): only then is a Markdown serializer loaded.
      const [{ toMarkdown }, { gfmToMarkdown }, { directiveToMarkdown }] = await Promise.all([
        import('mdast-util-to-markdown'),
        import('mdast-util-gfm'),
        import('mdast-util-directive'),
      ]);
      for (const group of included) {
        const at = offsets(group[0] ?? {});
        if (!at) continue;
        const copy = structuredClone({ type: 'root', children: group }) as Root;
        walkMdast(copy, (node) => {
          if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
            node.url = absolute(node.url);
          return undefined;
        });
        const text = toMarkdown(copy, { extensions: [gfmToMarkdown(), directiveToMarkdown()] }).trimEnd();
        // The helper's paragraph: from the first node's start to the end of its line.
        const lineEnd = source.indexOf('\n', at.start);
        edits.push([at.start, lineEnd === -1 ? source.length : lineEnd, text]);
      }
    }

    edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    // Overlapping edits cannot both apply: the first one wins (an edit inside a removed title heading).
    const kept: TwinEdit[] = [];
    for (const edit of edits) if (edit[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(edit);
    file.data.twin = { edits: kept, terms };
  };
}
