/**
 * `npm run new -- <essays|guides|checklists> "Title"`: writes content/<collection>/<slug>.md with valid front
 * matter and a skeleton, never overwriting an existing file, and prints the path and the URL it will have.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isSection, pageSkeleton, pageUrlPath, slugForTitle } from '../src/lib/scaffold.ts';
import { joinBase } from '../src/lib/urls.ts';
import { site } from '../src/site.config.ts';

const [collection, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!isSection(collection) || title === '') {
  console.error('usage: npm run new -- <essays|guides|checklists> "Title of the page"');
  process.exit(2);
}
const slug = slugForTitle(title);
if (slug === '') {
  console.error(`error: the title "${title}" gives an empty file name; use letters or digits in it`);
  process.exit(2);
}
const file = join('content', collection, `${slug}.md`);
if (existsSync(file)) {
  console.error(`error: ${file} already exists; nothing was written. Choose another title, or edit that file.`);
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, pageSkeleton(collection, title), { flag: 'wx' });
console.log(`Created ${file}`);
console.log(`It will appear at ${new URL(joinBase(site.base, pageUrlPath(collection, slug)), site.url).href}`);
console.log(
  'Next: replace each "TODO:" (`npm run check` lists them), link to the page from a related one, and run the check again.',
);
