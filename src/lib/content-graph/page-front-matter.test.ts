import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ignoredKeys, pageSchema } from '../../schemas/page.ts';
import { parseFrontMatter, splitFile } from './front-matter.ts';
import { checkPageFrontMatter } from './page-front-matter.ts';

function check(raw: string) {
  const { yaml } = splitFile(raw);
  return checkPageFrontMatter('docs/x.md', yaml === undefined ? undefined : parseFrontMatter(yaml));
}

/** Problems as "line:column severity message (hint)", the way a contributor reads them. */
function problems(raw: string): string[] {
  return check(raw).problems.map(
    (p) => `${p.line}:${p.column} ${p.severity} ${p.message}${p.hint === undefined ? '' : ` (${p.hint})`}`,
  );
}

describe('page front matter', () => {
  it('is optional: a file without it has no problems and the defaults', () => {
    expect(check('# Title\n\nText.\n')).toEqual({ data: { moved_anchors: {}, sources: [] }, problems: [] });
  });

  it('may be empty', () => {
    expect(check('---\n---\n# Title\n').problems).toEqual([]);
  });

  it('reports a value of the wrong type at its key, with what to write', () => {
    expect(problems('---\ntitle: T\nweight: "x"\n---\n')).toEqual([
      '3:1 error front matter "weight": weight is a number, e.g. weight: 3 (smaller numbers come first)',
    ]);
    expect(problems('---\nsidebar_position: first\n---\n')[0]).toMatch(/^2:1 error front matter "sidebar_position"/);
    expect(problems('---\nnav_order: [1]\n---\n')[0]).toMatch(/^2:1 error front matter "nav_order"/);
    expect(check('---\nweight: "x"\n---\n').data).toBeUndefined();
  });

  it('reports bad items of a list at the item', () => {
    expect(problems('---\ntags:\n  - ok\n  - 3\n---\n')).toEqual([
      '4:5 error front matter "tags.1": a tag is text, e.g. tags: [packaging, Getting Started]',
    ]);
    expect(problems('---\ntags: ["!!"]\n---\n')).toEqual([
      '2:8 error front matter "tags.0": a tag needs at least one letter or digit',
    ]);
  });

  it('refuses what can never be a path on this site, in redirects and URLs', () => {
    expect(problems('---\naliases: [https://old.example/x/]\n---\n')).toEqual([
      '2:11 error front matter "aliases.0": write a path on this site, e.g. /manual/old-name/, not a full address',
    ]);
    expect(problems('---\nredirect_from: /old path/\n---\n')[0]).toMatch(
      /^2:1 error .*"redirect_from.0": a path has no spaces/,
    );
    expect(problems('---\npermalink: /:categories/:title/\n---\n')[0]).toMatch(/placeholders such as \/:title\//);
    expect(problems('---\nslug: "x?y=1"\n---\n')[0]).toMatch(/"slug": a path has no \?query/);
    expect(problems('---\nurl: //cdn.example/x\n---\n')[0]).toMatch(/"url": write a path on this site/);
  });

  it('checks lang as a BCP 47 tag', () => {
    expect(problems('---\nlang: de\n---\n')).toEqual([]);
    expect(problems('---\nlang: pt-BR\n---\n')).toEqual([]);
    expect(problems('---\nlang: german language\n---\n')).toEqual([
      '2:1 error front matter "lang": lang is a BCP 47 language tag, e.g. en, de or pt-BR',
    ]);
  });

  it('reports booleans written as text', () => {
    expect(problems('---\ndraft: "yes"\n---\n')).toEqual(['2:1 error front matter "draft": draft is true or false']);
    expect(problems('---\npublished: no\n---\n')).toEqual([
      '2:1 error front matter "published": published is true or false',
    ]);
  });

  it('reports an unknown key at its line with the closest known key', () => {
    expect(problems('---\ntitle: T\ntitel: T\n---\n')).toEqual([
      '3:1 error unknown front matter key "titel" (did you mean "title"?)',
    ]);
    expect(problems('---\nsidebar_postion: 2\n---\n')).toEqual([
      '2:1 error unknown front matter key "sidebar_postion" (did you mean "sidebar_position"?)',
    ]);
    expect(problems('---\nzzzzzzzzzzzzzzzz: 1\n---\n')[0]).toMatch(
      /remove or rename it: the keys a page may have are listed in docs\/FRONT-MATTER.md\)$/,
    );
  });

  it('reports an unknown nested key with the keys of its own object', () => {
    expect(problems('---\nsources:\n  - title: T\n    urll: https://example.org/\n---\n')).toEqual([
      '4:5 error unknown front matter key "sources.0.urll" (did you mean "url"? (allowed keys in "sources.0": title, author, url, note))',
    ]);
  });

  it('passes YAML syntax errors on with their position', () => {
    expect(problems('---\ntitle: "open\n---\n')[0]).toMatch(
      /^2:8 error YAML syntax: the " quote that opens here is never closed/,
    );
  });

  it('reports front matter that is not a map of keys', () => {
    expect(problems('---\n- a\n- b\n---\n')).toEqual([
      '2:1 error front matter is not a list of keys (write one "key: value" per line, e.g. title: Install)',
    ]);
  });

  it('warns about a description longer than 160 characters and keeps it whole', () => {
    const long = 'word '.repeat(40).trim();
    const checked = check(`---\ndescription: ${long}\n---\n`);
    expect(checked.data?.description).toBe(long);
    expect(problems(`---\ndescription: ${long}\n---\n`)).toEqual([
      '2:1 warning the description is 199 characters; search engines show at most 160 (shorten it to one or two plain sentences)',
    ]);
    expect(problems(`---\ndescription: ${'x'.repeat(160)}\n---\n`)).toEqual([]);
  });

  it('warns when two keys that mean the same are both set, at the one that loses', () => {
    expect(problems('---\nweight: 3\nsidebar_position: 1\n---\n')).toEqual([
      '2:1 warning front matter "weight" is overridden by "sidebar_position", which means the same (keep one of them: sidebar_position, weight)',
    ]);
    expect(problems('---\nlinkTitle: A\nsidebar_label: B\nslug: s\npermalink: /p/\n---\n')).toEqual([
      '2:1 warning front matter "linkTitle" is overridden by "sidebar_label", which means the same (keep one of them: sidebar_label, linkTitle)',
      '4:1 warning front matter "slug" is overridden by "permalink", which means the same (keep one of them: permalink, slug)',
    ]);
  });

  it('accepts the keys other generators use for things this site does on its own, whatever their value', () => {
    const keys = Object.keys(ignoredKeys);
    const yaml = keys.map((key, index) => `${key}: ${index % 2 ? '[1, 2]' : 'something'}`).join('\n');
    expect(problems(`---\n${yaml}\n---\n`)).toEqual([]);
    for (const key of keys)
      expect(pageSchema.shape[key as keyof typeof pageSchema.shape].description).toMatch(/^Ignored: /);
  });
});

describe('docs/FRONT-MATTER.md', () => {
  it('lists every key the schema accepts, so the documentation cannot fall behind', () => {
    const documented = readFileSync(join(import.meta.dirname, '../../../docs/FRONT-MATTER.md'), 'utf8');
    const missing = Object.keys(pageSchema.shape).filter((key) => !documented.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
