/**
 * The impact report as Markdown: what a reviewer reads in a pull request's job summary, and what `folio impact`
 * prints in a terminal. Sections with nothing to say are left out; an unchanged site says so in one line.
 */
import { visibleText, type Problem } from '../problems.ts';
import { isEmptyImpact, resetCause, type Impact, type PageChange } from './compare-sites.ts';

/** Text from content inside inline code: backticks and line breaks would end it early. */
function code(text: string): string {
  const clean = visibleText(text).replace(/`/g, "'");
  return `\`${clean}\``;
}

/**
 * Text from content in a table cell or a list item: a pipe would split the cell, `<` start HTML, a backtick
 * start code, and `*`, `_`, `[` emphasis or a link.
 */
function plain(text: string): string {
  return visibleText(text)
    .replace(/[\\`*_[\]|]/g, (char) => `\\${char}`)
    .replace(/</g, '&lt;');
}

function where(problem: Problem): string {
  return code(`${problem.file}:${Math.max(problem.line, 1)}:${Math.max(problem.column, 1)}`);
}

function problemLine(problem: Problem): string {
  const hint = problem.hint === undefined ? '' : ` (${plain(problem.hint)})`;
  return `- ${where(problem)}: ${plain(problem.message)}${hint}`;
}

function minutesDelta(change: PageChange): string {
  const { page, before } = change;
  if (change.kind === 'added') return `${page.minutes} min`;
  if (change.kind === 'removed') return `was ${page.minutes} min`;
  if (!before || before.minutes === page.minutes) return `${page.minutes} min`;
  const delta = page.minutes - before.minutes;
  return `${before.minutes} → ${page.minutes} min (${delta > 0 ? '+' : '−'}${Math.abs(delta)})`;
}

function pageCell(change: PageChange): string {
  const { page, before } = change;
  if (change.kind === 'moved' && before) {
    const how = change.redirected ? 'the old URL redirects here' : '**no redirect**: add `redirect_from`';
    return `${code(before.url)} → ${code(page.url)} (${how})`;
  }
  return `${code(page.url)} ${plain(page.title)}`;
}

function pagesSection(impact: Impact): string[] {
  if (impact.pages.length === 0) return [];
  return [
    '### Pages',
    '',
    '| Change | Page | File | Reading time |',
    '| --- | --- | --- | --- |',
    ...impact.pages.map(
      (change) => `| ${change.kind} | ${pageCell(change)} | ${code(change.page.file)} | ${minutesDelta(change)} |`,
    ),
    '',
  ];
}

function termsSection(impact: Impact): string[] {
  const { added, removed } = impact.terms;
  if (added.length + removed.length === 0) return [];
  return [
    '### Glossary',
    '',
    ...(added.length ? [`- Terms added: ${added.map((id) => code(id)).join(', ')}`] : []),
    ...(removed.length ? [`- Terms removed: ${removed.map((id) => code(id)).join(', ')}`] : []),
    '',
  ];
}

function idsSection(impact: Impact): string[] {
  if (impact.ids.length === 0) return [];
  const ids = (list: readonly string[]) => list.map((id) => code(`#${id}`)).join(', ');
  return [
    '### Section ids',
    '',
    ...impact.ids.flatMap((change) => [
      `- ${code(change.url)}`,
      ...(change.added.length ? [`  - added: ${ids(change.added)}`] : []),
      ...(change.aliased.length
        ? [
            `  - aliased (old links still land): ${change.aliased.map(([from, to]) => `${code(`#${from}`)} → ${code(`#${to}`)}`).join(', ')}`,
          ]
        : []),
      ...(change.removed.length
        ? [`  - **removed** (pasted links to them now land at the top of the page): ${ids(change.removed)}`]
        : []),
    ]),
    '',
  ];
}

function linksSection(impact: Impact): string[] {
  const { broken, fixed } = impact.links;
  if (broken.length + fixed.length === 0) return [];
  return [
    '### Links',
    '',
    ...(broken.length ? ['Newly broken:', '', ...broken.map(problemLine), ''] : []),
    ...(fixed.length ? ['Fixed:', '', ...fixed.map(problemLine), ''] : []),
  ];
}

function termsUsedSection(impact: Impact): string[] {
  if (impact.undefinedTerms.length === 0) return [];
  return [
    '### Glossary terms used but not defined',
    '',
    ...impact.undefinedTerms.map(({ term, problem }) => `- ${code(term)} at ${where(problem)}`),
    '',
  ];
}

function checklistSection(impact: Impact): string[] {
  if (impact.checklistResets.length === 0) return [];
  return [
    '### Checklist progress that will reset',
    '',
    'Readers who ticked these items will find them unticked:',
    '',
    ...impact.checklistResets.map(
      (reset) => `- ${code(reset.url)} ${plain(reset.text)} (${code(`#${reset.id}`)}): ${resetCause[reset.reason]}`,
    ),
    '',
  ];
}

function problemsSection(impact: Impact): string[] {
  if (impact.newProblems.length === 0) return [];
  const errors = impact.newProblems.filter((p) => p.severity === 'error');
  const warnings = impact.newProblems.filter((p) => p.severity === 'warning');
  return [
    ...(errors.length ? ['### Errors introduced', '', ...errors.map(problemLine), ''] : []),
    ...(warnings.length ? ['### Warnings introduced', '', ...warnings.map(problemLine), ''] : []),
  ];
}

function countsLine(impact: Impact): string {
  const count = (kind: PageChange['kind']) => impact.pages.filter((change) => change.kind === kind).length;
  const parts = (['added', 'removed', 'moved', 'changed'] as const)
    .map((kind) => [kind, count(kind)] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  const pages = parts.length ? `pages: ${parts.join(', ')}` : 'no page added, removed, moved or changed';
  const broken = impact.links.broken.length + impact.undefinedTerms.length;
  return `${pages}; ${broken} link${broken === 1 ? '' : 's'} newly broken, ${impact.links.fixed.length} fixed.`;
}

/** The report; `base` says what the working tree was compared with (a revision and how it was chosen). */
export function impactMarkdown(impact: Impact, base: string): string {
  const head = ['## What this change does to the site', '', `Compared with ${base}.`, ''];
  if (isEmptyImpact(impact)) return [...head, 'No page, section id, link or check result changes.', ''].join('\n');
  return [
    ...head,
    countsLine(impact),
    '',
    ...pagesSection(impact),
    ...termsSection(impact),
    ...idsSection(impact),
    ...linksSection(impact),
    ...termsUsedSection(impact),
    ...checklistSection(impact),
    ...problemsSection(impact),
  ].join('\n');
}
