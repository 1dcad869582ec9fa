/**
 * The languages a fenced code block may name, as real docs write them: any case (`Bash`, `JSON`), Shiki's ids and
 * aliases (`sh`, `yml`, `c++`), and rustdoc-style attributes after a comma (`rust,ignore`, `js,title=x`). Read from
 * 'shiki/langs' alone, so `npm run check` does not load the highlighter.
 *
 *   splitFenceLanguage('rust,no_run')  -> { name: 'rust', attributes: 'no_run' }
 *   resolveLanguage('Bash')            -> 'shellscript'
 *   resolveLanguage('TXT')             -> 'text'
 *   resolveLanguage('bahs')            -> undefined
 */
import { bundledLanguagesInfo, type BundledLanguage } from 'shiki/langs';

/** The one id that means "no highlighting"; every plain-text name resolves to it. */
export const plainText = 'text';

/** What a resolved language is: a grammar Shiki bundles (by its id), or plain text. */
export type LanguageId = BundledLanguage | typeof plainText;

/**
 * Names that mean "no highlighting". Shiki hard-codes the same four in `isPlainLang` (shiki/core) but leaves them
 * out of its language table; importing shiki/core here would load the highlighter into `npm run check`, so they
 * are listed here (code-languages.test.ts checks the two lists agree).
 */
export const plainLanguageNames: readonly string[] = ['text', 'txt', 'plaintext', 'plain'];

/**
 * Names docs commonly write that Shiki's alias table lacks, each mapped to the Shiki id it means: `golang` is
 * GitHub's and Hugo's name for Go, `shell-session` is the name GitHub's linguist gives terminal transcripts
 * (Shiki knows `console` and `shellsession`), and `patch` is what `git format-patch` output is fenced as.
 */
const extraAliases: Readonly<Record<string, BundledLanguage>> = {
  golang: 'go',
  'shell-session': 'shellsession',
  patch: 'diff',
};

/** Every accepted name, lower-cased, with the language it means. Built once: the table is fixed. */
const languageByName: ReadonlyMap<string, LanguageId> = new Map<string, LanguageId>([
  ...bundledLanguagesInfo.flatMap((info) =>
    [info.id, ...(info.aliases ?? [])].map((name): [string, LanguageId] => [
      name.toLowerCase(),
      info.id as BundledLanguage,
    ]),
  ),
  ...Object.entries(extraAliases),
  ...plainLanguageNames.map((name): [string, LanguageId] => [name, plainText]),
]);

/**
 * Splits a fence's language word (mdast's `lang`: the info string up to the first space) at its first comma:
 * `rust,ignore` names `rust`, and `ignore` is an attribute of the block, as rustdoc and mdBook read it.
 */
export function splitFenceLanguage(lang: string): { name: string; attributes: string } {
  const comma = lang.indexOf(',');
  return comma === -1
    ? { name: lang, attributes: '' }
    : { name: lang.slice(0, comma), attributes: lang.slice(comma + 1) };
}

/** The language a name means, ignoring case; undefined when neither Shiki nor the extra names know it. */
export function resolveLanguage(name: string): LanguageId | undefined {
  return languageByName.get(name.toLowerCase());
}

/** Every accepted name (lower-case), for suggesting the closest one to an unknown name. */
export function knownLanguageNames(): string[] {
  return [...languageByName.keys()];
}
