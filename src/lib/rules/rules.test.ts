/**
 * Fixture tests for the content rules: each folder in fixtures/ is a small site (content/...) and
 * expected.txt lists the problems `npm run check` must print for it, in order. Adding a case is adding a folder.
 * The fixture's folder stands for the repository (at https://code.example/org/repo); its tracked.txt, if any,
 * lists the files git tracks there.
 * UPDATE_FIXTURES=1 writes a missing expected.txt (review it before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentGraph } from '../content-graph/graph.ts';
import { judgeDiagrams } from '../../cli/judge-diagrams.ts';
import { formatProblem } from '../problems.ts';
import { parsePeriod } from '../review-dates.ts';
import type { TranslationLayout } from '../content-layout.ts';
import { validateContent } from './index.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('content rules', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, async () => {
      const root = join(fixtures, name);
      const tracked = join(root, 'tracked.txt');
      // A fixture's required.json stands for the config's per-section `required` lists.
      const requiredFile = join(root, 'required.json');
      const required = existsSync(requiredFile)
        ? (JSON.parse(readFileSync(requiredFile, 'utf8')) as Record<string, string[]>)
        : {};
      // Its review.txt stands for the config's `review.every`.
      const reviewFile = join(root, 'review.txt');
      const reviewEvery = existsSync(reviewFile) ? parsePeriod(readFileSync(reviewFile, 'utf8')) : undefined;
      // Its locales.json stands for the config's `locales` and `translations`.
      const localesFile = join(root, 'locales.json');
      const locales = existsSync(localesFile)
        ? (JSON.parse(readFileSync(localesFile, 'utf8')) as TranslationLayout)
        : undefined;
      const layout = {
        locales,
        requiredKeys: new Map(Object.entries(required)),
        reviewEvery,
        glossary: 'glossary',
        repoRoot: root,
        repository: { url: 'https://code.example/org/repo', branch: 'main' },
        trackedFiles: existsSync(tracked)
          ? () => new Set(readFileSync(tracked, 'utf8').split('\n').filter(Boolean))
          : undefined,
      };
      const graph = buildContentGraph(root, { layout });
      // Mermaid's verdicts, as `folio check` gets them (a fixture without diagrams starts nothing).
      await judgeDiagrams(graph);
      const actual = validateContent(graph)
        .map((problem) => formatProblem(problem))
        .join('\n');
      const expectedPath = join(root, 'expected.txt');
      if (!existsSync(expectedPath) && process.env['UPDATE_FIXTURES'])
        writeFileSync(expectedPath, actual ? `${actual}\n` : '');
      expect(actual).toBe(readFileSync(expectedPath, 'utf8').trimEnd());
    });
  }
});
