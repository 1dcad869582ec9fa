/**
 * A checklist that names its guide (`guide: ../manual/x.md`) promises readers that every item leads to the part
 * of the guide explaining it. The promise is kept: the guide must exist, and each item must link to it.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { warning, type Problem } from '../problems.ts';

export function checkChecklistGuides(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    const guideLink = page.data?.['guide'];
    if (typeof guideLink !== 'string') continue;
    const at = page.positions.get('guide') ?? { line: 1, column: 1 };
    const target = graph.resolve(page, guideLink);
    if (target.kind !== 'page' || target.page.kind !== 'page' || target.page === page) {
      problems.push(
        warning(
          page.file,
          at.line,
          at.column,
          `front matter "guide": "${guideLink}" is not another page of the site`,
          'give the relative link to the guide\'s file, e.g. "../manual/install.md"',
        ),
      );
      continue;
    }
    const guide = target.page;
    for (const item of page.markdown.checklistItems) {
      const linksToGuide = item.links.some((url) => {
        const linked = graph.resolve(page, url);
        return linked.kind === 'page' && linked.page === guide;
      });
      if (!linksToGuide)
        problems.push(
          warning(
            page.file,
            item.line,
            item.column,
            `checklist item "${item.text.length > 50 ? `${item.text.slice(0, 50)}…` : item.text}" does not link to its guide, ${guide.file}`,
            `link the words the guide explains to its section, e.g. [the step](${guideLink}#${guide.markdown.headings.find((h) => h.depth === 2)?.id ?? 'section'})`,
          ),
        );
    }
  }
  return problems;
}
