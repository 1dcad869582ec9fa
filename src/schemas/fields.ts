/**
 * Small zod pieces shared by every collection's front matter. Each field documents its default and purpose.
 * Schemas are strict: a key that is not declared here is an error, so a typo never silently drops data.
 */
import { z } from 'astro/zod';
import { webAddressProblem } from '../lib/url-safety.ts';

/** Page title, shown as the page's only <h1> and in <title>. Required. */
export const title = z.string().trim().min(1, 'title must not be empty');

/** One or two plain sentences for meta descriptions, previews and section indexes. Required, at most 160 characters. */
export const description = z
  .string()
  .trim()
  .min(1, 'description must not be empty')
  .max(160, 'description must be at most 160 characters (search engines cut longer ones)');

/** Lowercase kebab-case topics; each becomes a page at /tags/<tag>/. Default: none. */
export const tags = z
  .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'tags are lowercase kebab-case, e.g. "open-source"'))
  .default([]);

/** A draft is built by `npm run dev` but left out of production builds. Default: false. */
export const draft = z.boolean().default(false);

/**
 * Old site paths of this page (e.g. `/manual/old-name/`). Each gets a small page that sends readers on to the
 * current URL, keeping any #anchor. Default: none.
 */
export const redirectFrom = z
  .array(z.string().regex(/^\/(?:[a-z0-9._~-]+\/)*$/i, 'redirect paths start and end with "/", e.g. /manual/old-name/'))
  .default([]);

/**
 * Retired section ids: old anchor -> current heading id on this page, so a link pasted before a heading was
 * renamed still lands on the right section. Default: none.
 */
export const movedAnchors = z
  .record(z.string().regex(/^[^\s#]+$/, 'anchor ids have no spaces or "#"'), z.string())
  .default({});

/**
 * The address of a public web page (https://...), as the page links to it. Checked the way a browser reads it
 * (src/lib/url-safety.ts), so no javascript:, data: or other scheme gets in, however it is written.
 */
export const webAddress = z.string().superRefine((value, context) => {
  const problem = webAddressProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** Credit for a text this page is based on. */
export const source = z.strictObject({
  /** Title of the original text. */
  title: z.string().trim().min(1),
  /** Who wrote it, when the original names its author; left out otherwise. */
  author: z.string().trim().min(1).optional(),
  /** Where the original lives, when it is public. */
  url: webAddress.optional(),
  /** One sentence for readers on what the text is, e.g. "A memo to Red Hat's memo-list, 17 November 2009." */
  note: z.string().trim().min(1).optional(),
});

/** Fields every page has, in every collection. */
export const pageFields = {
  title,
  description,
  tags,
  draft,
  redirect_from: redirectFrom,
  moved_anchors: movedAnchors,
};
