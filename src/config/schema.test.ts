import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { siteConfigSchema, type SiteConfigInput } from './schema.ts';

/** Steps through optional/default wrappers to the schema that shapes the value. */
function inner(schema: z.ZodType): z.ZodType {
  let current = schema;
  while ('innerType' in current.def && current.def.innerType) current = current.def.innerType as z.ZodType;
  return current;
}

/** Every option of an object schema and of the objects inside it, with its path and description. */
function options(schema: z.ZodType, path = ''): [string, string | undefined][] {
  const shape = (inner(schema).def as { shape?: Record<string, z.ZodType> }).shape ?? {};
  return Object.entries(shape).flatMap(([key, option]) => {
    const here = path ? `${path}.${key}` : key;
    const shaped = inner(option);
    const element = shaped.def.type === 'array' ? (shaped.def as unknown as { element: z.ZodType }).element : shaped;
    return [[here, option.description] as [string, string | undefined], ...options(element, here)];
  });
}

describe('config schema', () => {
  it('describes every option, nested ones too', () => {
    const all = options(siteConfigSchema);
    expect(all.map(([path]) => path)).toEqual(
      expect.arrayContaining(['title', 'repository.url', 'sections.folder', 'sections.description', 'ui', 'rules']),
    );
    expect(all.filter(([, description]) => !description?.trim()).map(([path]) => path)).toEqual([]);
  });

  it('accepts an empty file and fills the fixed defaults', () => {
    expect(siteConfigSchema.parse({})).toEqual({
      url: 'http://localhost:4321',
      base: '/',
      ui: {},
      locales: [],
      translations: 'folder',
      rules: {},
      strict: false,
      review: { strict: false },
      searchShardPages: 500,
    });
  });

  it('normalises what it can read unambiguously', () => {
    const input: SiteConfigInput = {
      base: 'docs',
      url: 'https://example.org/',
      repository: { url: 'https://github.com/o/r.git/', path: '/docs/' },
      sections: [{ folder: 'guides/' }],
      glossary: 'terms/',
    };
    expect(siteConfigSchema.parse(input)).toMatchObject({
      base: '/docs/',
      url: 'https://example.org',
      repository: { url: 'https://github.com/o/r', path: 'docs' },
      sections: [{ folder: 'guides' }],
      glossary: 'terms',
    });
  });

  it('refuses nested section folders, other URL schemes and unknown keys', () => {
    const issues = (input: unknown) => siteConfigSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ sections: [{ folder: 'guides/advanced' }] })).toEqual([
      'name a folder directly inside the docs folder, without slashes (sections are top-level folders)',
    ]);
    expect(issues({ repository: { url: 'git@github.com:o/r.git' } })).toEqual([
      'not an absolute URL: "git@github.com:o/r.git"',
    ]);
    expect(issues({ sections: [{ folder: 'a', lable: 'A' }] })).toHaveLength(1);
    expect(issues({ ui: { 'nav.home': 'Start', 'search.results.few': '{count} wyniki' } })).toEqual([]);
  });
});
