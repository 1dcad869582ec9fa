/**
 * Where the site is published: its origin and the sub-path under it. Both may come from the config file or the
 * environment (SITE_URL, BASE_PATH), so they are normalised here once, whatever wrote them.
 */

/** Ensures a base path starts and ends with exactly one slash: `team` -> `/team/`. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The names the two settings go by where they were written: env variables, or config keys (`url`, `base`). */
export interface AddressNames {
  url: string;
  base: string;
}

const envNames: AddressNames = { url: 'SITE_URL', base: 'BASE_PATH' };

/** Validates a site URL (http or https, no path) and drops any trailing slash; the base path is added separately. */
export function normalizeSiteUrl(raw: string | undefined, names: AddressNames = envNames): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${names.url} must be an absolute URL such as https://example.org, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${names.url} must start with https:// or http://, got "${value}"`);
  if (url.pathname !== '/' && url.pathname !== '') {
    throw new Error(
      `${names.url} must not contain a path ("${url.pathname}"): set ${names.base} for a sub-path instead`,
    );
  }
  return url.origin;
}

/** A whole number of at least 1, or the default when unset. */
export function normalizeCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}
