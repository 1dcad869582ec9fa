/**
 * remark plugin: a ```` ```mermaid ```` fence (which GitHub draws too, so real docs trees already have them)
 * becomes a drawing at build time: an SVG in the page, no script, within the strict CSP, in the theme's colours
 * (src/markdown/diagrams/). What it finds goes to `file.data.diagrams`, for the check (src/lib/rules/diagrams.ts):
 *
 * - a diagram Mermaid rejects stays a code block, and its fact carries Mermaid's message and the line and column
 *   in the Markdown file, which fail `check` and the build there;
 * - a kind the build cannot draw (a pie, a Gantt chart) stays a code block too, with a warning.
 *
 *   ```mermaid title="How a commit becomes a repository"        <figure class="diagram" data-diagram="flowchart-v2">
 *   flowchart LR                                          ->      <svg role="img" …>…</svg>
 *     A[Upstream commit] --> B[DLRN build]                        <figcaption>How a commit becomes a repository</figcaption>
 *   ```                                                         </figure>
 *
 * Nothing is started or loaded for a page without a diagram.
 */
import type { ElementContent, Properties } from 'hast';
import type { Code, Data, Parent, Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { walkMdast } from '../lib/walk-tree.ts';
import { parseCodeMeta } from './code-meta.ts';
import { splitFenceLanguage } from './code-languages.ts';
import { diagramFigure } from './diagrams/diagram-figure.ts';
import { diagramVerdict, isMermaid, type DiagramFact } from '../lib/content-graph/diagram-facts.ts';
import type { DiagramRenderer } from './diagrams/mermaid-renderer.ts';

declare module 'vfile' {
  interface DataMap {
    diagrams: DiagramFact[];
  }
}

/** A drawn diagram in the tree, in place of its fence: remark-rehype writes its figure (`data.hChildren`). */
export interface Diagram extends Node {
  type: 'diagram';
  data: Data & { hName: 'figure'; hProperties: Properties; hChildren: ElementContent[] };
}

declare module 'mdast' {
  interface RootContentMap {
    diagram: Diagram;
  }
  interface BlockContentMap {
    diagram: Diagram;
  }
}

export interface MermaidOptions {
  /** Made on the first diagram (src/markdown/pipeline.ts), so a pipeline that never meets one starts nothing. */
  renderer: () => DiagramRenderer;
  /** The drawing's accessible name when its fence has no title. */
  name: string;
}

export default function remarkMermaid({ renderer, name }: MermaidOptions) {
  return async (tree: Root, file: VFile) => {
    const blocks: { block: Code; parent: Parent }[] = [];
    walkMdast(tree, (node, _index, parent) => {
      if (node.type === 'code' && isMermaid(node.lang)) blocks.push({ block: node, parent });
      return undefined;
    });
    if (blocks.length === 0) return;
    const results = await Promise.all(blocks.map(({ block }) => renderer().render(block.value)));
    const facts: DiagramFact[] = [];
    results.forEach((result, index) => {
      const { block, parent } = blocks[index]!;
      const line = block.position?.start.line ?? 0;
      const column = block.position?.start.column ?? 0;
      const verdict = diagramVerdict({ line, column, source: block.value, judged: false }, result);
      if ('failed' in verdict)
        throw new Error(`${file.path}:${line}:${column}: the Mermaid diagram could not be drawn: ${verdict.failed}`);
      facts.push(verdict);
      if (result.kind !== 'svg') return; // Left as a code block: its source shows.
      const { title } = parseCodeMeta(block.meta, splitFenceLanguage(block.lang ?? '').attributes);
      const figure = diagramFigure(result.svg, {
        prefix: `mermaid-${index + 1}`,
        name: title ?? name,
        caption: title,
        source: block.value,
        diagramType: result.diagramType,
      });
      // The twin (remark-twin-edits.ts) keeps the fence as written: it edits the source text, not this tree.
      const drawn: Diagram = {
        type: 'diagram',
        data: { hName: 'figure', hProperties: figure.properties, hChildren: figure.children },
        ...(block.position ? { position: block.position } : {}),
      };
      parent.children.splice(parent.children.indexOf(block), 1, drawn);
    });
    file.data.diagrams = facts;
  };
}
