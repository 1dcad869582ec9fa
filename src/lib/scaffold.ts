/**
 * The skeleton of a new page: valid front matter and a short outline suited to the collection. Pure, so
 * `npm run new` and its tests share it. Every text to be written is marked "TODO:", so `npm run check` lists
 * each one until it is replaced (src/lib/rules/placeholders.ts).
 */
import GithubSlugger from 'github-slugger';
import { stringify } from 'yaml';
import { sectionCollections, type SectionCollection } from '../schemas/index.ts';
import { entryPath } from './urls.ts';

export function isSection(value: string | undefined): value is SectionCollection {
  return (sectionCollections as readonly string[]).includes(value ?? '');
}

export function slugForTitle(title: string): string {
  return new GithubSlugger().slug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
}

const bodies: Record<SectionCollection, string> = {
  essays: `## Where the story starts

TODO: two or three short paragraphs in your own words. Say what happened and why it matters to a newcomer.

## What it means today

TODO: link to the related guide and checklist with relative links to their \`.md\` files, and to the
[glossary](../glossary/upstream.md) for jargon.
`,
  guides: `## Before you start

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

TODO: link to the related checklist and essay, and to glossary terms for jargon.
`,
  checklists: `Use this list while you work; your ticks are saved in your browser.

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

export function pageSkeleton(collection: SectionCollection, title: string): string {
  const frontMatter: Record<string, unknown> = {
    title,
    description: `TODO: one sentence (at most 160 characters) saying what a reader gets from "${title}".`.slice(0, 160),
    tags: [],
  };
  if (collection === 'essays')
    frontMatter['source'] = {
      title: 'TODO: title of the original text',
      author: 'TODO: who wrote it (delete this line if the original names nobody)',
    };
  return `---\n${stringify(frontMatter)}---\n\n${bodies[collection]}`;
}

export function pageUrlPath(collection: SectionCollection, slug: string): string {
  return entryPath(collection, slug).path;
}
