/**
 * `folio check [dir] [--config PATH] [--strict] [--drafts] [--format FORMAT]`: validates all content without
 * building the site. Reads the content graph once, runs every rule, prints every problem as path:line:column
 * (with GitHub annotations when CI=true, or as JSON: src/lib/rules/check-report.ts) at the level the config gives
 * its rule, and exits non-zero on an error (a warning too, with --strict). The build's content check reports the same problems the same way (src/lib/rules/levels.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { updatedLock } from '../lib/anchor-lock/compare.ts';
import { lockFileName, lockText, readLock } from '../lib/anchor-lock/lock-file.ts';
import { buildContentGraph, type ContentGraph } from '../lib/content-graph/graph.ts';
import { judgeDiagrams } from './judge-diagrams.ts';
import { lockFilePath } from '../lib/rules/anchor-lock.ts';
import { writeFileAtomic } from '../lib/write-atomic.ts';
import { checkContent } from '../lib/rules/index.ts';
import { checkFormats, checkReport, type CheckFormat } from '../lib/rules/check-report.ts';
import { configOption, docsPositional, UsageError, type Command } from './command.ts';
import { configFile, docsFolder, setFolioEnvironment } from './places.ts';

/** --format, else github under CI (GitHub Actions turns the annotations into comments on the changed lines). */
export function checkFormat(option: string | undefined, env: NodeJS.ProcessEnv): CheckFormat {
  if (option === undefined) return env['CI'] === 'true' ? 'github' : 'human';
  const format = checkFormats.find((name) => name === option);
  if (!format) throw new UsageError(`--format is one of ${checkFormats.join(', ')}, got "${option}"`);
  return format;
}

/** Writes the lock with what is published now added; said on stderr, so --format json stays one document. */
function updateLock(graph: ContentGraph): void {
  const path = join(graph.layout.docsDir, lockFileName);
  const before = readLock(graph.layout.docsDir, lockFilePath(graph));
  if (before.problems.length > 0) return; // Reported by the check; a lock that cannot be read is not overwritten.
  const text = lockText(updatedLock(graph, before.lock));
  const unchanged = existsSync(path) && readFileSync(path, 'utf8') === text;
  if (!unchanged) writeFileAtomic(path, text);
  console.error(`${lockFilePath(graph)} ${unchanged ? 'is up to date' : before.lock ? 'updated' : 'created'}`);
}

export const check: Command = {
  name: 'check',
  summary: 'Check every page of the docs folder without building: lists each problem as path:line:column.',
  positionals: [docsPositional],
  options: {
    config: configOption,
    strict: { type: 'boolean', description: 'warnings count as errors' },
    format: {
      type: 'string',
      value: 'FORMAT',
      description:
        'human, github (each problem also as a GitHub Actions annotation; the default when CI=true) or json (docs/CHECK-FORMAT.md)',
    },
    drafts: { type: 'boolean', description: 'check drafts too' },
    'update-lock': {
      type: 'boolean',
      description: `add the pages and section ids published now to ${lockFileName} (created if missing; nothing is removed)`,
    },
  },
  async run(values, [dir]) {
    const started = performance.now();
    const format = checkFormat(values['format'] as string | undefined, process.env);
    if (values['update-lock'] === true && values['drafts'] === true)
      throw new UsageError('--update-lock records what is published, so it cannot be used with --drafts');
    const cwd = process.cwd();
    const docs = docsFolder(cwd, dir);
    setFolioEnvironment(process.env, {
      docs,
      config: configFile(cwd, docs, values['config'] as string | undefined),
      strict: values['strict'] === true,
    });
    // Loaded after the environment is set: the site settings read it.
    const { site } = await import('../site.config.ts');
    const graph = buildContentGraph(cwd, { includeDrafts: values['drafts'] === true, layout: site.layout });
    await judgeDiagrams(graph);
    if (values['update-lock'] === true) updateLock(graph);
    const checked = checkContent(graph, {
      configProblems: site.problems,
      rules: site.rules,
      strict: site.strict,
      strictAlso: site.strictAlso,
    });
    const ms = Math.round(performance.now() - started);
    console.log(checkReport(checked, graph.pages.length, format, ms));
    return checked.errors > 0 ? 1 : 0;
  },
};
