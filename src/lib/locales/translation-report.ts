/**
 * Every original page in every language of the site: translated and up to date, outdated, or missing. The
 * check's `translations` rule reports from it, and `folio translations` prints it as a table.
 */
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import { translationIn } from '../content-graph/resolve-link.ts';
import { gitLastChanges } from '../last-updated.ts';
import { gitChangedSince, translationState, type GitHistory, type TranslationState } from './translation-status.ts';

export type TranslationCell = { status: 'missing' } | ({ translation: PageNode } & TranslationState);

export interface TranslationRow {
  original: PageNode;
  /** By locale code, in the config's order. */
  cells: Map<string, TranslationCell>;
}

export interface TranslationReport {
  codes: readonly string[];
  rows: TranslationRow[];
  /** Translations whose original does not exist (renamed or deleted). */
  orphans: PageNode[];
}

/** The git history the report reads: one `git log` for every file's last commit. */
export function gitHistory(docsDir: string): GitHistory {
  return { docsDir, changes: gitLastChanges(docsDir), changedSince: gitChangedSince };
}

export function translationReport(graph: ContentGraph, history: GitHistory): TranslationReport {
  const codes = graph.layout.locales?.codes ?? [];
  const originals = graph.pages.filter((page) => !page.locale);
  const rows = originals.map((original) => ({
    original,
    cells: new Map(
      codes.map((code): [string, TranslationCell] => {
        const translation = translationIn(graph, original, code);
        if (!translation) return [code, { status: 'missing' }];
        const translatedFrom = translation.data?.translated_from;
        const state = translationState(
          { translation: translation.absPath, original: original.absPath, translatedFrom },
          history,
        );
        return [code, { translation, ...state }];
      }),
    ),
  }));
  const orphans = graph.pages.filter((page) => page.locale && !translationIn(graph, page, ''));
  return { codes, rows, orphans };
}
