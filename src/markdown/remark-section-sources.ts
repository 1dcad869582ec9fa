/**
 * remark plugin: finds where on the code host each section's Markdown can be read, its lines highlighted, for the
 * "View source" link rehype-heading-links.ts writes beside the heading. It leaves the tree as it is; the links go
 * to `file.data.sectionSources`, by the line of their heading (which remark-rehype keeps on the HTML heading).
 *
 *   docs/guide.md, "## Logs" on lines 12 to 30  ->  https://github.com/o/r/blob/main/docs/guide.md#L12-L30
 *
 * No link is made where there is nothing sure to link to: no repository, a code host whose line links are not
 * known (src/lib/code-host.ts), a file outside the docs folder, or a page whose front matter sends its edit link
 * elsewhere (`custom_edit_url`: its Markdown is then generated or kept somewhere else, and its lines here are not
 * the ones to review).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { fileInRepository, sourceLinesUrl, type CodeHostRepository, type LineRange } from '../lib/code-host.ts';
import { sectionLines } from '../lib/content-graph/section-lines.ts';

export interface SectionSource extends LineRange {
  url: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Each section's lines on the code host, by the line of its heading. */
    sectionSources: ReadonlyMap<number, SectionSource>;
  }
}

export interface SectionSourceOptions {
  /** The repository the docs are in, as the site config has it; no links without one. */
  repository?: CodeHostRepository | undefined;
  /** The docs folder, absolute: a page's path in the repository is the repository's docs path, then its path here. */
  docsDir: () => string;
}

/** Whether the page's front matter names an edit URL of its own (Docusaurus's `custom_edit_url`, even null). */
function editsElsewhere(file: VFile): boolean {
  const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter !== undefined && Object.hasOwn(astro.frontmatter, 'custom_edit_url');
}

export default function remarkSectionSources({ repository, docsDir }: SectionSourceOptions) {
  return (tree: Root, file: VFile) => {
    if (!repository || !file.path || editsElsewhere(file)) return;
    const path = fileInRepository(repository, docsDir(), file.path);
    if (path === undefined) return;
    const sources = new Map<number, SectionSource>();
    for (const lines of sectionLines(tree, String(file.value)).values()) {
      const url = sourceLinesUrl(repository, path, lines);
      if (url === undefined) return; // A code host without line links: none for any section.
      sources.set(lines.start, { url, ...lines });
    }
    file.data.sectionSources = sources;
  };
}
