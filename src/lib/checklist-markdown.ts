/**
 * Turns a checklist's current state into Markdown for a bug report or pull request description:
 * the page title and URL, the headings that hold items, and every item as `- [x]` or `- [ ]`.
 * Pure, so the browser script and the unit tests share it.
 */
import { format } from '../config/ui-strings.ts';

export type ChecklistEntry =
  { type: 'heading'; depth: number; text: string } | { type: 'item'; depth: number; text: string; checked: boolean };

export interface ChecklistExport {
  title: string;
  url: string;
  entries: ChecklistEntry[];
  /** The closing line, in the site's words: `{done} of {total} done.` (UI string `checklist.exportDone`). */
  progress: string;
}

/** Collapses whitespace so multi-line labels stay on one Markdown line. */
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export function checklistToMarkdown({ title, url, entries, progress }: ChecklistExport): string {
  // Keep a heading only when an item follows it before the next heading of the same or higher level.
  const kept = entries.filter((entry, index) => {
    if (entry.type === 'item') return true;
    for (const later of entries.slice(index + 1)) {
      if (later.type === 'item') return true;
      if (later.depth <= entry.depth) return false;
    }
    return false;
  });
  const lines = [`# ${clean(title)}`, '', url, ''];
  let previous: ChecklistEntry['type'] | undefined;
  for (const entry of kept) {
    if (entry.type === 'heading') {
      if (previous) lines.push('');
      lines.push(`${'#'.repeat(Math.min(entry.depth, 6))} ${clean(entry.text)}`, '');
    } else {
      lines.push(`${'  '.repeat(entry.depth)}- [${entry.checked ? 'x' : ' '}] ${clean(entry.text)}`);
    }
    previous = entry.type;
  }
  const done = entries.filter((e) => e.type === 'item' && e.checked).length;
  const total = entries.filter((e) => e.type === 'item').length;
  lines.push('', format(progress, { done, total }));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/**
 * Reads saved progress; anything that is not a map of id -> boolean counts as no progress. A Map, not an object:
 * item ids are whatever a contributor pinned, and on a plain object `constructor`, `toString` or `__proto__`
 * would find something that was never saved.
 */
export function parseSavedProgress(raw: string | null): Map<string, boolean> {
  if (!raw) return new Map();
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return new Map();
    return new Map(Object.entries(value).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'));
  } catch {
    return new Map();
  }
}

/** Saved progress as it is stored (JSON.parse gives every key back as the object's own property). */
export function serializeProgress(progress: ReadonlyMap<string, boolean>): string {
  return JSON.stringify(Object.fromEntries(progress));
}
