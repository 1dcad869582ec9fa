/**
 * The languages a fenced code block may name: Shiki's bundled grammars plus the plain-text names. Read from
 * 'shiki/langs' alone, so `npm run check` does not load the highlighter.
 */
import { bundledLanguages } from 'shiki/langs';

/** Languages that mean "no highlighting". */
export const plainLanguages = new Set(['text', 'plaintext', 'txt', 'plain']);

export function knownLanguages(): string[] {
  return [...plainLanguages, ...Object.keys(bundledLanguages)];
}

export function isKnownLanguage(lang: string): boolean {
  return plainLanguages.has(lang) || Object.hasOwn(bundledLanguages, lang);
}
