/** A fenced code block's language must be one Shiki knows, or the block silently loses its highlighting. */
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
      if (block.lang === null || isKnownLanguage(block.lang)) continue;
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
