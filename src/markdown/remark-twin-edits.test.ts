/**
 * Fixture tests for the Markdown twin: src/markdown/twin-fixtures/<case>/input.md is rendered as a page of the
 * link fixtures' site (guides/start.md, base /handbook/) by the plugins a twin depends on, and the body the twin
 * publishes (src/lib/twins/markdown-twin.ts) is compared with output.md beside it. UPDATE_FIXTURES=1 writes
 * a missing output (review it before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { twinBody } from '../lib/twins/markdown-twin.ts';
import remarkChecklists from './remark-checklists.ts';
import remarkDropTitleHeading from './remark-drop-title-heading.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkMdbookIncludes from './remark-mdbook-includes.ts';
import remarkParseNative from './remark-parse-native.ts';
import remarkResolveLinks from './remark-resolve-links.ts';
import remarkTwinEdits from './remark-twin-edits.ts';

const site = join(import.meta.dirname, 'fixtures', 'remark-resolve-links', '_site');
const graph = buildContentGraph(site, {
  layout: {
    glossary: 'glossary',
    repoRoot: site,
    repository: { url: 'https://code.example/org/repo', branch: 'main' },
  },
});
const options = { graph: () => graph, base: '/handbook/', siteOrigin: 'https://handbook.example' };
const definitions: Record<string, string> = { nvr: 'Name, version, release.' };

async function twinOf(markdown: string): Promise<string> {
  const file = new VFile({ value: markdown, path: join(site, 'content', 'guides', 'start.md') });
  await unified()
    .use(remarkParseNative)
    .use(remarkMdbookIncludes, { graph: () => graph })
    .use(remarkHeadingIds)
    .use(remarkDropTitleHeading)
    .use(remarkChecklists)
    .use(remarkResolveLinks, options)
    .use(remarkTwinEdits, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  if (!file.data.twin) throw new Error('the twin plugin did not run');
  return twinBody(markdown, file.data.twin, (term) => definitions[term]);
}

const fixtures = join(import.meta.dirname, 'twin-fixtures');

describe('remark-twin-edits', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, async () => {
      const caseDir = join(fixtures, name);
      const actual = await twinOf(readFileSync(join(caseDir, 'input.md'), 'utf8'));
      const expectedPath = join(caseDir, 'output.md');
      if (!existsSync(expectedPath) && process.env['UPDATE_FIXTURES']) writeFileSync(expectedPath, `${actual}\n`);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8').trimEnd());
    });
  }
});
