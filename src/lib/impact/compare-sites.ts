/**
 * What a change does to the published site: two readings of a docs folder (a base revision's and the working
 * tree's) compared page by page. Pages are matched by URL, then by a redirect that now leads from the old URL,
 * then by file, then by identical text, so a move is reported as a move and not as a removal plus an addition.
 * `folio impact` prints the result (impact-markdown.ts, impact-annotations.ts).
 */
import { createHash } from 'node:crypto';
import { basename, relative, sep } from 'node:path';
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import { readingMinutes } from '../navigation/reading-time.ts';
import type { Problem } from '../problems.ts';
import { linksOf } from '../rules/links.ts';

/** One reading of the site: its content graph and the problems its check reports, at their configured levels. */
export interface SiteReading {
  graph: ContentGraph;
  problems: readonly Problem[];
  /** Each page's raw text, to tell a changed page from an unchanged one. */
  text: (page: PageNode) => string;
}

export interface PageRef {
  /** The site path (without the base), e.g. /guides/virt-bugs/ */
  url: string;
  /** The Markdown file, as problems name it. */
  file: string;
  title: string;
  minutes: number;
}

export interface PageChange {
  kind: 'added' | 'removed' | 'moved' | 'changed';
  /** The page now (for a removed page: as it was). */
  page: PageRef;
  /** The page as it was, for moved and changed pages. */
  before?: PageRef;
  /** For a moved page: whether the old URL redirects to the new one (redirect_from). */
  redirected?: boolean;
}

export interface IdChange {
  /** The page's URL now. */
  url: string;
  file: string;
  added: string[];
  /** Ids gone with nothing leading on: a pasted link to them lands at the top of the page. */
  removed: string[];
  /** Ids gone whose old links moved_anchors sends to a new id: old -> new. */
  aliased: [string, string][];
}

export interface ChecklistReset {
  url: string;
  file: string;
  /** The item as it was. */
  id: string;
  text: string;
  /** Why its saved tick is lost. */
  reason: 'id-changed' | 'item-removed' | 'page-moved';
  /** The line of the page now where a reviewer should look (the item at the same place, else line 1). */
  line: number;
  column: number;
}

/** Why a checklist item's saved tick is lost, as the report says it. */
export const resetCause: Record<ChecklistReset['reason'], string> = {
  'id-changed': "the item's id changed",
  'item-removed': 'the item is gone',
  'page-moved': 'the checklist moved to a new URL',
};

export interface UndefinedTerm {
  /** The term's file name as linked (kvm for glossary/kvm.md). */
  term: string;
  problem: Problem;
}

export interface Impact {
  pages: PageChange[];
  /** Glossary terms added and removed, by their id on the glossary page. */
  terms: { added: string[]; removed: string[] };
  ids: IdChange[];
  links: { broken: Problem[]; fixed: Problem[] };
  undefinedTerms: UndefinedTerm[];
  checklistResets: ChecklistReset[];
  /** Problems the check reports now and did not before (broken links and undefined terms are listed above). */
  newProblems: Problem[];
}

const linkRules = new Set(['links', 'images']);

function pageRef(page: PageNode): PageRef {
  return { url: page.path, file: page.file, title: page.title, minutes: readingMinutes(page.markdown.words) };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The pages a reader opens (glossary terms are parts of their folder's page, compared as terms). */
function readerPages(graph: ContentGraph): PageNode[] {
  return graph.pages.filter((page) => page.kind !== 'term');
}

/** Base page -> head page for every page still published, under its URL or another. */
function matchPages(base: SiteReading, head: SiteReading): Map<PageNode, { page: PageNode; redirected: boolean }> {
  const matches = new Map<PageNode, { page: PageNode; redirected: boolean }>();
  const headPages = readerPages(head.graph);
  const byUrl = new Map(headPages.map((page) => [page.path, page]));
  const byRedirect = new Map(headPages.flatMap((page) => page.redirects.map((from) => [from, page] as const)));
  const byFile = new Map(headPages.map((page) => [page.file, page]));
  const byText = new Map(headPages.map((page) => [digest(head.text(page)), page]));
  const taken = new Set<PageNode>();
  const unmatched: PageNode[] = [];
  for (const page of readerPages(base.graph)) {
    const same = byUrl.get(page.path);
    if (same) {
      matches.set(page, { page: same, redirected: false });
      taken.add(same);
    } else unmatched.push(page);
  }
  // Moves, most certain first: a redirect the author wrote, then the same file under a new URL, then the same text.
  for (const page of unmatched) {
    const candidates: [PageNode | undefined, boolean][] = [
      [byRedirect.get(page.path), true],
      [byFile.get(page.file), false],
      [byText.get(digest(base.text(page))), false],
    ];
    const found = candidates.find(([candidate]) => candidate !== undefined && !taken.has(candidate));
    if (!found?.[0]) continue;
    matches.set(page, { page: found[0], redirected: found[1] });
    taken.add(found[0]);
  }
  return matches;
}

function pageChanges(
  base: SiteReading,
  head: SiteReading,
  matches: Map<PageNode, { page: PageNode; redirected: boolean }>,
): PageChange[] {
  const changes: PageChange[] = [];
  const matched = new Set([...matches.values()].map(({ page }) => page));
  for (const page of readerPages(head.graph))
    if (!matched.has(page)) changes.push({ kind: 'added', page: pageRef(page) });
  for (const page of readerPages(base.graph)) {
    const match = matches.get(page);
    if (!match) {
      changes.push({ kind: 'removed', page: pageRef(page) });
      continue;
    }
    const now = match.page;
    if (now.path !== page.path)
      changes.push({ kind: 'moved', page: pageRef(now), before: pageRef(page), redirected: match.redirected });
    else if (digest(head.text(now)) !== digest(base.text(page)))
      changes.push({ kind: 'changed', page: pageRef(now), before: pageRef(page) });
  }
  const order = { removed: 0, moved: 1, added: 2, changed: 3 };
  return changes.sort((a, b) => order[a.kind] - order[b.kind] || a.page.url.localeCompare(b.page.url));
}

/** The ids a page gives its own content (headings, items, HTML anchors), without the retired ones it keeps. */
function ownIds(page: PageNode): Set<string> {
  const retired = new Set(Object.keys(page.data?.moved_anchors ?? {}));
  return new Set([...page.ids].filter((id) => !retired.has(id)));
}

function idChanges(matches: Map<PageNode, { page: PageNode }>): IdChange[] {
  const changes: IdChange[] = [];
  for (const [before, { page: now }] of matches) {
    const had = ownIds(before);
    const has = ownIds(now);
    const movedAnchors: Record<string, string> = now.data?.moved_anchors ?? {};
    const gone = [...had].filter((id) => !has.has(id));
    const change: IdChange = {
      url: now.path,
      file: now.file,
      added: [...has].filter((id) => !had.has(id)).sort(),
      removed: gone.filter((id) => movedAnchors[id] === undefined).sort(),
      aliased: gone
        .filter((id) => movedAnchors[id] !== undefined)
        .sort()
        .map((id) => [id, movedAnchors[id]!]),
    };
    if (change.added.length + change.removed.length + change.aliased.length > 0) changes.push(change);
  }
  return changes.sort((a, b) => a.url.localeCompare(b.url));
}

function termChanges(base: SiteReading, head: SiteReading): Impact['terms'] {
  const terms = (graph: ContentGraph) => new Set(graph.pages.filter((p) => p.kind === 'term').map((p) => p.hash));
  const had = terms(base.graph);
  const has = terms(head.graph);
  return {
    added: [...has].filter((id) => !had.has(id)).sort(),
    removed: [...had].filter((id) => !has.has(id)).sort(),
  };
}

function checklistResets(matches: Map<PageNode, { page: PageNode }>): ChecklistReset[] {
  const resets: ChecklistReset[] = [];
  for (const [before, { page: now }] of matches) {
    const items = before.markdown.checklistItems;
    if (items.length === 0) continue;
    const nowItems = now.markdown.checklistItems;
    const nowIds = new Set(nowItems.map((item) => item.id));
    // Ticks are saved per page URL (src/scripts/checklist.ts): a page that moves starts every item afresh.
    const moved = now.path !== before.path;
    items.forEach((item, index) => {
      if (!moved && nowIds.has(item.id)) return;
      const here = nowItems[index];
      const reason = moved ? 'page-moved' : here ? 'id-changed' : 'item-removed';
      resets.push({
        url: now.path,
        file: now.file,
        id: item.id,
        text: item.text,
        reason,
        line: here?.line ?? 1,
        column: here?.column ?? 1,
      });
    });
  }
  return resets;
}

/** Links in the working tree to a glossary term that has no file, by the link's problem. */
function undefinedTerms(head: SiteReading): Map<Problem, string> {
  const { graph } = head;
  const glossary = graph.layout.glossary;
  const found = new Map<Problem, string>();
  if (!glossary) return found;
  const linkProblems = new Map(
    head.problems.filter((p) => p.rule === 'links').map((p) => [`${p.file}:${p.line}:${p.column}`, p]),
  );
  for (const page of graph.pages)
    for (const link of linksOf(page, false)) {
      const target = graph.resolve(page, link.url);
      if (target.kind !== 'missing') continue;
      const inDocs = relative(graph.layout.docsDir, target.wanted).split(sep);
      if (inDocs.length !== 2 || inDocs[0] !== glossary) continue;
      const problem = linkProblems.get(`${page.file}:${link.line}:${link.column}`);
      if (problem) found.set(problem, basename(target.wanted).replace(/\.(md|markdown)$/i, ''));
    }
  return found;
}

/**
 * A problem's identity across the two readings: where (the file as it is now) and what, not the line, which
 * moves whenever text is added above it.
 */
function problemKey(problem: Problem, fileNow: (file: string) => string): string {
  return [fileNow(problem.file), problem.rule ?? '', problem.severity, problem.message].join('\u0000');
}

export function compareSites(base: SiteReading, head: SiteReading): Impact {
  const matches = matchPages(base, head);
  const renamed = new Map([...matches].map(([before, { page }]) => [before.file, page.file]));
  const fileNow = (file: string) => renamed.get(file) ?? file;
  const keyBefore = (problem: Problem) => problemKey(problem, fileNow);
  const keyNow = (problem: Problem) => problemKey(problem, (file) => file);
  const hadKeys = new Set(base.problems.map(keyBefore));
  const hasKeys = new Set(head.problems.map(keyNow));
  const introduced = head.problems.filter((problem) => !hadKeys.has(keyNow(problem)));
  const terms = undefinedTerms(head);
  return {
    pages: pageChanges(base, head, matches),
    terms: termChanges(base, head),
    ids: idChanges(matches),
    links: {
      broken: introduced.filter((p) => linkRules.has(p.rule ?? '') && !terms.has(p)),
      fixed: base.problems.filter((p) => linkRules.has(p.rule ?? '') && !hasKeys.has(keyBefore(p))),
    },
    undefinedTerms: introduced.flatMap((problem) => {
      const term = terms.get(problem);
      return term === undefined ? [] : [{ term, problem }];
    }),
    checklistResets: checklistResets(matches),
    newProblems: introduced.filter((p) => !linkRules.has(p.rule ?? '')),
  };
}

/** True when the change makes nothing different for a reader or a contributor. */
export function isEmptyImpact(impact: Impact): boolean {
  return (
    impact.pages.length +
      impact.terms.added.length +
      impact.terms.removed.length +
      impact.ids.length +
      impact.links.broken.length +
      impact.links.fixed.length +
      impact.undefinedTerms.length +
      impact.checklistResets.length +
      impact.newProblems.length ===
    0
  );
}

/** Errors the change brings in: `folio impact` exits non-zero when there are any. */
export function introducedErrors(impact: Impact): number {
  return [...impact.links.broken, ...impact.undefinedTerms.map((t) => t.problem), ...impact.newProblems].filter(
    (problem) => problem.severity === 'error',
  ).length;
}
