/**
 * rehype plugin: rewrites links and images written in raw HTML (`<a href="../x.md">`, `<img src="img/a.png">`)
 * as remark-resolve-links rewrites Markdown's, with the same resolver. Raw HTML passes through the pipeline as
 * `raw` nodes (src/markdown/render-page.ts), so the attribute values are replaced inside each node's text, at the
 * positions parse5 (the parser browsers follow) gives them; nothing else of the HTML is touched.
 *
 * It runs after rehype-html-policy, which judges the HTML as written: the content check resolves those written
 * URLs, so a broken one is reported as the contributor wrote it. A replacement is only ever a URL the policy
 * allows (a site path or a web address, checked again here), written as a quoted and escaped value, so the tree
 * the policy judged and the one published differ in those values alone.
 */
import type { Root } from 'hast';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { VFile } from 'vfile';
import { resolveLink, type LinkablePage, type LinkGraph } from '../lib/content-graph/resolve-link.ts';
import { linkUrlProblem, resourceUrlProblem } from '../lib/url-safety.ts';
import { publishedUrl } from './link-url.ts';

type Node = DefaultTreeAdapterMap['node'];

export interface ResolveRawLinksOptions {
  graph: () => LinkGraph<LinkablePage>;
  base: string;
}

/** Which attribute of which element is a link (or an image) to resolve. */
const linkAttribute: Readonly<Record<string, { name: string; image: boolean }>> = {
  a: { name: 'href', image: false },
  img: { name: 'src', image: true },
};
const mayHaveLinks = /\b(?:href|src)\s*=/i;

interface Replacement {
  start: number;
  end: number;
  text: string;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Rewrites the link and image URLs of one piece of raw HTML; returns it unchanged when none resolves. */
export function rewriteRawHtml(html: string, resolveUrl: (url: string, image: boolean) => string | undefined): string {
  if (!mayHaveLinks.test(html)) return html;
  const replacements: Replacement[] = [];
  const stack: Node[] = [parseFragment(html, { sourceCodeLocationInfo: true })];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('childNodes' in node) stack.push(...node.childNodes);
    if (!('tagName' in node)) continue;
    const wanted = linkAttribute[node.tagName];
    const attribute = wanted && node.attrs.find((candidate) => candidate.name === wanted.name);
    const location = wanted && node.sourceCodeLocation?.attrs?.[wanted.name];
    if (!wanted || !attribute || !location) continue;
    const url = resolveUrl(attribute.value, wanted.image);
    if (url === undefined || url === attribute.value) continue;
    const problem = wanted.image ? resourceUrlProblem(url) : linkUrlProblem(url);
    if (problem) continue;
    const written = html.slice(location.startOffset, location.startOffset + wanted.name.length);
    replacements.push({
      start: location.startOffset,
      end: location.endOffset,
      text: `${written}="${escapeAttribute(url)}"`,
    });
  }
  let result = html;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start))
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export default function rehypeResolveRawLinks(options: ResolveRawLinksOptions) {
  return (tree: Root, file: VFile) => {
    const graph = options.graph();
    const page = file.path ? graph.byAbsPath.get(file.path) : undefined;
    if (!page) return;
    const resolveUrl = (url: string, image: boolean) =>
      publishedUrl(resolveLink(graph, page, url), page, url, image, options.base);
    const stack: Root['children'] = [...tree.children];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'raw') node.value = rewriteRawHtml(node.value, resolveUrl);
      else if ('children' in node) stack.push(...node.children);
    }
  };
}
