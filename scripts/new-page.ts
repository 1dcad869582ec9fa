/**
 * `npm run new -- <folder> "Title" [--checklist]`: writes <docs>/<folder>/<slug>.md with valid front matter and
 * a skeleton (a checklist's with --checklist), never overwriting an existing file, and prints the path and the
 * URL it will have.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isFolderName, pageSkeleton, pageUrlPath, slugForTitle } from '../src/lib/scaffold.ts';
import { joinBase } from '../src/lib/urls.ts';
import { site } from '../src/site.config.ts';

const args = process.argv.slice(2);
const checklist = args.includes('--checklist');
const [folder, ...words] = args.filter((arg) => arg !== '--checklist');
const title = words.join(' ').trim();
if (!isFolderName(folder) || title === '') {
  console.error('usage: npm run new -- <folder> "Title of the page" [--checklist]   (e.g. guides "Testing a patch")');
  process.exit(2);
}
const slug = slugForTitle(title);
if (slug === '') {
  console.error(`error: the title "${title}" gives an empty file name; use letters or digits in it`);
  process.exit(2);
}
const file = relative(process.cwd(), join(site.docsDir, folder, `${slug}.md`));
if (existsSync(file)) {
  console.error(`error: ${file} already exists; nothing was written. Choose another title, or edit that file.`);
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, pageSkeleton(checklist ? 'checklist' : 'page', title), { flag: 'wx' });
console.log(`Created ${file}`);
console.log(`It will appear at ${new URL(joinBase(site.base, pageUrlPath(folder, slug)), site.url).href}`);
console.log(
  'Next: replace each "TODO:" (`npm run check` lists them), link to the page from a related one, and run the check again.',
);
