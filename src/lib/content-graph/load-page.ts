/**
 * Reads one content file into a page node: where it goes in the site, its checked front matter (problems located
 * at the offending key), what it says about itself (title, description, order, URL, redirects: page-meta.ts),
 * and the facts parsed from its Markdown. Front matter is optional; a page written for another generator keeps
 * its keys' meaning.
 */
import { posix } from 'node:path';
import type { PageFrontMatter } from '../../schemas/page.ts';
import { locationPath, type ContentLocation } from '../content-layout.ts';
import { byRule, error, warning, type Problem } from '../problems.ts';
import { parseFrontMatter, splitFile, type FrontMatter } from './front-matter.ts';
import { checkPageFrontMatter } from './page-front-matter.ts';
import { pageMetaFromFacts, type PageMeta } from './page-meta.ts';
import { parseMarkdown, type ParsedMarkdown } from './parse-markdown.ts';

export interface PageNode extends ContentLocation {
  /** Path as shown in messages (relative to the working directory), forward slashes. */
  file: string;
  absPath: string;
  /** Site path without base, with trailing slash; glossary terms share their folder's page. */
  path: string;
  /** Fragment inside `path` (a glossary term's id), or "". */
  hash: string;
  /** Front matter after schema validation (defaults applied), or undefined if invalid. */
  data: PageFrontMatter | undefined;
  title: string;
  description: string;
  draft: boolean;
  /** Navigation order from front matter (weight, sidebar_position, nav_order); smaller first. */
  order: number | undefined;
  /** Shorter name for navigation (sidebar_label, linkTitle). */
  navLabel: string | undefined;
  /** Old site paths that lead to this page (redirect_from, aliases, an .html permalink). */
  redirects: string[];
  /** Language of the page when its front matter sets one (BCP 47). */
  lang: string | undefined;
  tags: PageMeta['tags'];
  /** The body's first `#` heading is the page's title (and is not rendered in the body). */
  titleFromHeading: boolean;
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
  /** This file's front matter already parsed (by the renderer, which needs it first): YAML is parsed once. */
  parsedFrontMatter?: FrontMatter,
): { page: PageNode; problems: Problem[] } {
  const problems: Problem[] = [];
  const split = splitFile(raw);
  let data: PageFrontMatter | undefined;
  const positions = new Map<string, { line: number; column: number }>();
  if (split.unclosed) {
    problems.push(
      byRule(
        'front-matter',
        error(
          file,
          1,
          1,
          'the front matter opened at line 1 is never closed',
          'end it with a line of three dashes "---" after its last key (title, description, ...), before the text',
        ),
      ),
    );
  } else {
    const frontMatter = split.yaml === undefined ? undefined : (parsedFrontMatter ?? parseFrontMatter(split.yaml));
    if (frontMatter?.data !== undefined)
      recordPositions(frontMatter.data, [], (path) => positions.set(path.join('.'), frontMatter.positionOf(path)));
    const checked = checkPageFrontMatter(file, frontMatter);
    problems.push(...checked.problems);
    data = checked.data;
  }
  const parsed = facts ? facts(split.body) : withoutTree(parseMarkdown(split.body));
  if (split.body.trim() === '')
    problems.push(
      byRule(
        'empty-pages',
        warning(
          file,
          1,
          1,
          'the page has no text',
          'write what the page is for, or delete the file if it is not needed',
        ),
      ),
    );
  if (parsed.tooDeep) {
    const { line, column, message, hint } = parsed.tooDeep;
    problems.push(error(file, line, column, message, hint));
  }
  const located = locationPath(location);
  const fileName = posix.basename(file);
  const folderName = posix.basename(posix.dirname(absPath.split('\\').join('/')));
  const meta = pageMetaFromFacts({
    data,
    titleText: parsed.titleText,
    paragraph: parsed.paragraph,
    fileName,
    folderName,
    path: located.path,
  });
  const titleFromHeading = meta.titleFrom === 'h1';
  // The title heading is the layout's <h1>, not a section: it leaves the body, so it is no section id either.
  const markdown = titleFromHeading ? withoutTitleHeading(parsed) : parsed;
  // A glossary term lives at its folder's page; only other pages can be moved by front matter.
  const path = location.kind === 'page' && meta.url ? meta.url : located.path;
  const movedAnchors = Object.keys(data?.moved_anchors ?? {});
  const page: PageNode = {
    ...location,
    file,
    absPath,
    path,
    hash: located.hash,
    data,
    title: meta.title,
    description: meta.description,
    draft: meta.draft,
    order: meta.order,
    navLabel: meta.navLabel,
    redirects: meta.redirects,
    lang: meta.lang,
    tags: meta.tags,
    titleFromHeading,
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

/**
 * The facts of a page whose first heading is its title: that heading is not in the body, so it is no section
 * id, and a link under it stands in no section (backlinks would otherwise point at an id the page lacks).
 */
function withoutTitleHeading(parsed: Omit<ParsedMarkdown, 'tree'>): Omit<ParsedMarkdown, 'tree'> {
  const title = parsed.headings[0]?.id;
  const outside = <T extends { section: { id: string } | undefined }>(item: T): T =>
    item.section?.id === title ? { ...item, section: undefined } : item;
  return {
    ...parsed,
    headings: parsed.headings.slice(1),
    links: parsed.links.map(outside),
    images: parsed.images.map(outside),
  };
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

function withoutTree({ tree: _tree, ...facts }: ParsedMarkdown): Omit<ParsedMarkdown, 'tree'> {
  return facts;
}
