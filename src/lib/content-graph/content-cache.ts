/**
 * The rendered-content cache between builds: one file of records, each one entry serialized by V8 behind its
 * length. A build that rendered a few files appends their records, so a rebuild after one edit writes one
 * page instead of the whole site again (tens of megabytes at a thousand pages); a later record for the same
 * file replaces an earlier one. When the file would hold more replaced records than live ones, the build
 * writes it whole instead, atomically.
 *
 * Records are appended by one write. A write cut short (a crash, a full disk) leaves a torn last record: reading
 * stops there, keeps what came before, and the next save writes the file whole. Anything unreadable is only a
 * slower build: the cache starts empty.
 *
 * Hand-written: a cache of one process's own V8 values needs no database, and none appends V8 records.
 */
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, writevSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Changes whenever the records' layout changes: a file with another header is read as empty. */
const header = Buffer.from('folio content cache 3\n');
const lengthBytes = 4;

export interface CachedEntry {
  absPath: string;
}

/** An entry as the cache stores it (V8's serialization); a worker makes it, and the build reads it back. */
export const cacheRecord = (entry: CachedEntry): Uint8Array => serialize(entry);

export interface ContentCache<Entry extends CachedEntry> {
  /** The latest entry for each file. */
  readonly entries: ReadonlyMap<string, Entry>;
  /**
   * Stores this build's entries: `files` is every file's path in order (the entries of files no longer there are
   * dropped), `fresh` the records of the entries rendered this time (cacheRecord), the only ones appended when
   * the file is not written whole. The others are written as they were read.
   */
  save(files: readonly string[], fresh: ReadonlyMap<string, Uint8Array>): void;
}

interface Stored<Entry> {
  entries: Map<string, Entry>;
  /** Each file's latest record as read. */
  records: Map<string, Uint8Array>;
  /** Bytes up to the end of the last whole record. */
  readable: number;
  /** The file's size (more than `readable` after a torn write). */
  size: number;
}

function readRecords<Entry extends CachedEntry>(file: string): Stored<Entry> {
  const stored: Stored<Entry> = { entries: new Map(), records: new Map(), readable: 0, size: 0 };
  if (!existsSync(file)) return stored;
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return stored;
  }
  stored.size = data.length;
  if (data.length < header.length || !data.subarray(0, header.length).equals(header)) return stored;
  let at = header.length;
  while (at + lengthBytes <= data.length) {
    const end = at + lengthBytes + data.readUInt32LE(at);
    if (end > data.length) break;
    const record = data.subarray(at + lengthBytes, end);
    let entry: Entry;
    try {
      entry = deserialize(record) as Entry;
    } catch {
      break;
    }
    if (typeof entry?.absPath !== 'string') break;
    stored.entries.set(entry.absPath, entry);
    stored.records.set(entry.absPath, record);
    at = end;
  }
  stored.readable = at;
  return stored;
}

/** Each record behind its length, ready for one vectored write (no copy of the pages' bytes). */
function framed(records: readonly Uint8Array[]): Uint8Array[] {
  return records.flatMap((record) => {
    const length = Buffer.alloc(lengthBytes);
    length.writeUInt32LE(record.byteLength);
    return [length, record];
  });
}

/** Opens the cache in `file`; with no file, a cache that is always empty and keeps nothing. */
export function openContentCache<Entry extends CachedEntry>(file: string | undefined): ContentCache<Entry> {
  if (file === undefined) return { entries: new Map(), save: () => undefined };
  const stored = readRecords<Entry>(file);
  return {
    entries: stored.entries,
    save(files, fresh) {
      if (fresh.size === 0 && files.length === stored.records.size) return;
      const records = files
        .map((path) => fresh.get(path) ?? stored.records.get(path))
        .filter((record): record is Uint8Array => record !== undefined);
      const live = records.reduce((sum, record) => sum + lengthBytes + record.byteLength, 0);
      const appended = [...fresh.values()];
      const afterAppend = appended.reduce((sum, record) => sum + lengthBytes + record.byteLength, stored.readable);
      const whole = stored.readable === 0 || stored.readable !== stored.size || afterAppend > 2 * live;
      if (whole) writeWhole(file, [header, ...framed(records)]);
      else appendRecords(file, stored.size, framed(appended));
    },
  };
}

/** Writes the file whole or not at all: a temporary file beside it, renamed over it (atomic on one disk). */
function writeWhole(file: string, buffers: Uint8Array[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writevSync(fd, buffers);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** Appends the records by one write, if the file is still the size it was read at (no other build wrote). */
function appendRecords(file: string, expectedSize: number, buffers: Uint8Array[]): void {
  const fd = openSync(file, 'a');
  try {
    if (fstatSync(fd).size === expectedSize) writevSync(fd, buffers);
  } finally {
    closeSync(fd);
  }
}
