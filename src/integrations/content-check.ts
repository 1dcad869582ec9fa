/**
 * Astro integration: builds the content graph once, before any page is rendered, validates it with the same
 * rules as `npm run check`, and stops a production build with every problem listed. The dev server reports
 * problems but keeps serving, and rebuilds the graph when content changes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { setCurrentGraph } from '../lib/content-graph/current.ts';
import { formatProblem } from '../lib/problems.ts';
import { validateContent } from '../lib/rules/index.ts';
import { recordSpan } from './build-timings.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let isDev = false;
  const refresh = (log: (message: string) => void) => {
    const started = performance.now();
    const graph = buildContentGraph(root, { includeDrafts: isDev });
    setCurrentGraph(graph);
    const parsed = performance.now();
    const problems = validateContent(graph);
    recordSpan('contentGraph', parsed - started);
    recordSpan('linkValidation', performance.now() - parsed);
    for (const problem of problems) log(formatProblem(problem));
    return problems.filter((problem) => problem.severity === 'error').length;
  };
  return {
    name: 'handbook:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        isDev = command === 'dev';
        const errors = refresh((message) =>
          message.includes(': error: ') ? logger.error(message) : logger.warn(message),
        );
        if (errors > 0 && command === 'build') {
          throw new ContentCheckError(
            `content check failed with ${errors} error${errors === 1 ? '' : 's'} (listed above); run \`npm run check\` to see them without building`,
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(`${root}/content/`)) refresh((message) => logger.warn(message));
        });
      },
    },
  };
}
