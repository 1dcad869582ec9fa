/**
 * Every image in content, in Markdown or in raw HTML (`<img src>`), must be a file the site publishes: one
 * beside the Markdown (published at the same path, so it shows on the code host too) or under public/.
 */
import { basename, dirname, join, relative } from 'node:path';
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import type { LinkTarget } from '../content-graph/resolve-link.ts';
import { closest, error, type Problem } from '../problems.ts';
import { linksOf } from './links.ts';

const placeHint = 'put the image beside the page (e.g. img/diagram.png) and link it by its relative path';

export function checkImages(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    for (const image of linksOf(page, true)) {
      const target = graph.resolve(page, image.url);
      if (target.kind === 'asset' || target.kind === 'external') continue;
      const [message, hint] = imageProblem(graph, page, image.url, target);
      problems.push(error(page.file, image.line, image.column, message, hint));
    }
  }
  return problems;
}

function imageProblem(
  graph: ContentGraph,
  page: PageNode,
  url: string,
  target: Exclude<LinkTarget, { kind: 'asset' | 'external' }>,
): [string, string] {
  if (target.kind === 'page' || target.kind === 'folder')
    return [`image "${url}" points at a page, not an image file`, placeHint];
  if (target.kind === 'repository')
    return [
      `image "${url}" is outside the docs folder, which is all the site publishes`,
      'move the image into the docs folder, beside the page that shows it',
    ];
  if (target.reason === 'not-published')
    return [`image "${url}" is not published: hidden files and the config file never are`, placeHint];
  const near = closestAsset(graph, page, target.wanted);
  return [`missing image "${url}"`, near ? `did you mean "${near}"?` : placeHint];
}

/** The published file with the name closest to the wanted one, as a relative path from the page. */
function closestAsset(graph: ContentGraph, page: PageNode, wanted: string): string | undefined {
  const near = closest(
    basename(wanted),
    [...graph.assets].map((asset) => basename(asset)),
  );
  const asset = near === undefined ? undefined : [...graph.assets].find((candidate) => basename(candidate) === near);
  return asset === undefined ? undefined : relative(dirname(page.absPath), join(graph.docsDir, asset));
}
