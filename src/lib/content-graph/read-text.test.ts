/**
 * Bytes that are not UTF-8 and NUL characters are reported where they stand, whatever the kind of damage, and the
 * check and the build both see them (they read content through readContentText).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems.ts';
import { validateContent } from '../rules/index.ts';
import { buildContentGraph } from './graph.ts';
import { loadContent } from './load-content.ts';
import { decodeContent } from './read-text.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

const where = (input: Buffer) =>
  decodeContent(input, 'content/guides/x.md').problems.map((problem) => `${problem.line}:${problem.column}`);

describe('reading content as UTF-8', () => {
  it('reports each kind of invalid UTF-8 at its line and column', () => {
    expect(where(bytes('ok\nab', [0xe9], 'cd\n'))).toEqual(['2:3']); // Latin-1 é
    expect(where(bytes('é', [0xc3, 0x28], '\n'))).toEqual(['1:2']); // a lead byte without its continuation
    expect(where(bytes('x', [0x80]))).toEqual(['1:2']); // a stray continuation byte
    expect(where(bytes('x', [0xe2, 0x82], '\n'))).toEqual(['1:2']); // cut short at the end of the line
    expect(where(bytes([0xed, 0xa0, 0x80]))).toEqual(['1:1']); // an encoded surrogate
    expect(where(bytes([0xc0, 0xaf]))).toEqual(['1:1']); // an overlong encoding of "/"
    expect(where(bytes([0xff, 0xfe], 'a\0b'))).toEqual(['1:1', '1:4']); // a UTF-16 byte order mark, and its NUL
  });

  it('reports NUL characters, once per line', () => {
    expect(where(bytes('a\0b\0c\n\nd\0'))).toEqual(['1:2', '3:2']);
  });

  it('accepts valid UTF-8, the replacement character itself included', () => {
    expect(where(bytes('naïve – “quotes” 🎉 \uFFFD\n'))).toEqual([]);
  });

  it('makes `npm run check` and the build fail on such a file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'folio-utf8-'));
    mkdirSync(join(root, 'content', 'guides'), { recursive: true });
    writeFileSync(
      join(root, 'content', 'guides', 'x.md'),
      bytes('---\ntitle: X\ndescription: A page.\n---\n\nCaf', [0xe9], ' and a NUL\0.\n'),
    );
    const expected = [
      'content/guides/x.md:6:4: error: the file is not valid UTF-8 here (byte 0xe9); it would show as "\uFFFD"',
      'content/guides/x.md:6:15: error: the file contains a NUL character (U+0000), which editors hide and pages cannot show',
    ];
    const errors = (problems: ReturnType<typeof validateContent>) =>
      problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p).split('\n')[0]);
    expect(errors(validateContent(buildContentGraph(root)))).toEqual(expected);
    const built = await loadContent(root, { base: '/', siteOrigin: 'https://example.org' });
    expect(errors(validateContent(built.graph))).toEqual(expected);
  }, 30_000);
});
