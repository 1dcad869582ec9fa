/**
 * Which output folders a build may use. A build replaces its output folder, so a folder the project is made from
 * (`--out content` would replace the pages with HTML, `--out public` would mix the site into the files it
 * publishes), the repository itself or a folder around it are refused, however the path is written (relative,
 * with "..", through a symbolic link). So is a path where something a build did not make already stands.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildsFolderIsOurs, finalState, isInside, siteFolders } from './site-folders.ts';

/** Folders of the project that a build reads or that hold the project's own files. */
export const sourceFolders = ['content', 'public', 'src', 'scripts', 'tests', 'node_modules', '.git'] as const;

/** The real path of `path`, resolving links in the part of it that exists. */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

/** Why a build may not write to `out` (relative to the project root `root`), or undefined when it may. */
export function outputFolderProblem(root: string, out: string): string | undefined {
  const folders = siteFolders(resolve(root, out));
  const shown = relative(root, folders.final) || '.';
  const project = realPath(root);
  // The folder itself may be our link to a build: judge where it stands, not where it points.
  const target = join(realPath(dirname(folders.final)), basename(folders.final));
  if (isInside(project, target))
    return `--out ${shown} is the project folder or a folder around it: a build would replace the whole project`;
  for (const name of sourceFolders) {
    const source = realPath(join(root, name));
    if (!isInside(target, source) && !isInside(source, target)) continue;
    const relation = target === source ? 'is' : isInside(target, source) ? 'is inside' : 'contains';
    const harm = name === 'content' ? 'replace the pages with HTML' : `mix the site into ${name}/`;
    return `--out ${shown} ${relation} the ${name}/ folder of the project: a build there would ${harm}`;
  }
  const state = finalState(folders);
  if (state === 'foreign')
    return `--out ${shown} already holds something no build made (a build publishes its site as a link there)`;
  if (!buildsFolderIsOurs(folders))
    return `${relative(root, folders.builds)} already holds something no build made (a build keeps its sites there)`;
  return undefined;
}
