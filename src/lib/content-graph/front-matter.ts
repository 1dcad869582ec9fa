/**
 * Splits a Markdown file into front matter and body and parses the YAML with a position for every key, so a
 * schema problem can point at the line of the offending key. Tolerates a UTF-8 BOM and CRLF line endings.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface FrontMatter {
  /** Parsed data, or undefined when the YAML is broken. */
  data: unknown;
  /** YAML errors with file positions, each with a hint on how to fix it. */
  errors: { line: number; column: number; message: string; hint: string }[];
  /** File position of the key at a path such as ['source', 'url']; falls back to the nearest parent. */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number };
}

export interface SplitFile {
  /** The text with BOM removed and CRLF normalised to LF (line numbers unchanged). */
  text: string;
  /** The YAML between the fences, or undefined when the file has no front matter. */
  yaml: string | undefined;
  /** The file opens front matter with "---" on line 1 but no later "---" line closes it. */
  unclosed: boolean;
  /** The whole text with the front matter blanked out, so Markdown positions are file positions. */
  body: string;
}

const fence = /^---[ \t]*$/;

/** Counts "\n" in text[from, to). */
function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

// Every page is split more than once per build (link table, render, facts): this looks for the closing fence
// and builds the body without splitting the whole text into lines.
export function splitFile(raw: string): SplitFile {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstEnd = text.indexOf('\n');
  if (!fence.test(firstEnd === -1 ? text : text.slice(0, firstEnd)))
    return { text, yaml: undefined, unclosed: false, body: text };
  const closing = /^---[ \t]*$/gm;
  closing.lastIndex = firstEnd + 1;
  const found = firstEnd === -1 ? null : closing.exec(text);
  if (!found) return { text, yaml: undefined, unclosed: true, body: text };
  const yaml = found.index > firstEnd + 1 ? text.slice(firstEnd + 1, found.index - 1) : '';
  // The front matter's lines become empty lines, so positions in the body are positions in the file.
  const end = newlines(text, 0, found.index);
  const after = text.indexOf('\n', found.index);
  const body = after === -1 ? '\n'.repeat(end) : '\n'.repeat(end + 1) + text.slice(after + 1);
  return { text, yaml, unclosed: false, body };
}

export interface YamlSource {
  /** The file line the YAML starts on: 2 for front matter (after its "---"), 1 for a whole YAML file. */
  firstLine?: number;
  /** What the YAML is, for hints: "front matter" or "the config file". */
  what?: string;
}

/** Parses front matter YAML that starts on file line 2 (or any YAML, as `source` says). */
export function parseFrontMatter(yaml: string, source: YamlSource = {}): FrontMatter {
  const { firstLine = 2, what = 'front matter' } = source;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFile = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const errors: FrontMatter['errors'] = doc.errors.map((e) => {
    const message = e.message.split('\n')[0] ?? e.message;
    // The parser notices a missing closing quote where the value ends; the mistake is where the quote opens.
    const quote = e.code === 'MISSING_CHAR' ? /^Missing closing (["'])quote/.exec(message)?.[1] : undefined;
    const opening = quote ? openingQuote(yaml, e.pos[0], quote) : undefined;
    if (opening === undefined) {
      return {
        ...toFile(e.pos[0]),
        message: `YAML syntax: ${message}`,
        hint: 'check indentation and quote values containing ": "',
      };
    }
    return {
      ...toFile(opening),
      message: `YAML syntax: the ${quote} quote that opens here is never closed`,
      hint: `end the value with ${quote} too, on the same line`,
    };
  });
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount }) ?? {};
    } catch {
      // toJS refuses aliases that expand too far (a "billion laughs" document) with a ReferenceError that
      // names no position: report it at the first alias.
      errors.push({
        ...toFile(firstAliasOffset(doc)),
        message: `YAML aliases (*name) expand to more than ${maxAliasCount} copies`,
        hint: `write the values out: ${what} needs no anchors (&name) or aliases (*name)`,
      });
    }
  }
  return {
    data,
    errors,
    positionOf: (path) => toFile(keyOffset(doc, path)),
  };
}

/**
 * How many times aliases may be expanded while converting front matter: the yaml library's own default, named
 * here because the check relies on it to refuse alias bombs. Front matter has no need for aliases at all.
 */
const maxAliasCount = 100;

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Offset of the quote that opens the unclosed value ending before `end`: the last unescaped `quote` before it
 * (inside the value there is none, or the value would be closed). Doubled single quotes ('') and backslashed
 * double quotes (\") are escapes, not ends.
 */
function openingQuote(yaml: string, end: number, quote: string): number | undefined {
  for (let at = Math.min(end, yaml.length) - 1; at >= 0; at--) {
    if (yaml[at] !== quote) continue;
    if (quote === "'" && yaml[at - 1] === "'") {
      at--;
      continue;
    }
    if (quote === '"' && yaml[at - 1] === '\\') continue;
    return at;
  }
  return undefined;
}

/** Offset of the deepest key along `path` that exists, or of the document start. */
function keyOffset(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair || !isScalar(pair.key)) break;
      offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
      const item: unknown = typeof segment === 'number' ? node.items[segment] : undefined;
      if (!item) break;
      offset = (item as { range?: [number] }).range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}
