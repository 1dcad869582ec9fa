/**
 * The URL a resolved link or image is published with (src/lib/content-graph/resolve-link.ts), shared by the
 * Markdown rewrite (remark-resolve-links.ts) and the raw-HTML one (rehype-resolve-raw-links.ts). Undefined
 * leaves the URL as written: external links, and whatever the content check reports.
 */
import type { LinkablePage, LinkTarget } from '../lib/content-graph/resolve-link.ts';
import { joinBase } from '../lib/urls.ts';

export function publishedUrl(
  target: LinkTarget<LinkablePage>,
  from: LinkablePage,
  written: string,
  image: boolean,
  base: string,
): string | undefined {
  switch (target.kind) {
    case 'asset':
      // Files beside the Markdown and under public/ get the base path too.
      return joinBase(base, target.href);
    case 'page':
      if (image) return undefined;
      // A fragment on this page stays a fragment (no reload); an anchor naming the title goes to the page's top.
      if (target.page === from && !written.split('#')[0] && target.anchor) return `#${target.anchor}`;
      return joinBase(base, target.href);
    case 'folder':
      return image ? undefined : joinBase(base, target.href);
    case 'repository':
      return image ? undefined : target.href;
    default:
      return undefined;
  }
}
