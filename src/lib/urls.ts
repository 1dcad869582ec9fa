/**
 * Site paths for content, without the base path; `withBase` adds it. Paths always end with a slash so that
 * pasted links are stable whether or not a host adds one.
 */
import { join } from 'node:path';

/** Prefixes a site path ("/manual/x/") with a base path ("/team/"). */
export function joinBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/**
 * The file a page is written to, relative to the output folder, as Pagefind's addDirectory would name it
 * (so a page handed over by its HTML gets the URL the folder's pages get): "/team/manual/x/" ->
 * "manual/x/index.html". Takes the path as the content graph has it, not percent-encoded.
 */
export function outputFileOf(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Where the page at a site path (base path included) is in a built site folder. */
export function siteFile(siteDir: string, pathname: string, base: string): string {
  return join(siteDir, outputFileOf(pathname, base));
}
