/**
 * Puts the files beside the Markdown (src/lib/content-graph/assets.ts) into a built site, at the same path they
 * have in the docs folder: `manual/img/diagram.png` -> `<site>/manual/img/diagram.png`. Copied on every build,
 * reused pages or not (src/incremental/page-reuse.ts), so a rebuild never loses one. A file the site already has there
 * (a public/ file or a page of the same name) is kept and the docs file named, never silently replaced.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PublishedAssets {
  copied: number;
  /** Docs files left out because the site already has a file at their path. */
  clashes: string[];
}

export function publishAssets(docsDir: string, assets: Iterable<string>, siteDir: string): PublishedAssets {
  const result: PublishedAssets = { copied: 0, clashes: [] };
  for (const asset of assets) {
    const target = join(siteDir, asset);
    if (existsSync(target)) {
      result.clashes.push(asset);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(docsDir, asset), target);
    result.copied++;
  }
  return result;
}
