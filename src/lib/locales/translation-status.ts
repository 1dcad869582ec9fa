/**
 * Whether each translation has fallen behind its original. A translation records what it translates: by
 * default the original as it was at the translation's own last commit, or its front matter's `translated_from`
 * (a commit of the original, or a day). When the original has a later change, the translation is outdated, and
 * the reader is sent to the diff of the original since then on the code host.
 */
import { execFileSync } from 'node:child_process';
import { dirname, relative, sep } from 'node:path';
import type { LastChange } from '../last-updated.ts';
import { parseDay } from '../review-dates.ts';

export type TranslationState =
  /** The original has not changed since the translation was synced (or nothing tells when it was). */
  | { status: 'up-to-date' }
  /** The original changed after `since`: `changed` is its latest commit. */
  | { status: 'outdated'; since: string; changed: LastChange };

export interface TranslationFacts {
  /** Absolute paths of the translation and its original. */
  translation: string;
  original: string;
  /** The translation's `translated_from`, if written. */
  translatedFrom: string | undefined;
}

export interface GitHistory {
  /** The docs folder: `changes` are keyed by paths relative to it. */
  docsDir: string;
  /** Each file's last commit, from one `git log` (src/lib/last-updated.ts). */
  changes: ReadonlyMap<string, LastChange>;
  /** Whether `file` (absolute) changed in a commit after `commit`; git is asked only for a pinned commit. */
  changedSince?: ((file: string, commit: string) => boolean) | undefined;
}

const inDocs = (history: GitHistory, absPath: string) => relative(history.docsDir, absPath).split(sep).join('/');

export function translationState(facts: TranslationFacts, history: GitHistory): TranslationState {
  const changed = history.changes.get(inDocs(history, facts.original));
  if (!changed) return { status: 'up-to-date' };
  const pinned = facts.translatedFrom;
  if (pinned !== undefined) {
    const day = parseDay(pinned);
    if (day) {
      // A day names the original as it was at the end of that day.
      const endOfDay = day.getTime() + 24 * 60 * 60 * 1000;
      return changed.date.getTime() >= endOfDay
        ? { status: 'outdated', since: pinned, changed }
        : { status: 'up-to-date' };
    }
    if (changed.commit.startsWith(pinned.toLowerCase())) return { status: 'up-to-date' };
    const later = history.changedSince?.(facts.original, pinned) ?? true;
    return later ? { status: 'outdated', since: pinned, changed } : { status: 'up-to-date' };
  }
  const own = history.changes.get(inDocs(history, facts.translation));
  // A translation not committed yet was written from the original as it is now.
  if (!own || own.commit === changed.commit) return { status: 'up-to-date' };
  return changed.date.getTime() > own.date.getTime()
    ? { status: 'outdated', since: own.commit, changed }
    : { status: 'up-to-date' };
}

/** Whether git has a commit after `commit` that changed `file` (false when git cannot tell). */
export function gitChangedSince(file: string, commit: string): boolean {
  try {
    const out = execFileSync('git', ['log', '--format=%H', `${commit}..HEAD`, '--', file], {
      cwd: dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim() !== '';
  } catch {
    return false;
  }
}
