/**
 * The anchor lock: the site's public surface, every page URL and every id on each page that readers may have
 * linked to (sections, checklist items, glossary terms), kept in a committed file at the docs folder's root so
 * that `folio check` notices when one disappears. YAML, one URL per key and one id per line, sorted, so a change
 * reads as a small diff in review. A page retired on purpose is written `/old/url/: gone`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { lockFileName } from '../content-layout.ts';
import { parseFrontMatter } from '../content-graph/front-matter.ts';
import { error, type Problem } from '../problems.ts';

export { lockFileName };

/** A locked URL: the ids it had, or gone (removed on purpose). */
export type LockedPage = { gone: false; ids: string[] } | { gone: true };

export interface AnchorLock {
  /** Site path (/guides/x/) -> what was published there. */
  pages: Map<string, LockedPage>;
  /** Where each URL is written in the file, for problems about it. */
  lineOf(url: string): number;
}

export interface ReadLock {
  /** Undefined when the docs folder has no lock: nothing is checked. */
  lock: AnchorLock | undefined;
  problems: Problem[];
  /** The lock file as problems name it. */
  shownPath: string;
}

const header = `# The site's public addresses: every page URL and the ids of its sections, checklist items and glossary
# terms, which readers may have pasted anywhere. \`folio check\` fails when one disappears without a redirect
# (redirect_from) or a moved_anchors entry. Add new ones with \`folio check --update-lock\`; to retire a page on
# purpose, write "gone" after its URL. Sorted, one id per line.
`;

export function readLock(docsDir: string, shownPath: string): ReadLock {
  const path = join(docsDir, lockFileName);
  if (!existsSync(path)) return { lock: undefined, problems: [], shownPath };
  const text = readFileSync(path, 'utf8');
  const yaml = parseFrontMatter(text, { firstLine: 1, what: 'the anchor lock' });
  const problems = yaml.errors.map((e) => error(shownPath, e.line, e.column, e.message, e.hint));
  const pages = new Map<string, LockedPage>();
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(error(shownPath, 1, 1, 'the anchor lock must map page URLs to their ids', lockHint));
    return { lock: undefined, problems, shownPath };
  }
  for (const [url, value] of Object.entries(data as Record<string, unknown>)) {
    const at = yaml.positionOf([url]);
    if (!url.startsWith('/') || !url.endsWith('/'))
      problems.push(error(shownPath, at.line, at.column, `"${url}" is not a site path such as /guides/x/`, lockHint));
    else if (value === 'gone') pages.set(url, { gone: true });
    else if (value === null || (Array.isArray(value) && value.every((id) => typeof id === 'string')))
      pages.set(url, { gone: false, ids: value ?? [] });
    else
      problems.push(
        error(shownPath, at.line, at.column, `${url}: a locked page is a list of ids, or "gone"`, lockHint),
      );
  }
  return { lock: { pages, lineOf: (url) => yaml.positionOf([url]).line }, problems, shownPath };
}

const lockHint = `write it again with \`folio check --update-lock\`, or fix it by hand: "/url/:" then "  - id" lines`;

/** The lock file's text for these pages, sorted by URL and id. */
export function lockText(pages: ReadonlyMap<string, LockedPage>): string {
  const entries = [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const data = Object.fromEntries(
    entries.map(([url, page]) => [url, page.gone ? 'gone' : [...new Set(page.ids)].sort()]),
  );
  return header + stringify(data, { lineWidth: 0 });
}
