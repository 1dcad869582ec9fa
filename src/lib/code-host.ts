/**
 * Addresses on the code host of a file of the docs folder: where "Edit this page" opens it, and where a section's
 * lines are shown ("View source"). Each host writes a line range in the URL its own way; a host this module does
 * not know gets no line link at all rather than one that might land on the wrong page.
 *
 *   GitHub     https://github.com/o/r/blob/main/docs/a.md#L12-L30
 *   GitLab     https://gitlab.com/o/r/-/blob/main/docs/a.md#L12-30
 *   Bitbucket  https://bitbucket.org/o/r/src/main/docs/a.md#lines-12:30
 *   Codeberg   https://codeberg.org/o/r/src/branch/main/docs/a.md#L12-L30
 */
import { relative, sep } from 'node:path';

/** The repository as the site config has it (src/config/schema.ts RepositoryConfig). */
export interface CodeHostRepository {
  /** Web address, without a trailing slash. */
  url: string;
  branch: string;
  /** The docs folder's path in the repository, without slashes around it; "" (or absent) when it is the root. */
  path?: string | undefined;
}

/** Lines of a file, 1-based and inclusive, as the code host numbers them. */
export interface LineRange {
  start: number;
  end: number;
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * The path in the repository of a file in the docs folder, with forward slashes; undefined for a file outside the
 * docs folder (an included file, say), whose place in the repository the config does not say.
 */
export function fileInRepository(repository: CodeHostRepository, docsDir: string, absPath: string): string | undefined {
  const inDocs = relative(docsDir, absPath).split(sep).join('/');
  if (inDocs === '' || inDocs.startsWith('../') || inDocs === '..') return undefined;
  return [(repository.path ?? '').replace(/^\/+|\/+$/g, ''), inDocs].filter(Boolean).join('/');
}

type Host = 'github' | 'gitlab' | 'bitbucket' | 'forgejo';

/**
 * The host's kind, by its name: the public hosts, and self-hosted GitHub Enterprise and GitLab servers named after
 * them (github.example.com, gitlab.example.org). Anything else is unknown.
 */
function hostOf(repositoryUrl: string): Host | undefined {
  let hostname: string;
  try {
    hostname = new URL(repositoryUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (hostname === 'github.com' || hostname.startsWith('github.')) return 'github';
  if (hostname === 'gitlab.com' || hostname.startsWith('gitlab.')) return 'gitlab';
  if (hostname === 'bitbucket.org') return 'bitbucket';
  if (hostname === 'codeberg.org') return 'forgejo';
  return undefined;
}

/**
 * The URL that shows `lines` of `file` (its path in the repository) on the branch, highlighted; undefined when the
 * host is unknown.
 */
export function sourceLinesUrl(
  repository: Pick<CodeHostRepository, 'url' | 'branch'>,
  file: string,
  { start, end }: LineRange,
): string | undefined {
  const host = hostOf(repository.url);
  if (!host) return undefined;
  const branch = encodePath(repository.branch);
  const path = encodePath(file);
  const one = start === end;
  switch (host) {
    case 'github':
      return `${repository.url}/blob/${branch}/${path}#L${start}${one ? '' : `-L${end}`}`;
    case 'gitlab':
      return `${repository.url}/-/blob/${branch}/${path}#L${start}${one ? '' : `-${end}`}`;
    case 'bitbucket':
      return `${repository.url}/src/${branch}/${path}#lines-${start}${one ? '' : `:${end}`}`;
    case 'forgejo':
      return `${repository.url}/src/branch/${branch}/${path}#L${start}${one ? '' : `-L${end}`}`;
  }
}

/**
 * Where the code host shows what changed in the repository between two commits (its compare view); undefined for a
 * host whose URLs are unknown. Bitbucket's takes the newer commit first.
 */
export function compareUrl(repositoryUrl: string, from: string, to: string): string | undefined {
  switch (hostOf(repositoryUrl)) {
    case 'github':
    case 'forgejo':
      return `${repositoryUrl}/compare/${from}...${to}`;
    case 'gitlab':
      return `${repositoryUrl}/-/compare/${from}...${to}`;
    case 'bitbucket':
      return `${repositoryUrl}/branches/compare/${to}%0D${from}`;
    default:
      return undefined;
  }
}

/**
 * The code host's form for a new file at `file` (its path in the repository) on the branch, where a reader can
 * start a page that does not exist yet (a translation); undefined for a host without one (Bitbucket) or unknown.
 */
export function newFileUrl(repository: Pick<CodeHostRepository, 'url' | 'branch'>, file: string): string | undefined {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  const name = encodeURIComponent(file.slice(folder.length));
  const where = `${encodePath(repository.branch)}/${encodePath(folder)}`;
  switch (hostOf(repository.url)) {
    case 'github':
    case 'forgejo':
      return `${repository.url}/new/${where}?filename=${name}`;
    case 'gitlab':
      return `${repository.url}/-/new/${where}?file_name=${name}`;
    default:
      return undefined;
  }
}

/**
 * The URL that opens a new issue on the code host with its title and text filled in, so a reader can report a
 * problem without a backend; undefined for a host that cannot prefill one (Bitbucket) or is unknown.
 *
 *   GitHub, Codeberg  https://github.com/o/r/issues/new?title=...&body=...
 *   GitLab            https://gitlab.com/o/r/-/issues/new?issue[title]=...&issue[description]=...
 */
export function newIssueUrl(repositoryUrl: string, title: string, body: string): string | undefined {
  // "/" and ":" may stand unencoded in a query: URLs in the text stay readable, and every section's link shorter.
  const encode = (text: string) => encodeURIComponent(text).replace(/%2F/g, '/').replace(/%3A/g, ':');
  const query = (pairs: [string, string][]) => pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
  switch (hostOf(repositoryUrl)) {
    case 'github':
    case 'forgejo':
      return `${repositoryUrl}/issues/new?${query([
        ['title', title],
        ['body', body],
      ])}`;
    case 'gitlab':
      return `${repositoryUrl}/-/issues/new?${query([
        ['issue[title]', title],
        ['issue[description]', body],
      ])}`;
    default:
      return undefined;
  }
}
