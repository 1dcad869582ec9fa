/**
 * The text a browser script shows, read from the `data-ui` attribute the server put on the element the script
 * enhances (src/config/ui-strings.ts `uiData`): the site's wording, with its overrides, in the page's language.
 * A key the attribute lacks shows as itself, so a gap is visible rather than blank.
 */
import { format, plural } from '../config/ui-strings.ts';

type Values = Readonly<Record<string, string | number>>;

export interface UiText {
  /** The string under `key`, placeholders filled. */
  t: (key: string, values?: Values) => string;
  /** The plural form of `key` for `count` (`search.results` -> "3 results"), by the page language's rules. */
  tn: (key: string, count: number, values?: Values) => string;
}

export function uiText(host: Element | null | undefined): UiText {
  const strings = JSON.parse(host?.getAttribute('data-ui') ?? '{}') as Record<string, string>;
  const lang = document.documentElement.lang || 'en';
  return {
    t: (key, values = {}) => format(Object.hasOwn(strings, key) ? strings[key]! : key, values),
    tn: (key, count, values = {}) => plural(strings, key, count, lang, values),
  };
}
