/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it (atomic on one disk).
 * For the caches builds share in node_modules/.astro, which a build of another output folder may be reading.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeFileAtomic(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
