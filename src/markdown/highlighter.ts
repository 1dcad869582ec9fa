/**
 * Syntax highlighting with one Shiki highlighter per language and process, created the first time a code block
 * needs that language, so only the languages the content uses are ever loaded. Blocks name their language by
 * Shiki's id (see resolveLanguage in code-languages.ts), so `sh`, `bash` and `Shell` share one highlighter.
 *
 * One highlighter per language, not one for all: some grammars inject themselves into others once loaded
 * (`injectTo`), so in a shared highlighter a block's tokens would depend on which other languages happened to be
 * loaded before it, and the same page would render differently from worker to worker and build to build.
 *
 * Shiki normally writes colours as inline `style` attributes, which a strict Content-Security-Policy forbids.
 * We highlight with Shiki's CSS-variables theme and turn each token's colour variable into a class
 * (`var(--code-token-keyword)` -> `tk-keyword`); src/styles/code.css gives the classes light and dark colours.
 * No library does that mapping for tokens, so it is written here.
 */
import { plainText, type LanguageId } from './code-languages.ts';
import {
  createCssVariablesTheme,
  createHighlighter,
  createJavaScriptRegexEngine,
  type Highlighter,
  type ThemedToken,
} from 'shiki';

const theme = createCssVariablesTheme({ name: 'folio-code', variablePrefix: '--code-', fontStyle: true });

const highlighters = new Map<LanguageId, Promise<Highlighter>>();

function highlighterFor(lang: LanguageId): Promise<Highlighter> {
  let highlighter = highlighters.get(lang);
  if (!highlighter) {
    highlighter = createHighlighter({ themes: [theme], langs: [lang], engine: createJavaScriptRegexEngine() });
    highlighters.set(lang, highlighter);
  }
  return highlighter;
}

export interface ClassedToken {
  content: string;
  /** Classes for the token's colour and font style; empty for plain foreground text. */
  classes: string[];
}

function tokenClasses(token: ThemedToken): string[] {
  const classes: string[] = [];
  const match = /^var\(--code-(?:token-)?([a-z-]+)\)$/.exec(token.color ?? '');
  if (match && match[1] !== 'foreground') classes.push(`tk-${match[1]}`);
  const style = token.fontStyle ?? 0;
  if (style > 0 && style & 1) classes.push('tk-italic');
  if (style > 0 && style & 2) classes.push('tk-bold');
  return classes;
}

/** Tokenises code into lines of classed tokens; plain text gives one token per line. */
export async function highlightLines(code: string, lang: LanguageId): Promise<ClassedToken[][]> {
  if (lang === plainText) {
    return code.split('\n').map((line) => [{ content: line, classes: [] }]);
  }
  const instance = await highlighterFor(lang);
  // No time limit per line (Shiki's default is 500 ms): on a loaded machine the first line of a newly loaded
  // grammar can take longer, and a limit would then leave the rest of the line unhighlighted, so the same page
  // would render differently from build to build (and its cached digest would lie).
  const lines = instance.codeToTokensBase(code, { lang, theme, tokenizeTimeLimit: 0 });
  return lines.map((line) => line.map((token) => ({ content: token.content, classes: tokenClasses(token) })));
}
