/**
 * Resolves a link written in a content file. Contributors write relative links to .md files (which also work
 * in the code host's file view); this maps them to the page they name and the site URL it has.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PageNode } from './load-page.ts';

/** What link resolution needs to know about a page: where it is and where it is published. */
export type LinkablePage = Pick<
  PageNode,
  'absPath' | 'file' | 'path' | 'hash' | 'collection' | 'slug' | 'draft' | 'kind' | 'isIndex'
>;

/** The part of the content graph link resolution reads; a table of files is enough (see render worker). */
export interface LinkGraph<P extends LinkablePage = PageNode> {
  root: string;
  pages: P[];
  byAbsPath: Map<string, P>;
}

export type LinkTarget<P extends LinkablePage = PageNode> =
  /** Another scheme (https:, mailto:) or a protocol-relative URL: not ours to check. */
  | { kind: 'external' }
  /** A content page; `href` is its site path (no base) with the fragment. */
  | { kind: 'page'; page: P; anchor: string; href: string }
  /** A file that is not a page (an image or download next to the content, or under public/). */
  | { kind: 'asset'; absPath: string; href: string | undefined }
  /** Nothing there. `wanted` is the absolute path looked for. */
  | { kind: 'missing'; wanted: string; reason: 'no-file' | 'draft' | 'not-markdown-link' };

const schemePattern = /^[a-z][a-z0-9+.-]*:/i;

function splitUrl(url: string): { path: string; anchor: string } {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const anchor = hashAt === -1 ? '' : url.slice(hashAt + 1);
  const path = beforeHash.split('?')[0] ?? '';
  return { path: safeDecode(path), anchor: safeDecode(anchor) };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function pageHref(page: LinkablePage, anchor: string): string {
  const fragment = anchor || page.hash;
  return fragment ? `${page.path}#${fragment}` : page.path;
}

export function resolveLink<P extends LinkablePage>(graph: LinkGraph<P>, from: P, url: string): LinkTarget<P> {
  // Read as a browser reads it: tabs and newlines inside a URL and spaces or controls before it do not count, so
  // "java\tscript:" is a scheme (the unsafe-html rule judges which schemes may be used).
  const read = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (schemePattern.test(read) || read.startsWith('//')) return { kind: 'external' };
  const { path, anchor } = splitUrl(url);
  if (path === '') return { kind: 'page', page: from, anchor, href: pageHref(from, anchor) };
  if (path.startsWith('/')) return resolveSitePath(graph, path, anchor);
  const absPath = resolve(dirname(from.absPath), path);
  const page = graph.byAbsPath.get(absPath);
  if (page) {
    if (page.draft && !graph.pages.includes(page)) return { kind: 'missing', wanted: absPath, reason: 'draft' };
    return { kind: 'page', page, anchor, href: pageHref(page, anchor) };
  }
  if (!path.endsWith('.md') && existsSync(absPath)) {
    // A folder or a page's URL written relatively is not a file link the code host can follow.
    if (graph.byAbsPath.has(`${absPath.replace(/\/$/, '')}.md`) || !/\.[a-z0-9]+$/i.test(path)) {
      return { kind: 'missing', wanted: absPath, reason: 'not-markdown-link' };
    }
    return { kind: 'asset', absPath, href: undefined };
  }
  return { kind: 'missing', wanted: absPath, reason: 'no-file' };
}

/** A site-absolute path ("/guides/x/"): a page's URL, or a file under public/. */
function resolveSitePath<P extends LinkablePage>(graph: LinkGraph<P>, path: string, anchor: string): LinkTarget<P> {
  const normalized = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
  const page = graph.pages.find((candidate) => candidate.path === normalized && !candidate.hash);
  if (page) return { kind: 'page', page, anchor, href: pageHref(page, anchor) };
  const publicFile = join(graph.root, 'public', path);
  if (existsSync(publicFile)) return { kind: 'asset', absPath: publicFile, href: path };
  return { kind: 'missing', wanted: join(graph.root, 'content', path), reason: 'no-file' };
}
