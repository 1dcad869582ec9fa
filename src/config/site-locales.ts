/**
 * The site's languages with every default filled in: the default locale (the site's `lang`, at the root) and
 * the config's `locales`, each with its label, direction, title, tagline, section words and UI strings. A
 * language without a built-in UI table must have every string given in the config: a missing string is an error,
 * never English shown silently in another language's page.
 */
import { error, type Problem } from '../lib/problems.ts';
import { textDirection } from '../lib/page-language.ts';
import type { SiteConfigFile, SiteLocale } from './schema.ts';
import { builtInUiStrings, builtInUiTable } from './ui-translations/index.ts';
import { defaultUiStrings, type UiStrings } from './ui-strings.ts';

/** A language's name for itself, capitalised as a menu entry: es -> "Español", ja -> "日本語". */
export function ownLanguageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

/** The keys a complete table needs: every key of the default table, plural ones by their `.other` form. */
function requiredKeys(): string[] {
  return Object.keys(defaultUiStrings).filter((key) => !/\.(zero|one|two|few|many)$/.test(key));
}

const isEnglish = (lang: string) => {
  try {
    return new Intl.Locale(lang).language === 'en';
  } catch {
    return false;
  }
};

/**
 * A language's UI strings: its built-in table (English for English), with the config's overrides on top; the
 * keys still missing when it has no table, so the caller can report them.
 */
export function localeUiStrings(
  lang: string,
  overrides: Readonly<Record<string, string>>,
): { ui: UiStrings; missing: string[] } {
  const table = isEnglish(lang) ? defaultUiStrings : builtInUiTable(lang);
  if (table) return { ui: { ...defaultUiStrings, ...table, ...overrides }, missing: [] };
  const missing = requiredKeys().filter((key) => overrides[key] === undefined);
  // The page still renders with every string present; the check fails on `missing` before anything is published.
  return { ui: { ...defaultUiStrings, ...overrides }, missing };
}

export interface LocaleSources {
  file: Pick<SiteConfigFile, 'locales' | 'ui'>;
  lang: string;
  title: string;
  tagline: string;
  /** Where a key was written in the config file, for messages. */
  at: (path: readonly PropertyKey[]) => { line: number; column: number };
  configFile: string;
}

/** The default locale first, then each configured one; problems for duplicate codes and missing UI strings. */
export function siteLocales(sources: LocaleSources): { locales: SiteLocale[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const { file, at, configFile } = sources;
  const reportMissing = (missing: string[], lang: string, path: PropertyKey[]) => {
    if (missing.length === 0) return;
    const { line, column } = at(path);
    const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
    problems.push(
      error(
        configFile,
        line,
        column,
        `there are no built-in UI strings in "${lang}", and ${missing.length} are not given: ${shown}`,
        `give every one under ui: (the English table is src/config/ui-strings.ts), or use a language with a built-in table: en, ${builtInLanguages.join(', ')}`,
      ),
    );
  };
  const defaultUi = localeUiStrings(sources.lang, file.ui);
  reportMissing(defaultUi.missing, sources.lang, ['lang']);
  const locales: SiteLocale[] = [
    {
      code: '',
      lang: sources.lang,
      label: ownLanguageName(sources.lang),
      dir: textDirection(sources.lang),
      title: sources.title,
      tagline: sources.tagline,
      sections: {},
      ui: defaultUi.ui,
    },
  ];
  const seen = new Set<string>();
  file.locales.forEach((locale, index) => {
    if (seen.has(locale.code)) {
      const { line, column } = at(['locales', index, 'code']);
      problems.push(
        error(configFile, line, column, `locale "${locale.code}" is listed twice`, 'keep one entry per locale'),
      );
      return;
    }
    seen.add(locale.code);
    const lang = locale.lang ?? locale.code;
    const ui = localeUiStrings(lang, locale.ui);
    reportMissing(ui.missing, lang, ['locales', index, locale.lang === undefined ? 'code' : 'lang']);
    locales.push({
      code: locale.code,
      lang,
      label: locale.label ?? ownLanguageName(lang),
      dir: locale.dir ?? textDirection(lang),
      title: locale.title ?? sources.title,
      tagline: locale.tagline ?? sources.tagline,
      sections: locale.sections,
      ui: ui.ui,
    });
  });
  return { locales, problems };
}

/** The languages with a built-in UI table besides English, for hints. */
const builtInLanguages = Object.keys(builtInUiStrings).filter((lang) => lang !== 'en');
