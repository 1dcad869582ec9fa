/**
 * Settings from the environment, as Astro reads them: a variable set in the real environment wins, then
 * `.env.local`, then `.env`, both in the working directory. Read without touching process.env, and each value
 * remembers where it was set, so a bad one is reported there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

export interface EnvValue {
  value: string;
  /** The .env file (absolute) and line it was set on; undefined when it came from the real environment. */
  file: string | undefined;
  line: number;
}

/** The value of each of `names` that is set (and not empty), with where it was set. */
export function readEnvironment(
  names: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  dir: string,
): Map<string, EnvValue> {
  const found = new Map<string, EnvValue>();
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') found.set(name, { value, file: undefined, line: 0 });
  }
  for (const file of ['.env.local', '.env'].map((name) => join(dir, name))) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const values = parseEnv(text);
    for (const name of names) {
      const value = values[name];
      if (found.has(name) || value === undefined || value.trim() === '') continue;
      found.set(name, { value, file, line: lineOf(text, name) });
    }
  }
  return found;
}

/** The line that sets `name` (the last one, which wins), 1-based. */
function lineOf(text: string, name: string): number {
  const lines = text.split(/\r?\n/);
  const setter = new RegExp(`^\\s*(?:export\\s+)?${name}\\s*=`);
  for (let index = lines.length - 1; index >= 0; index--) if (setter.test(lines[index]!)) return index + 1;
  return 0;
}
