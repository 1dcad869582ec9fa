/**
 * Which files of the docs folder are published as they are, at the same path in the site
 * (`manual/img/diagram.png` -> `/manual/img/diagram.png`): everything beside the Markdown that a page can link
 * or show, so an image works on the site as it does in the code host's file view. Never the Markdown sources,
 * anything hidden (a dotfile or a file in a dot-folder: `.git/`, `.env`), the site's config file or its anchor lock.
 */
import { configFileName, lockFileName } from '../content-layout.ts';

const sources = /\.(md|markdown|mdx)$/i;
const configFiles = new Set([configFileName, configFileName.replace(/yaml$/, 'yml'), lockFileName]);

/** Whether a file of the docs folder (relative to it, forward slashes) is published as it is. */
export function publishedAsset(relativePath: string): boolean {
  const parts = relativePath.split('/');
  if (parts.some((part) => part.startsWith('.'))) return false;
  if (parts.length === 1 && configFiles.has(parts[0]!)) return false;
  return !sources.test(relativePath);
}
