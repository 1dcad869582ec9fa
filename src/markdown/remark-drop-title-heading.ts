/**
 * remark plugin: leaves out the body's title heading (its first heading, when that is a `#` heading with text)
 * when the page's title came from it, because the layout already shows the title as the page's <h1>. Without it
 * a page written with a `# Title` line and no front matter would show its title twice.
 *
 *   # Install the tools        (no `title:` in front matter)   ->   (nothing; the layout shows the title)
 *   Some text.                                                   ->   <p>Some text.</p>
 *
 * `enabled` is the content graph's decision (`pageMeta(...).titleFrom === 'h1'`). Without it the plugin decides
 * the same way from the front matter the renderer passes (`file.data.astro.frontmatter`): no `title` there means
 * the title came from the heading. Both use src/lib/title-heading.ts, so they mean the same node.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { titleHeading } from '../lib/title-heading.ts';

export interface DropTitleHeadingOptions {
  /** true: drop the title heading if the body has one; false: keep it. Default: decided from the front matter. */
  enabled?: boolean;
}

function frontMatterTitle(file: VFile): unknown {
  const astro = file.data['astro'] as { frontmatter?: { title?: unknown } } | undefined;
  return astro?.frontmatter?.title;
}

export default function remarkDropTitleHeading(options: DropTitleHeadingOptions = {}) {
  return (tree: Root, file: VFile) => {
    const title = frontMatterTitle(file);
    const written = typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
    const heading = titleHeading(tree);
    // The page's title as the content graph finds it (page-meta.ts), for what names the page in its sections'
    // report links (remark-section-reports.ts); a page with neither is named after its file there.
    const pageTitle = written ?? heading?.text;
    if (pageTitle !== undefined) file.data.pageTitle = pageTitle;
    const enabled = options.enabled ?? written === undefined;
    if (!enabled) return;
    if (!heading) return;
    const [node] = tree.children.splice(heading.index, 1);
    const start = node?.position?.start.offset;
    const end = node?.position?.end.offset;
    // For the page's Markdown twin (remark-twin-edits.ts), whose header takes the title's place.
    if (start !== undefined && end !== undefined) file.data.titleHeading = { start, end };
  };
}
