/**
 * Reads a fenced code block's meta: what follows the language, in the styles Docusaurus, mdBook and rustdoc use.
 * ```ini title="/etc/libvirt/libvirtd.conf" {2,4-5} gives a title and the 1-based lines to highlight;
 * ```rust,ignore and ```js,title=x put attributes after a comma, which are kept (`ignore`) and read (`title=x`)
 * the same way.
 */
export interface CodeMeta {
  title: string | undefined;
  highlight: Set<number>;
  /** The comma-separated attributes after the language (`ignore`, `no_run`, `title=x`), as written. */
  attributes: string[];
}

/** Splits `ignore,title="a, b"` at the commas outside quotes. */
function splitAttributes(attributes: string): string[] {
  return (attributes.match(/(?:[^,"']|"[^"]*"?|'[^']*'?)+/g) ?? []).map((part) => part.trim()).filter(Boolean);
}

/**
 * @param meta mdast's `meta`: the info string after the first space.
 * @param attributes what follows the first comma of the language word (see splitFenceLanguage), if any.
 */
export function parseCodeMeta(meta: string | null | undefined, attributes = ''): CodeMeta {
  const attributeList = splitAttributes(attributes);
  // A title may be an attribute (`js,title=x`) or in the meta; a quoted attribute title may run on into the meta
  // (`js,title="a b"` reaches us as `js,title="a` + `b"`), so the two are read as one string.
  const value = [...attributeList, meta ?? ''].join(' ');
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(value);
  const highlight = new Set<number>();
  const ranges = /\{([\d,\s-]+)\}/.exec(meta ?? '')?.[1] ?? '';
  for (const part of ranges.split(',')) {
    const [from, to] = part
      .trim()
      .split('-')
      .map((n) => Number.parseInt(n, 10));
    if (from === undefined || Number.isNaN(from)) continue;
    const last = to === undefined || Number.isNaN(to) ? from : to;
    for (let line = from; line <= last; line++) highlight.add(line);
  }
  return { title: title ? (title[1] ?? title[2] ?? title[3]) : undefined, highlight, attributes: attributeList };
}
