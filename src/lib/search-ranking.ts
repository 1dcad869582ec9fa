/**
 * How search results are ordered, as pure functions on Pagefind's result data (pagefind.app/docs/api), so the
 * search UI (src/scripts/search/) and the tests agree:
 *
 * - Pagefind's ranking options: long pages that cover a query are not outranked by short ones that mention it.
 * - Under each page, the sections (or checklist items) that match the query best, best first; Pagefind lists
 *   them in page order.
 * - Whether a glossary term names the query, so its definition is worth showing above the pages.
 */

/**
 * Pagefind's `ranking` option. Its default (pageLength 0.75) strongly favours short pages: a checklist that
 * names a command once outranked the guide that explains it. At 0.1 the length of a page barely counts, and
 * term frequency and headings decide.
 */
export const searchRanking = { pageLength: 0.1 } as const;

/** A matched word as Pagefind reports it: `balanced_score` is comparable within one set of results. */
export interface WordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A region of a page: the text under a heading, or a checklist item (an anchor with data-pagefind-title). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string; element?: string };
  weighted_locations: WordLocation[];
}

/** How well a region matches: the sum of its matched words' scores, so more and weightier matches win. */
export function regionScore(sub: Pick<SubResult, 'weighted_locations'>): number {
  return sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
}

/**
 * The regions of a page worth listing under it, best match first (page order among equals): only regions with
 * an anchor to link to, never the page's own top (the result itself links there).
 */
export function bestSubResults<T extends SubResult>(pageUrl: string, subs: readonly T[], limit = 3): T[] {
  return subs
    .map((sub, order) => ({ sub, order, score: regionScore(sub) }))
    .filter(({ sub, score }) => sub.anchor?.id && sub.url !== pageUrl && score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => sub);
}

/** Lowercase words of a text, split where Pagefind splits them (anything but letters and digits). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The same word, or its plural ("ping" and "pings", "patch" and "patches"). */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long === `${short}s` || long === `${short}es`;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length > 0 && a.every((x) => b.some((y) => sameWord(x, y))) && b.every((y) => a.some((x) => sameWord(x, y)));
}

/**
 * Whether a glossary term is what the query asks for: the query is the term's name, its alias in brackets, or
 * both, in any order and number. "naked pings" names "Naked ping", "delorean" names "DLRN (Delorean)"; "package"
 * does not name "Package maintainer (packager)", nor "bug" "Bugzilla component".
 */
export function namesQuery(title: string, query: string): boolean {
  const wanted = words(query);
  const alias = /\(([^)]*)\)\s*$/.exec(title);
  const name = alias ? title.slice(0, alias.index) : title;
  return [words(name), words(alias?.[1] ?? ''), words(title)].some((candidate) => sameWords(wanted, candidate));
}
