import { describe, expect, it } from 'vitest';
import { formatDate, pageLanguage, textDirection } from './page-language.ts';

describe('page language', () => {
  it("is the page's lang, else the site's", () => {
    expect(pageLanguage({ lang: 'de' }, 'en')).toBe('de');
    expect(pageLanguage({ lang: undefined }, 'pt-BR')).toBe('pt-BR');
    expect(pageLanguage(undefined, 'en')).toBe('en');
  });

  it('writes dates as readers of that language do', () => {
    const date = new Date('2024-03-01T23:30:00Z');
    expect(formatDate(date, 'de')).toBe('1. März 2024');
    expect(formatDate(date, 'en-GB')).toBe('1 March 2024');
    expect(formatDate(date, 'en')).toBe('March 1, 2024');
  });
});

describe('textDirection', () => {
  it('is rtl for languages written right to left, with or without a region, and ltr otherwise', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur-PK', 'ar-EG']) expect(textDirection(lang), lang).toBe('rtl');
    for (const lang of ['en', 'de', 'ja', 'es-419', 'zh-Hant']) expect(textDirection(lang), lang).toBe('ltr');
  });

  it('is ltr for what is not a language tag', () => {
    expect(textDirection('not a tag!')).toBe('ltr');
  });
});
