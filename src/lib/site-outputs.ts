/**
 * Every file the build writes, as the check can know it before building: generated pages and files, public/,
 * content pages and redirect pages. A content page or a redirect path that would land on one of them, or inside
 * one of them as if it were a folder, cannot be built (EISDIR, ENOTDIR) or would silently replace it; the check
 * reports it instead (src/lib/rules/output-paths.ts, src/lib/rules/redirects.ts). tests/e2e/site-outputs.test.ts
 * keeps these lists true to a real build.
 */
import { outputFileOf } from './urls.ts';

/**
 * Pages the site generates from src/pages whatever its content, besides content pages, /tags/<tag>/ (one per
 * tag) and the listing of each folder without a README/index (src/lib/rules/planned-site.ts).
 */
export const generatedPages: ReadonlySet<string> = new Set(['/', '/tags/', '/search/']);

/**
 * Files at the top of the site: src/pages (404, rss.xml, robots.txt, the home page's Markdown twin and the
 * llms.txt files), the sitemap and the security headers.
 */
export const generatedFiles: ReadonlySet<string> = new Set([
  '404.html',
  'rss.xml',
  'robots.txt',
  'index.md',
  'llms.txt',
  'llms-full.txt',
  'sitemap-index.xml',
  '_headers',
]);

/** Top-level names the build fills itself: bundled assets, search indexes, sitemap parts. */
export function isGeneratedName(name: string): boolean {
  return (
    generatedFiles.has(name) || name === '_astro' || /^pagefind(-\d+)?$/.test(name) || /^sitemap-\d+\.xml$/.test(name)
  );
}

/** Whether a site path (no base) is one the site generates itself. */
export function isGeneratedPage(path: string): boolean {
  return generatedPages.has(path) || path.startsWith('/tags/');
}

/** Files of a site relative to its folder ("manual/x/index.html", "favicon.svg"), each with what writes it. */
export type SiteFiles = ReadonlyMap<string, string>;

/** The files of a site: its public files (paths relative to public/), the generated pages and the given pages. */
export function siteFiles(
  publicFiles: readonly string[],
  pages: readonly { path: string; writer: string }[],
): SiteFiles {
  const files = new Map<string, string>();
  for (const file of publicFiles) files.set(file, `public/${file}`);
  for (const path of generatedPages) files.set(outputFileOf(path, '/'), `the page ${path} the site generates`);
  for (const { path, writer } of pages) {
    const file = outputFileOf(path, '/');
    if (!files.has(file)) files.set(file, writer);
  }
  return files;
}

/**
 * What a page at a site path (no base, ending in "/") would collide with: a name the build fills itself, a file
 * of the site standing where the page needs a folder (a page at /rss.xml/ needs rss.xml to be a folder), or its
 * own file written by something other than `self`.
 */
export function outputCollision(path: string, site: SiteFiles, self: string): string | undefined {
  const segments = path.split('/').filter(Boolean);
  const [top] = segments;
  if (top !== undefined && isGeneratedName(top)) return `/${top} is written by the build itself`;
  // Every segment up to the page's own folder must be free to be a folder. A path without a final "/"
  // (/old/page.html) names a file: its last segment is that file, judged by the check of its own file below.
  const folders = path.endsWith('/') ? segments.length : segments.length - 1;
  for (let end = 1; end <= folders; end++) {
    const file = segments.slice(0, end).join('/');
    const writer = site.get(file);
    if (writer) return `/${file} is a file of the site (${writer}), not a folder`;
  }
  const own = outputFileOf(path, '/');
  const writer = site.get(own);
  if (writer && writer !== self) return `/${own} is written by ${writer}`;
  return undefined;
}
