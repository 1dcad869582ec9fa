/**
 * Renders one content page with our pipeline (the native Markdown parser, our remark plugins, remark-rehype, our
 * rehype plugins, rehype-stringify) and collects the page's facts for the content graph from the same parse, so each
 * file is parsed once per build. Used in worker threads (src/lib/content-graph/load-content.ts) and, for a
 * handful of files, in the main thread.
 *
 * Unlike Astro's own processor it does not re-parse the whole HTML tree with rehype-raw (a seventh of the
 * rendering time): raw HTML in content passes through as written. Pages with raw HTML are judged on their final
 * tree by rehype-html-policy, and its findings become the page's `rawHtml` facts: content errors that stop the
 * build before anything outside the policy is published.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { collectMarkdownFacts, type ParsedMarkdown } from '../lib/content-graph/parse-markdown.ts';
import { markdownPipeline, type PipelineOptions } from './pipeline.ts';
import remarkMdbookIncludes from './remark-mdbook-includes.ts';
import remarkParseNative from './remark-parse-native.ts';
import type { TwinSource } from '../lib/twins/markdown-twin.ts';

export type MarkdownFacts = Omit<ParsedMarkdown, 'tree'>;

export interface RenderedMarkdown {
  html: string;
  facts: MarkdownFacts;
  /** How the body becomes the page's Markdown twin (remark-twin-edits.ts). */
  twin: TwinSource;
}

export type PageRenderer = (
  body: string,
  absPath: string,
  frontmatter: Record<string, unknown>,
  /** The commit that last changed the file, for its sections' report links. */
  commit?: string,
) => Promise<RenderedMarkdown>;

declare module 'vfile' {
  interface DataMap {
    /** The page's facts for the content graph, collected from the parsed tree before anything changes it. */
    markdownFacts: MarkdownFacts;
  }
}

/**
 * Runs first on the parsed tree; the rendering plugins after it see the same ids (id assignment is idempotent).
 * The facts travel with the file, so renders may overlap (a page waiting for its diagram's drawing does not hold
 * up the next page: src/lib/content-graph/render-worker.ts).
 */
const remarkCollectFacts = () => (tree: Root, file: VFile) => {
  const { tree: _tree, ...collected } = collectMarkdownFacts(tree, String(file.value), { judgeRawHtml: false });
  file.data.markdownFacts = collected;
};

/** What a page renderer is made with: the Markdown pipeline's options. */
export type RendererOptions = PipelineOptions;

export function createPageRenderer(options: RendererOptions): PageRenderer {
  const { remarkPlugins, rehypePlugins } = markdownPipeline(options);
  const processor = unified()
    .use(remarkParseNative)
    // Before the facts: the check reads the included code and text as part of the page.
    .use(remarkMdbookIncludes, { graph: options.graph })
    .use(remarkCollectFacts)
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypePlugins)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();
  return async (body, absPath, frontmatter, commit) => {
    const file = new VFile({
      value: body,
      path: absPath,
      data: { astro: { frontmatter }, ...(commit ? { sourceCommit: commit } : {}) },
    });
    const html = String(await processor.process(file));
    const collected = file.data.markdownFacts;
    if (!collected) throw new Error(`${absPath}: the facts plugin did not run`);
    if (!file.data.rawHtml) throw new Error(`${absPath}: the raw-HTML policy did not run`);
    const twin = file.data.twin ?? { edits: [], terms: [] };
    const diagrams = file.data.diagrams ?? collected.diagrams;
    return { html, facts: { ...collected, rawHtml: file.data.rawHtml, diagrams }, twin };
  };
}
