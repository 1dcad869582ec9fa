/**
 * What git knows about the docs folder, so "Edit this page", "last updated" and links to files outside the docs
 * folder work without configuration. Only local commands run (no fetch, no network), and outside a checkout, or
 * without git installed, there is simply no answer.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';

export interface GitInfo {
  /** The checkout's top folder, absolute. */
  root: string;
  /** The `origin` remote as a web address (https://host/owner/repo), if there is one the web can show. */
  remoteUrl: string | undefined;
  /** The checked-out branch; when HEAD is detached (as in CI), origin's default branch, else "main". */
  branch: string;
  /** The docs folder relative to `root`, forward slashes; "" when the docs folder is the root. */
  docsPath: string;
}

/**
 * Environment for git: variables that point git at another repository (set inside git hooks, for example) are
 * left out, so the answer is always about the docs folder's own checkout; prompts are off, so nothing waits.
 */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR']) delete env[name];
  return env;
}

/** Runs git in `cwd` and returns its trimmed output, or undefined when it fails or git is missing. */
function git(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: gitEnvironment(),
    }).trim();
  } catch {
    return undefined;
  }
}

/** Git's view of `docsDir` (an existing folder), or undefined outside a git checkout. */
export function gitInfo(docsDir: string): GitInfo | undefined {
  const root = git(docsDir, ['rev-parse', '--show-toplevel']);
  if (!root) return undefined;
  const remote = git(docsDir, ['remote', 'get-url', 'origin']);
  // `symbolic-ref` names the branch even before its first commit; a detached HEAD (a CI checkout) has none.
  const branch =
    git(docsDir, ['symbolic-ref', '--quiet', '--short', 'HEAD']) ||
    git(docsDir, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'])?.replace(/^origin\//, '') ||
    'main';
  const docsPath = relative(realpathSync(root), realpathSync(docsDir)).split(sep).join('/');
  return { root, remoteUrl: remote ? webUrlOfRemote(remote) : undefined, branch, docsPath };
}

/**
 * The web address of a git remote: `git@github.com:o/r.git`, `ssh://git@host:22/o/r`, `git://host/o/r` and
 * `https://user:token@host/o/r.git` all become `https://host/o/r` (an http remote stays http). Credentials are
 * always dropped, since the address is published. Undefined for a remote with no web page (a local path).
 */
export function webUrlOfRemote(remote: string): string | undefined {
  const raw = remote.trim();
  // scp-like syntax, [user@]host:path. The host must have a dot: a name without one is an ssh alias from
  // ~/.ssh/config (`github-work:o/r`) or a Windows drive (`C:\repos`), whose web address cannot be known.
  const scp = raw.includes('://') ? null : /^(?:[^@/\s]+@)?([^:/\s]+\.[^:/\s]+):(.+)$/.exec(raw);
  let host: string;
  let path: string;
  let scheme = 'https';
  if (scp) {
    host = scp[1]!;
    path = encodeURI(scp[2]!);
  } else {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(url.protocol) || !url.hostname)
      return undefined;
    // The web server is not on the ssh or git port; an http(s) remote's port is the web's own.
    host = url.protocol === 'https:' || url.protocol === 'http:' ? url.host : url.hostname;
    path = url.pathname;
    if (url.protocol === 'http:') scheme = 'http';
  }
  const cleanPath = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  if (cleanPath === '' || host === '') return undefined;
  return `${scheme}://${host}/${cleanPath}`;
}

/**
 * The files git tracks in the checkout at `root`, relative to it with forward slashes: a link to a file outside
 * the docs folder is checked against these (the code host shows exactly these files).
 */
export function trackedFiles(root: string): Set<string> {
  const output = execFileSync('git', ['ls-files', '-z'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: gitEnvironment(),
    // A large monorepo lists hundreds of thousands of paths.
    maxBuffer: 256 * 1024 * 1024,
  });
  return new Set(output.split('\0').filter(Boolean));
}
