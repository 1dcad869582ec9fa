/**
 * No internal link in the built site is broken: every same-site href and src points at a file that exists
 * and, when it has a #fragment, at an id that page really has. Checked for both builds (root and base path),
 * which also proves every link respects the base path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';

interface PageFacts {
  ids: Set<string>;
  links: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function facts(file: string): PageFacts {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string') ids.add(id);
    for (const attribute of ['href', 'src']) {
      const value = node.properties[attribute];
      if (typeof value === 'string') links.push(value);
    }
  });
  return { ids, links };
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

for (const [label, dirKey, base] of [
  ['root', 'siteDir', '/'],
  ['base path', 'baseSiteDir', '/handbook/'],
] as const) {
  describe(`links in dist (${label})`, () => {
    it('every internal link and fragment resolves', () => {
      const dir = inject(dirKey);
      const pages = new Map(htmlFiles(dir).map((file) => [file, facts(file)]));
      const broken: string[] = [];
      let count = 0;
      for (const [file, { ids, links }] of pages) {
        const pagePath = `${base}${relative(dir, file).replace(/index\.html$/, '')}`;
        for (const link of links) {
          if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue;
          count++;
          const url = new URL(link, `https://site.test${pagePath}`);
          const target = fileFor(dir, base, url.pathname);
          if (!target) {
            broken.push(`${relative(dir, file)}: ${link} (no file)`);
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          const targetIds = target === file ? ids : pages.get(target)?.ids;
          if (fragment && targetIds && !targetIds.has(fragment))
            broken.push(`${relative(dir, file)}: ${link} (no id "${fragment}")`);
        }
      }
      expect(broken).toEqual([]);
      expect(count).toBeGreaterThan(500);
    });
  });
}
