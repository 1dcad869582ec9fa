import { describe, expect, it } from 'vitest';
import { locateContent, locationPath, translationFile, translationOf } from '../content-layout.ts';
import type { PageNode } from '../content-graph/load-page.ts';
import { localePages, originalOf, pageInEachLocale } from './locale-pages.ts';
import { compareUrl, newFileUrl } from '../code-host.ts';
import { translationState, type GitHistory } from './translation-status.ts';

const folder = { codes: ['es', 'pt-br'], layout: 'folder' as const };
const suffix = { codes: ['es', 'ar'], layout: 'suffix' as const };

describe('where translations are', () => {
  it('finds a translation in its locale folder, standing where its original does', () => {
    expect(translationOf('es/guides/x.md', folder)).toEqual({ locale: 'es', original: 'guides/x.md' });
    expect(translationOf('pt-br/index.md', folder)).toEqual({ locale: 'pt-br', original: 'index.md' });
    expect(translationOf('guides/es.md', folder)).toBeUndefined();
    expect(translationOf('fr/x.md', folder)).toBeUndefined();
    const location = locateContent('es/guides/install/README.md', { locales: folder })!;
    expect(location).toEqual({ kind: 'page', collection: 'guides', slug: 'install', isIndex: true, locale: 'es' });
    expect(locationPath(location).path).toBe('/es/guides/install/');
    expect(locationPath(locateContent('es/index.md', { locales: folder })!).path).toBe('/es/');
  });

  it('finds a translation beside its original by its suffix', () => {
    expect(translationOf('guides/x.es.md', suffix)).toEqual({ locale: 'es', original: 'guides/x.md' });
    expect(translationOf('README.ar.md', suffix)).toEqual({ locale: 'ar', original: 'README.md' });
    expect(translationOf('guides/x.de.md', suffix)).toBeUndefined();
    const term = locateContent('glossary/cve.es.md', { locales: suffix, glossary: 'glossary' })!;
    expect(term).toMatchObject({ kind: 'term', collection: 'glossary', slug: 'cve', locale: 'es' });
    expect(locationPath(term)).toEqual({ path: '/es/glossary/', hash: 'cve' });
  });

  it('names the file a translation is to be written in', () => {
    expect(translationFile('guides/x.md', 'es', folder)).toBe('es/guides/x.md');
    expect(translationFile('guides/x.md', 'es', suffix)).toBe('guides/x.es.md');
  });

  it('reads nothing as a translation in a site of one language', () => {
    expect(translationOf('es/guides/x.md', undefined)).toBeUndefined();
    expect(locateContent('es/guides/x.md', {})).toMatchObject({ collection: 'es', slug: 'guides/x' });
  });
});

const page = (absPath: string, fields: Partial<PageNode>): PageNode =>
  ({ absPath, kind: 'page', collection: 'guides', slug: '', hash: '', isIndex: false, ...fields }) as PageNode;

describe('the pages of a language', () => {
  const install = page('/d/guides/install.md', { slug: 'install', path: '/guides/install/', title: 'Install' });
  const setup = page('/d/guides/setup.md', { slug: 'setup', path: '/guides/setup/', title: 'Set up' });
  const instalar = page('/d/es/guides/install.md', {
    slug: 'install',
    path: '/es/guides/install/',
    title: 'Instalar',
    locale: 'es',
  });
  const pages = [install, setup, instalar];

  it('are the originals in the default language', () => {
    expect(localePages(pages, '')).toEqual([install, setup]);
  });

  it('are the translations, and a fallback at its translated URL for every original not translated yet', () => {
    const es = localePages(pages, 'es');
    expect(es.map((each) => [each.path, each.title, each.fallbackOf?.title])).toEqual([
      ['/es/guides/install/', 'Instalar', undefined],
      ['/es/guides/setup/', 'Set up', 'Set up'],
    ]);
    expect(localePages(pages, 'es')).toBe(es); // The same list on every call: what is built from it is cached.
    expect(originalOf(es[0]!, pages)).toBe(install);
    expect(originalOf(es[1]!, pages)).toBe(setup);
  });

  it('know each page in every language', () => {
    expect(
      pageInEachLocale(setup, pages, ['', 'es']).map(({ locale, page }) => [locale, page.path, !!page.fallbackOf]),
    ).toEqual([
      ['', '/guides/setup/', false],
      ['es', '/es/guides/setup/', true],
    ]);
  });
});

describe('a translation that falls behind', () => {
  const day = (text: string) => new Date(`${text}T12:00:00Z`);
  const history = (
    changes: Record<string, [string, string]>,
    changedSince?: GitHistory['changedSince'],
  ): GitHistory => ({
    docsDir: '/d',
    changes: new Map(Object.entries(changes).map(([file, [commit, date]]) => [file, { commit, date: day(date) }])),
    changedSince,
  });
  const facts = { translation: '/d/es/x.md', original: '/d/x.md', translatedFrom: undefined };

  it('is up to date when the original has not changed since the translation was committed', () => {
    const state = translationState(facts, history({ 'x.md': ['aaa', '2026-01-01'], 'es/x.md': ['bbb', '2026-02-01'] }));
    expect(state).toEqual({ status: 'up-to-date' });
    // Both in one commit: written together.
    expect(
      translationState(facts, history({ 'x.md': ['ccc', '2026-01-01'], 'es/x.md': ['ccc', '2026-01-01'] })),
    ).toEqual({
      status: 'up-to-date',
    });
  });

  it('is outdated when the original changed in a later commit, since the translation’s commit', () => {
    const state = translationState(facts, history({ 'x.md': ['ddd', '2026-03-01'], 'es/x.md': ['bbb', '2026-02-01'] }));
    expect(state).toMatchObject({ status: 'outdated', since: 'bbb', changed: { commit: 'ddd' } });
  });

  it('follows a pinned day or commit instead', () => {
    const changes = {
      'x.md': ['ddd', '2026-03-01'] as [string, string],
      'es/x.md': ['eee', '2026-04-01'] as [string, string],
    };
    expect(translationState({ ...facts, translatedFrom: '2026-02-15' }, history(changes))).toMatchObject({
      status: 'outdated',
      since: '2026-02-15',
    });
    expect(translationState({ ...facts, translatedFrom: '2026-03-01' }, history(changes))).toEqual({
      status: 'up-to-date',
    });
    expect(translationState({ ...facts, translatedFrom: 'ddd' }, history(changes))).toEqual({ status: 'up-to-date' });
    const asked: string[] = [];
    const since = (file: string, commit: string) => (asked.push(`${file}@${commit}`), commit === 'old1234');
    expect(translationState({ ...facts, translatedFrom: 'old1234' }, history(changes, since))).toMatchObject({
      status: 'outdated',
      since: 'old1234',
    });
    expect(asked).toEqual(['/d/x.md@old1234']);
  });

  it('is not judged without a history of the original (not committed yet)', () => {
    expect(translationState(facts, history({}))).toEqual({ status: 'up-to-date' });
  });

  it('links to the diff on the code host', () => {
    expect(compareUrl('https://github.com/o/r', 'aaa', 'bbb')).toBe('https://github.com/o/r/compare/aaa...bbb');
    expect(compareUrl('https://gitlab.com/o/r', 'aaa', 'bbb')).toBe('https://gitlab.com/o/r/-/compare/aaa...bbb');
    expect(compareUrl('not a url', 'aaa', 'bbb')).toBeUndefined();
    const repository = { url: 'https://codeberg.org/o/r', branch: 'main' };
    expect(newFileUrl(repository, 'docs/es/guides/x.md')).toBe(
      'https://codeberg.org/o/r/new/main/docs/es/guides/?filename=x.md',
    );
    expect(newFileUrl({ ...repository, url: 'https://bitbucket.org/o/r' }, 'x.md')).toBeUndefined();
  });
});
