/**
 * Lists the files of a folder the site is made from (content/, public/), without following symbolic links.
 *
 * The policy: these folders hold no symbolic links. A link is reported at its own path, once, and never
 * followed, whatever it points at: outside the repository (a link to / or to a home folder would publish
 * whatever is there), outside the folder, to a folder containing it (a loop), to nothing, or to another page (the
 * same text at two URLs; the code host shows a link as a line of text, and a checkout without symlink support
 * turns it into one). Anything else that is not a file or a folder (a pipe, a socket, a device) is reported too:
 * reading a pipe would hang the build.
 */
import { readdirSync, readlinkSync, realpathSync, type Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { error, type Problem } from '../problems.ts';

export interface FolderListing {
  /** Files, relative to the folder, with forward slashes, sorted. */
  files: string[];
  problems: Problem[];
}

const toPosix = (path: string) => path.split(sep).join('/');
const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/** Lists `folder` (relative to `root`, e.g. "content"); a missing folder has no files. */
export function listFolder(root: string, folder: string): FolderListing {
  const top = join(root, folder);
  const files: string[] = [];
  const problems: Problem[] = [];
  // An explicit stack: folder depth is up to the contributor.
  const pending = [top];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (cause) {
      if (dir === top && (cause as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw cause;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const file = toPosix(relative(root, path));
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.push(toPosix(relative(top, path)));
      else if (entry.isSymbolicLink()) problems.push(linkProblem(root, top, file, path));
      else
        problems.push(
          error(
            file,
            0,
            0,
            'this is neither a file nor a folder (a pipe, socket or device)',
            `remove it: ${folder}/ holds files and folders only`,
          ),
        );
    }
  }
  return { files: files.sort(), problems };
}

/** What is wrong with a symbolic link, by where it points. */
function linkProblem(root: string, top: string, file: string, path: string): Problem {
  const folder = toPosix(relative(root, top));
  const written = readlinkSync(path);
  const hint = `replace the link with the file or folder itself; ${folder}/ holds no symbolic links, so what is published is what the repository holds`;
  let real: string;
  try {
    real = realpathSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const what =
      code === 'ELOOP' ? 'points to itself through other links (a loop)' : `points to nothing ("${written}")`;
    return error(file, 0, 0, `this symbolic link ${what}`, 'remove it');
  }
  const realRoot = realpathSync(root);
  const realTop = realpathSync(top);
  const shown = (to: string) => toPosix(relative(realRoot, to)) || 'the repository itself';
  if (!inside(real, realRoot))
    return error(
      file,
      0,
      0,
      `this symbolic link points outside the repository (to ${real})`,
      'remove it: files from outside the repository are never published',
    );
  if (!inside(real, realTop))
    return error(file, 0, 0, `this symbolic link points outside ${folder}/ (to ${shown(real)})`, hint);
  if (inside(realpathSync(dirname(path)), real))
    return error(
      file,
      0,
      0,
      `this symbolic link points to a folder that contains it (${shown(real)}): a loop`,
      'remove it',
    );
  return error(file, 0, 0, `this is a symbolic link (to ${shown(real)})`, hint);
}
