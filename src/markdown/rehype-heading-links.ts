/**
 * rehype plugin: every h2 and h3 with an id gets a link to itself, so a reader can take the URL of any section.
 * The link comes after the text and is labelled for screen readers; CSS shows it on hover and focus. It also
 * carries the name of the "Copy link" button a script adds beside it (src/scripts/section-links.ts). Both labels
 * are the site's UI strings (`links.toSection`, `links.copyToSection`).
 *
 *   <h2 id="logs">Logs</h2>  ->  <h2 id="logs">Logs <a class="heading-link" href="#logs"
 *     aria-label="Link to section: Logs" data-copy-label="Copy link to section: Logs">#</a></h2>
 *
 * Where the code host can show the section's lines (remark-section-sources.ts found them), a "View source" link
 * follows, a plain link that needs no script; CSS shows it like the self-link, and on a touch screen as an icon
 * in room the heading keeps for it (src/styles/global.css). Its words are `links.source` and
 * `links.sourceOfSection`.
 *
 *   ... #</a> <a class="source-link" href="https://github.com/o/r/blob/main/docs/a.md#L12-L30"
 *     aria-label="View source of section “Logs” (lines 12–30)"><span class="source-link-text">Source</span></a></h2>
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { defaultUiStrings, format } from '../config/ui-strings.ts';
import { SKIP, walkElements } from '../lib/walk-tree.ts';
import { hastInlineOnly } from '../lib/inline-only.ts';
import type { SectionSource } from './remark-section-sources.ts';

export interface HeadingLinkOptions {
  /** The link's accessible name; `{name}` is the heading's text. */
  linkLabel?: string;
  /** The copy button's accessible name; `{name}` is the heading's text. */
  copyLabel?: string;
  /** The "View source" link's text. */
  sourceText?: string;
  /** The "View source" link's accessible name; `{name}` is the heading's text, `{start}` and `{end}` its lines. */
  sourceLabel?: string;
  /** The same for a section of one line, `{start}`. */
  sourceLineLabel?: string;
  /** The "Report" link's text. */
  reportText?: string;
  /** The "Report" link's accessible name; `{name}` is the heading's text. */
  reportLabel?: string;
}

function reportLink(href: string, name: string, text: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['report-link'], href, ariaLabel: format(label, { name }) },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['report-link-text'] },
        children: [{ type: 'text', value: text }],
      },
    ],
  };
}

function sourceLink(source: SectionSource, name: string, text: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['source-link'],
      href: source.url,
      ariaLabel: format(label, { name, start: source.start, end: source.end }),
    },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['source-link-text'] },
        children: [{ type: 'text', value: text }],
      },
    ],
  };
}

export default function rehypeHeadingLinks({
  linkLabel = defaultUiStrings['links.toSection'],
  copyLabel = defaultUiStrings['links.copyToSection'],
  sourceText = defaultUiStrings['links.source'],
  sourceLabel = defaultUiStrings['links.sourceOfSection'],
  sourceLineLabel = defaultUiStrings['links.sourceOfSectionLine'],
  reportText = defaultUiStrings['links.report'],
  reportLabel = defaultUiStrings['links.reportSection'],
}: HeadingLinkOptions = {}) {
  return (tree: Root, file: VFile) => {
    const sources = file.data.sectionSources;
    const reports = file.data.sectionReports;
    walkElements(tree, (node) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return hastInlineOnly.has(node.tagName) ? SKIP : undefined;
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return SKIP;
      const label = toString(node).trim();
      const line = node.position?.start.line;
      const source = line === undefined ? undefined : sources?.get(line);
      node.children.push(
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-link'],
            href: `#${id}`,
            ariaLabel: format(linkLabel, { name: label }),
            dataCopyLabel: format(copyLabel, { name: label }),
          },
          children: [{ type: 'text', value: '#' }],
        },
      );
      if (source) {
        const named = source.start === source.end ? sourceLineLabel : sourceLabel;
        node.children.push({ type: 'text', value: ' ' }, sourceLink(source, label, sourceText, named));
      }
      const report = line === undefined ? undefined : reports?.get(line);
      if (report) node.children.push({ type: 'text', value: ' ' }, reportLink(report, label, reportText, reportLabel));
      return SKIP;
    });
  };
}
