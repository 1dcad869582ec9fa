/**
 * Defaults read from the docs folder itself, so a folder of Markdown makes a sensible site with no config:
 * the site's title and tagline from its root README/index, and its sections from its top-level folders.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { parseFrontMatter, splitFile } from '../lib/content-graph/front-matter.ts';
import { parseMarkdown } from '../lib/content-graph/parse-markdown.ts';

/** The names a folder's own page may have, in the order a code host prefers them. */
const indexNames = ['readme.md', 'index.md'];

/** The file of a folder's own page (README.md or index.md, in any case), if it has one. */
export function folderIndexFile(dir: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  for (const wanted of indexNames) {
    const found = names.find((name) => name.toLowerCase() === wanted);
    if (found) return join(dir, found);
  }
  return undefined;
}

export interface IndexFacts {
  /** Text of the first level-1 heading. */
  h1: string | undefined;
  /** The front matter's `description`, else the first paragraph's text (cut to 160 characters). */
  description: string | undefined;
}

/** What a folder's README/index says about it; nothing when it has none. */
export function folderIndexFacts(dir: string): IndexFacts {
  const file = folderIndexFile(dir);
  if (!file) return { h1: undefined, description: undefined };
  const split = splitFile(readFileSync(file, 'utf8'));
  // Broken front matter is reported where the page itself is checked; here it simply gives no description.
  const data = split.yaml === undefined ? undefined : parseFrontMatter(split.yaml).data;
  const written =
    data && typeof data === 'object' && 'description' in data && typeof data.description === 'string'
      ? data.description.trim()
      : '';
  const { tree, headings } = parseMarkdown(split.body);
  const h1 = headings.find((heading) => heading.depth === 1)?.text.trim() || undefined;
  return { h1, description: written || firstParagraph(tree.children) };
}

/**
 * The plain text of the first paragraph that has words of its own: a paragraph of badges or images (common at
 * the top of a README) says nothing about the site.
 */
function firstParagraph(nodes: readonly { type: string }[]): string | undefined {
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    const text = toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
    if (text) return cutAtWord(text, 160);
  }
  return undefined;
}

/** `text` shortened to at most `max` characters at a word boundary, with "…" when anything was cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.search(/\s\S*$/);
  const cut = (space > 0 ? room.slice(0, space) : room).replace(/[\s,;:.!?\-–—]+$/, '');
  return `${cut}…`;
}

/** Folder names that say where docs are kept rather than what they are about. */
const genericFolderNames = new Set(['content', 'docs', 'doc', 'documentation']);

/** The docs folder's name as a site title: `my-project/docs` -> "my-project", since "docs" names nothing. */
export function folderTitle(docsDir: string): string {
  const name = basename(docsDir);
  if (!genericFolderNames.has(name.toLowerCase())) return name;
  return basename(dirname(docsDir)) || name;
}

/** A folder name as a label: "getting-started" -> "Getting started", "api_reference" -> "Api reference". */
export function humanise(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : name;
}

/** Folders no site is made from: hidden ones, tooling ones (`_site`, `_includes`), dependencies. */
function isSiteFolder(entry: Dirent): boolean {
  return entry.isDirectory() && !/^[._]/.test(entry.name) && entry.name !== 'node_modules';
}

/** Whether `dir` holds a Markdown file at any depth. */
function holdsMarkdown(dir: string): boolean {
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) return true;
      if (isSiteFolder(entry)) pending.push(join(current, entry.name));
    }
  }
  return false;
}

/** The top-level folders that hold Markdown, sorted by name: each is a section unless the config says otherwise. */
export function topLevelFolders(docsDir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(docsDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => isSiteFolder(entry) && holdsMarkdown(join(docsDir, entry.name)))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en'));
}
