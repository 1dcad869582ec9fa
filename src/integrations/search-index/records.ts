/**
 * The records the search index holds besides pages: one per glossary term (a result of its own with a deep link,
 * /<glossary folder>/#term, read from the built glossary page), and, in each part of a split index, the site's vocabulary
 * (src/incremental/vocabulary.ts), which the search UI never shows (src/lib/search-state.ts).
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { kindFilter, vocabularyFilter } from '../../lib/search-state.ts';
import { excludedControls, type PagefindRecord } from './pagefind.ts';

export interface GlossaryRecord {
  id: string;
  title: string;
  text: string;
}

/**
 * An element's text as Pagefind would index it: without what it excludes and without what the page marks
 * data-pagefind-ignore (a term's "Used in" list names other pages, whose words say nothing about the term).
 * A skipped element's descendants go with it: indexedText does not walk into it.
 */
const skippedText = [...excludedControls, '[data-pagefind-ignore]'].join(', ');
const blockElements = new Set(['p', 'div', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'blockquote']);

function indexedText(node: Element): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || matches(skippedText, child)) return '';
      // Paragraphs and other blocks end a word even when no whitespace separates them in the HTML.
      return blockElements.has(child.tagName) ? ` ${indexedText(child)} ` : indexedText(child);
    })
    .join('');
}

/** Reads the terms from the built glossary page: each <dt id> and the indexed text of the <dd> after it. */
export function glossaryRecords(html: string): GlossaryRecord[] {
  const records: GlossaryRecord[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName !== 'dl') return;
    const items = node.children.filter((child): child is Element => child.type === 'element');
    items.forEach((item, index) => {
      const next = items[index + 1];
      const id = item.properties['id'];
      if (item.tagName !== 'dt' || typeof id !== 'string' || next?.tagName !== 'dd') return;
      // A term not translated yet is shown in the original language; it is found in that language's index.
      if (item.properties['dataUntranslated'] !== undefined) return;
      const title = indexedText(item).replace(/\s+/g, ' ').trim();
      records.push({ id, title, text: `${title}. ${indexedText(next).replace(/\s+/g, ' ').trim()}` });
    });
  });
  return records;
}

/** Where the site's glossary is (the folder its config names) and what its section is called. */
export interface GlossaryPlace {
  folder: string;
  label: string;
}

/** A glossary term as a Pagefind record of `kind:term`, in the glossary's section. */
export function termRecord(term: GlossaryRecord, lang: string, glossary: GlossaryPlace): PagefindRecord {
  return {
    url: `/${glossary.folder}/#${term.id}`,
    content: term.text,
    language: lang,
    meta: { title: term.title, section: glossary.label },
    filters: { section: [glossary.label], [kindFilter]: ['term'] },
  };
}

/** The record that gives each part of a split index every word of the site. */
export function vocabularyRecord(vocabulary: readonly string[], lang: string): PagefindRecord {
  return {
    url: '/search/#vocabulary',
    content: vocabulary.join(' '),
    language: lang,
    filters: { [vocabularyFilter]: ['site'] },
  };
}
