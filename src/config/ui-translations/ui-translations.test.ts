/**
 * Tests of the built-in UI string tables (src/config/ui-translations): each has every English key, exactly its
 * language's plural categories, the English placeholders, its language's quotation marks, and no string left
 * empty or in English. The checks are a function, `tableProblems`, so a broken table shows they can fail.
 */

import { describe, expect, it } from 'vitest';
import { defaultUiStrings, placeholders } from '../ui-strings.ts';
import { builtInUiStrings, builtInUiTable, type UiStringTable } from './index.ts';

const english: Readonly<Record<string, string>> = defaultUiStrings;
const englishCategories = new Intl.PluralRules('en').resolvedOptions().pluralCategories;

/** The plural keys' bases (`search.results`), as `isUiKey` knows them: keys with an `.other` form. */
const pluralBases = Object.keys(english)
  .filter((key) => key.endsWith('.other'))
  .map((key) => key.slice(0, -'.other'.length));

/** English's keys that are not a plural variant of a base (`x.one`, `x.other`). */
const plainKeys = Object.keys(english).filter(
  (key) => !pluralBases.some((base) => englishCategories.some((category) => key === `${base}.${category}`)),
);

/** Any plural variant a language could have: `x.zero` to `x.other`. */
const allCategories: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Quotation marks a language does not use: English's closing quote everywhere, its opening one but in German. */
const foreignQuotes: Readonly<Record<string, RegExp>> = {
  es: /[“”]/,
  de: /[”«»]/,
  fr: /[“”]/,
  ja: /[“”«»]/,
  ar: /[“”]/,
};

/** The English string a translated key stands for: its own, or for a plural variant the base's `.other`. */
function englishFor(key: string): string | undefined {
  if (Object.hasOwn(english, key)) return english[key];
  const dot = key.lastIndexOf('.');
  return pluralBases.includes(key.slice(0, dot)) ? english[`${key.slice(0, dot)}.other`] : undefined;
}

const sorted = (values: Iterable<string>) => [...values].sort();

/** Everything wrong with one language's table, as sentences; empty when it is fine. */
function tableProblems(lang: string, table: UiStringTable): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const key of plainKeys) if (!Object.hasOwn(table, key)) problems.push(`missing ${key}`);
  for (const base of pluralBases) {
    const present = allCategories.filter((category) => Object.hasOwn(table, `${base}.${category}`));
    if (sorted(present).join() !== sorted(categories).join())
      problems.push(`${base} has plural forms ${present.join(', ')}; ${lang} needs ${categories.join(', ')}`);
  }
  for (const [key, value] of Object.entries(table)) {
    const source = englishFor(key);
    if (source === undefined) {
      problems.push(`unknown key ${key}`);
      continue;
    }
    if (value.trim() === '') problems.push(`${key} is empty`);
    const own = sorted(placeholders(value)).join();
    const wanted = sorted(placeholders(source)).join();
    if (own !== wanted) problems.push(`${key} uses {${own}}, English {${wanted}}`);
    const englishForm = english[key] ?? source;
    if (value === englishForm && englishForm.trim().split(/\s+/).length > 3)
      problems.push(`${key} is still in English: ${value}`);
    const quotes = foreignQuotes[lang];
    if (quotes?.test(value)) problems.push(`${key} has quotation marks ${lang} does not use: ${value}`);
    if (lang === 'fr' && /«(?!\u202f)|(?<!\u202f)»/.test(value))
      problems.push(`${key} lacks a narrow no-break space inside « »: ${value}`);
    if (lang === 'fr' && /(?<![\u00a0\u202f])[:;?!]/.test(value))
      problems.push(`${key} lacks a no-break space before a colon, semicolon, question or exclamation mark: ${value}`);
  }
  return problems;
}

const translations = Object.entries(builtInUiStrings).filter(([lang]) => lang !== 'en');

describe('built-in UI translations', () => {
  it('cover the languages they promise, with English as the defaults', () => {
    expect(sorted(Object.keys(builtInUiStrings))).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja']);
    expect(builtInUiStrings['en']).toBe(defaultUiStrings);
  });

  it.each(translations)('%s: every key, its plural forms and placeholders, all translated', (lang, table) => {
    expect(tableProblems(lang, table)).toEqual([]);
  });

  it('find the mistakes they look for in a broken table', () => {
    const fr = builtInUiStrings['fr']!;
    const { 'toc.heading': _missing, 'search.results.many': _missingForm, ...rest } = fr;
    const broken: UiStringTable = {
      ...rest,
      'search.results.two': '{count} résultats',
      'nav.nowhere': 'Nulle part',
      'checklist.progress': '{done} sur {totl}',
      'page.edit': '',
      'search.noResults': english['search.noResults']!,
      'links.copySectionOf': 'Copier la section “{name}” en Markdown',
      'links.sectionTools': 'Outils de la section «{name}»',
      'links.copiedStatus': 'Lien copié : {url}',
    };
    expect(sorted(tableProblems('fr', broken))).toEqual(
      sorted([
        'missing toc.heading',
        'search.results has plural forms one, two, other; fr needs one, many, other',
        'checklist.progress uses {done,totl}, English {done,total}',
        'page.edit is empty',
        'search.noResults is still in English: No results. Try fewer or different words, or remove a filter.',
        'links.copySectionOf has quotation marks fr does not use: Copier la section “{name}” en Markdown',
        'links.sectionTools lacks a narrow no-break space inside « »: Outils de la section «{name}»',
        'unknown key nav.nowhere',
        'links.copiedStatus lacks a no-break space before a colon, semicolon, question or exclamation mark: Lien copié : {url}',
      ]),
    );
  });

  it('allow English wording that is the same in every language', () => {
    const de = { ...builtInUiStrings['de'], 'footer.rss': 'RSS', 'meta.pageTitle': '{title} | {site}' };
    expect(tableProblems('de', de)).toEqual([]);
  });

  it('are picked by the language subtag of a tag', () => {
    expect(builtInUiTable('es-MX')).toBe(builtInUiStrings['es']);
    expect(builtInUiTable('de-CH')).toBe(builtInUiStrings['de']);
    expect(builtInUiTable('ja')).toBe(builtInUiStrings['ja']);
    expect(builtInUiTable('ar-EG')).toBe(builtInUiStrings['ar']);
    expect(builtInUiTable('FR-ca')).toBe(builtInUiStrings['fr']);
    expect(builtInUiTable('en-GB')).toBe(defaultUiStrings);
    expect(builtInUiTable('pt')).toBeUndefined();
    expect(builtInUiTable('zh-Hant-TW')).toBeUndefined();
    expect(builtInUiTable('not a tag')).toBeUndefined();
    expect(builtInUiTable('')).toBeUndefined();
  });

  it('give every plural count a form in each language', () => {
    for (const [lang, table] of translations)
      for (const count of [0, 1, 2, 3, 11, 100, 101, 1_000_000]) {
        const category = new Intl.PluralRules(lang).select(count);
        for (const base of pluralBases) expect(table[`${base}.${category}`], `${lang} ${base} ${count}`).toBeDefined();
      }
  });
});
