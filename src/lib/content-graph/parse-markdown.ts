/**
 * Parses a Markdown body once into mdast (with GFM and directives, exactly as the site pipeline reads it) and
 * collects what the checks and the build need from it: heading ids, links, images, code languages, raw HTML,
 * directives. It never transforms the page; the rendering pipeline does that.
 */
import { isMermaid, type DiagramFact } from './diagram-facts.ts';
import { tabDirective } from '../directive-names.ts';
import type { ListItem, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Node } from 'unist';
import { assignChecklistIds, type ChecklistItem } from '../checklist-ids.ts';
import { assignHeadingIds, type HeadingId } from '../heading-ids.ts';
import { bodyTree } from '../html-policy/body-tree.ts';
import { judgeRawHtml, noRawHtml, type RawHtmlFacts } from '../html-policy/judge-raw-html.ts';
import type { TooDeep } from '../../markdown/nesting-limit.ts';
import { parseMarkdownTree } from '../../markdown/remark-parse-native.ts';
import { expandIncludes, noIncludes, type IncludeFacts, type IncludeScope } from './mdbook-includes.ts';
import { titleHeading } from '../title-heading.ts';
import { SKIP, walkMdast } from '../walk-tree.ts';
import { firstParagraphText } from './page-meta.ts';

export interface Located {
  line: number;
  column: number;
}

export interface Section {
  id: string;
  text: string;
}

export interface LinkRef extends Located {
  url: string;
  /** The h2/h3 section the link stands in, if any. */
  section: Section | undefined;
}

export interface ParsedMarkdown {
  tree: Root;
  headings: Omit<HeadingId, 'node'>[];
  /** GFM task items with their ids and the URLs they link to (not their sub-items'), in document order. */
  checklistItems: (Omit<ChecklistItem, 'node'> & { links: string[] })[];
  links: LinkRef[];
  images: LinkRef[];
  codeBlocks: (Located & { lang: string | null })[];
  html: (Located & { value: string })[];
  /** Footnote definitions (`[^1]: ...`): GFM gives each page's footnotes the same ids. */
  footnotes: Located[];
  /** What the raw-HTML policy found on the page, as a browser parses it (src/lib/html-policy/). */
  rawHtml: RawHtmlFacts;
  directives: (Located & {
    name: string;
    kind: 'containerDirective' | 'leafDirective' | 'textDirective';
    /** The container directive it is directly inside (`tabs` for a `:::tab`), if any. */
    parent?: string | undefined;
    /** A container's `[label]` was written. */
    labelled?: boolean;
    /** Where the first child that is not a `:::tab` block is (what a `::::tabs` block must not hold). */
    stray?: Located | undefined;
    /** How many `:::tab` blocks are directly inside. */
    tabs?: number;
  })[];
  /** Text written on a `:::` fence line after the name, title and attributes, which no reader would see. */
  fenceText: (Located & { name: string; fence: 'opening' | 'closing'; text: string })[];
  /** Placeholder words left in the prose ("TODO", "lorem ipsum"): text a reader should never see. */
  placeholders: (Located & { text: string })[];
  /** Count of words in prose, for reading time. */
  words: number;
  /** The text of the body's title heading (its first heading, when that is a `#` one), if any. */
  titleText: string | undefined;
  /** The first paragraph with words, as plain text: the description of a page that has none. */
  paragraph: string | undefined;
  /** What the page's mdBook include helpers read, and what is wrong with them (src/markdown/mdbook-includes.ts). */
  includes: IncludeFacts;
  /** Its Mermaid diagrams; Mermaid's verdict on each once the page is rendered or checked (remark-mermaid.ts). */
  diagrams: DiagramFact[];
  /** Where the page nests deeper than allowed (its tree is then empty: src/markdown/nesting-limit.ts). */
  tooDeep?: TooDeep;
}

function at(node: Node): Located {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

/** The URLs an item links to in its own text, leaving out its nested sub-items. */
function itemLinks(item: ListItem): string[] {
  const urls: string[] = [];
  walkMdast({ type: 'root', children: item.children }, (node) => {
    if (node.type === 'list') return SKIP;
    if (node.type === 'link') urls.push(node.url);
    return undefined;
  });
  return urls;
}

/**
 * Parses a Markdown body (front matter blanked, so positions are file positions) and collects its facts; with a
 * scope (the page's path), its include helpers are expanded first, as the renderer does.
 */
export function parseMarkdown(body: string, includes?: IncludeScope): ParsedMarkdown {
  const tree = parseMarkdownTree(body);
  if (includes) expandIncludes(tree, body, includes);
  return collectMarkdownFacts(tree, body);
}

/** The facts of a page's body, without its tree (what a page node keeps). */
export function parseMarkdownFacts(body: string, includes?: IncludeScope): Omit<ParsedMarkdown, 'tree'> {
  const { tree: _tree, ...facts } = parseMarkdown(body, includes);
  return facts;
}

export interface FactOptions {
  /**
   * Judge raw HTML on the tree Markdown converts to (default). The renderer turns it off: it judges the page's
   * final tree instead and fills in `rawHtml` itself (src/markdown/rehype-html-policy.ts).
   */
  judgeRawHtml?: boolean;
}

/**
 * Collects the facts of an mdast tree parsed from `source`, assigning heading and checklist ids on the way
 * (idempotently, so the rendering plugins that run after it on the same tree agree).
 */
export function collectMarkdownFacts(tree: Root, source: string, options: FactOptions = {}): ParsedMarkdown {
  const headingIds = assignHeadingIds(tree);
  const headingByNode = new Map(headingIds.map((h) => [h.node, h]));
  const items = assignChecklistIds(
    tree,
    headingIds.map((h) => h.id),
  );
  const result: ParsedMarkdown = {
    tree,
    headings: headingIds.map(({ node: _node, ...rest }) => rest),
    checklistItems: items.map(({ node, ...rest }) => ({ ...rest, links: itemLinks(node) })),
    links: [],
    images: [],
    codeBlocks: [],
    diagrams: [],
    html: [],
    rawHtml: noRawHtml(),
    footnotes: [],
    directives: [],
    fenceText: [],
    placeholders: [],
    words: 0,
    titleText: titleHeading(tree)?.text,
    paragraph: firstParagraphText(tree),
    includes: tree.data?.includes ?? noIncludes(),
    ...(tree.data?.tooDeep ? { tooDeep: tree.data.tooDeep } : {}),
  };
  let section: Section | undefined;
  walkMdast(tree, (node, _index, parent) => {
    switch (node.type) {
      case 'heading': {
        const heading = headingByNode.get(node);
        if (heading && heading.depth <= 3) section = { id: heading.id, text: heading.text };
        break;
      }
      case 'link':
      case 'definition':
        result.links.push({ url: node.url, section, ...at(node) });
        break;
      case 'image':
        result.images.push({ url: node.url, section, ...at(node) });
        break;
      case 'code':
        result.codeBlocks.push({ lang: node.lang ?? null, ...at(node) });
        if (isMermaid(node.lang)) result.diagrams.push({ ...at(node), source: node.value, judged: false });
        break;
      case 'html':
        result.html.push({ value: node.value, ...at(node) });
        break;
      case 'footnoteDefinition':
        result.footnotes.push(at(node));
        break;
      case 'containerDirective': {
        const [first, ...rest] = node.children;
        const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
        const children = labelled ? rest : node.children;
        const isTab = (child: (typeof children)[number]) =>
          child.type === 'containerDirective' && child.name === tabDirective;
        const stray = children.find((child) => !isTab(child));
        result.directives.push({
          name: node.name,
          kind: node.type,
          ...at(node),
          parent: parent.type === 'containerDirective' ? (parent as ContainerDirective).name : undefined,
          labelled,
          stray: stray ? at(stray) : undefined,
          tabs: children.filter(isTab).length,
        });
        result.fenceText.push(...unseenFenceText(node, source));
        break;
      }
      case 'leafDirective':
      case 'textDirective':
        result.directives.push({ name: node.name, kind: node.type, ...at(node) });
        break;
      case 'text':
        result.words += node.value.split(/\s+/).filter(Boolean).length;
        result.placeholders.push(...findPlaceholders(node.value, at(node)));
        break;
    }
    return undefined;
  });
  // Only a page with raw HTML can hold HTML Markdown would not write; the others are spared the conversion.
  if (result.html.length > 0 && options.judgeRawHtml !== false)
    result.rawHtml = judgeRawHtml(bodyTree(tree, source), source);
  return result;
}

/**
 * Words that mark unfinished text: TODO, TBD and FIXME in capitals (as `npm run new` writes them), and filler
 * such as "lorem ipsum" in any case. Code is never searched: a `# TODO` in a sample script is content.
 */
export const placeholderPattern = /\b(?:TODO|TBD|FIXME)\b|\blorem ipsum\b/gi;

function isPlaceholder(word: string): boolean {
  return /^lorem/i.test(word) || word === word.toUpperCase();
}

/** Placeholders in a text that starts at `start`, each at its own line and column. */
export function findPlaceholders(text: string, start: Located): (Located & { text: string })[] {
  const found: (Located & { text: string })[] = [];
  for (const match of text.matchAll(placeholderPattern)) {
    if (!isPlaceholder(match[0])) continue;
    const before = text.slice(0, match.index);
    const newlines = before.split('\n').length - 1;
    const column = newlines ? before.length - before.lastIndexOf('\n') : start.column + before.length;
    found.push({ text: match[0], line: start.line + newlines, column });
  }
  return found;
}

const attributes = /^\{(?:[^}"']|"[^"]*"|'[^']*')*\}/;

/**
 * Text on a container directive's fence lines that the parser leaves out of the tree: `:::note Read this`
 * shows no "Read this" (a title goes in brackets), and `::: done` closes the block without a word. Reported
 * by the directives rule, so nothing a contributor wrote disappears from the page unnoticed.
 */
function unseenFenceText(node: ContainerDirective, source: string): ParsedMarkdown['fenceText'] {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return [];
  const found: ParsedMarkdown['fenceText'] = [];
  // Opening line: colons and name, then the [title] (parsed as the first child), then {attributes}.
  const lineEnd = source.indexOf('\n', start.offset);
  const opening = source.slice(start.offset, lineEnd === -1 ? source.length : lineEnd);
  const [first] = node.children;
  const label =
    first?.type === 'paragraph' && first.data?.directiveLabel === true ? first.position?.end.offset : undefined;
  let rest =
    label === undefined ? opening.replace(/^:+[^\s[{]*/, '') : source.slice(label, start.offset + opening.length);
  rest = rest.replace(attributes, '');
  if (rest.trim() !== '')
    found.push({
      name: node.name,
      fence: 'opening',
      text: rest.trim(),
      line: start.line,
      column: start.column + opening.length - rest.trimStart().length,
    });
  // Closing line: a line of colons ending the block; text after them is dropped. (Unclosed blocks end on a
  // content line, which their last child ends on too.)
  const last = node.children.at(-1);
  if (end.line !== start.line && last?.position?.end.line !== end.line) {
    const lineStart = source.lastIndexOf('\n', end.offset - 1) + 1;
    const [, fence = '', after = ''] = /^([\s>]*:{3,})(.*)$/.exec(source.slice(lineStart, end.offset)) ?? [];
    if (after.trim() !== '')
      found.push({
        name: node.name,
        fence: 'closing',
        text: after.trim(),
        line: end.line,
        column: 1 + fence.length + after.length - after.trimStart().length,
      });
  }
  return found;
}
