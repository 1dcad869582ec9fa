/**
 * Two sections with one id make links ambiguous: the second can never be linked to. Pinned ids `{#id}` and
 * retired anchors must not collide either.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';
import { reservedIds } from '../reserved-ids.ts';

export function checkDuplicateIds(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    const firstLine = new Map<string, number>();
    for (const heading of page.markdown.headings) {
      if (reservedIds.has(heading.id)) {
        problems.push(
          error(
            page.file,
            heading.line,
            heading.column,
            `id "${heading.id}" is used by the page layout`,
            `pin another id: "## ${heading.text} {#${heading.id}-section}"`,
          ),
        );
      }
      const earlier = firstLine.get(heading.id);
      if (earlier === undefined) {
        firstLine.set(heading.id, heading.line);
        continue;
      }
      problems.push(
        error(
          page.file,
          heading.line,
          heading.column,
          `duplicate id "${heading.id}" (first used on line ${earlier})`,
          `pin a different id with "{#another-id}" at the end of the heading, or reword it`,
        ),
      );
    }
    for (const item of page.markdown.checklistItems) {
      const earlier = firstLine.get(item.id);
      if (earlier === undefined) {
        firstLine.set(item.id, item.line);
        continue;
      }
      problems.push(
        error(
          page.file,
          item.line,
          item.column,
          `duplicate id "${item.id}" (first used on line ${earlier})`,
          'pin a different id with "{#another-id}" at the end of the item',
        ),
      );
    }
    const moved = (page.data?.['moved_anchors'] as Record<string, string> | undefined) ?? {};
    const at = page.positions.get('moved_anchors') ?? { line: 1, column: 1 };
    for (const [oldId, newId] of Object.entries(moved)) {
      if (firstLine.has(oldId))
        problems.push(
          error(
            page.file,
            at.line,
            at.column,
            `moved_anchors: "${oldId}" is still a current section id`,
            'remove it from moved_anchors',
          ),
        );
      if (!firstLine.has(newId))
        problems.push(
          error(
            page.file,
            at.line,
            at.column,
            `moved_anchors: "${oldId}" points at "${newId}", which is not a section id on this page`,
            `ids on this page: ${[...firstLine.keys()].join(', ')}`,
          ),
        );
    }
  }
  return problems;
}
