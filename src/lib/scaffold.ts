/**
 * The skeleton of a new page: valid front matter and a short outline, a checklist's or any other page's. Pure, so
 * `npm run new` and its tests share it. Every text to be written is marked "TODO:", so `npm run check` lists
 * each one until it is replaced (src/lib/rules/placeholders.ts).
 */
import GithubSlugger from 'github-slugger';
import { stringify } from 'yaml';
import { locateContent, locationPath } from './content-layout.ts';

export type SkeletonKind = 'page' | 'checklist';

/** A folder name a new page can go into: a relative path of plain names, no "..", no hidden folders. */
export function isFolderName(value: string | undefined): value is string {
  return !!value && value.split('/').every((part) => /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(part));
}

export function slugForTitle(title: string): string {
  return new GithubSlugger().slug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
}

const bodies: Record<SkeletonKind, string> = {
  page: `## Before you start

TODO: what the reader needs: accounts, packages, a few minutes.

## Step by step

1. TODO: explain the first step, then show the command:

   \`\`\`bash
   rpm -q <package>
   \`\`\`

2. TODO: explain the next step.

:::tip
TODO: one practical tip that saves the reader time.
:::

## Next steps

TODO: link to related pages with relative links to their \`.md\` files, and to glossary terms for jargon.
`,
  checklist: `Use this list while you work; your ticks are saved in your browser.

## Before you start

- [ ] TODO: the first thing to check
- [ ] TODO: the second thing to check

## While you work

- [ ] TODO: a concrete, checkable action
- [ ] TODO: another action

## When you are done

- [ ] TODO: confirm the result
`,
};

export function pageSkeleton(kind: SkeletonKind, title: string): string {
  const frontMatter: Record<string, unknown> = {
    title,
    description: `TODO: one sentence (at most 160 characters) saying what a reader gets from "${title}".`.slice(0, 160),
    tags: [],
  };
  return `---\n${stringify(frontMatter)}---\n\n${bodies[kind]}`;
}

/** The site path a new file in `folder` (relative to the docs folder) will have. */
export function pageUrlPath(folder: string, slug: string): string {
  const location = locateContent(`${folder}/${slug}.md`, {});
  return location ? locationPath(location).path : `/${folder}/${slug}/`;
}
