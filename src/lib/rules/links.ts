/**
 * Every link in content must lead somewhere real: an existing page (not a draft left out of the build) and,
 * when it has a #fragment, an id that page really has.
 */
import { basename, relative } from 'node:path';
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import { headingSlug } from '../heading-ids.ts';
import { closest, error, type Problem } from '../problems.ts';

export function checkLinks(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    for (const link of page.markdown.links) {
      const target = graph.resolve(page, link.url);
      const report = (message: string, hint?: string) =>
        problems.push(error(page.file, link.line, link.column, message, hint));
      if (target.kind === 'missing') {
        if (target.reason === 'draft')
          report(
            `link to a draft page "${link.url}", which is left out of the published site`,
            'publish the target (draft: false) or remove the link',
          );
        else if (target.reason === 'not-markdown-link')
          report(
            `link "${link.url}" points at a folder or page URL, not a Markdown file`,
            suggestPage(graph, page, target.wanted),
          );
        else report(`link to a missing page "${link.url}"`, suggestPage(graph, page, target.wanted));
      } else if (target.kind === 'asset' && target.href === undefined) {
        report(
          `link to "${link.url}", a file under content/, which is not published`,
          'put the file in public/ and link it by its site path, e.g. /files/example.conf',
        );
      } else if (target.kind === 'page' && target.anchor && !target.page.ids.has(target.anchor)) {
        const glossaryTerm = target.page.kind === 'term' && target.anchor === target.page.slug;
        if (!glossaryTerm) {
          const where = target.page === page ? 'this page' : target.page.file;
          report(`missing anchor "#${target.anchor}" in ${where}`, anchorHint(target.page, target.anchor));
        }
      }
    }
  }
  return problems;
}

/**
 * Where a missing anchor was meant to go. A heading pinned with `{#id}` no longer has the id its text would
 * give (`## Where the logs are {#logs}` is #logs, not #where-the-logs-are), so a link by the heading's text is
 * sent to the pinned id; otherwise the closest id.
 */
function anchorHint(target: PageNode, anchor: string): string {
  const pinned = target.markdown.headings.find((heading) => heading.pinned && headingSlug(heading.text) === anchor);
  if (pinned) return `the heading "${pinned.text}" is pinned to "#${pinned.id}": link to "#${pinned.id}"`;
  const near = closest(anchor, target.ids);
  return near ? `did you mean "#${near}"?` : `ids on that page: ${[...target.ids].slice(0, 8).join(', ') || '(none)'}`;
}

/** The closest existing page to a wanted file, written as a relative link from the linking page. */
export function suggestPage(graph: ContentGraph, from: PageNode, wanted: string): string | undefined {
  // Compare file names only: full paths share long prefixes that would make any page look close.
  const name = (path: string) => basename(path).replace(/\.md$/, '');
  const near = closest(
    name(wanted),
    graph.pages.map((p) => name(p.file)),
  );
  if (!near) return undefined;
  const target = graph.pages.find((p) => name(p.file) === near);
  return target ? `did you mean "${relative(from.absPath.replace(/[^/]+$/, ''), target.absPath)}"?` : undefined;
}
