/**
 * Fixture tests for every Markdown plugin: src/markdown/fixtures/<plugin>/<case>/input.md is run through
 * the plugin (with the site's parser and serializer around it) and compared with output.html beside it.
 * Adding a case is adding a folder. Set UPDATE_FIXTURES=1 to write missing outputs (then review them).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFile } from '../lib/content-graph/front-matter.ts';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import rehypeCodeBlocks from './rehype-code-blocks.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import remarkCallouts from './remark-callouts.ts';
import remarkCards from './remark-cards.ts';
import remarkChecklists from './remark-checklists.ts';
import remarkDropTitleHeading from './remark-drop-title-heading.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkParseNative from './remark-parse-native.ts';
import remarkResolveLinks from './remark-resolve-links.ts';
import remarkSectionReports from './remark-section-reports.ts';
import remarkTabs from './remark-tabs.ts';
import remarkMermaid from './remark-mermaid.ts';
import { createDiagramRenderer } from './diagrams/mermaid-renderer.ts';
import remarkSectionSources from './remark-section-sources.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

function oneRenderer() {
  let renderer: ReturnType<typeof createDiagramRenderer> | undefined;
  return () => (renderer ??= createDiagramRenderer());
}
const linkSite = join(fixtures, 'remark-resolve-links', '_site');

/**
 * For each plugin: remark plugins (run before remark-rehype) and rehype plugins (after); where the input file is,
 * and whether its front matter is blanked first, as the renderer does (src/lib/content-graph/front-matter.ts).
 */
const setups: Record<
  string,
  {
    remark: PluggableList;
    rehype: PluggableList;
    file?: (caseDir: string) => string;
    frontMatter?: boolean;
    /** The commit that last changed the file, as the renderer passes it. */
    commit?: (caseDir: string) => string | undefined;
  }
> = {
  'remark-heading-ids': { remark: [remarkHeadingIds], rehype: [] },
  'remark-callouts': { remark: [remarkCallouts], rehype: [] },
  'remark-cards': { remark: [remarkCards, remarkCallouts], rehype: [] },
  'remark-tabs': { remark: [remarkTabs, remarkCallouts], rehype: [] },
  'remark-checklists': { remark: [remarkHeadingIds, remarkChecklists], rehype: [] },
  // No front matter in a fixture: the title comes from the leading # heading, which is then dropped.
  'remark-drop-title-heading': { remark: [remarkHeadingIds, remarkDropTitleHeading], rehype: [] },
  'remark-resolve-links': {
    remark: [
      [
        remarkResolveLinks,
        {
          graph: () =>
            buildContentGraph(linkSite, {
              layout: {
                glossary: 'glossary',
                repoRoot: linkSite,
                repository: { url: 'https://code.example/org/repo', branch: 'main' },
              },
            }),
          base: '/handbook/',
        },
      ],
    ],
    rehype: [],
    file: () => join(linkSite, 'content', 'guides', 'start.md'),
  },
  'rehype-code-blocks': { remark: [], rehype: [rehypeCodeBlocks] },
  // One renderer for every case, as one pipeline has: its worker starts on the first diagram.
  'remark-mermaid': {
    remark: [[remarkMermaid, { renderer: oneRenderer(), name: 'Diagram' }]],
    rehype: [rehypeCodeBlocks],
  },
  'rehype-heading-links': { remark: [remarkHeadingIds], rehype: [rehypeHeadingLinks] },
  // The fixture folder stands for the docs folder, at docs/ in a repository on GitHub.
  'remark-section-sources': {
    remark: [
      remarkHeadingIds,
      [
        remarkSectionSources,
        {
          repository: { url: 'https://github.com/o/r', branch: 'main', path: 'docs' },
          docsDir: () => join(fixtures, 'remark-section-sources'),
        },
      ],
    ],
    rehype: [rehypeHeadingLinks],
    frontMatter: true,
  },
  // A page of the link fixtures' site (guides/start.md) in a GitHub repository: its title from its front matter or
  // its title heading; the case named commit-and-title was last changed by a known commit.
  'remark-section-reports': {
    remark: [
      remarkHeadingIds,
      remarkDropTitleHeading,
      [
        remarkSectionReports,
        {
          repository: { url: 'https://github.com/o/r', branch: 'main', path: 'docs' },
          graph: () => buildContentGraph(linkSite, { layout: { glossary: 'glossary' } }),
          base: '/handbook/',
          siteOrigin: 'https://handbook.example',
        },
      ],
    ],
    rehype: [rehypeHeadingLinks],
    file: () => join(linkSite, 'content', 'guides', 'start.md'),
    frontMatter: true,
    commit: (caseDir) =>
      caseDir.endsWith('commit-and-title') ? '0123456789abcdef0123456789abcdef01234567' : undefined,
  },
  'rehype-external-links': { remark: [], rehype: [[rehypeExternalLinks, { siteOrigin: 'https://handbook.example' }]] },
};

async function render(plugin: string, caseDir: string, markdown: string): Promise<string> {
  const setup = setups[plugin];
  if (!setup) throw new Error(`no setup for fixture folder ${plugin}`);
  const processor = unified()
    .use(remarkParseNative)
    .use(setup.remark)
    .use(remarkRehype)
    .use(setup.rehype)
    .use(rehypeStringify);
  const split = splitFile(markdown);
  const value = setup.frontMatter ? split.body : markdown;
  const frontmatter =
    setup.frontMatter && split.yaml !== undefined ? (parse(split.yaml) as Record<string, unknown>) : {};
  const commit = setup.commit?.(caseDir);
  const file = new VFile({
    value,
    path: setup.file?.(caseDir) ?? join(caseDir, 'input.md'),
    data: { astro: { frontmatter }, ...(commit ? { sourceCommit: commit } : {}) },
  });
  return String(await processor.process(file)).trim();
}

for (const plugin of readdirSync(fixtures).sort()) {
  describe(plugin, () => {
    it('has a test setup', () => expect(setups[plugin]).toBeDefined());
    for (const name of readdirSync(join(fixtures, plugin))
      .filter((n) => !n.startsWith('_'))
      .sort()) {
      it(name, async () => {
        const caseDir = join(fixtures, plugin, name);
        const actual = await render(plugin, caseDir, readFileSync(join(caseDir, 'input.md'), 'utf8'));
        const expectedPath = join(caseDir, 'output.html');
        if (!existsSync(expectedPath) && process.env['UPDATE_FIXTURES']) writeFileSync(expectedPath, `${actual}\n`);
        expect(actual).toBe(readFileSync(expectedPath, 'utf8').trim());
      });
    }
  });
}
