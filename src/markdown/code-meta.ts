/**
 * Reads a fenced code block's meta string: ```ini title="/etc/libvirt/libvirtd.conf" {2,4-5}
 * gives a title and the 1-based lines to highlight.
 */
export interface CodeMeta {
  title: string | undefined;
  highlight: Set<number>;
}

export function parseCodeMeta(meta: string | null | undefined): CodeMeta {
  const value = meta ?? '';
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(value);
  const highlight = new Set<number>();
  const ranges = /\{([\d,\s-]+)\}/.exec(value)?.[1] ?? '';
  for (const part of ranges.split(',')) {
    const [from, to] = part
      .trim()
      .split('-')
      .map((n) => Number.parseInt(n, 10));
    if (from === undefined || Number.isNaN(from)) continue;
    const last = to === undefined || Number.isNaN(to) ? from : to;
    for (let line = from; line <= last; line++) highlight.add(line);
  }
  return { title: title ? (title[1] ?? title[2] ?? title[3]) : undefined, highlight };
}
