import { bundledLanguagesAlias, bundledLanguagesInfo } from 'shiki/langs';
import { isPlainLang } from 'shiki/core';
import { describe, expect, it } from 'vitest';
import { knownLanguageNames, plainLanguageNames, resolveLanguage, splitFenceLanguage } from './code-languages.ts';
import { parseCodeMeta } from './code-meta.ts';
import { highlightLines } from './highlighter.ts';

describe('resolveLanguage', () => {
  it('ignores case', () => {
    expect(resolveLanguage('Bash')).toBe('shellscript');
    expect(resolveLanguage('JSON')).toBe('json');
    expect(resolveLanguage('YAML')).toBe('yaml');
    expect(resolveLanguage('Dockerfile')).toBe('docker');
  });

  it("accepts every id and alias in Shiki's own table", () => {
    for (const info of bundledLanguagesInfo) {
      for (const name of [info.id, ...(info.aliases ?? [])]) expect(resolveLanguage(name), name).toBe(info.id);
    }
    for (const alias of Object.keys(bundledLanguagesAlias)) expect(resolveLanguage(alias), alias).toBeDefined();
  });

  it.each([
    ['golang', 'go'],
    ['sh', 'shellscript'],
    ['shell', 'shellscript'],
    ['zsh', 'shellscript'],
    ['console', 'shellsession'],
    ['shell-session', 'shellsession'],
    ['shellsession', 'shellsession'],
    ['yml', 'yaml'],
    ['js', 'javascript'],
    ['ts', 'typescript'],
    ['py', 'python'],
    ['rb', 'ruby'],
    ['rs', 'rust'],
    ['md', 'markdown'],
    ['make', 'make'],
    ['makefile', 'make'],
    ['c++', 'cpp'],
    ['cs', 'csharp'],
    ['ps', 'powershell'],
    ['patch', 'diff'],
    ['kotlin', 'kotlin'],
    ['swift', 'swift'],
    ['nix', 'nix'],
  ])('reads the alias %s as %s', (name, id) => expect(resolveLanguage(name)).toBe(id));

  it('reads every plain-text name as text, the same names Shiki treats as plain', () => {
    for (const name of ['text', 'txt', 'plaintext', 'plain', 'TEXT']) expect(resolveLanguage(name)).toBe('text');
    for (const name of plainLanguageNames) expect(isPlainLang(name), name).toBe(true);
    for (const name of ['plaintext', 'txt', 'text', 'plain', 'plainText']) {
      expect(plainLanguageNames.includes(name), name).toBe(isPlainLang(name));
    }
  });

  it('knows nothing of a made-up name, and lists the names to suggest instead', () => {
    expect(resolveLanguage('bahs')).toBeUndefined();
    expect(resolveLanguage('')).toBeUndefined();
    expect(knownLanguageNames()).toEqual(expect.arrayContaining(['bash', 'golang', 'text', 'c++']));
  });
});

describe('splitFenceLanguage', () => {
  it('takes the language from before the first comma and keeps the rest', () => {
    expect(splitFenceLanguage('rust,ignore')).toEqual({ name: 'rust', attributes: 'ignore' });
    expect(splitFenceLanguage('rust,no_run,edition2021')).toEqual({ name: 'rust', attributes: 'no_run,edition2021' });
    expect(splitFenceLanguage('bash')).toEqual({ name: 'bash', attributes: '' });
  });
});

describe('parseCodeMeta', () => {
  it('keeps comma attributes and reads a title among them', () => {
    expect(parseCodeMeta(null, 'ignore,title=app.js')).toEqual({
      title: 'app.js',
      highlight: new Set(),
      attributes: ['ignore', 'title=app.js'],
    });
  });

  it('reads a quoted title with commas and spaces that runs on into the meta', () => {
    // ```js,title="a, b c.js" {2} reaches the plugin as lang `js,title="a,` and meta `b c.js" {2}`.
    const meta = parseCodeMeta('b c.js" {2}', 'title="a,');
    expect(meta.title).toBe('a, b c.js');
    expect(meta.highlight).toEqual(new Set([2]));
  });

  it('reads Docusaurus-style meta as before', () => {
    const meta = parseCodeMeta('title="/src/a.js" showLineNumbers {1,3-4}');
    expect(meta).toEqual({ title: '/src/a.js', highlight: new Set([1, 3, 4]), attributes: [] });
  });
});

describe('highlightLines', () => {
  it('loads a grammar the first time a block needs it', async () => {
    // nix is in no fixture, so no other test in this file has loaded it.
    const [line] = await highlightLines('{ pkgs }: pkgs.hello', 'nix');
    expect(line?.some((token) => token.classes.length > 0)).toBe(true);
  });

  it('leaves plain text as one unclassed token per line', async () => {
    expect(await highlightLines('a <b>\nc', 'text')).toEqual([
      [{ content: 'a <b>', classes: [] }],
      [{ content: 'c', classes: [] }],
    ]);
  });
});
