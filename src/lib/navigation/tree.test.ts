import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSummary } from './summary.ts';
import {
  buildNavTree,
  crumbsFor,
  groupAt,
  humaniseFolderName,
  navFor,
  neighbours,
  pagesIn,
  readingOrder,
  viewLinks,
  type NavGroupNode,
  type NavNode,
  type NavSourcePage,
  type NavViewList,
} from './tree.ts';

/** A page as the content graph would give it: README/index at its folder's URL, others at their own. */
function page(file: string, extra: Partial<NavSourcePage> = {}): NavSourcePage {
  const isIndex = /^(readme|index)\.md$/i.test(posix.basename(file));
  const folder = posix.dirname(file);
  const path = isIndex
    ? folder === '.'
      ? '/'
      : `/${folder}/`
    : `/${file.replace(/\.md$/, '')}/`.replace(/^\/\.\//, '/');
  const title = isIndex ? `${humaniseFolderName(posix.basename(folder))} home` : posix.basename(file, '.md');
  return { file, path, title, isIndex, ...extra };
}

/** The tree as indented lines of labels, folders marked with a slash, so a test reads as the sidebar does. */
function outline(group: NavGroupNode, indent = ''): string[] {
  return group.children.flatMap((child: NavNode) =>
    child.kind === 'page'
      ? [`${indent}${child.label}`]
      : [`${indent}${child.label}/`, ...outline(child, `${indent}  `)],
  );
}

describe('buildNavTree', () => {
  it('makes top-level folders sections and deeper folders groups, each led by its README or index', () => {
    const tree = buildNavTree([
      page('README.md', { title: 'Home' }),
      page('guides/README.md', { title: 'Guides' }),
      page('guides/b.md'),
      page('guides/a.md'),
      page('guides/setup/index.md', { title: 'Setting up' }),
      page('guides/setup/tools.md'),
      page('reference/api.md'),
      page('about.md'),
    ]);
    expect(outline(tree.root)).toEqual([
      'about',
      'Guides/',
      '  a',
      '  b',
      '  Setting up/',
      '    tools',
      'Reference/',
      '  api',
    ]);
    const guides = tree.root.children[1] as NavGroupNode;
    expect(guides).toMatchObject({ folder: 'guides', path: '/guides/', index: { file: 'guides/README.md' } });
    // A folder without an index gets the path of the page generated for it, and its name made readable.
    expect(tree.root.children[2]).toMatchObject({ label: 'Reference', path: '/reference/', index: undefined });
    expect(tree.root.index).toMatchObject({ file: 'README.md', path: '/' });
  });

  it('labels a folder by its index navLabel, else its title, else its name, and a page by its navLabel', () => {
    const tree = buildNavTree([
      page('a/README.md', { title: 'Long title of A', navLabel: 'A' }),
      page('b/README.md', { title: 'Bee' }),
      page('getting-started_now/x.md', { title: 'A long page title', navLabel: 'Short' }),
    ]);
    expect(outline(tree.root)).toEqual(['A/', 'Bee/', 'Getting started now/', '  Short']);
  });

  it('orders by README/index first, then title with numbers compared as numbers', () => {
    const tree = buildNavTree([
      page('s/Chapter 10.md'),
      page('s/chapter 9.md'),
      page('s/Chapter 2.md'),
      page('s/sub/README.md', { title: 'Chapter 5' }),
      page('s/index.md', { title: 'S' }),
      page('s/README.md', { title: 'S again' }),
    ]);
    // README.md is the folder's page; index.md beside it stays a page, listed first.
    expect(outline(tree.root)).toEqual([
      'S again/',
      '  S',
      '  Chapter 2',
      '  Chapter 5/',
      '  chapter 9',
      '  Chapter 10',
    ]);
  });

  it('lets front-matter order come before titles, ordered pages before the rest', () => {
    const tree = buildNavTree([
      page('s/alpha.md'),
      page('s/beta.md', { order: 2 }),
      page('s/gamma.md', { order: 1 }),
      page('s/zeta/README.md', { title: 'Zeta', order: 0 }),
      page('s/delta.md'),
    ]);
    expect(outline(tree.root)).toEqual(['S/', '  Zeta/', '  gamma', '  beta', '  alpha', '  delta']);
  });

  it('lets SUMMARY.md order come before front matter; a folder stands where its first page does', () => {
    const { summary } = parseSummary(
      [
        '[Intro](README.md)',
        '- [Second](part/second.md)',
        '- [Deep](part/deep/one.md)',
        '- [First](part/first.md)',
        '- [Other](other.md)',
      ].join('\n'),
      'book/SUMMARY.md',
    );
    const tree = buildNavTree(
      [
        page('book/part/first.md', { order: 1 }),
        page('book/part/second.md', { order: 2 }),
        page('book/part/deep/one.md'),
        page('book/part/unlisted.md', { order: 0 }),
        page('book/other.md'),
        page('book/README.md', { title: 'Book' }),
        page('aside/x.md'),
      ],
      { summaries: [{ summary, folder: 'book' }] },
    );
    expect(outline(tree.root)).toEqual([
      'Book/',
      '  Part/',
      '    second',
      '    Deep/',
      '      one',
      '    first',
      '    unlisted',
      '  other',
      'Aside/',
      '  x',
    ]);
  });

  it('lets the config order and label sections before everything else', () => {
    const { summary } = parseSummary('- [B](b/x.md)\n- [A](a/x.md)\n', 'SUMMARY.md');
    const tree = buildNavTree(
      [page('a/x.md'), page('b/x.md'), page('c/x.md'), page('d/README.md', { title: 'Dee', order: -1 })],
      { sections: [{ folder: 'c', label: 'Cee' }, { folder: 'a' }], summaries: [{ summary, folder: '' }] },
    );
    expect(outline(tree.root).filter((line) => !line.startsWith(' '))).toEqual(['Cee/', 'A/', 'B/', 'Dee/']);
  });

  it('takes several summaries, the first to list a file setting its place', () => {
    const root = parseSummary('- [B](b/x.md)\n- [A](a/y.md)\n', 'SUMMARY.md').summary;
    const section = parseSummary('- [Y](y.md)\n- [X](x.md)\n', 'a/SUMMARY.md').summary;
    const tree = buildNavTree([page('a/x.md'), page('a/y.md'), page('b/x.md')], {
      summaries: [
        { summary: root, folder: '' },
        { summary: section, folder: 'a' },
      ],
    });
    expect(outline(tree.root)).toEqual(['B/', '  x', 'A/', '  y', '  x']);
  });

  it('gives a folder without an index the path the caller generates for it', () => {
    const tree = buildNavTree([page('My Docs/x.md')], { folderPath: (folder) => `/${folder.toLowerCase()}/` });
    expect(tree.root.children[0]).toMatchObject({ path: '/my docs/', label: 'My Docs' });
  });
});

describe('readingOrder and neighbours', () => {
  const tree = buildNavTree([
    page('README.md', { title: 'Home' }),
    page('guides/README.md', { title: 'Guides' }),
    page('guides/b.md'),
    page('guides/a.md'),
    page('guides/deep/README.md', { title: 'Deep' }),
    page('guides/deep/z.md'),
    page('zz.md'),
  ]);

  it('reads depth first: a folder page, then its children in order', () => {
    expect(readingOrder(tree).map((p) => p.file)).toEqual([
      'README.md',
      'guides/README.md',
      'guides/a.md',
      'guides/b.md',
      'guides/deep/README.md',
      'guides/deep/z.md',
      'zz.md',
    ]);
  });

  it('gives each page its previous and next page by path', () => {
    const around = neighbours(readingOrder(tree));
    expect(around.get('/guides/deep/')?.prev?.path).toBe('/guides/b/');
    expect(around.get('/guides/deep/')?.next?.path).toBe('/guides/deep/z/');
    expect(around.get('/')?.prev).toBeUndefined();
    expect(around.get('/zz/')?.next).toBeUndefined();
  });
});

/** The view as lines: `>` marks the current link, `+` an open folder, `…N` hidden items. */
function viewOutline(list: NavViewList, indent = ''): string[] {
  return [
    ...(list.hiddenBefore ? [`${indent}…${list.hiddenBefore}`] : []),
    ...list.items.flatMap((item) => {
      const mark = `${item.current ? '>' : ''}${item.kind === 'group' ? (item.open ? '+' : '/') : ''}`;
      const line = `${indent}${mark}${item.label}`;
      return item.kind === 'group' ? [line, ...viewOutline(item.items, `${indent}  `)] : [line];
    }),
    ...(list.hiddenAfter ? [`${indent}…${list.hiddenAfter}`] : []),
  ];
}

describe('navFor', () => {
  const tree = buildNavTree([
    page('README.md', { title: 'Home' }),
    page('guides/README.md', { title: 'Guides' }),
    ...Array.from({ length: 12 }, (_, i) => page(`guides/g${i + 1}.md`)),
    page('guides/deep/README.md', { title: 'Deep', order: 0 }),
    page('guides/deep/inner/README.md', { title: 'Inner' }),
    page('guides/deep/inner/x.md'),
    page('guides/deep/y.md'),
    page('guides/other/README.md', { title: 'Other', order: 1 }),
    page('guides/other/hidden.md'),
    page('essays/e.md'),
  ]);

  it('opens the folders on the way to the current page and collapses every other branch', () => {
    expect(viewOutline(navFor(tree, '/guides/deep/inner/x/').list)).toEqual([
      '/Essays',
      '+Guides',
      '  +Deep',
      '    +Inner',
      '      >x',
      '    y',
      '  /Other',
      '  g1',
      '  g2',
      '  g3',
      '  g4',
      '  g5',
      '  g6',
      '  g7',
      '  g8',
      '  g9',
      '  g10',
      '  g11',
      '  g12',
    ]);
  });

  it('caps each list around the item on the way and counts what it leaves out', () => {
    const view = navFor(tree, '/guides/g8/', { limit: 5 });
    expect(viewOutline(view.list)).toEqual([
      '/Essays',
      '+Guides',
      '  …7',
      '  g6',
      '  g7',
      '  >g8',
      '  g9',
      '  g10',
      '  …2',
    ]);
    expect(view.list.items[1]).toMatchObject({ items: { path: '/guides/', hiddenBefore: 7, hiddenAfter: 2 } });
  });

  it('marks a folder current on its own page and lists its children', () => {
    expect(viewOutline(navFor(tree, '/guides/deep/').list).slice(0, 5)).toEqual([
      '/Essays',
      '+Guides',
      '  >+Deep',
      '    /Inner',
      '    y',
    ]);
  });

  it('shows a folder that holds only its own page as a page: there is nothing to unfold', () => {
    const small = buildNavTree([page('words/README.md', { title: 'Words' }), page('a/x.md')]);
    expect(navFor(small, '/words/').list.items).toContainEqual({
      kind: 'page',
      label: 'Words',
      path: '/words/',
      current: true,
    });
  });

  it('finds a folder and lists its pages in reading order', () => {
    const deep = groupAt(tree, 'guides/deep');
    expect(deep?.label).toBe('Deep');
    expect(pagesIn(deep!).map((p) => p.path)).toEqual([
      '/guides/deep/',
      '/guides/deep/inner/',
      '/guides/deep/inner/x/',
      '/guides/deep/y/',
    ]);
    expect(groupAt(tree, 'guides/nothing')).toBeUndefined();
  });

  it('shows only the top level, nothing current, for a path outside the tree', () => {
    const view = navFor(tree, '/tags/x/');
    expect(viewOutline(view.list)).toEqual(['/Essays', '/Guides']);
    expect(view.home).toEqual({ label: 'Home', path: '/', current: false });
    expect(navFor(tree, '/').home.current).toBe(true);
  });

  it('gives breadcrumbs the sidebar labels of the folders on the way, the page itself left out', () => {
    expect(crumbsFor(tree, '/guides/deep/inner/x/')).toEqual([
      { label: 'Guides', path: '/guides/' },
      { label: 'Deep', path: '/guides/deep/' },
      { label: 'Inner', path: '/guides/deep/inner/' },
    ]);
    expect(crumbsFor(tree, '/guides/deep/inner/')).toEqual([
      { label: 'Guides', path: '/guides/' },
      { label: 'Deep', path: '/guides/deep/' },
    ]);
    // A folder without an index is labelled by its name made readable, as in the sidebar.
    expect(crumbsFor(tree, '/essays/e/')).toEqual([{ label: 'Essays', path: '/essays/' }]);
    expect(crumbsFor(tree, '/guides/')).toEqual([]);
    expect(crumbsFor(tree, '/tags/x/')).toEqual([]);
  });
});

/** The lists of a view from the top down along its open folders. */
function openLists(list: NavViewList): NavViewList[] {
  const open = list.items.find((item) => item.kind === 'group' && item.open);
  return [list, ...(open?.kind === 'group' ? openLists(open.items) : [])];
}

describe('navFor at 3000 pages, folders four levels deep', () => {
  // 4 sections x 5 x 5 x 5 folders x 6 pages = 3000 pages, plus an index in every folder; and one folder that
  // alone holds 1000 pages, and a section with 500 pages at its top.
  const pages: NavSourcePage[] = [page('README.md', { title: 'Home' })];
  for (const s of ['s1', 's2', 's3', 's4']) {
    pages.push(page(`${s}/README.md`));
    for (let a = 1; a <= 5; a++) {
      pages.push(page(`${s}/a${a}/README.md`));
      for (let b = 1; b <= 5; b++) {
        pages.push(page(`${s}/a${a}/b${b}/README.md`));
        for (let c = 1; c <= 5; c++) {
          pages.push(page(`${s}/a${a}/b${b}/c${c}/README.md`));
          for (let p = 1; p <= 6; p++) pages.push(page(`${s}/a${a}/b${b}/c${c}/p${p}.md`));
        }
      }
    }
  }
  for (let p = 1; p <= 1000; p++) pages.push(page(`s1/a1/b1/wide/w${p}.md`));
  for (let p = 1; p <= 500; p++) pages.push(page(`s2/top${p}.md`));
  const tree = buildNavTree(pages);
  const order = readingOrder(tree);

  it('keeps every page in the reading order', () => {
    expect(order).toHaveLength(pages.length);
    expect(pages.length).toBeGreaterThan(4500);
  });

  it('gives every page fewer than 150 links, the current one among them', () => {
    let most = 0;
    // The home page is the site's title link, not a sidebar entry.
    for (const current of order.slice(1)) {
      const links = viewLinks(navFor(tree, current.path));
      expect(links).toContain(current.path);
      most = Math.max(most, links.length);
    }
    expect(most).toBeLessThan(150);
    // The cap is what holds it: the widest folder alone has 1000 pages, of which 30 are listed.
    expect(most).toBe(52);
    const lists = openLists(navFor(tree, '/s1/a1/b1/wide/w500/').list);
    expect(lists.map((list) => list.path)).toEqual(['/', '/s1/', '/s1/a1/', '/s1/a1/b1/', '/s1/a1/b1/wide/']);
    expect(lists.at(-1)).toMatchObject({ hiddenBefore: 484, hiddenAfter: 486 });
    expect(lists.at(-1)?.items).toHaveLength(30);
  });

  it('builds the tree and every page’s view in well under a second', () => {
    const started = performance.now();
    const again = buildNavTree(pages);
    for (const current of order) navFor(again, current.path);
    // Generous: about 50 ms here. A sidebar walk over the whole site per page would take minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
