/**
 * Reads a content file as UTF-8 text, reporting what a plain read would hide: bytes that are not UTF-8 (a file
 * saved as Latin-1, a truncated character) and NUL characters. Node's decoder turns the first into U+FFFD in
 * silence, and the second is invisible in most editors but can cut a page or a search record short; both are
 * errors at the line and column where they stand, so nothing a contributor wrote is changed without a word.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { error, type Problem } from '../problems.ts';

/** One report per problem kind and line is enough; a binary file would otherwise give thousands. */
const maxReports = 10;

export interface ContentText {
  /** The text, with anything that is not UTF-8 replaced by U+FFFD. */
  text: string;
  problems: Problem[];
}

export function readContentText(absPath: string, file: string): ContentText {
  return decodeContent(readFileSync(absPath), file);
}

export function decodeContent(bytes: Uint8Array, file: string): ContentText {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const problems = isUtf8(bytes) ? [] : invalidUtf8(bytes, file);
  problems.push(...nulCharacters(text, file));
  return { text, problems };
}

/** The first byte on each line that is not part of valid UTF-8, at its line and column. */
function invalidUtf8(bytes: Uint8Array, file: string): Problem[] {
  const problems: Problem[] = [];
  let lineStart = 0;
  for (let line = 1; lineStart <= bytes.length && problems.length < maxReports; line++) {
    const newline = bytes.indexOf(0x0a, lineStart);
    const lineEnd = newline === -1 ? bytes.length : newline;
    const lineBytes = bytes.subarray(lineStart, lineEnd);
    if (!isUtf8(lineBytes)) {
      const bad = firstInvalidByte(lineBytes);
      const column = new TextDecoder().decode(lineBytes.subarray(0, bad)).length + 1;
      const value = lineBytes[bad] ?? 0;
      problems.push(
        error(
          file,
          line,
          column,
          `the file is not valid UTF-8 here (byte 0x${value.toString(16).padStart(2, '0')}); it would show as "\uFFFD"`,
          'save the file as UTF-8 in your editor, then retype the character',
        ),
      );
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return problems;
}

/** Offset of the first byte that is not part of valid UTF-8: a stray byte, or the start of a broken sequence. */
function firstInvalidByte(line: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: number | undefined; // Start of a multi-byte sequence not yet complete.
  for (let index = 0; index < line.length; index++) {
    try {
      const decoded = decoder.decode(line.subarray(index, index + 1), { stream: true });
      if (decoded !== '') pending = undefined;
      else pending ??= index;
    } catch {
      return pending ?? index;
    }
  }
  return pending ?? line.length;
}

function nulCharacters(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  let line = 1;
  let lineStart = 0;
  let lastLine = 0;
  for (
    let index = text.indexOf('\0');
    index !== -1 && problems.length < maxReports;
    index = text.indexOf('\0', index + 1)
  ) {
    for (
      let newline = text.indexOf('\n', lineStart);
      newline !== -1 && newline < index;
      newline = text.indexOf('\n', lineStart)
    ) {
      line++;
      lineStart = newline + 1;
    }
    if (line === lastLine) continue;
    lastLine = line;
    problems.push(
      error(
        file,
        line,
        index - lineStart + 1,
        'the file contains a NUL character (U+0000), which editors hide and pages cannot show',
        'delete it; if the file was pasted from a binary or UTF-16 file, save it again as UTF-8',
      ),
    );
  }
  return problems;
}
