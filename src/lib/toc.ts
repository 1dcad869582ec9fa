/** The table of contents: h2 entries with their h3 children, from the headings Astro reports for a page. */
export interface TocHeading {
  depth: number;
  id: string;
  text: string;
}

export interface TocEntry extends TocHeading {
  children: TocHeading[];
}

export function buildToc(headings: readonly TocHeading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push(heading);
      else toc.push({ ...heading, children: [] });
    }
  }
  return toc;
}
