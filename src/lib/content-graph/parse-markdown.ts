/**
 * Parses a Markdown body once into mdast (with GFM and directives, exactly as the site pipeline reads it) and
 * collects what the checks and the build need from it: heading ids, links, images, code languages, raw HTML,
 * directives. It never transforms the page; the rendering pipeline does that.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { assignChecklistIds, type ChecklistItem } from '../checklist-ids.ts';
import { assignHeadingIds, type HeadingId } from '../heading-ids.ts';
import { walkMdast } from '../walk-tree.ts';

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
  /** GFM task items with their ids, in document order. */
  checklistItems: Omit<ChecklistItem, 'node'>[];
  links: LinkRef[];
  images: LinkRef[];
  codeBlocks: (Located & { lang: string | null })[];
  html: (Located & { value: string })[];
  directives: (Located & { name: string; kind: 'containerDirective' | 'leafDirective' | 'textDirective' })[];
  /** Count of words in prose, for reading time. */
  words: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

function at(node: Node): Located {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

/** Parses a Markdown body (front matter blanked, so positions are file positions) and collects its facts. */
export function parseMarkdown(body: string): ParsedMarkdown {
  return collectMarkdownFacts(parser.parse(body));
}

/**
 * Collects the facts of an mdast tree, assigning heading and checklist ids on the way (idempotently, so the
 * rendering plugins that run after it on the same tree agree).
 */
export function collectMarkdownFacts(tree: Root): ParsedMarkdown {
  const headingIds = assignHeadingIds(tree);
  const headingByNode = new Map(headingIds.map((h) => [h.node, h]));
  const items = assignChecklistIds(
    tree,
    headingIds.map((h) => h.id),
  );
  const result: ParsedMarkdown = {
    tree,
    headings: headingIds.map(({ node: _node, ...rest }) => rest),
    checklistItems: items.map(({ node: _node, ...rest }) => rest),
    links: [],
    images: [],
    codeBlocks: [],
    html: [],
    directives: [],
    words: 0,
  };
  let section: Section | undefined;
  walkMdast(tree, (node) => {
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
        break;
      case 'html':
        result.html.push({ value: node.value, ...at(node) });
        break;
      case 'containerDirective':
      case 'leafDirective':
      case 'textDirective':
        result.directives.push({ name: node.name, kind: node.type, ...at(node) });
        break;
      case 'text':
        result.words += node.value.split(/\s+/).filter(Boolean).length;
        break;
    }
    return undefined;
  });
  return result;
}
