import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../lib/problems.ts';
import { loadSiteConfig } from './load-config.ts';
import { defaultUiStrings } from './ui-strings.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

/** A fixture copied outside any git checkout, so git cannot supply defaults unless the test makes a repository. */
function copyOf(fixture: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'folio-config-')));
  cpSync(join(fixtures, fixture), join(dir, fixture), { recursive: true });
  return dir;
}

function load(docsDir: string, options: { env?: Record<string, string>; cwd?: string; configFile?: string } = {}) {
  const result = loadSiteConfig({
    docsDir,
    env: options.env ?? {},
    cwd: options.cwd ?? fixtures,
    configFile: options.configFile,
    ruleIds: ['links', 'placeholders', 'orphans'],
    frontMatterKeys: ['title', 'description', 'source'],
  });
  return { ...result, report: result.problems.map((problem) => formatProblem(problem)) };
}

describe('site config without a config file', () => {
  it('takes the title from the root README H1 and the tagline from its first paragraph with words', () => {
    const cwd = copyOf('plain');
    const { config, report } = load('plain', { cwd });
    expect(report).toEqual([]);
    expect(config.title).toBe('Widget Docs');
    // The badges paragraph says nothing; the next one is cut at a word boundary, Markdown removed.
    expect(config.tagline).toMatch(
      /^Widget turns plain folders of Markdown into a site that readers can search, .*\w…$/,
    );
    expect(config.tagline.length).toBeLessThanOrEqual(160);
    expect(config.tagline).toContain('which is what this…');
  });

  it('makes every top-level folder of Markdown a section, by name, labelled from its name', () => {
    const { config } = load('plain');
    // images/ has no Markdown; .hidden/ and _includes/ are not content.
    expect(config.sections).toEqual([
      {
        folder: 'api_reference',
        label: 'Api reference',
        description: 'Every function, with its arguments.',
        configured: false,
        required: [],
      },
      { folder: 'getting-started', label: 'Getting started', description: '', configured: false, required: [] },
    ]);
  });

  it('fills every other value with its default', () => {
    const { config } = load(copyOf('plain') + '/plain');
    expect(config).toMatchObject({
      lang: 'en',
      url: 'http://localhost:4321',
      base: '/',
      repository: undefined,
      glossary: undefined,
      rules: {},
      strict: false,
      review: { every: undefined, strict: false },
      searchShardPages: 500,
      configFile: undefined,
    });
    expect(config.ui).toEqual(defaultUiStrings);
  });

  it('names a site after the folder above "content" when there is no root page', () => {
    const { config } = load('named-project/content');
    expect(config.title).toBe('named-project');
    expect(config.tagline).toBe('');
  });

  it('takes the repository from git: origin as a web address, the branch and the docs path', () => {
    const root = copyOf('plain');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '--quiet', '--initial-branch=develop');
    git('remote', 'add', 'origin', 'https://bot:token@github.com/team/widget.git');
    const { config, git: info } = load(join(root, 'plain'));
    expect(config.repository).toEqual({ url: 'https://github.com/team/widget', branch: 'develop', path: 'plain' });
    expect(info?.root).toBe(root);
  });
});

describe('site config from a config file', () => {
  it('reads every option, normalised, with sections in the given order and the rest after them', () => {
    const { config, report } = load('configured');
    expect(report).toEqual([]);
    const { ui, docsDir, configFile, locales, ...rest } = config;
    expect(rest).toEqual({
      title: 'Team Docs',
      tagline: 'How the team works',
      lang: 'de-CH',
      url: 'https://docs.example.org',
      base: '/team/',
      repository: { url: 'https://git.example.org/team/docs', branch: 'stable', path: 'handbook' },
      sections: [
        { folder: 'guides', label: 'Anleitungen', description: 'Schritt für Schritt.', configured: true, required: [] },
        { folder: 'terms', label: 'Terms', description: '', configured: true, required: [] },
        { folder: 'notes', label: 'Notes', description: '', configured: false, required: [] },
      ],
      glossary: 'terms',
      rules: { links: 'warning', placeholders: 'off' },
      strict: true,
      review: { every: { count: 6, unit: 'month' }, strict: true },
      searchShardPages: 50,
      translations: 'suffix',
    });
    expect(ui['search.label']).toBe('Suche');
    expect(ui['search.results.few']).toBe('{count} Ergebnisse');
    // German has a built-in table: what the config does not say is German, not English.
    expect(ui['nav.home']).toBe('Startseite');
    expect(
      locales.map(({ code, lang, label, dir, title, tagline, sections }) => ({
        code,
        lang,
        label,
        dir,
        title,
        tagline,
        sections,
      })),
    ).toEqual([
      {
        code: '',
        lang: 'de-CH',
        label: 'Schweizer Hochdeutsch',
        dir: 'ltr',
        title: 'Team Docs',
        tagline: 'How the team works',
        sections: {},
      },
      {
        code: 'fr',
        lang: 'fr',
        label: 'Français',
        dir: 'ltr',
        title: 'Docs de l’équipe',
        tagline: 'How the team works',
        sections: { guides: { label: 'Guides pratiques' } },
      },
      {
        code: 'ar',
        lang: 'ar-EG',
        label: 'عربي',
        dir: 'rtl',
        title: 'Team Docs',
        tagline: 'How the team works',
        sections: {},
      },
    ]);
    expect(locales[0]!.ui).toBe(ui);
    expect(locales[1]!.ui['search.label']).toBe('Chercher');
    expect(locales[1]!.ui['nav.home']).toBe('Accueil');
    expect(locales[2]!.ui['search.results.two']).toMatch(/\{count\}/);
    expect(docsDir).toBe(join(fixtures, 'configured'));
    expect(configFile).toBe(join(fixtures, 'configured', 'folio.config.yaml'));
  });

  it('reports every mistake at its line and column with a hint, and keeps the valid settings', () => {
    const { config, report } = load('broken');
    expect(report).toEqual([
      'broken/folio.config.yaml:1:1: error: unknown config key "titel"\n  hint: did you mean "title"? (allowed keys: title, tagline, lang, url, base, repository, sections, glossary, ui, locales, translations, rules, strict, review, searchShardPages)',
      'broken/folio.config.yaml:2:1: error: lang is a BCP 47 language tag, such as en, de or pt-BR',
      'broken/folio.config.yaml:3:1: error: url must not contain a path ("/sub"): set base for a sub-path instead',
      'broken/folio.config.yaml:5:3: error: repository.url: the repository URL holds credentials, which would be published on every page',
      'broken/folio.config.yaml:6:3: error: unknown config key "repository.brnch"\n  hint: did you mean "branch"? (allowed keys in "repository": url, branch, path)',
      'broken/folio.config.yaml:9:5: error: section "guides" is listed twice\n  hint: list each folder once',
      'broken/folio.config.yaml:10:5: error: section folder "guidse" is not a folder of Markdown pages in broken/\n  hint: did you mean "guides"?',
      'broken/folio.config.yaml:11:1: error: glossary folder "glosary" is not a folder of Markdown pages in broken/\n  hint: did you mean "glossary"?',
      'broken/folio.config.yaml:13:3: error: unknown UI string "search.lable"\n  hint: did you mean "search.label"?',
      'broken/folio.config.yaml:14:3: error: UI string "nav.allPages.other" uses {cont}, which it is never given\n  hint: did you mean {count}?',
      'broken/folio.config.yaml:16:3: error: rules.links: a rule level is error, warning or off',
      'broken/folio.config.yaml:17:1: error: strict is true or false',
      'broken/folio.config.yaml:19:3: error: review.every: not a period: write a whole number and a unit, e.g. "6 months", "1 year", "90 days" or "2 weeks"',
      // A language without a built-in table: each UI string it lacks would be English on its pages.
      'broken/folio.config.yaml:21:5: error: there are no built-in UI strings in "pt", and 128 are not given: header.search, header.menu, nav.site, nav.breadcrumbs, nav.allPages.other, and 123 more\n  hint: give every one under ui: (the English table is src/config/ui-strings.ts), or use a language with a built-in table: en, es, de, fr, ja, ar',
      'broken/folio.config.yaml:24:5: error: locale "pt" is listed twice\n  hint: keep one entry per locale',
    ]);
    // What was valid is kept; what was not falls back to its default.
    expect(config.sections.map((section) => section.folder)).toEqual(['guides', 'glossary']);
    expect(config.lang).toBe('en');
    expect(config.glossary).toBeUndefined();
  });

  it('reports a YAML syntax error where the mistake is', () => {
    expect(load('syntax').report).toEqual([
      'syntax/folio.config.yaml:1:8: error: YAML syntax: the " quote that opens here is never closed\n  hint: end the value with " too, on the same line',
    ]);
  });

  it('reports a rule id that no rule has, with the closest one', () => {
    const dir = copyOf('plain');
    writeFileSync(join(dir, 'plain', 'folio.config.yaml'), 'rules:\n  link: warning\n  orphans: off\n');
    expect(load('plain', { cwd: dir }).report).toEqual([
      'plain/folio.config.yaml:2:3: error: unknown rule "link"\n  hint: did you mean "links"?',
    ]);
  });

  it("reads a section's required front-matter keys, and reports one that no page can write", () => {
    const dir = copyOf('plain');
    writeFileSync(
      join(dir, 'plain', 'folio.config.yaml'),
      'sections:\n  - folder: getting-started\n    required: [title, descripton]\n',
    );
    const { config, report } = load('plain', { cwd: dir });
    expect(report).toEqual([
      'plain/folio.config.yaml:3:23: error: sections.0.required: "descripton" is not a front-matter key\n  hint: did you mean "description"?',
    ]);
    expect(config.sections.map(({ folder, required }) => [folder, required])).toEqual([
      ['getting-started', ['title', 'descripton']],
      ['api_reference', []],
    ]);
  });

  it('reads a config file named on the command line, and reports one that does not exist', () => {
    const named = load('plain', { configFile: 'configured/folio.config.yaml' });
    expect(named.report).toEqual([
      'configured/folio.config.yaml:12:5: error: section folder "guides" is not a folder of Markdown pages in plain/\n  hint: the top-level folders with Markdown are: api_reference, getting-started',
      'configured/folio.config.yaml:15:5: error: section folder "terms" is not a folder of Markdown pages in plain/\n  hint: the top-level folders with Markdown are: api_reference, getting-started',
      'configured/folio.config.yaml:16:1: error: glossary folder "terms" is not a folder of Markdown pages in plain/\n  hint: the top-level folders with Markdown are: api_reference, getting-started',
    ]);
    expect(named.config.title).toBe('Team Docs');
    expect(load('plain', { configFile: 'nowhere.yaml' }).report).toEqual([
      'nowhere.yaml:1:1: error: the config file named does not exist\n  hint: check the path given to --config, or leave it out to use folio.config.yaml in the docs folder',
    ]);
  });

  it('reports a config file under a name that is not read, and a docs folder that does not exist', () => {
    const dir = copyOf('plain');
    writeFileSync(join(dir, 'plain', 'folio.config.yml'), 'title: Ignored\n');
    const { config, report } = load('plain', { cwd: dir });
    expect(report).toEqual([
      'plain/folio.config.yml:1:1: error: this config file is not read\n  hint: rename it to folio.config.yaml',
    ]);
    expect(config.title).toBe('Widget Docs');
    expect(load('missing').report).toEqual([
      'missing:1:1: error: the docs folder does not exist\n  hint: name the folder that holds the Markdown files, e.g. `folio build docs`',
    ]);
  });
});

describe('site config and the environment', () => {
  it('lets SITE_URL, BASE_PATH, SEARCH_SHARD_PAGES and FOLIO_STRICT win over the file', () => {
    const { config, report } = load('configured', {
      env: { SITE_URL: 'https://preview.example.net/', BASE_PATH: 'pr-12', SEARCH_SHARD_PAGES: '7', FOLIO_STRICT: '1' },
    });
    expect(report).toEqual([]);
    expect(config).toMatchObject({
      url: 'https://preview.example.net',
      base: '/pr-12/',
      searchShardPages: 7,
      strict: true,
    });
  });

  it('reads .env.local, then .env, in the working directory, the real environment first', () => {
    const cwd = copyOf('plain');
    writeFileSync(join(cwd, '.env'), 'SITE_URL=https://from-env-file.example\nBASE_PATH=/docs/\n');
    expect(load('plain', { cwd }).config).toMatchObject({ url: 'https://from-env-file.example', base: '/docs/' });
    writeFileSync(join(cwd, '.env.local'), 'BASE_PATH=/local/\n');
    expect(load('plain', { cwd }).config).toMatchObject({ url: 'https://from-env-file.example', base: '/local/' });
    const real = load('plain', { cwd, env: { BASE_PATH: '/real/' } }).config;
    expect(real).toMatchObject({ url: 'https://from-env-file.example', base: '/real/' });
  });

  it('reports a bad value where it was set', () => {
    const cwd = copyOf('plain');
    writeFileSync(join(cwd, '.env'), '# deployment\nSITE_URL=https://x.example/sub\n');
    const fromFile = load('plain', { cwd });
    expect(fromFile.report).toEqual([
      '.env:2:1: error: SITE_URL must not contain a path ("/sub"): set BASE_PATH for a sub-path instead',
    ]);
    expect(fromFile.config.url).toBe('http://localhost:4321');
    expect(load('plain', { cwd, env: { SEARCH_SHARD_PAGES: 'lots' } }).report).toContain(
      'environment variable SEARCH_SHARD_PAGES:1:1: error: SEARCH_SHARD_PAGES must be a whole number of at least 1, got "lots"\n  hint: fix or unset SEARCH_SHARD_PAGES',
    );
  });
});

describe('the handbook config', () => {
  it("gives the handbook's name, tagline, repository, sections and glossary", () => {
    const content = join(import.meta.dirname, '..', '..', 'content');
    const { config, problems } = loadSiteConfig({ docsDir: content, env: {}, cwd: mkdtempSync(join(tmpdir(), 'x-')) });
    expect(problems).toEqual([]);
    expect(config.title).toBe('Newcomer Handbook');
    expect(config.tagline).toBe('Field notes for newcomers to open-source infrastructure communities');
    expect(config.lang).toBe('en');
    expect(config.repository).toEqual({
      url: 'https://github.com/newcomer-handbook/handbook',
      branch: 'main',
      path: 'content',
    });
    expect(config.sections.map(({ folder, label }) => [folder, label])).toEqual([
      ['essays', 'Essays'],
      ['guides', 'Guides'],
      ['checklists', 'Checklists'],
      ['glossary', 'Glossary'],
    ]);
    expect(config.sections.every((section) => section.description.length > 20)).toBe(true);
    expect(config.glossary).toBe('glossary');
    expect(config.strict).toBe(true);
    expect(config.ui['search.label']).toBe('Search the handbook');
  });
});

describe('site config of an mdBook tree (book.toml beside the docs folder or in it)', () => {
  it('takes the title, tagline and language from book.toml when the config sets none', () => {
    const { config, report } = load('mdbook/src');
    expect(report).toEqual([]);
    expect(config).toMatchObject({ title: 'The Widget Book', tagline: 'Everything about widgets.', lang: 'de' });
  });

  it('lets the config file win, and reads a book.toml inside the docs folder too', () => {
    const { config } = load('mdbook-inside');
    // The language is not a BCP 47 tag: the default stays.
    expect(config).toMatchObject({ title: 'Inside', tagline: '', lang: 'en' });
  });

  it('reports a book.toml that cannot be read as a warning at its line, and uses the other defaults', () => {
    const { config, report } = load('mdbook-broken/src');
    expect(config.title).toBe('Broken book');
    expect(report).toEqual([
      expect.stringMatching(/^mdbook-broken\/book\.toml:2:\d+: warning: book\.toml cannot be read: /),
    ]);
  });
});
