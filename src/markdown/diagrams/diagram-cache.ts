/**
 * Drawn diagrams kept between builds, one file per diagram named by a digest of its text and of the versions of
 * the two libraries that judge and draw it: a rebuild that renders a page again (its text changed, its diagram
 * did not) takes the drawing from here and starts no worker at all. Kept in the build's cache folder, which
 * Astro's own cache clearing empties.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DiagramResult } from '../../lib/content-graph/diagram-facts.ts';
import { writeFileAtomic } from '../../lib/write-atomic.ts';

export interface DiagramCache {
  get(source: string): DiagramResult | undefined;
  set(source: string, result: DiagramResult): void;
}

/** A package's version, from the package.json above the file it resolves to ("" when it is not installed). */
function versionOf(name: string): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    for (;;) {
      const file = join(dir, 'package.json');
      if (existsSync(file)) {
        const meta = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (meta.name === name) return meta.version ?? '';
      }
      const parent = dirname(dir);
      if (parent === dir) return '';
      dir = parent;
    }
  } catch {
    return '';
  }
}

export function diagramCache(dir: string): DiagramCache {
  let versions: string | undefined;
  const fileOf = (source: string) => {
    versions ??= ['mermaid', 'beautiful-mermaid'].map((name) => `${name}@${versionOf(name)}`).join(' ');
    return join(dir, `${createHash('sha256').update(versions).update('\0').update(source).digest('hex')}.json`);
  };
  return {
    get(source) {
      const file = fileOf(source);
      if (!existsSync(file)) return undefined;
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as DiagramResult;
      } catch {
        return undefined; // A file cut short by a crash: drawn again.
      }
    },
    set(source, result) {
      // What failed is not the diagram's verdict: never kept.
      if (result.kind === 'failed') return;
      writeFileAtomic(fileOf(source), JSON.stringify(result));
    },
  };
}
