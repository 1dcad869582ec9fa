/**
 * `:::name` blocks must be a known callout, `:::cards` or tabs (anything else would show up as literal ::: text),
 * and their fence lines must hold nothing the page would not show. Tabs have a shape: a `::::tabs` block holds
 * only `:::tab[Label]` blocks, and a tab stands only there.
 */
import { calloutNames, cardsDirective, tabDirective, tabsDirective } from '../directive-names.ts';
import type { ContentGraph } from '../content-graph/graph.ts';
import { closest, error, type Problem } from '../problems.ts';

export function checkDirectives(graph: ContentGraph): Problem[] {
  const known: string[] = [...calloutNames, cardsDirective, tabsDirective, tabDirective];
  return graph.pages.flatMap((page) => [
    ...page.markdown.directives.flatMap((d) => {
      if (d.kind !== 'containerDirective') return [];
      const problems: Problem[] = [];
      if (d.name === tabDirective && d.parent !== tabsDirective)
        problems.push(
          error(
            page.file,
            d.line,
            d.column,
            'a ":::tab" block stands outside a "::::tabs" block',
            'put the tabs that belong together inside "::::tabs" and "::::" (one more colon than the tabs have)',
          ),
        );
      if (d.name === tabDirective && !d.labelled)
        problems.push(
          error(page.file, d.line, d.column, 'a tab has no label', 'name it in brackets: ":::tab[Fedora]"'),
        );
      if (d.name === tabsDirective && d.stray)
        problems.push(
          error(
            page.file,
            d.stray.line,
            d.stray.column,
            'only ":::tab" blocks go inside a "::::tabs" block; this would show under no tab',
            'move it into one of the tabs, or out of the block',
          ),
        );
      if (d.name === tabsDirective && d.tabs === 0)
        problems.push(
          error(page.file, d.line, d.column, 'a "::::tabs" block holds no tab', 'add a ":::tab[Label]" block per tab'),
        );
      return problems;
    }),
    ...page.markdown.directives
      .filter((d) => d.kind === 'containerDirective' && !known.includes(d.name))
      .map((d) => {
        const near = closest(d.name, known);
        return error(
          page.file,
          d.line,
          d.column,
          `unknown callout ":::${d.name}"`,
          `${near ? `did you mean ":::${near}"? ` : ''}blocks are ${known.map((k) => `:::${k}`).join(', ')}`,
        );
      }),
    ...page.markdown.fenceText.map((f) =>
      f.fence === 'opening'
        ? error(
            page.file,
            f.line,
            f.column,
            `"${f.text}" after ":::${f.name}" is not shown on the page`,
            `a title goes in brackets right after the name (":::${f.name}[Title]"); other text goes on the next line`,
          )
        : error(
            page.file,
            f.line,
            f.column,
            `"${f.text}" after the closing ":::" of ":::${f.name}" is not shown on the page`,
            'leave the closing line as ":::" alone and put the text on a line of its own',
          ),
    ),
  ]);
}
