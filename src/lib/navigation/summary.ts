/**
 * Reads an mdBook `SUMMARY.md` (https://rust-lang.github.io/mdBook/format/summary.html) into the author's
 * table of contents: prefix chapters, part titles, numbered chapters (nested lists), separators, suffix chapters
 * and draft chapters, in document order, each with the file it links to and where it stands in SUMMARY.md.
 *
 * The file is parsed with the same Markdown parser as every page, so positions and link syntax (escapes, angle
 * brackets, entities) agree with the rest of the site. Whatever the summary format has no place for is reported as
 * a problem at its line and column instead of being skipped: an item without a link keeps its text as a draft
 * chapter, and a list nested under an empty item keeps its chapters one level up, so nothing the author listed
 * goes missing from the order.
 *
 * Whether a linked file exists is not checked here: the caller knows the docs folder.
 */
import type { Link, List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { posix } from 'node:path';
import { parseMarkdown } from '../content-graph/parse-markdown.ts';
import { error, warning, type Problem } from '../problems.ts';

export interface SummaryPosition {
  /** 1-based line and column in SUMMARY.md. */
  line: number;
  column: number;
}

/** Where a chapter stands: before the numbered chapters, in them, or after them. */
export type ChapterRole = 'prefix' | 'numbered' | 'suffix';

export interface SummaryChapter extends SummaryPosition {
  kind: 'chapter';
  role: ChapterRole;
  title: string;
  /**
   * The linked file relative to SUMMARY.md's folder, percent-decoded and normalised (`guide/a b.md`), without
   * its `#fragment`; undefined for a draft chapter (`[Title]()`), which has no page yet.
   */
  file: string | undefined;
  /** mdBook's chapter number ([1, 2] is "1.2."), for numbered chapters only. */
  number?: number[];
  /** Numbered sub-chapters (only numbered chapters nest). */
  children: SummaryChapter[];
}

export interface SummaryPart extends SummaryPosition {
  kind: 'part';
  title: string;
}

export interface SummarySeparator extends SummaryPosition {
  kind: 'separator';
}

export type SummaryEntry = SummaryChapter | SummaryPart | SummarySeparator;

export interface Summary {
  /** The optional first heading (`# Summary`), which names the table of contents itself. */
  title: string | undefined;
  /** Top-level entries in document order; numbered chapters hold their sub-chapters. */
  entries: SummaryEntry[];
}

export interface ParsedSummary {
  summary: Summary;
  problems: Problem[];
}

const format = 'mdBook summary format: https://rust-lang.github.io/mdBook/format/summary.html';
const itemHint = 'write each item as `- [Title](file.md)`, or `- [Title]()` for a chapter not written yet';

function at(node: { position?: { start: { line: number; column: number } } | undefined }): SummaryPosition {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

/** Whether a paragraph child is only the space between links (line breaks, blanks). */
function isBlank(node: RootContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'break';
}

/**
 * Parses SUMMARY.md's text; `file` is its path as problems should name it (content/SUMMARY.md). The helpers are
 * closures so that the problems and chapter numbers of one parse stay local to it.
 */
export function parseSummary(source: string, file: string): ParsedSummary {
  const problems: Problem[] = [];
  const report = (node: SummaryPosition, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
    problems.push((severity === 'error' ? error : warning)(file, node.line, node.column, message, hint));

  const parsed = parseMarkdown(source);
  if (parsed.tooDeep) {
    const { line, column } = parsed.tooDeep;
    report({ line, column }, 'SUMMARY.md nests deeper than a table of contents can', 'flatten the nested lists');
  }

  /** The linked file relative to SUMMARY.md's folder, or a problem when the link cannot name one. */
  function linkedFile(link: Link): string | undefined {
    const place = at(link);
    const raw = link.url.replace(/[?#].*$/s, '');
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) {
      report(place, `chapter "${toString(link)}" links to an address outside the book (${link.url})`, itemHint);
      return undefined;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      report(place, `chapter link "${link.url}" has a broken percent-encoding`, 'write spaces as %20, a % as %25');
      return undefined;
    }
    const normal = posix.normalize(decoded.replace(/\\/g, '/'));
    if (decoded.startsWith('/') || normal === '..' || normal.startsWith('../')) {
      report(
        place,
        `chapter link "${link.url}" points outside SUMMARY.md's folder`,
        'link chapters by their path relative to SUMMARY.md, e.g. `guide/intro.md`',
      );
      return undefined;
    }
    if (raw === '' || normal === '.') {
      report(place, `chapter "${toString(link)}" links to no file (${link.url})`, itemHint);
      return undefined;
    }
    return normal;
  }

  /** A chapter from a link; a draft when its target is empty. */
  function chapter(link: Link, role: ChapterRole): SummaryChapter {
    const place = at(link);
    const file = link.url.trim() === '' ? undefined : linkedFile(link);
    return { kind: 'chapter', role, title: toString(link).trim(), file, children: [], ...place };
  }

  /** Prefix or suffix chapters: links in a paragraph, one or more, separated by line breaks only. */
  function paragraphChapters(paragraph: Paragraph, role: ChapterRole): SummaryChapter[] {
    const chapters: SummaryChapter[] = [];
    for (const child of paragraph.children) {
      if (child.type === 'link') chapters.push(chapter(child, role));
      else if (!isBlank(child)) {
        const text = toString(child).trim();
        report(
          at(child),
          `"${text}" is not a link, so it is not a chapter`,
          'prefix and suffix chapters are links on their own lines: `[Title](file.md)`',
        );
        if (text !== '')
          chapters.push({ kind: 'chapter', role, title: text, file: undefined, children: [], ...at(child) });
      }
    }
    return chapters;
  }

  /** Numbered chapters of a list, numbered below `prefix`; `next` is the first number to give. */
  function listChapters(list: List, prefix: number[], next: { value: number }): SummaryChapter[] {
    const chapters: SummaryChapter[] = [];
    for (const item of list.children) chapters.push(...itemChapters(item, prefix, next));
    return chapters;
  }

  function itemChapters(item: ListItem, prefix: number[], next: { value: number }): SummaryChapter[] {
    const [first, ...rest] = item.children;
    const lists = item.children.filter((child): child is List => child.type === 'list');
    const others = rest.filter((child) => child.type !== 'list');
    for (const other of others)
      report(at(other), `a ${other.type} inside a chapter item is not part of the summary`, itemHint, 'warning');
    if (first === undefined || first.type === 'list') {
      // `-` with nothing after it, or a nested list under it: there is no chapter to hang the list on.
      if (lists.length > 0)
        report(
          at(item),
          'nested list under an item without a chapter',
          'give the item a link, `- [Title](file.md)`, or indent the nested list under the chapter above',
        );
      else report(at(item), 'empty list item', itemHint, 'warning');
      return lists.flatMap((list) => listChapters(list, prefix, next));
    }
    const number = [...prefix, next.value++];
    const links = first.type === 'paragraph' ? first.children.filter((child) => child.type === 'link') : [];
    let own: SummaryChapter;
    if (links.length === 0) {
      const title = toString(first).trim();
      report(at(item), `list item "${title}" has no link`, itemHint);
      own = { kind: 'chapter', role: 'numbered', title, file: undefined, children: [], ...at(first) };
    } else {
      own = chapter(links[0]!, 'numbered');
      const text = first.type === 'paragraph' ? first.children.filter((c) => c.type !== 'link' && !isBlank(c)) : [];
      if (links.length > 1 || text.length > 0)
        report(
          at(item),
          `list item "${toString(first).trim()}" holds more than one link`,
          'give each chapter its own list item; only the first link is this chapter',
          'warning',
        );
    }
    own.number = number;
    const childNext = { value: 1 };
    own.children = lists.flatMap((list) => listChapters(list, number, childNext));
    return [own];
  }

  const summary: Summary = { title: undefined, entries: [] };
  let stage: 'start' | 'prefix' | 'numbered' | 'suffix' = 'start';
  const next = { value: 1 };
  for (const node of parsed.tree.children) {
    const place = at(node);
    switch (node.type) {
      case 'heading': {
        const title = toString(node).trim();
        if (stage === 'start') {
          summary.title = title;
          stage = 'prefix';
          break;
        }
        if (node.depth !== 1)
          report(place, `heading level ${node.depth} is not a part title`, 'part titles are level-1: `# Title`');
        if (stage === 'suffix')
          report(place, `part "${title}" comes after the suffix chapters`, 'move suffix chapters to the end');
        summary.entries.push({ kind: 'part', title, ...place });
        stage = 'numbered';
        break;
      }
      case 'paragraph': {
        if (stage === 'start') stage = 'prefix';
        const role = stage === 'prefix' ? 'prefix' : 'suffix';
        if (stage === 'numbered') stage = 'suffix';
        summary.entries.push(...paragraphChapters(node, role));
        break;
      }
      case 'list':
        if (stage === 'suffix')
          report(
            place,
            'numbered chapters after the suffix chapters',
            'suffix chapters (plain links, not list items) go after all numbered chapters',
          );
        stage = 'numbered';
        summary.entries.push(...listChapters(node, [], next));
        break;
      case 'thematicBreak':
        if (stage === 'start') stage = 'prefix';
        summary.entries.push({ kind: 'separator', ...place });
        break;
      case 'html':
        // Comments are how authors leave notes in a summary; other HTML has no meaning here.
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value))
          report(place, 'HTML in SUMMARY.md is not part of the table of contents', format, 'warning');
        break;
      case 'definition':
        break;
      default:
        report(place, `a ${node.type} in SUMMARY.md is not part of the table of contents`, format, 'warning');
    }
  }
  return { summary, problems };
}

/** Every chapter in reading order (depth-first), drafts included. */
export function summaryChapters(summary: Summary): SummaryChapter[] {
  const out: SummaryChapter[] = [];
  const visit = (chapters: readonly SummaryChapter[]) => {
    for (const chapter of chapters) {
      out.push(chapter);
      visit(chapter.children);
    }
  };
  visit(summary.entries.filter((entry): entry is SummaryChapter => entry.kind === 'chapter'));
  return out;
}

/**
 * The linked files in reading order, relative to the docs folder given SUMMARY.md's folder there (`''` for the
 * docs root); each file once, at its first mention.
 */
export function summaryFiles(summary: Summary, folder = ''): string[] {
  const files = summaryChapters(summary)
    .map((chapter) => chapter.file)
    .filter((file): file is string => file !== undefined)
    .map((file) => (folder === '' ? file : posix.join(folder, file)));
  return [...new Set(files)];
}
