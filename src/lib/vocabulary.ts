/**
 * The site's vocabulary, for a split search index (src/lib/search-shards.ts). Pagefind treats a query word its
 * index lacks as if it were a shorter one it has ("delorean" finds "del") or leaves it out of the query. Split,
 * each index would decide that alone, so one without "delorean" would answer with pages about "del". Every
 * index of a split one therefore holds a record with the whole vocabulary of the site: each knows every word,
 * and the split index finds exactly the pages one index would. The record is never a result: it carries a
 * filter the search UI excludes. Loaded in the browser too, so it imports nothing.
 */
export const vocabularyFilter = 'vocabulary';
export const withoutVocabulary = { [vocabularyFilter]: { none: ['site'] } };

/** A run of non-space characters from its first letter or digit to its last. */
const word = /[\p{L}\p{N}](?:\S*[\p{L}\p{N}])?/gu;

/**
 * Adds the words of a text as a search index would see them: split at white space, lower-cased, with the
 * punctuation around a word removed (what is inside, as in "delorean-deps" or "libvirtd.conf", stays: Pagefind
 * reads such a token the same way in the record as on the page).
 */
export function addWords(into: Set<string>, text: string): void {
  for (const found of text.toLowerCase().matchAll(word)) into.add(found[0]);
}
