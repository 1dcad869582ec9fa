/**
 * `folio new <folder> "Title" [dir] [--checklist]`: writes <dir>/<folder>/<slug>.md with valid front matter and
 * a skeleton (a checklist's with --checklist), never overwriting an existing file, and prints the path and the
 * URL it will have.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { lockFileName } from '../lib/content-layout.ts';
import { isFolderName, pageSkeleton, pageUrlPath, slugForTitle } from '../lib/scaffold.ts';
import { joinBase } from '../lib/urls.ts';
import { CommandError, UsageError, type Command } from './command.ts';
import { docsFolder, shown } from './places.ts';

export const newPage: Command = {
  name: 'new',
  summary: 'Write a new page with valid front matter and an outline to fill in; never overwrites a file.',
  positionals: [
    { name: 'folder', optional: false, description: 'the folder it goes in, inside the docs folder (e.g. manual)' },
    { name: 'title', optional: false, description: 'the page title, in quotes; it also gives the file name' },
    { name: 'dir', optional: true, description: 'the docs folder (default: content)' },
  ],
  options: { checklist: { type: 'boolean', description: 'start from a checklist outline (task lists)' } },
  async run(values, [section, rawTitle, dir]) {
    const title = (rawTitle ?? '').trim();
    if (!isFolderName(section))
      throw new UsageError(`"${section}" is not a folder name: use plain names separated by "/", e.g. manual`);
    if (title === '') throw new UsageError('the title is empty: give the page title in quotes');
    const slug = slugForTitle(title);
    if (slug === '') throw new UsageError(`the title "${title}" gives an empty file name; use letters or digits in it`);
    const cwd = process.cwd();
    if (dir !== undefined && !existsSync(resolve(cwd, dir)))
      throw new CommandError(
        `the docs folder ${dir} does not exist. If "${dir}" is part of the title, put the whole title in quotes: folio new ${section} "${title} ${dir}"`,
      );
    const docs = docsFolder(cwd, dir);
    const file = join(docs, section, `${slug}.md`);
    if (existsSync(file))
      throw new CommandError(
        `${shown(cwd, file)} already exists; nothing was written. Choose another title, or edit that file.`,
      );
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pageSkeleton(values['checklist'] === true ? 'checklist' : 'page', title), { flag: 'wx' });
    const { site } = await import('../site.config.ts');
    console.log(`Created ${shown(cwd, file)}`);
    console.log(`It will appear at ${new URL(joinBase(site.base, pageUrlPath(section, slug)), site.url).href}`);
    console.log(
      `Next: replace each "TODO:" (\`folio check\` lists them), link to the page from a related one, and run the check again${existsSync(join(docs, lockFileName)) ? ' with --update-lock, so the anchor lock records the new page' : ''}.`,
    );
    return 0;
  },
};
