/**
 * The rendered-content cache between builds: one file of records, each one entry serialized by V8 behind its
 * length. A build that rendered a few files appends their records, so a rebuild after one edit writes one
 * page instead of the whole site again (tens of megabytes at a thousand pages); a later record for the same
 * file replaces an earlier one. When the file would hold more replaced records than live ones, the build
 * writes it whole instead, atomically.
 *
 * A record is appended by one write. A write cut short (a crash, a full disk) leaves a torn last record: reading
 * stops there, keeps what came before, and the next save writes the file whole. Anything unreadable is only a
 * slower build: the cache starts empty.
 *
 * Hand-written: a cache of one process's own V8 values needs no database, and none appends V8 records.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from '../write-atomic.ts';

/** Changes whenever the records' layout changes: a file with another header is read as empty. */
const header = Buffer.from('folio content cache 3\n');
const lengthBytes = 4;

export interface CachedEntry {
  absPath: string;
}

export interface ContentCache<Entry extends CachedEntry> {
  /** The latest entry for each file. */
  readonly entries: ReadonlyMap<string, Entry>;
  /**
   * Stores this build's entries: `all` is every file's entry (the files that no longer exist are dropped),
   * `fresh` the paths rendered this time, the only ones appended when the file is not written whole.
   */
  save(all: readonly Entry[], fresh: ReadonlySet<string>): void;
}

interface FileState {
  /** Bytes up to the end of the last whole record. */
  readable: number;
  /** The file's size (more than `readable` after a torn write). */
  size: number;
  /** Each file's latest record's size. */
  recordBytes: Map<string, number>;
}

function readRecords<Entry extends CachedEntry>(file: string): { entries: Map<string, Entry>; state: FileState } {
  const entries = new Map<string, Entry>();
  const state: FileState = { readable: 0, size: 0, recordBytes: new Map() };
  if (!existsSync(file)) return { entries, state };
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return { entries, state };
  }
  state.size = data.length;
  if (data.length < header.length || !data.subarray(0, header.length).equals(header)) return { entries, state };
  let at = header.length;
  while (at + lengthBytes <= data.length) {
    const length = data.readUInt32LE(at);
    const end = at + lengthBytes + length;
    if (end > data.length) break;
    let entry: Entry;
    try {
      entry = deserialize(data.subarray(at + lengthBytes, end)) as Entry;
    } catch {
      break;
    }
    if (typeof entry?.absPath !== 'string') break;
    entries.set(entry.absPath, entry);
    state.recordBytes.set(entry.absPath, lengthBytes + length);
    at = end;
  }
  state.readable = at;
  return { entries, state };
}

function record(entry: CachedEntry): Buffer {
  const body = serialize(entry);
  const length = Buffer.alloc(lengthBytes);
  length.writeUInt32LE(body.length);
  return Buffer.concat([length, body]);
}

/** Opens the cache in `file`; with no file, a cache that is always empty and keeps nothing. */
export function openContentCache<Entry extends CachedEntry>(file: string | undefined): ContentCache<Entry> {
  if (file === undefined) return { entries: new Map(), save: () => undefined };
  const { entries, state } = readRecords<Entry>(file);
  return {
    entries,
    save(all, fresh) {
      const appended = all.filter((entry) => fresh.has(entry.absPath)).map(record);
      if (appended.length === 0 && all.length === entries.size) return;
      const live = all.reduce(
        (sum, entry) => sum + (fresh.has(entry.absPath) ? 0 : (state.recordBytes.get(entry.absPath) ?? 0)),
        appended.reduce((sum, bytes) => sum + bytes.length, 0),
      );
      const afterAppend = state.readable + appended.reduce((sum, bytes) => sum + bytes.length, 0);
      const whole =
        state.readable === 0 ||
        state.readable !== state.size ||
        afterAppend > 2 * live ||
        all.some((entry) => !fresh.has(entry.absPath) && !state.recordBytes.has(entry.absPath));
      if (whole) writeFileAtomic(file, Buffer.concat([header, ...all.map(record)]));
      else appendRecords(file, state.size, appended);
    },
  };
}

/** Appends the records, each by one write, if the file is still the size it was read at (no other build wrote). */
function appendRecords(file: string, expectedSize: number, records: readonly Buffer[]): void {
  const fd = openSync(file, 'a');
  try {
    if (fstatSync(fd).size !== expectedSize) return;
    for (const bytes of records) writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}
