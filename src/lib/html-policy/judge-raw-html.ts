/**
 * The raw-HTML policy applied to one page: its body's HTML tree (with raw HTML still as raw nodes) serialized as
 * the browser receives it, judged as the browser parses it, and every finding traced back to its file line and
 * column. `npm run check` runs it on the tree Markdown converts to; the build runs it again on the page's final
 * tree, just before the HTML is written (src/markdown/rehype-html-policy.ts).
 */
import type { Nodes, Root } from 'hast';
import { inspectMarkup } from './inspect-markup.ts';
import { pageMarkup, type SourcePoint } from './page-markup.ts';

export interface HtmlProblem extends SourcePoint {
  message: string;
  hint: string;
  /** Markup the page leaves out rather than refuses (a class, a style, an unknown element's tags). */
  severity?: 'warning';
}

export interface RawHtmlFacts {
  problems: HtmlProblem[];
  /** Ids given in raw HTML (`id`, `<a name>`), where they are written. */
  ids: (SourcePoint & { id: string })[];
  /** Links (`<a href>`) and images (`<img src>`) in raw HTML, where their attribute is written. */
  links: (SourcePoint & { url: string; image: boolean })[];
}

/** The facts of a page without raw HTML. */
export function noRawHtml(): RawHtmlFacts {
  return { problems: [], ids: [], links: [] };
}

export function hasRawHtml(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'raw') return true;
    if ('children' in node) stack.push(...node.children);
  }
  return false;
}

export interface JudgeOptions {
  /**
   * Leave out of the tree's raw HTML what the policy drops (classes, styles, unknown elements' tags): the build
   * does, on the tree it is about to write.
   */
  drop?: boolean;
}

export function judgeRawHtml(tree: Root, source: string, options: JudgeOptions = {}): RawHtmlFacts {
  const markup = pageMarkup(tree, source);
  const { findings, ids, links } = inspectMarkup(markup.html, (offset) => markup.locate(offset).raw);
  const at = (offset: number) => {
    const { line, column } = markup.locate(offset);
    return { line, column };
  };
  const seen = new Set<string>();
  const problems: HtmlProblem[] = [];
  for (const finding of findings) {
    const problem: HtmlProblem = { ...at(finding.offset), message: finding.message, hint: finding.hint };
    if (finding.severity) problem.severity = finding.severity;
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  if (options.drop) markup.cut(findings.flatMap((finding) => finding.drop ?? []));
  return {
    problems,
    ids: ids.map(({ offset, id }) => ({ ...at(offset), id })),
    links: links.map(({ offset, url, image }) => ({ ...at(offset), url, image })),
  };
}
