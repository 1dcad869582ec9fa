/**
 * The site's vocabulary, for a split search index (src/incremental/search-shards.ts). Pagefind treats a query word its
 * index lacks as if it were a shorter one it has ("delorean" finds "grep DEL") or leaves it out of the query.
 * Split, each index would decide that alone, so one without "delorean" would answer with pages about "del".
 * Every index of a split one therefore holds a record with the words of every searchable page: each knows every
 * word, and the split index finds the pages one index would. The record is never a result: it carries a filter
 * the search UI excludes (src/lib/search-state.ts).
 */
import { decodeHTML } from 'entities';

/** A token's word: from its first letter or digit to its last (a token never holds white space). */
const word = /[\p{L}\p{N}](?:\S*[\p{L}\p{N}])?/u;
const camelCase = /\p{Ll}\p{Lu}/u;
const tag = /<[^>]*>/g;

/**
 * Adds the words of a text as they go into the vocabulary record: split at white space, with the punctuation
 * around a word removed; what is inside ("delorean-deps", "libvirtd.conf") stays, as Pagefind reads such a
 * token the same way in the record as on the page. Lower-cased, except a word with a capital inside
 * ("GerritHub"), which Pagefind also indexes in parts ("gerrit", "hub"). `seen` holds the tokens already read
 * (most of a page's tokens repeat), so each distinct one is matched once: this runs on every page of a build.
 */
export function addWords(into: Set<string>, text: string, seen = new Set<string>()): void {
  for (const token of text.split(/\s+/)) {
    if (seen.has(token)) continue;
    seen.add(token);
    const found = word.exec(token)?.[0];
    if (found !== undefined) into.add(camelCase.test(found) ? found : found.toLowerCase());
  }
}

/**
 * The words Pagefind can index from a page: its title (the page's h1) and its rendered body. Pagefind runs the
 * text of inline elements together ("<b>foo</b>bar" is "foobar") and breaks at blocks; reading the HTML both
 * ways covers either, without parsing it. A word too many only means one more word every index knows.
 */
export function pageWords(title: string, bodyHtml: string): string[] {
  const words = new Set<string>();
  const seen = new Set<string>();
  addWords(words, title, seen);
  addWords(words, decodeHTML(bodyHtml.replace(tag, ' ')), seen);
  addWords(words, decodeHTML(bodyHtml.replace(tag, '')), seen);
  return [...words];
}
