/**
 * Defaults from an mdBook `book.toml`: a book's title, description and language, so an mdBook tree built with no
 * Folio config is named as its authors named it. book.toml sits in the book's folder, whose `src/` (or the folder
 * `[book] src` names) holds the Markdown; it may also be in the docs folder itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, TomlError } from 'smol-toml';

export interface BookDefaults {
  title?: string;
  description?: string;
  /** As written: the caller checks it is a language tag. */
  language?: string;
}

export interface BookToml {
  /** Absolute path of the book.toml read. */
  file: string;
  defaults: BookDefaults;
  /** Why the file could not be read, where. */
  problem?: { line: number; column: number; message: string };
}

/** The book.toml of the book whose Markdown is `docsDir`, read; undefined when there is none. */
export function readBookToml(docsDir: string): BookToml | undefined {
  const inside = join(docsDir, 'book.toml');
  const beside = join(dirname(docsDir), 'book.toml');
  const file = existsSync(inside) ? inside : existsSync(beside) ? beside : undefined;
  if (!file) return undefined;
  let data: Record<string, unknown>;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    if (!(cause instanceof TomlError)) throw cause;
    const message = cause.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'invalid TOML';
    return { file, defaults: {}, problem: { line: cause.line, column: cause.column, message } };
  }
  const book =
    typeof data['book'] === 'object' && data['book'] !== null ? (data['book'] as Record<string, unknown>) : {};
  // A book.toml in the folder above is this book's only if its Markdown folder is the docs folder.
  const src = typeof book['src'] === 'string' ? book['src'] : 'src';
  if (file === beside && resolve(dirname(file), src) !== resolve(docsDir)) return undefined;
  const text = (key: string) => (typeof book[key] === 'string' && book[key].trim() ? book[key].trim() : undefined);
  const defaults: BookDefaults = {};
  const [title, description, language] = [text('title'), text('description'), text('language')];
  if (title) defaults.title = title;
  if (description) defaults.description = description;
  if (language) defaults.language = language;
  return { file, defaults };
}
