import { describe, expect, it } from 'vitest';
import {
  allowedPlaceholders,
  defaultUiStrings,
  format,
  formatParts,
  isUiKey,
  placeholders,
  markdownUiKeys,
  plural,
  scriptUiKeys,
  uiData,
  uiStrings,
} from './ui-strings.ts';

describe('UI strings', () => {
  it('merge overrides over the defaults, leaving the other keys as they are', () => {
    const strings = uiStrings({ 'search.label': 'Search the handbook' });
    expect(strings['search.label']).toBe('Search the handbook');
    expect(strings['nav.home']).toBe('Home');
    expect(uiStrings()).toEqual(defaultUiStrings);
  });

  it('fill placeholders, and leave one without a value visible', () => {
    expect(format('{done} of {total} done', { done: 2, total: 5 })).toBe('2 of 5 done');
    expect(format('{page} in {section}', { page: 'A' })).toBe('A in {section}');
    expect(format('{constructor}', {})).toBe('{constructor}');
  });

  it('split a template around values that are markup', () => {
    const time = { tag: 'time' };
    expect(formatParts('Last updated {date}', { date: time })).toEqual(['Last updated ', time]);
    expect(formatParts('{date} bijgewerkt', { date: time })).toEqual([time, ' bijgewerkt']);
    expect(formatParts('{a}{b} and {c}', { a: 1, b: 2 })).toEqual([1, 2, ' and {c}']);
  });

  it('choose the plural form by the language, falling back to "other"', () => {
    const en = uiStrings();
    expect(plural(en, 'search.results', 1, 'en')).toBe('1 result');
    expect(plural(en, 'search.results', 0, 'en')).toBe('0 results');
    expect(plural(en, 'search.results', 3, 'en')).toBe('3 results');
    const pl = uiStrings({
      'search.results.one': '{count} wynik',
      'search.results.few': '{count} wyniki',
      'search.results.other': '{count} wyników',
    });
    expect(plural(pl, 'search.results', 1, 'pl')).toBe('1 wynik');
    expect(plural(pl, 'search.results', 3, 'pl')).toBe('3 wyniki');
    // "many" is Polish for 5, and this table has no .many: the .other form stands in.
    expect(plural(pl, 'search.results', 5, 'pl')).toBe('5 wyników');
  });

  it('know which keys exist, including plural variants of plural keys only', () => {
    expect(isUiKey('search.label')).toBe(true);
    expect(isUiKey('search.results.few')).toBe(true);
    expect(isUiKey('search.lable')).toBe(false);
    expect(isUiKey('nav.home.few')).toBe(false);
    expect(isUiKey('toString')).toBe(false);
  });

  it('know which placeholders a string may use', () => {
    expect(placeholders('{results} for “{query}”: {pages} and {terms}.')).toEqual([
      'results',
      'query',
      'pages',
      'terms',
    ]);
    expect(allowedPlaceholders('checklist.progress')).toEqual(['done', 'total']);
    expect(allowedPlaceholders('search.results.few')).toEqual(['count']);
    expect(allowedPlaceholders('nope')).toBeUndefined();
  });

  it('give every plural key an "other" form and use only word characters in keys', () => {
    for (const key of Object.keys(defaultUiStrings)) {
      expect(key).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/);
      const base = key.replace(/\.(zero|one|two|few|many)$/, '');
      if (base !== key) expect(defaultUiStrings).toHaveProperty([`${base}.other`]);
    }
  });
});

describe('strings for browser scripts', () => {
  it('hold the keys a script lists, with every plural variant of a listed group, and nothing else', () => {
    const strings = uiStrings({ 'search.label': 'Suchen', 'search.results.few': '{count} wyniki' });
    const data = JSON.parse(uiData(strings, ['search.label', 'search.results.'])) as Record<string, string>;
    expect(data).toEqual({
      'search.label': 'Suchen',
      'search.results.one': '{count} result',
      'search.results.other': '{count} results',
      'search.results.few': '{count} wyniki',
    });
  });

  it('pick plural forms with the language of the strings', () => {
    const data = JSON.parse(
      uiData(uiStrings({ 'search.results.few': '{count} wyniki' }), scriptUiKeys.search),
    ) as Record<string, string>;
    expect(plural(data, 'search.results', 3, 'pl')).toBe('3 wyniki');
    expect(plural(data, 'search.results', 1, 'en')).toBe('1 result');
  });

  it('name only keys of the table', () => {
    for (const keys of Object.values(scriptUiKeys))
      for (const key of keys)
        expect(Object.keys(defaultUiStrings).some((own) => own === key || own.startsWith(key))).toBe(true);
    expect(markdownUiKeys.every((key) => isUiKey(key))).toBe(true);
  });
});
