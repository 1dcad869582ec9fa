/**
 * The site's sections: its top-level folders, in the order and with the labels the site config gives, the
 * others after them by name. A section's label and purpose come from the config, else from the folder's own
 * README/index (its title and description), else from the folder's name.
 */
import type { PageNode } from './content-graph/load-page.ts';

export interface SectionSetting {
  folder: string;
  label?: string | undefined;
  description?: string | undefined;
  /** The label was written in the config file (else it is the folder's name, which the folder's index outranks). */
  configured?: boolean | undefined;
}

/** Section labels and purposes in one language, by folder. */
export type LocaleSectionWords = Readonly<
  Record<string, { label?: string | undefined; description?: string | undefined } | undefined>
>;

export interface SiteSection {
  /** The top-level folder. */
  key: string;
  label: string;
  /** What the section is for ("" when neither config nor the folder's index says). */
  description: string;
  /** Site path without base. */
  path: string;
  /** The folder's own README/index page, if it has one. */
  index: PageNode | undefined;
  /** This folder holds the glossary. */
  glossary: boolean;
}

/** "getting-started" -> "Getting started". */
export function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}

const cache = new WeakMap<readonly PageNode[], SiteSection[]>();

export function siteSections(
  pages: readonly PageNode[],
  settings: readonly SectionSetting[],
  glossary: string | undefined,
  /** A language's own section words (by folder) and its path prefix ("/es"), for a translated site. */
  locale: { prefix: string; sections: LocaleSectionWords } = { prefix: '', sections: {} },
): SiteSection[] {
  const cached = cache.get(pages);
  if (cached) return cached;
  const folders = new Set(pages.filter((page) => page.collection !== '').map((page) => page.collection));
  const ordered: SectionSetting[] = [
    ...settings.filter((setting) => folders.has(setting.folder)),
    ...[...folders]
      .filter((folder) => !settings.some((setting) => setting.folder === folder))
      .sort((a, b) => a.localeCompare(b))
      .map((folder) => ({ folder })),
  ];
  const sections = ordered.map((setting) => {
    const index = pages.find((page) => page.collection === setting.folder && page.isIndex && page.slug === '');
    // A translated index's title outranks the config's label in the original language.
    const own = locale.sections[setting.folder];
    const translatedIndex = index?.locale ? index : undefined;
    return {
      key: setting.folder,
      label:
        own?.label ??
        translatedIndex?.title ??
        (setting.configured === false ? undefined : setting.label) ??
        index?.title ??
        humanize(setting.folder),
      description: own?.description || translatedIndex?.description || setting.description || index?.description || '',
      path: `${locale.prefix}/${setting.folder}/`,
      index,
      glossary: setting.folder === glossary,
    };
  });
  cache.set(pages, sections);
  return sections;
}
