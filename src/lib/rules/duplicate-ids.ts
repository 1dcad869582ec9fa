/**
 * Every id on a published page must be unique and must not be one the page layout uses itself (`main`,
 * `site-nav`...): a second element with an id can never be linked to, and one that takes a layout id breaks the
 * skip link, the menu or the table of contents. Ids come from headings (`{#id}` pins included), checklist items
 * (and their checkboxes), raw HTML (`id`, `<a name>`) and retired anchors. All glossary terms share one page,
 * their folder's page, so their ids (each term's own, its file name, and every id in its definition) must be unique
 * across all of them.
 */
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import { error, warning, type Problem } from '../problems.ts';
import { reservedIds } from '../reserved-ids.ts';

interface IdUse {
  id: string;
  /** What puts the id on the page. */
  source: 'heading' | 'checklist' | 'html';
  page: PageNode;
  line: number;
  column: number;
  /** How to give this use another id. */
  hint: string;
  /** How to avoid a layout id, when that differs from `hint`. */
  reservedHint?: string;
  /** The id of a checklist item's checkbox, which follows from the item's: reported through the item. */
  checkbox?: boolean;
}

/** The ids one content file puts on its page, in document order. */
function idsOf(page: PageNode): IdUse[] {
  const uses: IdUse[] = [];
  for (const heading of page.markdown.headings)
    uses.push({
      id: heading.id,
      source: 'heading',
      page,
      line: heading.line,
      column: heading.column,
      hint: 'pin a different id with "{#another-id}" at the end of the heading, or reword it',
      reservedHint: `pin another id: "## ${heading.text} {#${heading.id}-section}"`,
    });
  for (const item of page.markdown.checklistItems) {
    const hint = 'pin a different id with "{#another-id}" at the end of the item';
    const at = { page, line: item.line, column: item.column, hint, source: 'checklist' } as const;
    uses.push({ id: item.id, ...at });
    // remark-checklists gives each item's checkbox the id "check-<item id>".
    uses.push({ id: `check-${item.id}`, ...at, checkbox: true });
  }
  for (const raw of page.markdown.rawHtml.ids)
    uses.push({
      id: raw.id,
      source: 'html',
      page,
      line: raw.line,
      column: raw.column,
      hint: 'give the element another id',
    });
  return uses.sort((a, b) => a.line - b.line || a.column - b.column);
}

function reservedProblem(use: IdUse): Problem {
  return error(
    use.page.file,
    use.line,
    use.column,
    `id "${use.id}" is used by the page layout`,
    use.reservedHint ?? use.hint,
  );
}

/**
 * An HTML anchor written just before (or inside) the heading it names, `<a id="setup"></a>` over `## Setup`: the
 * way to keep an anchor on GitHub, where heading ids are prefixed. Both ids land on the same place, so a link to
 * it works; the anchor is only redundant, which is a warning of its own rule, not a duplicate id.
 */
function anchorsItsHeading(earlier: IdUse, later: IdUse): boolean {
  return earlier.source === 'html' && later.source === 'heading' && later.line - earlier.line <= 2;
}

/** Pairs of uses of one id on one page, each later use with the first one. */
function repeatedIds(uses: readonly IdUse[]): { earlier: IdUse; use: IdUse }[] {
  const first = new Map<string, IdUse>();
  const repeats: { earlier: IdUse; use: IdUse }[] = [];
  for (const use of uses) {
    const earlier = first.get(use.id);
    if (earlier === undefined) first.set(use.id, use);
    else repeats.push({ earlier, use });
  }
  return repeats;
}

/** Ids within one page: each once, none of the layout's. */
function checkPage(page: PageNode, uses: readonly IdUse[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, IdUse>();
  for (const use of uses) {
    if (reservedIds.has(use.id)) problems.push(reservedProblem(use));
    if (!first.has(use.id)) first.set(use.id, use);
  }
  for (const { earlier, use } of repeatedIds(uses)) {
    // Two items with one id also give their checkboxes one id: that is reported once, through the items.
    if (!(use.checkbox && earlier.checkbox) && !anchorsItsHeading(earlier, use))
      problems.push(
        error(
          page.file,
          use.line,
          use.column,
          `duplicate id "${use.id}" (first used on line ${earlier.line})`,
          use.hint,
        ),
      );
  }
  const moved = page.data?.['moved_anchors'] ?? {};
  const at = page.positions.get('moved_anchors') ?? { line: 1, column: 1 };
  for (const [oldId, newId] of Object.entries(moved)) {
    if (first.has(oldId))
      problems.push(
        error(
          page.file,
          at.line,
          at.column,
          `moved_anchors: "${oldId}" is still a current section id`,
          'remove it from moved_anchors',
        ),
      );
    else if (reservedIds.has(oldId))
      problems.push(
        error(
          page.file,
          at.line,
          at.column,
          `moved_anchors: "${oldId}" is an id the page layout uses`,
          'remove it from moved_anchors',
        ),
      );
    if (!first.has(newId))
      problems.push(
        error(
          page.file,
          at.line,
          at.column,
          `moved_anchors: "${oldId}" points at "${newId}", which is not a section id on this page`,
          `ids on this page: ${[...first.values()]
            .filter((use) => !use.checkbox)
            .map((use) => use.id)
            .join(', ')}`,
        ),
      );
  }
  return problems;
}

/** The glossary page: every term's ids, and each term's own id (its file name), unique across all terms. */
function checkGlossaryPage(terms: readonly PageNode[]): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, PageNode>();
  for (const term of terms) {
    const id = term.hash;
    if (reservedIds.has(id))
      problems.push(
        error(
          term.file,
          1,
          1,
          `glossary term id "${id}" (from the file name) is used by the glossary page's layout`,
          `rename the file, e.g. ${term.file.replace(/[^/]+\.md$/, `${id}-term.md`)}`,
        ),
      );
    owner.set(id, term);
  }
  let footnotes: PageNode | undefined;
  for (const term of terms) {
    for (const use of idsOf(term)) {
      const other = owner.get(use.id);
      if (other && (other !== term || use.id === term.hash))
        problems.push(
          error(
            term.file,
            use.line,
            use.column,
            other === term
              ? `id "${use.id}" is also this term's own id on the glossary page (from its file name)`
              : `id "${use.id}" is also used by ${other.file} on the glossary page, where all terms share one page`,
            use.hint,
          ),
        );
      owner.set(use.id, other ?? term);
    }
    const footnote = term.markdown.footnotes[0];
    if (footnote && footnotes)
      problems.push(
        error(
          term.file,
          footnote.line,
          footnote.column,
          `footnotes in two glossary terms (this one and ${footnotes.file}) repeat their ids on the glossary page`,
          'write the note into the definition instead',
        ),
      );
    if (footnote) footnotes ??= term;
  }
  return problems;
}

/** HTML anchors that repeat the id of the heading right after them (see `anchorsItsHeading`). */
export function checkHeadingAnchors(graph: ContentGraph): Problem[] {
  return graph.pages.flatMap((page) =>
    repeatedIds(idsOf(page))
      .filter(({ earlier, use }) => anchorsItsHeading(earlier, use))
      .map(({ earlier, use }) =>
        warning(
          page.file,
          earlier.line,
          earlier.column,
          `this HTML anchor repeats the id "${earlier.id}" that the heading on line ${use.line} already has`,
          'remove the anchor: links to the heading work without it',
        ),
      ),
  );
}

export function checkDuplicateIds(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) problems.push(...checkPage(page, idsOf(page)));
  problems.push(...checkGlossaryPage(graph.pages.filter((page) => page.kind === 'term')));
  return problems;
}
