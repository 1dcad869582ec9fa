/**
 * Broken internal links in a built site, found from its files alone: every same-site href and src must point at a
 * file that exists and, when it has a #fragment, at an anchor that page really has (an `id`, or the `name` of an
 * `<a>`, which browsers scroll to as well). Used for the handbook and for the test book.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

interface PageFacts {
  anchors: Set<string>;
  links: string[];
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function facts(file: string): PageFacts {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const anchors = new Set<string>();
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string') anchors.add(id);
    const name = node.properties['name'];
    if (node.tagName === 'a' && typeof name === 'string') anchors.add(name);
    for (const attribute of ['href', 'src']) {
      const value = node.properties[attribute];
      if (typeof value === 'string') links.push(value);
    }
  });
  return { anchors, links };
}

function fileFor(dir: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = decodeURIComponent(path.slice(base.length));
  const candidates =
    inside === '' || inside.endsWith('/')
      ? [join(dir, inside, 'index.html')]
      : [join(dir, inside), join(dir, inside, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
}

export interface LinkReport {
  /** `page.html: link (why)` for each broken link. */
  broken: string[];
  /** How many internal links were checked, so a test can tell that it checked something. */
  checked: number;
}

/** Checks every internal link of the site built in `dir` for the base path `base` ("/" or "/x/"). */
export function brokenLinks(dir: string, base: string): LinkReport {
  const pages = new Map(htmlFiles(dir).map((file) => [file, facts(file)]));
  const broken: string[] = [];
  let checked = 0;
  for (const [file, { anchors, links }] of pages) {
    const pagePath = `${base}${relative(dir, file).replace(/index\.html$/, '')}`;
    for (const link of links) {
      if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue;
      checked++;
      const url = new URL(link, `https://site.test${pagePath}`);
      const target = fileFor(dir, base, url.pathname);
      if (!target) {
        broken.push(`${relative(dir, file)}: ${link} (no file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const targetAnchors = target === file ? anchors : pages.get(target)?.anchors;
      if (fragment && targetAnchors && !targetAnchors.has(fragment))
        broken.push(`${relative(dir, file)}: ${link} (no anchor "${fragment}")`);
    }
  }
  return { broken, checked };
}
