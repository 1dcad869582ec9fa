/**
 * The shape of the code, from a docs folder to a site, one way down: every import in src/ is read
 * and checked for cycles and for arrows against the layers
 *
 *   config -> content -> markdown -> incremental -> site -> cli
 *
 * A module may import from its own layer and the layers before it, never from a later one. Helpers (listed
 * below, each small and importing nothing from the layers) may be imported by anyone. Tests and fixtures are
 * left out: a test may reach anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname);

const layers = ['config', 'content', 'markdown', 'incremental', 'site', 'cli'] as const;
type Layer = (typeof layers)[number] | 'helper';

/** Where each module belongs, by the longest matching path prefix (relative to src/). */
const layerOf: [prefix: string, layer: Layer][] = [
  ['config/', 'config'],
  ['schemas/', 'content'],
  ['lib/', 'content'],
  ['markdown/', 'markdown'],
  ['incremental/', 'incremental'],
  ['context/', 'site'],
  ['integrations/', 'site'],
  ['pages/', 'site'],
  ['layouts/', 'site'],
  ['components/', 'site'],
  ['scripts/', 'site'],
  ['styles/', 'site'],
  ['middleware.ts', 'site'],
  ['content.config.ts', 'site'],
  // The site's settings: the config layer's result plus what the content layer needs to find the docs.
  ['site.config.ts', 'site'],
  // Route data and Astro's content loader: they read the site context, so they are the site's.
  ['lib/entries.ts', 'site'],
  ['lib/content-loader.ts', 'site'],
  ['lib/content-sync.ts', 'site'],
  ['lib/twin-routes.ts', 'site'],
  ['lib/feeds.ts', 'site'],
  ['cli/', 'cli'],
];

/**
 * Small modules with no imports from the layers (only other helpers and packages), used across them. Each
 * says why it is shared.
 */
const helpers = new Set([
  // Problems (path:line:column, rule id) are what every layer reports.
  'lib/problems.ts',
  'lib/closest.ts',
  // Where content lives in a docs folder: the config's defaults and the graph both need it.
  'lib/content-layout.ts',
  // The YAML front-matter reader with positions: the config file and the pages are read with it.
  'lib/content-graph/front-matter.ts',
  'schemas/allowed-keys.ts',
  // The Markdown parser to mdast (remark with its nesting limit): the content layer parses with it, the pipeline
  // renders from it.
  'markdown/remark-parse-native.ts',
  'markdown/nesting-limit.ts',
  // The code-fence language table: the rule that warns about an unknown language and the highlighter share it.
  'markdown/code-languages.ts',
  // A language's writing direction: the config gives each locale one, a page with its own `lang` gets its own.
  'lib/page-language.ts',
  // Review periods and days (`6 months`, `2026-11-30`): the config, the page schema, the rule and the layout read
  // them alike.
  'lib/review-dates.ts',
  // A page's words for the search vocabulary, counted when content is rendered (lib/content-graph/load-content.ts).
  'incremental/vocabulary.ts',
]);

/**
 * Imports against the layers that remain, each with the reason and what would remove it. Temporary: they need
 * files moved in folders another change owns.
 */
const allowances = new Set([
  // The config's defaults (title, tagline) read the root page's first heading and paragraph with the content
  // parser. Remove by handing loadSiteConfig a reader from its caller (src/site.config.ts).
  'config/folder-defaults.ts -> lib/content-graph/parse-markdown.ts',
  // Loading content renders every page's HTML on worker threads with the Markdown pipeline: rendering belongs
  // above markdown (with the caches and workers in incremental/). Remove by moving load-content.ts and
  // render-worker.ts out of lib/content-graph/.
  'lib/content-graph/load-content.ts -> markdown/render-page.ts',
  'lib/content-graph/render-worker.ts -> markdown/render-page.ts',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file) && !/\.(test|d)\.ts$/.test(file))
    .filter((file) => !file.split('/').some((part) => part === 'fixtures' || part === 'parser-fixtures'))
    .map((file) => file.split('\\').join('/'));
}

/** The modules in src/ a file imports (statically, dynamically or for types), relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.') && /\.(ts|astro)$/.test(name))
    .map((name) =>
      relative(src, resolve(dirname(join(src, file)), name))
        .split('\\')
        .join('/'),
    );
}

function layer(file: string): Layer {
  if (helpers.has(file)) return 'helper';
  let best: [string, Layer] | undefined;
  for (const entry of layerOf)
    if (file.startsWith(entry[0]) && entry[0].length > (best?.[0].length ?? -1)) best = entry;
  if (!best) throw new Error(`${file} is in no layer: add its folder to layerOf in src/architecture.test.ts`);
  return best[1];
}

const files = sourceFiles(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)?.includes(file)) found.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe('architecture', () => {
  it('finds the imports it checks', () => {
    expect(files).toContain('cli/build.ts');
    expect(graph.get('cli/build.ts')).toContain('context/site-context.ts');
    // .astro files are read too.
    expect(graph.get('layouts/BaseLayout.astro')).toContain('lib/entries.ts');
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('imports only along the layers', () => {
    const against: string[] = [];
    for (const [file, imported] of graph) {
      const from = layer(file);
      for (const target of imported) {
        if (!graph.has(target)) continue;
        const to = layer(target);
        if (from === 'helper' && to !== 'helper') against.push(`${file} -> ${target} (a helper imports ${to})`);
        else if (to !== 'helper' && from !== 'helper' && layers.indexOf(to) > layers.indexOf(from))
          against.push(`${file} -> ${target}`);
      }
    }
    expect(against.filter((edge) => !allowances.has(edge.replace(/ \(.*$/, '')))).toEqual([]);
  });

  it('reaches incremental building only through its interface (src/incremental/index.ts)', () => {
    const around: string[] = [];
    for (const [file, imported] of graph)
      for (const target of imported)
        if (
          !file.startsWith('incremental/') &&
          target.startsWith('incremental/') &&
          target !== 'incremental/index.ts' &&
          !helpers.has(target)
        )
          around.push(`${file} -> ${target}`);
    expect(around).toEqual([]);
  });

  it('keeps no allowance that is no longer needed', () => {
    for (const allowance of allowances) {
      const [file, target] = allowance.split(' -> ');
      expect(graph.get(file!) ?? [], allowance).toContain(target);
    }
  });

  it('knows every helper it lists', () => {
    for (const helper of helpers) expect(files, helper).toContain(helper);
  });
});
