/**
 * remark plugin: for each section (an h2 or h3 with an id), the address that opens a new issue on the code host
 * about it, filled in: the page's title and URL, the section's name and URL, and the page's source file at the
 * commit that last changed it, under a short template (UI strings `report.title`, `report.body`). The links go
 * to `file.data.sectionReports`, by the line of their heading; rehype-heading-links.ts writes them beside the
 * heading as plain links, which need no script and no backend.
 *
 *   ## Logs {#logs}  ->  https://github.com/o/r/issues/new?title=Problem%20in%20%E2%80%9CLogs%E2%80%9D...&body=...
 *
 * The commit is the page file's last one (`file.data.sourceCommit`, from git), not the checkout's: it names the
 * text the reader saw, and a page nobody changed renders the same on every build, so rebuilds can copy it.
 * No link without a repository, on a host that cannot prefill an issue (src/lib/code-host.ts), or for a file
 * outside the docs folder.
 */
import type { Root } from 'mdast';
import { posix } from 'node:path';
import type { VFile } from 'vfile';
import { defaultUiStrings, format } from '../config/ui-strings.ts';
import { fileInRepository, newIssueUrl, type CodeHostRepository } from '../lib/code-host.ts';
import { fileTitle } from '../lib/content-graph/page-meta.ts';
import type { LinkablePage, LinkGraph } from '../lib/content-graph/resolve-link.ts';
import { plainText } from '../lib/title-heading.ts';
import { joinBase } from '../lib/urls.ts';
import { SKIP, walkMdast } from '../lib/walk-tree.ts';

declare module 'vfile' {
  interface DataMap {
    /** Each section's "report a problem" address, by the line of its heading. */
    sectionReports: ReadonlyMap<number, string>;
    /** The page's title when its front matter or its title heading gives one (remark-drop-title-heading.ts). */
    pageTitle: string;
    /** The commit that last changed the page's file, when git knows one. */
    sourceCommit: string;
  }
}

export interface SectionReportStrings {
  title: string;
  body: string;
  source: string;
  sourceUncommitted: string;
}

export interface SectionReportOptions {
  repository?: CodeHostRepository | undefined;
  graph: () => LinkGraph<LinkablePage>;
  base: string;
  siteOrigin: string;
  strings?: SectionReportStrings;
}

const defaultStrings: SectionReportStrings = {
  title: defaultUiStrings['report.title'],
  body: defaultUiStrings['report.body'],
  source: defaultUiStrings['report.source'],
  sourceUncommitted: defaultUiStrings['report.sourceUncommitted'],
};

export default function remarkSectionReports({
  repository,
  graph,
  base,
  siteOrigin,
  strings = defaultStrings,
}: SectionReportOptions) {
  return (tree: Root, file: VFile) => {
    if (!repository || !file.path) return;
    const links = graph();
    const page = links.byAbsPath.get(file.path);
    const path = fileInRepository(repository, links.docsDir, file.path);
    if (!page || path === undefined) return;
    const pageUrl = `${siteOrigin}${joinBase(base, page.path)}`;
    const pageTitle =
      file.data.pageTitle ??
      fileTitle(posix.basename(file.path), posix.basename(posix.dirname(file.path.split('\\').join('/'))));
    const commit = file.data.sourceCommit;
    const source = commit
      ? format(strings.source, { file: path, commit: commit.slice(0, 10) })
      : format(strings.sourceUncommitted, { file: path });
    const reports = new Map<number, string>();
    let known = true;
    walkMdast(tree, (node) => {
      if (node.type !== 'heading') return undefined;
      const heading = node;
      const id = heading.data?.hProperties?.['id'];
      const line = heading.position?.start.line;
      if ((heading.depth !== 2 && heading.depth !== 3) || typeof id !== 'string' || line === undefined) return SKIP;
      const section = plainText(heading);
      const values = { page: pageTitle, pageUrl, section, sectionUrl: `${pageUrl}#${id}`, source };
      const url = newIssueUrl(repository.url, format(strings.title, values), format(strings.body, values));
      if (url === undefined) known = false;
      else reports.set(line, url);
      return SKIP;
    });
    if (known && reports.size > 0) file.data.sectionReports = reports;
  };
}
