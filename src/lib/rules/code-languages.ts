/**
 * Every fenced code block names its language, and one Shiki knows: without it the block silently loses its
 * highlighting, and readers and screen readers lose the hint of what they are looking at. Names are read as the
 * renderer reads them (src/markdown/code-languages.ts: any case, aliases, `rust,ignore`). An unknown name is a
 * warning, as is a missing name: the block is still shown, as plain text, so nothing breaks for a reader.
 */
import { knownLanguageNames, resolveLanguage, splitFenceLanguage } from '../../markdown/code-languages.ts';
import type { ContentGraph } from '../content-graph/graph.ts';
import { closest, warning, type Problem } from '../problems.ts';

/** Suggested first, so a typo of a common language is not "corrected" to an obscure one. */
const commonLanguages = [
  'bash',
  'shell',
  'console',
  'ini',
  'xml',
  'yaml',
  'json',
  'diff',
  'text',
  'python',
  'javascript',
  'typescript',
  'toml',
  'html',
  'css',
  'markdown',
  'sql',
  'go',
  'rust',
  'c',
  'cpp',
  'java',
  'dockerfile',
  'nginx',
  'powershell',
];

export function checkCodeLanguages(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    for (const block of page.markdown.codeBlocks) {
      const name = block.lang === null ? '' : splitFenceLanguage(block.lang).name;
      if (name === '') {
        problems.push(
          warning(
            page.file,
            block.line,
            block.column,
            'code block without a language',
            'name it after the opening fence, e.g. ```bash, ```ini or ```yaml; use ```text for plain output',
          ),
        );
        continue;
      }
      if (resolveLanguage(name) !== undefined) continue;
      const near = closest(name, commonLanguages) ?? closest(name, knownLanguageNames());
      problems.push(
        warning(
          page.file,
          block.line,
          block.column,
          `unknown code block language "${name}", shown as plain text`,
          near ? `did you mean "${near}"? (use "text" for no highlighting)` : 'use "text" for no highlighting',
        ),
      );
    }
  }
  return problems;
}
