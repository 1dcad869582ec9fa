/**
 * Every link in content, in Markdown or in raw HTML (`<a href>`), must lead somewhere real, as the code host's
 * file view would follow it (src/lib/content-graph/resolve-link.ts): an existing page (not a draft left out of
 * the build), a folder of pages, a published file, or a file git tracks outside the docs folder; and, when it
 * has a #fragment, an id that page really has.
 */
import { statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import type { Located } from '../content-graph/parse-markdown.ts';
import type { MissingReason } from '../content-graph/resolve-link.ts';
import { headingSlug } from '../heading-ids.ts';
import { closest, error, type Problem } from '../problems.ts';

/** A page's links, Markdown's and raw HTML's, each where it is written. */
export function linksOf(page: PageNode, images: boolean): (Located & { url: string })[] {
  const raw = page.markdown.rawHtml.links.filter((link) => link.image === images);
  return [...(images ? page.markdown.images : page.markdown.links), ...raw];
}

export function checkLinks(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    for (const link of linksOf(page, false)) {
      const target = graph.resolve(page, link.url);
      const report = (message: string, hint?: string) =>
        problems.push(error(page.file, link.line, link.column, message, hint));
      if (target.kind === 'missing') {
        const [message, hint] = missingLink(graph, page, link.url, target.wanted, target.reason);
        report(message, hint);
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

/** What is wrong with a link that leads nowhere, and how to fix it. */
function missingLink(
  graph: ContentGraph,
  page: PageNode,
  url: string,
  wanted: string,
  reason: MissingReason,
): [string, string | undefined] {
  switch (reason) {
    case 'draft':
      return [
        `link to a draft page "${url}", which is left out of the published site`,
        'publish the target (draft: false) or remove the link',
      ];
    case 'not-markdown-link':
      return [
        `link "${url}" is a page's site URL written as a relative path, which the code host cannot follow`,
        suggestPage(graph, page, wanted) ?? 'link to the Markdown file itself, e.g. "../manual/setup.md"',
      ];
    case 'not-published':
      if (isFolder(wanted))
        return [
          `link to the folder "${url}", which holds no pages: the site has no page for it`,
          'link to a page or a file inside it',
        ];
      return [
        `link to "${url}", which is not published: hidden files and the config file never are`,
        'link to a page, or move the file out of the hidden folder (or rename it without the leading dot)',
      ];
    case 'untracked':
      return [
        `link to "${url}", a file outside the docs folder that git does not track, so the code host does not show it`,
        'add the file to the repository (git add), or link to one that is in it',
      ];
    case 'no-repository-url':
      return [
        `link to "${url}", a file outside the docs folder: the site sends readers to it on the code host, whose address is not known`,
        'set repository.url in folio.config.yaml (e.g. https://github.com/owner/repo), or add a git remote named origin',
      ];
    case 'outside':
      return [
        `link to "${url}", outside the repository: neither the site nor the code host can show it`,
        'link to a file inside the repository, or to its web address',
      ];
    case 'no-file': {
      const what = /\.[a-z0-9]+$/i.test(wanted) && !/\.(md|markdown)$/i.test(wanted) ? 'file' : 'page';
      return [`link to a missing ${what} "${url}"`, suggestPage(graph, page, wanted)];
    }
  }
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
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
  const name = (path: string) => basename(path).replace(/\.(md|markdown)$/i, '');
  const near = closest(
    name(wanted),
    graph.pages.map((p) => name(p.file)),
  );
  if (!near) return undefined;
  const target = graph.pages.find((p) => name(p.file) === near);
  return target ? `did you mean "${relative(from.absPath.replace(/[^/]+$/, ''), target.absPath)}"?` : undefined;
}
