import { describe, expect, it } from 'vitest';
import { contentErrors } from './content-errors.ts';
import { error, warning } from './problems.ts';

describe('contentErrors', () => {
  it('is undefined when there are only warnings', () => {
    expect(contentErrors([warning('content/guides/a.md', 1, 1, 'nobody links here')], '/site')).toBeUndefined();
  });

  it('lists every error, points at the first one in file order, and carries its hint', () => {
    const found = contentErrors(
      [
        error('content/guides/b.md', 3, 7, 'missing anchor "#x"'),
        warning('content/guides/a.md', 1, 1, 'nobody links here'),
        error('content/guides/a.md', 12, 5, 'link to a missing page "c.md"', 'did you mean "d.md"?'),
      ],
      '/site',
    );
    expect(found?.message).toBe(
      '2 errors in the content (the build stops on these):\n\n' +
        'content/guides/a.md:12:5: error: link to a missing page "c.md"\n  hint: did you mean "d.md"?\n' +
        'content/guides/b.md:3:7: error: missing anchor "#x"',
    );
    expect(found?.loc).toEqual({ file: '/site/content/guides/a.md', line: 12, column: 5 });
    expect(found?.hint).toMatch(/^did you mean "d.md"\? Fix the file and save/);
  });
});
