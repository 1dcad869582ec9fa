/**
 * Content never runs script: raw HTML may not contain <script>, <iframe>, <object> or <embed>, event handler
 * attributes (on*=), or javascript: URLs, and Markdown links may not use javascript: either. Raw HTML is parsed
 * with a real HTML parser, so odd spacing or casing does not slip through.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';

const forbiddenElements = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset']);
const scriptUrl = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)/i;
const hint = 'content cannot run scripts or embed pages; describe or link to the thing instead';

function unsafeParts(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (forbiddenElements.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on[a-z]/i.test(name)) found.push(`${name.toLowerCase()}= attribute`);
      if (typeof value === 'string' && scriptUrl.test(value))
        found.push(`${value.split(':')[0]?.trim().toLowerCase()}: URL`);
    }
  });
  return found;
}

export function checkUnsafeHtml(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    for (const html of page.markdown.html) {
      for (const part of unsafeParts(html.value)) {
        problems.push(
          error(page.file, html.line, html.column, `raw HTML with ${part} is not allowed in content`, hint),
        );
      }
    }
    for (const link of [...page.markdown.links, ...page.markdown.images]) {
      if (scriptUrl.test(link.url))
        problems.push(
          error(
            page.file,
            link.line,
            link.column,
            `link with a script URL "${link.url.slice(0, 40)}" is not allowed`,
            hint,
          ),
        );
    }
  }
  return problems;
}
