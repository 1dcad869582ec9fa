/**
 * A page's language: its front matter's `lang`, else the site's. It is the page's <html lang>, which sets the
 * language screen readers speak, the browser's hyphenation (`hyphens: auto` in global.css) and how dates are
 * written on the page.
 */
export function pageLanguage(page: { lang?: string | undefined } | undefined, siteLang: string): string {
  return page?.lang ?? siteLang;
}

/** A date as readers of `lang` write it (en: "March 1, 2024", en-GB: "1 March 2024", de: "1. März 2024"). */
export function formatDate(date: Date, lang: string): string {
  return date.toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
