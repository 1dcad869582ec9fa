import { describe, expect, it } from 'vitest';
import { normalizeBasePath, normalizeCount, normalizeSiteUrl } from './site-address.ts';

describe('site address', () => {
  it('normalizes the base path and the site URL', () => {
    expect(normalizeBasePath('handbook')).toBe('/handbook/');
    expect(normalizeBasePath('//docs//')).toBe('/docs/');
    expect(normalizeBasePath(undefined)).toBe('/');
    expect(normalizeSiteUrl('https://x.example/')).toBe('https://x.example');
    expect(normalizeSiteUrl(undefined)).toBe('http://localhost:4321');
    expect(() => normalizeSiteUrl('https://x.example/sub')).toThrow(/BASE_PATH/);
    expect(() => normalizeSiteUrl('x.example')).toThrow(/absolute URL/);
    expect(() => normalizeSiteUrl('ftp://x.example')).toThrow(/https:\/\/ or http:\/\//);
    expect(() => normalizeSiteUrl('https://x.example/sub', { url: 'url', base: 'base' })).toThrow(
      'url must not contain a path ("/sub"): set base for a sub-path instead',
    );
  });

  it('reads a count such as SEARCH_SHARD_PAGES as a whole number, with a default, and rejects anything else', () => {
    expect(normalizeCount('N', undefined, 500)).toBe(500);
    expect(normalizeCount('N', ' ', 500)).toBe(500);
    expect(normalizeCount('N', '20', 500)).toBe(20);
    expect(() => normalizeCount('N', '0', 500)).toThrow(/N must be a whole number of at least 1, got "0"/);
    expect(() => normalizeCount('N', 'many', 500)).toThrow(/got "many"/);
  });
});
