import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from '../../markdown/remark-parse-native.ts';
import { parseFrontMatter, splitFile } from './front-matter.ts';
import { checkPageFrontMatter } from './page-front-matter.ts';
import { cutAtWord, fileTitle, pageMeta, redirectPath, type PageMetaInput } from './page-meta.ts';

/** Reads a whole file as the content graph will: front matter checked, body parsed, then the page's meta. */
function meta(raw: string, where: Partial<Omit<PageMetaInput, 'data' | 'tree'>> = {}) {
  const split = splitFile(raw);
  const checked = checkPageFrontMatter(
    'docs/x.md',
    split.yaml === undefined ? undefined : parseFrontMatter(split.yaml),
  );
  expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return pageMeta({
    data: checked.data,
    tree: parseMarkdownTree(split.body),
    fileName: 'x.md',
    path: '/guides/x/',
    ...where,
  });
}

describe('page meta from another generator', () => {
  it('reads a Hugo page', () => {
    const page = meta(
      [
        '---',
        'title: Installing the CLI',
        'linkTitle: Install',
        'description: Get the command line tool on Linux, macOS or Windows.',
        'weight: 20',
        'aliases: [/docs/old-install/, setup, /docs/install.html]',
        'slug: install-cli',
        'draft: true',
        'date: 2021-04-01',
        'lastmod: 2024-01-01',
        'tags: [CLI, Getting Started]',
        'categories: [tools]',
        'keywords: [install]',
        '---',
        '',
        'Body text.',
      ].join('\n'),
      { fileName: 'install.md', path: '/docs/install/' },
    );
    expect(page).toEqual({
      title: 'Installing the CLI',
      titleFrom: 'front-matter',
      description: 'Get the command line tool on Linux, macOS or Windows.',
      descriptionFrom: 'front-matter',
      order: 20,
      navLabel: 'Install',
      redirects: ['/docs/old-install/', '/docs/setup/', '/docs/install.html'],
      url: '/docs/install-cli/',
      draft: true,
      tags: [
        { label: 'CLI', slug: 'cli' },
        { label: 'Getting Started', slug: 'getting-started' },
        { label: 'tools', slug: 'tools' },
      ],
    });
  });

  it('reads a Jekyll (Just the Docs) page', () => {
    const page = meta(
      [
        '---',
        'layout: default',
        'title: Configuration',
        'parent: Guides',
        'nav_order: 3',
        'permalink: /docs/configuration.html',
        'redirect_from: /old/config',
        'published: false',
        'excerpt: How the settings file is read, and which values win when two places set the same one.',
        '---',
        '',
        '# Configuration',
        '',
        'The settings file lives in the project root.',
      ].join('\n'),
      { fileName: 'configuration.md', path: '/guides/configuration/' },
    );
    expect(page).toEqual({
      title: 'Configuration',
      titleFrom: 'front-matter',
      description: 'How the settings file is read, and which values win when two places set the same one.',
      descriptionFrom: 'front-matter',
      order: 3,
      redirects: ['/old/config/', '/docs/configuration.html'],
      url: '/docs/configuration/',
      draft: true,
      tags: [],
    });
  });

  it('reads a Docusaurus page', () => {
    const page = meta(
      [
        '---',
        'id: intro',
        'sidebar_label: Intro',
        'sidebar_position: 1.5',
        'slug: /',
        'tags: [docs]',
        'hide_table_of_contents: true',
        'keywords: [start]',
        'draft: false',
        '---',
        '',
        '# Welcome to the project',
        '',
        '![build](https://ci.example/badge.svg) [![chat](chat.svg)](https://chat.example)',
        '',
        'This project helps you ship **small** tools with `make`.',
      ].join('\n'),
      { fileName: 'intro.md', path: '/intro/' },
    );
    expect(page).toEqual({
      title: 'Welcome to the project',
      titleFrom: 'h1',
      description: 'This project helps you ship small tools with make.',
      descriptionFrom: 'paragraph',
      order: 1.5,
      navLabel: 'Intro',
      redirects: [],
      url: '/',
      draft: false,
      tags: [{ label: 'docs', slug: 'docs' }],
    });
  });

  it('reads an mdBook page with no front matter', () => {
    const page = meta('# Ownership and Borrowing {#ownership}\n\n## Rules\n\nEach value has one owner.\n', {
      fileName: 'ch04-01-ownership.md',
      path: '/ch04-01-ownership/',
    });
    expect(page).toEqual({
      title: 'Ownership and Borrowing',
      titleFrom: 'h1',
      description: 'Each value has one owner.',
      descriptionFrom: 'paragraph',
      redirects: [],
      draft: false,
      tags: [],
    });
  });

  it('reads an MkDocs page', () => {
    const page = meta(
      '---\ntitle: Search\ndescription: How search works.\ntags:\n  - Search\n  - search\n---\n\nText.\n',
    );
    expect(page.tags).toEqual([{ label: 'Search', slug: 'search' }]);
    expect(page.description).toBe('How search works.');
  });
});

describe('page title', () => {
  it('comes from front matter before a heading', () => {
    expect(meta('---\ntitle: From front matter\n---\n# From heading\n')).toMatchObject({
      title: 'From front matter',
      titleFrom: 'front-matter',
    });
  });

  it('comes from the first heading only when that heading is a # with text', () => {
    expect(meta('Intro.\n\n# *Styled* `code` title\n')).toMatchObject({ title: 'Styled code title', titleFrom: 'h1' });
    expect(meta('## Section\n\n# Late heading\n')).toMatchObject({ title: 'X', titleFrom: 'file' });
    expect(meta('> # In a quote\n')).toMatchObject({ titleFrom: 'file' });
    expect(meta('# ![logo](logo.png)\n')).toMatchObject({ titleFrom: 'file' });
  });

  it('falls back to the file name, humanised, and to the folder name for a README or index', () => {
    expect(fileTitle('getting-started.md')).toBe('Getting started');
    expect(fileTitle('02_first_steps.md')).toBe('First steps');
    expect(fileTitle('API-reference.markdown')).toBe('API reference');
    expect(fileTitle('2024.md')).toBe('2024');
    expect(fileTitle('README.md', 'how-to')).toBe('How to');
    expect(fileTitle('index.md', 'contributing')).toBe('Contributing');
    expect(fileTitle('_index.md', 'api_docs')).toBe('Api docs');
    expect(fileTitle('readme.md')).toBe('Readme');
    expect(
      meta('Just text.\n', { fileName: 'README.md', folderName: 'release-process', path: '/release-process/' }),
    ).toMatchObject({ title: 'Release process', titleFrom: 'file' });
  });
});

describe('page description', () => {
  it('is the first paragraph with words, skipping headings, HTML, images, code, lists, quotes and callouts', () => {
    const body = [
      '# Title',
      '',
      '<p align="center"><img src="logo.png" alt="Logo"></p>',
      '',
      '[![CI](ci.svg)](https://ci.example) | ![cover](cover.png)',
      '',
      ':::note',
      'A callout.',
      ':::',
      '',
      '> [!NOTE]',
      '> A GitHub alert.',
      '',
      '- a list',
      '',
      '```sh',
      'make',
      '```',
      '',
      'The real   first\nparagraph, with a [link](x.md) and an ![inline](i.png) image.',
    ].join('\n');
    expect(meta(body)).toMatchObject({
      description: 'The real first paragraph, with a link and an image.',
      descriptionFrom: 'paragraph',
    });
  });

  it('is empty when the body has no paragraph', () => {
    expect(meta('# Title\n\n- only\n- a list\n')).toMatchObject({ description: '', descriptionFrom: 'none' });
  });

  it('is cut at a word boundary to at most 160 characters, with an ellipsis', () => {
    const paragraph = `${'Contributors review each change before it lands, '.repeat(5)}and so on.`;
    const { description } = meta(`# T\n\n${paragraph}\n`);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toBe(
      'Contributors review each change before it lands, Contributors review each change before it lands, Contributors review each change before it lands, Contributors…',
    );
  });

  it('from front matter is used whole, even when long (the checker warns)', () => {
    const long = 'word '.repeat(40).trim();
    expect(meta(`---\ndescription: ${long}\n---\n`).description).toBe(long);
  });
});

describe('cutAtWord', () => {
  it('keeps text that fits', () => expect(cutAtWord('short text', 10)).toBe('short text'));
  it('cuts before the word that does not fit and drops trailing punctuation', () =>
    expect(cutAtWord('one two, three', 12)).toBe('one two…'));
  it('cuts inside a word longer than the limit', () => expect(cutAtWord('abcdefghij', 5)).toBe('abcd…'));
  it('never splits a surrogate pair', () => expect(cutAtWord('abc😀def', 5)).toBe('abc…'));
});

describe('redirects', () => {
  it('map every way an old URL is written to a site path', () => {
    expect(redirectPath('/old/path/', '/')).toBe('/old/path/');
    expect(redirectPath('/old/path', '/')).toBe('/old/path/');
    expect(redirectPath('old/path.html', '/')).toBe('/old/path.html');
    expect(redirectPath('/old/page.html', '/')).toBe('/old/page.html');
    expect(redirectPath('/old/page.HTM', '/')).toBe('/old/page.HTM');
    expect(redirectPath('/old/index.html', '/')).toBe('/old/');
    expect(redirectPath('/index.html', '/')).toBe('/');
    expect(redirectPath('../legacy/x', '/guides/deep/')).toBe('/guides/legacy/x/');
  });

  it('resolve Jekyll redirect_from from the site root and Hugo aliases from the page folder', () => {
    expect(meta('---\nredirect_from: [old-name, /a/b.html]\n---\n', { path: '/guides/x/' }).redirects).toEqual([
      '/old-name/',
      '/a/b.html',
    ]);
    expect(meta('---\naliases: old-name\n---\n', { path: '/guides/x/' }).redirects).toEqual(['/guides/old-name/']);
    expect(meta('---\naliases: [old-name]\n---\n', { fileName: 'README.md', path: '/guides/' }).redirects).toEqual([
      '/guides/old-name/',
    ]);
  });

  it('leave out duplicates and the page itself', () => {
    expect(meta('---\nredirect_from: [/guides/x/, /a/, /a]\naliases: [/a/]\n---\n').redirects).toEqual(['/a/']);
  });
});

describe('page URL', () => {
  it('slug replaces the last segment, or the whole path when it starts with "/"', () => {
    expect(meta('---\nslug: setup\n---\n', { path: '/guides/install/' }).url).toBe('/guides/setup/');
    expect(meta('---\nslug: /start/here\n---\n', { path: '/guides/install/' }).url).toBe('/start/here/');
    expect(meta('---\nslug: sub\n---\n', { fileName: 'README.md', path: '/guides/' }).url).toBe('/guides/sub/');
  });

  it('permalink and url set the whole path; an .html one serves at its folder URL and redirects', () => {
    expect(meta('---\npermalink: /start/\n---\n').url).toBe('/start/');
    expect(meta('---\nurl: start\n---\n').url).toBe('/start/');
    expect(meta('---\npermalink: /docs/intro.html\n---\n')).toMatchObject({
      url: '/docs/intro/',
      redirects: ['/docs/intro.html'],
    });
    expect(meta('---\npermalink: /docs/index.html\n---\n')).toMatchObject({ url: '/docs/', redirects: [] });
  });

  it('permalink wins over slug', () => {
    expect(meta('---\nslug: s\npermalink: /p/\n---\n').url).toBe('/p/');
  });
});

describe('order, label, language, draft and tags', () => {
  it('take the order from sidebar_position, nav_order or weight, a Hugo weight of 0 meaning none', () => {
    expect(meta('---\nweight: 5\n---\n').order).toBe(5);
    expect(meta('---\nnav_order: 2\n---\n').order).toBe(2);
    expect(meta('---\nsidebar_position: 0\n---\n').order).toBe(0);
    expect(meta('---\nweight: 0\n---\n')).not.toHaveProperty('order');
    expect(meta('---\nweight: 9\nsidebar_position: 1\n---\n').order).toBe(1);
  });

  it('take the navigation label from sidebar_label or linkTitle', () => {
    expect(meta('---\nlinkTitle: Short\n---\n').navLabel).toBe('Short');
    expect(meta('---\nsidebar_label: Side\nlinkTitle: Short\n---\n').navLabel).toBe('Side');
    expect(meta('# T\n')).not.toHaveProperty('navLabel');
  });

  it('canonicalise lang', () => {
    expect(meta('---\nlang: DE-at\n---\n').lang).toBe('de-AT');
    expect(meta('# T\n')).not.toHaveProperty('lang');
  });

  it('treat draft: true and published: false as drafts', () => {
    expect(meta('---\ndraft: true\n---\n').draft).toBe(true);
    expect(meta('---\npublished: false\n---\n').draft).toBe(true);
    expect(meta('---\npublished: true\n---\n').draft).toBe(false);
    expect(meta('# T\n').draft).toBe(false);
  });

  it('accept any tag text, one bare tag, and keep one tag per slug', () => {
    expect(meta('---\ntags: Getting Started\n---\n').tags).toEqual([
      { label: 'Getting Started', slug: 'getting-started' },
    ]);
    expect(meta('---\ntags: [C++, Release Notes, release notes]\ncategories: Releases\n---\n').tags).toEqual([
      { label: 'C++', slug: 'c' },
      { label: 'Release Notes', slug: 'release-notes' },
      { label: 'Releases', slug: 'releases' },
    ]);
  });
});

describe('invalid front matter', () => {
  it('leaves every value to the body and the file name', () => {
    const tree = parseMarkdownTree('# Heading title\n\nFirst words.\n');
    expect(pageMeta({ data: undefined, tree, fileName: 'x.md', path: '/x/' })).toEqual({
      title: 'Heading title',
      titleFrom: 'h1',
      description: 'First words.',
      descriptionFrom: 'paragraph',
      redirects: [],
      draft: false,
      tags: [],
    });
  });
});
