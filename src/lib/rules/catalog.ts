/**
 * Every rule the content check applies, by the id a config file uses to change its level
 * (`rules: { links: warning }`), with its default level and what it finds. What breaks a page for a reader
 * (a link or image that leads nowhere, unsafe HTML, a page that cannot be read or built) is an error by default;
 * what makes a page worse without breaking it is a warning. Plain data, so the settings can validate rule ids
 * without loading the rules themselves. README.md and CONTRIBUTING.md list the same table.
 */
import type { Severity } from '../problems.ts';

export interface RuleInfo {
  id: string;
  /** The level when the config does not set one. */
  level: Severity;
  /** What the rule reports, in a line. */
  summary: string;
  /**
   * false: `--strict` leaves this rule's warnings warnings, unless the config asks otherwise (levels.ts
   * `strictAlso`). For what a passing date finds, which must not break a build nobody changed.
   */
  raisedByStrict?: false;
}

export const ruleCatalog = [
  {
    id: 'files',
    level: 'error',
    summary:
      'a file that cannot be read or published: bad encoding, symbolic links, README.md beside index.md, .mdx files, Markdown nested too deep',
  },
  {
    id: 'front-matter',
    level: 'error',
    summary: 'front matter that cannot be read: YAML errors, unknown keys, wrong values',
  },
  {
    id: 'front-matter-style',
    level: 'warning',
    summary: 'a description longer than search engines show; two keys that mean the same (weight, sidebar_position)',
  },
  {
    id: 'required-front-matter',
    level: 'error',
    summary: "a page without a front-matter key its section's `required` list in the config asks for",
  },
  {
    id: 'anchor-lock',
    level: 'error',
    summary:
      'a page URL or section id in folio.lock.yaml that no longer leads anywhere (no redirect, no moved_anchors)',
  },
  {
    id: 'anchor-lock-update',
    level: 'warning',
    summary: 'pages or section ids published but not yet in folio.lock.yaml (`folio check --update-lock` adds them)',
  },
  { id: 'links', level: 'error', summary: 'a link to a missing page, a missing anchor or an unpublished file' },
  { id: 'images', level: 'error', summary: 'an image that does not exist' },
  {
    id: 'includes',
    level: 'error',
    summary: 'an mdBook {{#include}} whose file or anchor does not exist, or that reads outside the repository',
  },
  {
    id: 'unsafe-html',
    level: 'error',
    summary: 'raw HTML or a URL that could run script, restyle the page or load from elsewhere',
  },
  { id: 'duplicate-ids', level: 'error', summary: 'an id used twice on a page, or one the page layout uses' },
  {
    id: 'heading-anchors',
    level: 'warning',
    summary: 'an HTML anchor (<a id>) just before a heading that has the same id already',
  },
  {
    id: 'output-paths',
    level: 'error',
    summary: 'a page that cannot be written at its URL (a file name a URL cannot hold, a collision)',
  },
  { id: 'redirects', level: 'error', summary: 'a redirect that hides a page, is claimed twice or cannot be written' },
  {
    id: 'directives',
    level: 'error',
    summary: 'an unknown :::block, or text on a ::: line that the page would not show',
  },
  {
    id: 'code-languages',
    level: 'warning',
    summary: 'a code block without a language, or with one the highlighter does not know',
  },
  {
    id: 'diagrams',
    level: 'error',
    summary: 'a Mermaid diagram that Mermaid cannot read, at the line it points to, with its message',
  },
  {
    id: 'diagram-kinds',
    level: 'warning',
    summary: 'a Mermaid diagram of a kind the build cannot draw (pie, Gantt…): the page shows its source',
  },
  {
    id: 'html-style',
    level: 'warning',
    summary: 'raw HTML the page leaves out: class= and style=, the tags of an element HTML does not have (<Listing>)',
  },
  { id: 'headings', level: 'warning', summary: 'a level-1 heading in the body: a second title' },
  { id: 'placeholders', level: 'warning', summary: 'TODO, TBD, FIXME or lorem ipsum left in a published page' },
  {
    id: 'template-helpers',
    level: 'warning',
    summary: 'an mdBook {{#...}} helper Folio does not run ({{#playground}}, {{#title}}), shown as written',
  },
  { id: 'orphans', level: 'warning', summary: 'a page no other page links to' },
  { id: 'empty-pages', level: 'warning', summary: 'a page without text' },
  { id: 'case-collisions', level: 'warning', summary: 'two file names that differ only in case or accents' },
  { id: 'checklist-guides', level: 'warning', summary: 'a checklist whose items do not link to the guide it names' },
  {
    id: 'summary',
    level: 'error',
    summary: 'an mdBook SUMMARY.md chapter whose file does not exist or is not a page',
  },
  {
    id: 'summary-style',
    level: 'warning',
    summary: 'a SUMMARY.md line mdBook has no place for (text beside links, a list under nothing), a file listed twice',
  },
  {
    id: 'review-dates',
    level: 'warning',
    summary:
      "a page past its review date (`reviewed` plus `review_every` or the config's `review.every`), with its owners; --strict raises it only with `review.strict: true`",
    raisedByStrict: false,
  },
  {
    id: 'translations',
    level: 'warning',
    summary:
      'a translation whose original changed after the commit or day it was synced with, or whose original does not exist',
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof ruleCatalog)[number]['id'];

export const ruleIds: readonly RuleId[] = ruleCatalog.map((rule) => rule.id);

/**
 * Problems with the config file or the environment carry this id. It has no level to set: a config that
 * cannot be read cannot be trusted to set its own levels.
 */
export const configRuleId = 'config';

const defaults = new Map<string, Severity>(ruleCatalog.map((rule) => [rule.id, rule.level]));

const notRaisedByStrict = new Set<string>(
  ruleCatalog.filter((rule: RuleInfo) => rule.raisedByStrict === false).map((rule) => rule.id),
);

/** Whether `--strict` makes this rule's warnings errors by itself (see RuleInfo.raisedByStrict). */
export function raisedByStrict(id: string): boolean {
  return !notRaisedByStrict.has(id);
}

/** The default level of a rule; undefined for an id that is not a content rule (such as `config`). */
export function defaultLevel(id: string): Severity | undefined {
  return defaults.get(id);
}
