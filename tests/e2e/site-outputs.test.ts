/**
 * The check refuses pages and redirects that would land on a file the build writes (src/lib/site-outputs.ts);
 * that list must be the build's. Every top-level entry of a real build is a page folder, a public file or a name
 * the list knows, and every generated file the list names is really written.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildContentGraph } from '../../src/lib/content-graph/graph.ts';
import { redirectsOf } from '../../src/lib/redirects.ts';
import { generatedFiles, generatedPages, isGeneratedName } from '../../src/lib/site-outputs.ts';

const firstSegment = (path: string) => path.split('/').find(Boolean);

describe('what the build writes besides content pages', () => {
  it('is known to the check', () => {
    const graph = buildContentGraph(process.cwd());
    const pageFolders = new Set(
      [...generatedPages, ...graph.pages.map((page) => page.path), ...redirectsOf(graph.pages).map((r) => r.from)]
        .map(firstSegment)
        .filter((segment) => segment !== undefined),
    );
    const publicNames = new Set(readdirSync('public'));
    const unknown = readdirSync(inject('siteDir')).filter(
      (name) => name !== 'index.html' && !pageFolders.has(name) && !publicNames.has(name) && !isGeneratedName(name),
    );
    expect(unknown).toEqual([]);
    for (const file of generatedFiles) expect(existsSync(join(inject('siteDir'), file)), file).toBe(true);
  });
});
