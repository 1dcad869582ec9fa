/**
 * The anchor lock against the content: every locked URL must still lead somewhere (a page, a redirect, or "gone"
 * on purpose) and every locked id must still be on the page it leads to (as a heading, an item, or a moved_anchors
 * entry). Each loss is reported where the fix goes, with the line to add: at the renamed heading
 * (`moved_anchors: { old: new }`), at the moved page's front matter (`redirect_from: [/old/]`), else at the lock.
 * What is new and not locked yet is counted, so the lock can be brought up to date with one command.
 */
import { posix } from 'node:path';
import { closest } from '../closest.ts';
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import { error, warning, type Problem } from '../problems.ts';
import { lockFileName, type AnchorLock, type LockedPage } from './lock-file.ts';
import { publicSurface, redirectSources, type SurfacePage } from './surface.ts';

export interface LockComparison {
  /** Locked URLs and ids that no longer lead anywhere. */
  lost: Problem[];
  /** Pages and ids published now that the lock does not have yet. */
  unlocked: { url: string; ids: string[] }[];
}

/** The page that most likely replaced a lost URL: the same file name, else the one holding most of its ids. */
function likelyMove(
  url: string,
  ids: readonly string[],
  surface: ReadonlyMap<string, SurfacePage>,
): PageNode | undefined {
  const name = posix.basename(url);
  const candidates = [...surface].filter(([, entry]) => entry.pages.length === 1 && !entry.pages[0]!.hash);
  const sameName = candidates.find(([path]) => name !== '' && posix.basename(path) === name);
  if (sameName) return sameName[1].pages[0];
  let best: { page: PageNode; shared: number } | undefined;
  for (const [, entry] of candidates) {
    const shared = ids.filter((id) => entry.ids.has(id)).length;
    if (shared > 0 && shared * 2 >= ids.length && (!best || shared > best.shared))
      best = { page: entry.pages[0]!, shared };
  }
  return best?.page;
}

/** Where a page's current id is written: its heading or item, else the top of its file. */
function positionOfId(entry: SurfacePage, id: string): { page: PageNode; line: number; column: number } {
  for (const page of entry.pages) {
    const place = [...page.markdown.headings, ...page.markdown.checklistItems].find((item) => item.id === id);
    if (place) return { page, line: place.line, column: place.column };
  }
  return { page: entry.pages[0]!, line: 1, column: 1 };
}

function lostId(url: string, id: string, locked: ReadonlySet<string>, entry: SurfacePage, shownUrl: string): Problem {
  // The most likely new name of a renamed section: a new id, close to the old one, else the first new one.
  const fresh = [...entry.ids].filter((candidate) => !locked.has(candidate));
  const replacement = closest(id, fresh) ?? fresh[0];
  const message = `section id "${id}" of ${shownUrl} is gone: links to ${url}#${id} no longer land on a section`;
  if (entry.pages.some((page) => page.hash)) {
    // The glossary page: a term's id is its file name.
    const term = replacement ? positionOfId(entry, replacement).page : undefined;
    return error(
      term?.file ?? entry.pages[0]!.file,
      1,
      1,
      message,
      replacement ? `a term's id is its file name: rename ${term?.file} back to ${id}.md` : `restore the term ${id}.md`,
    );
  }
  const page = entry.pages[0]!;
  // moved_anchors defaults to {}: what counts is whether the page writes it.
  const line = page.positions.has('moved_anchors')
    ? `${id}: ${replacement ?? 'id-of-the-section-that-covers-it'}`
    : undefined;
  const add = line
    ? `add "${line}" to moved_anchors in the front matter`
    : `add to the front matter: moved_anchors: { ${id}: ${replacement ?? 'id-of-the-section-that-covers-it'} }`;
  if (replacement) {
    const at = positionOfId(entry, replacement);
    return error(page.file, at.line, at.column, message, `if this section is the one it was renamed to, ${add}`);
  }
  return error(page.file, 1, 1, message, add);
}

export function compareWithLock(graph: ContentGraph, lock: AnchorLock, lockPath: string): LockComparison {
  const surface = publicSurface(graph);
  const redirects = redirectSources(graph);
  const lost: Problem[] = [];
  for (const [url, locked] of lock.pages) {
    if (locked.gone) continue;
    const target = surface.get(url) ?? (redirects.has(url) ? surface.get(redirects.get(url)!.path) : undefined);
    if (!target) {
      const moved = likelyMove(url, locked.ids, surface);
      const message = `the page ${url} is gone from the site, with no redirect: links to it no longer land anywhere`;
      lost.push(
        moved
          ? error(
              moved.file,
              moved.positions.get('redirect_from')?.line ?? 1,
              1,
              message,
              `if ${moved.file} is that page, moved, add to its front matter: redirect_from: [${url}]`,
            )
          : error(
              lockPath,
              lock.lineOf(url),
              1,
              message,
              `add redirect_from: [${url}] to the page that replaces it, or, if it was removed on purpose, write "${url}: gone" in ${lockFileName}`,
            ),
      );
      continue;
    }
    const lockedIds = new Set(locked.ids);
    const shownUrl = redirects.has(url) && !surface.has(url) ? `${url} (now ${redirects.get(url)!.path})` : url;
    for (const id of locked.ids) if (!target.ids.has(id)) lost.push(lostId(url, id, lockedIds, target, shownUrl));
  }
  const unlocked: LockComparison['unlocked'] = [];
  for (const [url, entry] of surface) {
    const locked = lock.pages.get(url);
    const known = new Set(locked && !locked.gone ? locked.ids : []);
    const ids = [...entry.ids].filter((id) => !known.has(id));
    if (!locked || locked.gone || ids.length > 0) unlocked.push({ url, ids });
  }
  return { lost, unlocked };
}

/** One warning for everything the lock does not have yet, naming the first few. */
export function unlockedProblem(unlocked: LockComparison['unlocked'], lockPath: string): Problem[] {
  if (unlocked.length === 0) return [];
  const ids = unlocked.reduce((sum, page) => sum + page.ids.length, 0);
  const examples = unlocked
    .flatMap(({ url, ids: pageIds }) => (pageIds.length ? pageIds.map((id) => `${url}#${id}`) : [url]))
    .slice(0, 3);
  return [
    warning(
      lockPath,
      1,
      1,
      `${unlocked.length} page${unlocked.length === 1 ? '' : 's'} with ${ids} id${ids === 1 ? '' : 's'} not in the anchor lock yet (${examples.join(', ')}${ids > 3 ? ', ...' : ''})`,
      'run `folio check --update-lock` (npm run check -- --update-lock) and commit the lock with your change',
    ),
  ];
}

/** The lock with everything published now added; nothing locked is ever dropped. */
export function updatedLock(graph: ContentGraph, lock: AnchorLock | undefined): Map<string, LockedPage> {
  const pages = new Map<string, LockedPage>(lock?.pages ?? []);
  for (const [url, entry] of publicSurface(graph)) {
    const locked = pages.get(url);
    const ids = locked && !locked.gone ? locked.ids : [];
    pages.set(url, { gone: false, ids: [...new Set([...ids, ...entry.ids])] });
  }
  return pages;
}
