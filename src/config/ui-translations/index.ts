/**
 * The UI strings built in for languages other than English, by language subtag, with English's defaults under
 * `en`: complete tables in the language's own wording and plural forms, for a site in that language to use as
 * the base its config's `ui:` keys go on top of.
 */

import { defaultUiStrings } from '../ui-strings.ts';
import ar from './ar.ts';
import de from './de.ts';
import es from './es.ts';
import fr from './fr.ts';
import ja from './ja.ts';

/**
 * One language's table: dotted key to template. Not `Record<UiKey, string>`, because the plural keys differ by
 * language: each table has exactly the plural categories its language's Intl.PluralRules lists (Japanese only
 * `x.other`, Arabic `x.zero` to `x.other`), not English's `x.one` and `x.other`. The tests hold every table to
 * the English key set, category by category.
 */
export type UiStringTable = Readonly<Record<string, string>>;

export const builtInUiStrings: Readonly<Record<string, UiStringTable>> = {
  en: defaultUiStrings,
  es,
  de,
  fr,
  ja,
  ar,
};

/**
 * The built-in table for a language tag, by its language subtag (`es-MX` -> es, `de-CH` -> de); undefined for a
 * language without one (`pt`) and for a tag that is not valid BCP 47.
 */
export function builtInUiTable(lang: string): UiStringTable | undefined {
  let language: string;
  try {
    language = new Intl.Locale(lang).language;
  } catch {
    return undefined;
  }
  return Object.hasOwn(builtInUiStrings, language) ? builtInUiStrings[language] : undefined;
}
