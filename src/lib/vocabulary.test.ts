import { describe, expect, it } from 'vitest';
import { addWords } from './vocabulary.ts';

describe('site vocabulary', () => {
  it('keeps each word once, lower-cased, without the punctuation around it', () => {
    const words = new Set<string>();
    addWords(words, 'Run `virsh dumpxml guest`. Then (again) run: lsof | grep DEL; delorean-deps.repo, 10:30!');
    addWords(words, 'Café, café and CAFÉ — “quoted” words; ... and -- dashes');
    expect([...words].sort()).toEqual(
      [
        '10:30',
        'again',
        'and',
        'café',
        'dashes',
        'del',
        'delorean-deps.repo',
        'dumpxml',
        'grep',
        'guest',
        'lsof',
        'quoted',
        'run',
        'then',
        'virsh',
        'words',
      ].sort(),
    );
  });
});
