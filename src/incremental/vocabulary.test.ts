import { describe, expect, it } from 'vitest';
import { addWords, pageWords } from './vocabulary.ts';

describe('site vocabulary', () => {
  it('keeps each word once, lower-cased, without the punctuation around it', () => {
    const words = new Set<string>();
    addWords(words, 'Run `virsh dumpxml guest`. Then (again) run: lsof | grep DEL; delorean-deps.repo, 10:30!');
    addWords(words, 'Café, café and CAFÉ — “quoted” words; ... and -- dashes');
    expect([...words].sort()).toEqual(
      [
        ...['10:30', 'again', 'and', 'café', 'dashes', 'del', 'delorean-deps.repo', 'dumpxml', 'grep', 'guest'],
        ...['lsof', 'quoted', 'run', 'then', 'virsh', 'words'],
      ].sort(),
    );
  });

  it('keeps the capitals of a word Pagefind splits at them', () => {
    const words = new Set<string>();
    addWords(words, 'GerritHub and iPhone, but not RDO');
    expect([...words].sort()).toEqual(['GerritHub', 'and', 'but', 'iPhone', 'not', 'rdo']);
  });

  it('reads a page as search does: its title, its text, inline pieces run together, entities decoded', () => {
    const html =
      '<aside><p class="callout-title">Caution</p><p>Use <strong>foo</strong>bar &#x26; H<sub>2</sub>O.</p></aside>\n' +
      '<figure><figcaption>/etc/libvirt/libvirtd.conf</figcaption><pre><code><span>listen_tls = 0</span></code></pre></figure>';
    const words = pageWords('Reporting virt bugs', html);
    for (const word of [
      'reporting',
      'caution',
      'foobar',
      'foo',
      'bar',
      'h2o',
      'etc/libvirt/libvirtd.conf',
      'listen_tls',
    ])
      expect(words).toContain(word);
    expect(words).not.toContain('&#x26;');
  });
});
