/**
 * A section's pages write the front-matter keys its config lists under `required` (a handbook asks every essay
 * for the `source` it retells, every page for a written `description`). A title or description that the page
 * would get from its first heading or paragraph does not count: the config asks for it written.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';

export function checkRequiredFrontMatter(graph: ContentGraph): Problem[] {
  const required = graph.layout.requiredKeys;
  if (!required) return [];
  return graph.pages.flatMap((page) =>
    (required.get(page.collection) ?? [])
      .filter((key) => !page.positions.has(key))
      .map((key) =>
        error(
          page.file,
          1,
          1,
          `the front matter has no "${key}", which every page in ${page.collection}/ must have`,
          page.data === undefined
            ? `start the file with front matter: a line "---", then "${key}: ...", then a line "---"`
            : `add "${key}: ..." to the front matter (the section's "required" list in the config asks for it)`,
        ),
      ),
  );
}
