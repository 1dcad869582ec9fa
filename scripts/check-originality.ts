/**
 * `npm run check:originality [-- SEEDS_DIR]`: reports any run of 10 or more words in content/ that also stands in
 * the source essays (default ../shared/seeds), so content stays in this project's own words.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = process.argv[2] ?? join('..', 'shared', 'seeds');
if (!existsSync(seedsDir)) {
  console.error(`error: no source essays at ${seedsDir}; pass their folder: npm run check:originality -- <dir>`);
  process.exit(2);
}
const runLength = 10;
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[a-z0-9']+/g) ?? [];
const runs = (list: string[]) =>
  new Set(
    list.slice(0, Math.max(0, list.length - runLength + 1)).map((_, i) => list.slice(i, i + runLength).join(' ')),
  );
const seedRuns = new Set(
  readdirSync(seedsDir).flatMap((file) => [...runs(words(readFileSync(join(seedsDir, file), 'utf8')))]),
);
let copied = 0;
for (const entry of readdirSync('content', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const file = join(entry.parentPath, entry.name);
  for (const run of runs(words(readFileSync(file, 'utf8')))) {
    if (!seedRuns.has(run)) continue;
    copied++;
    console.log(`${file}: copied run "${run}"`);
  }
}
console.log(copied === 0 ? `No run of ${runLength} words from ${seedsDir} in content/.` : `${copied} copied runs.`);
process.exitCode = copied === 0 ? 0 : 1;
