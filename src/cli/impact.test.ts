/**
 * `folio impact` on a scripted change in a scratch git repository: one change of every kind the report knows
 * (pages added, removed, moved with and without a redirect, changed; section ids added, removed, aliased; a link
 * broken and one fixed; a glossary term used but no longer defined; checklist ticks that reset; a warning
 * introduced), asserted in full in both formats against src/cli/fixtures/impact/ (UPDATE_FIXTURES=1 rewrites
 * them; review the diff).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const folio = resolve(import.meta.dirname, '..', '..', 'bin', 'folio.mjs');
const fixtures = join(import.meta.dirname, 'fixtures', 'impact');
let root: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

function impact(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [folio, 'impact', 'docs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '', GITHUB_STEP_SUMMARY: '', NO_COLOR: '1' },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function write(file: string, text: string): void {
  mkdirSync(join(root, 'docs', file, '..'), { recursive: true });
  writeFileSync(join(root, 'docs', file), text);
}

function remove(file: string): void {
  unlinkSync(join(root, 'docs', file));
}

/** The report with the base commit's id (new in every run) written as BASE. */
function stable(output: string): string {
  return output.replaceAll(git('rev-parse', '--short=7', 'main'), 'BASE');
}

function expectFixture(name: string, actual: string): void {
  const file = join(fixtures, name);
  if (process.env['UPDATE_FIXTURES'] === '1' || !existsSync(file)) {
    mkdirSync(fixtures, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const page = (title: string, body: string, frontMatter = '') =>
  `---\ntitle: ${title}\ndescription: About ${title.toLowerCase()}.\n${frontMatter}---\n\n${body}\n`;

const words = (count: number) => `${'word '.repeat(count).trim()}.\n`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'folio-impact-'));
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  write('folio.config.yaml', 'title: Impact test\nglossary: glossary\n');
  write(
    'README.md',
    '# Impact test\n\nRead [setting up](guides/setup.md), [the notes](guides/notes.md), [tips](guides/tips.md), ' +
      '[the old page](guides/old.md), [the missing page](guides/missing.md) and [the checklist](checklists/ship.md).\n',
  );
  write(
    'guides/setup.md',
    page(
      'Setting up',
      `Uses [KVM](../glossary/kvm.md) and [QEMU](../glossary/qemu.md).\n\n## Before you start\n\n${words(150)}\n## Install the tools\n\nSteps.\n\n## Old tips\n\nGone soon.`,
    ),
  );
  write('guides/notes.md', page('Notes', 'Some notes.'));
  write('guides/tips.md', page('Tips', 'A tip that stays the same.'));
  write('guides/old.md', page('Old page', 'Retired next.'));
  write('checklists/ship.md', page('Ship it', '- [ ] Build it\n- [ ] Test it\n- [ ] Publish it'));
  write('glossary/kvm.md', page('KVM', 'The kernel hypervisor.'));
  write('glossary/qemu.md', page('QEMU', 'The machine emulator.'));
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
  git('checkout', '--quiet', '-b', 'change');

  // The change, left uncommitted in part: the report reads the working tree.
  write(
    'README.md',
    '# Impact test\n\nRead [setting up](guides/setup.md), [the notes](reference/notes.md), [tips](guides/hints.md), ' +
      '[the new page](guides/new.md) and [the checklist](checklists/ship.md).\n',
  );
  write(
    'guides/setup.md',
    page(
      'Setting up',
      `Uses [KVM](../glossary/kvm.md) and [QEMU](../glossary/qemu.md).\n\n## Before you start\n\n${words(450)}\n## Installing the tools\n\nSteps.\n\n## Troubleshooting\n\nWhat to try.`,
      'moved_anchors:\n  install-the-tools: installing-the-tools\n',
    ),
  );
  remove('guides/notes.md');
  write('reference/notes.md', page('Notes', 'Some notes.', 'redirect_from: /guides/notes/\n'));
  remove('guides/tips.md');
  write('guides/hints.md', page('Tips', 'A tip that stays the same.'));
  remove('guides/old.md');
  write('guides/new.md', page('New page', 'See [the start](setup.md#no-such-section).\n\n```\nplain\n```'));
  write('checklists/ship.md', page('Ship it', '- [ ] Build it\n- [ ] Test it twice'));
  remove('glossary/qemu.md');
  write('glossary/libvirt.md', page('libvirt', 'The virtualization API.'));
  git('add', 'docs/guides');
  git('commit', '--quiet', '-m', 'part of the change');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('folio impact', () => {
  it('reports every kind of change in Markdown, and exits 1 for the errors it brings in', () => {
    const { status, stdout, stderr } = impact();
    expect(stderr).toBe('');
    expectFixture('expected.md', stable(stdout));
    expect(status).toBe(1);
  });

  it('annotates each problem for GitHub and writes the job summary', () => {
    const summary = join(root, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const result = spawnSync(process.execPath, [folio, 'impact', 'docs', '--format', 'github'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: '', GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1' },
    });
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expectFixture('expected-github.txt', stable(annotations.join('\n') + '\n'));
    const markdown = readFileSync(join(fixtures, 'expected.md'), 'utf8');
    expect(stable(readFileSync(summary, 'utf8'))).toBe(`# Earlier step\n${markdown}`);
    expect(result.status).toBe(1);
  });

  it('compares with --base, and says so when nothing changes', () => {
    git('stash', '--include-untracked', '--quiet');
    try {
      const { status, stdout } = impact('--base', 'change');
      expect(stdout).toContain('No page, section id, link or check result changes.');
      expect(stdout).toContain('(change)');
      expect(status).toBe(0);
    } finally {
      git('stash', 'pop', '--quiet');
    }
  });

  it('names a revision it cannot find, with what to do', () => {
    const { status, stderr } = impact('--base', 'no-such-branch');
    expect(stderr).toContain('--base no-such-branch: no such revision in this clone');
    expect(stderr).toContain('fetch-depth: 0');
    expect(status).toBe(1);
  });

  it('leaves no checkout of the base behind', () => {
    expect(git('worktree', 'list').split('\n')).toHaveLength(1);
  });
});
