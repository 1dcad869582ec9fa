/**
 * Every fenced code block names its language, and one Shiki knows: without it the block silently loses its
 * highlighting, and readers and screen readers lose the hint of what they are looking at.
 */
import { isKnownLanguage, knownLanguages } from '../../markdown/code-languages.ts';
import type { ContentGraph } from '../content-graph/graph.ts';
import { closest, error, type Problem } from '../problems.ts';

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
      if (block.lang === null) {
        problems.push(
          error(
            page.file,
            block.line,
            block.column,
            'code block without a language',
            'name it after the opening fence, e.g. ```bash, ```ini or ```yaml; use ```text for plain output',
          ),
        );
        continue;
      }
      if (isKnownLanguage(block.lang)) continue;
      const near = closest(block.lang, commonLanguages) ?? closest(block.lang, knownLanguages());
      problems.push(
        error(
          page.file,
          block.line,
          block.column,
          `unknown code block language "${block.lang}"`,
          near ? `did you mean "${near}"? (use "text" for no highlighting)` : 'use "text" for no highlighting',
        ),
      );
    }
  }
  return problems;
}
