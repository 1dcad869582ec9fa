/**
 * Mermaid's verdict on the diagrams of a graph that was parsed but not rendered (`folio check`, `folio impact`),
 * so the `diagrams` rules see there what they see in a build. A page's render records the verdict itself
 * (src/markdown/remark-mermaid.ts); here the same renderer runs only for diagrams without one, and starts nothing
 * when there are none.
 */
import type { ContentGraph } from '../lib/content-graph/graph.ts';
import { diagramVerdict } from '../lib/content-graph/diagram-facts.ts';
import { createDiagramRenderer, type DiagramRenderer } from '../markdown/diagrams/mermaid-renderer.ts';

export async function judgeDiagrams(graph: ContentGraph): Promise<void> {
  let renderer: DiagramRenderer | undefined;
  const pending: Promise<void>[] = [];
  for (const page of graph.pages) {
    const diagrams = page.markdown.diagrams;
    diagrams.forEach((diagram, index) => {
      if (diagram.judged) return;
      renderer ??= createDiagramRenderer();
      pending.push(
        renderer.render(diagram.source).then((result) => {
          const verdict = diagramVerdict(diagram, result);
          if ('failed' in verdict)
            throw new Error(
              `${page.file}:${diagram.line}:${diagram.column}: the Mermaid diagram could not be checked: ${verdict.failed}`,
            );
          diagrams[index] = verdict;
        }),
      );
    });
  }
  await Promise.all(pending);
}
