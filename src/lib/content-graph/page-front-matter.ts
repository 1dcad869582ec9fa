/**
 * Checks a page's parsed front matter against the one page schema (src/schemas/page.ts) and reports every
 * problem at the file position of the key it concerns: wrong values and unknown keys (with the closest known
 * key as a hint) are errors; a description longer than search engines show and keys that override a synonym
 * (`weight` next to `sidebar_position`) are warnings.
 */
import { allowedKeys } from '../../schemas/allowed-keys.ts';
import { descriptionLimit, pageSchema, synonymKeys, type PageFrontMatter } from '../../schemas/page.ts';
import { byRule, closest, error, warning, type Problem } from '../problems.ts';
import type { FrontMatter } from './front-matter.ts';

export interface CheckedFrontMatter {
  /** The front matter after validation, or undefined when it has an error (the page then uses no key). */
  data: PageFrontMatter | undefined;
  problems: Problem[];
}

/** `frontMatter` is undefined for a file without front matter, which is fine: every key is optional. */
export function checkPageFrontMatter(file: string, frontMatter: FrontMatter | undefined): CheckedFrontMatter {
  if (!frontMatter) return { data: pageSchema.parse({}), problems: [] };
  const problems: Problem[] = frontMatter.errors.map((e) =>
    byRule('front-matter', error(file, e.line, e.column, e.message, e.hint)),
  );
  if (frontMatter.data === undefined) return { data: undefined, problems };
  if (frontMatter.data === null || typeof frontMatter.data !== 'object' || Array.isArray(frontMatter.data)) {
    const { line, column } = frontMatter.positionOf([]);
    problems.push(
      byRule(
        'front-matter',
        error(
          file,
          line,
          column,
          'front matter is not a list of keys',
          'write one "key: value" per line, e.g. title: Install',
        ),
      ),
    );
    return { data: undefined, problems };
  }
  const at = (path: readonly PropertyKey[]) => frontMatter.positionOf(path);
  const parsed = pageSchema.safeParse(frontMatter.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      for (const path of paths) {
        const { line, column } = at(path);
        const name = path.join('.') || '(front matter)';
        problems.push(
          byRule(
            'front-matter',
            issue.code === 'unrecognized_keys'
              ? error(file, line, column, `unknown front matter key "${name}"`, unknownKeyHint(path))
              : error(file, line, column, `front matter "${name}": ${issue.message}`),
          ),
        );
      }
    }
    return { data: undefined, problems };
  }
  const data = parsed.data;
  /** A warning of the front-matter-style rule at a key's line. */
  const style = (key: string, message: string, hint: string) => {
    const { line, column } = at([key]);
    problems.push(byRule('front-matter-style', warning(file, line, column, message, hint)));
  };
  if (data.description !== undefined && data.description.length > descriptionLimit)
    style(
      'description',
      `the description is ${data.description.length} characters; search engines show at most ${descriptionLimit}`,
      'shorten it to one or two plain sentences',
    );
  for (const keys of Object.values(synonymKeys)) {
    const set = keys.filter((key) => data[key] !== undefined);
    const [winner, ...overridden] = set;
    for (const key of overridden)
      style(
        key,
        `front matter "${key}" is overridden by "${winner}", which means the same`,
        `keep one of them: ${set.join(', ')}`,
      );
  }
  return { data, problems };
}

/** For an unknown key, the closest allowed key of the same object, or that object's keys. */
function unknownKeyHint(path: readonly PropertyKey[]): string {
  const key = path.at(-1);
  const parent = path.slice(0, -1);
  const known = allowedKeys(pageSchema, parent);
  const near = typeof key === 'string' ? closest(key, known) : undefined;
  // A nested object has a handful of keys, worth listing even when one is the likely fix; the top level has dozens.
  if (parent.length) {
    const allowed = `allowed keys in "${parent.join('.')}": ${known.join(', ')}`;
    return near ? `did you mean "${near}"? (${allowed})` : allowed;
  }
  return near
    ? `did you mean "${near}"?`
    : 'remove or rename it: the keys a page may have are listed in docs/FRONT-MATTER.md';
}
