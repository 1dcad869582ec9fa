/**
 * A page's language: its front matter's `lang`, else the site's. It is the page's <html lang>, which sets the
 * language screen readers speak, the browser's hyphenation (`hyphens: auto` in global.css) and how dates are
 * written on the page.
 */
export function pageLanguage(page: { lang?: string | undefined } | undefined, siteLang: string): string {
  return page?.lang ?? siteLang;
}

/** Scripts written right to left, by language subtag, for a runtime whose Intl.Locale lacks text info. */
const rightToLeft = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/**
 * The direction a language is written in, for the page's <html dir>: `rtl` for Arabic, Hebrew, Persian, Urdu...
 * (`ar`, `he-IL`, `ur-PK`), whose pages then mirror (src/styles/global.css uses logical properties throughout).
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
    const direction = locale.getTextInfo?.().direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return rightToLeft.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr'; // Not a language tag: the check reports it; the page reads left to right.
  }
}

/**
 * Date formats by language. toLocaleDateString builds a new formatter on every call, which costs more than the
 * rest of a page's footer; formatters are immutable and depend on the language alone, so sharing them changes
 * no result.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date as readers of `lang` write it (en: "March 1, 2024", en-GB: "1 March 2024", de: "1. März 2024"). */
export function formatDate(date: Date, lang: string): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}
