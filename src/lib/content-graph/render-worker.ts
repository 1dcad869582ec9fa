/**
 * Worker thread entry: loads and renders the content files load-content.ts hands to all workers. Each worker
 * builds the Markdown pipeline once, then takes the next file from the counter the workers share, until none
 * is left: front matter, facts and HTML from one parse.
 */
import { parentPort } from 'node:worker_threads';
import { createPageRenderer } from '../../markdown/render-page.ts';
import { loadAndRender, pipelineOptions, type WorkerInput, type WorkerMessage } from './load-content.ts';

// The pipeline's modules load as the worker starts; its input comes once the build knows what to render
// (render-workers.ts starts workers before that).
parentPort?.once('message', ({ setup, tasks, next }: WorkerInput) => {
  const renderer = createPageRenderer(pipelineOptions(setup));
  const post = (message: WorkerMessage) => parentPort?.postMessage(message);
  const work = async () => {
    for (let index = Atomics.add(next, 0, 1); index < tasks.length; index = Atomics.add(next, 0, 1)) {
      const task = tasks[index];
      if (!task) continue;
      const result = await loadAndRender(task, renderer);
      // The HTML's bytes move to the build's thread instead of being copied (the buffer is the page's own).
      parentPort?.postMessage({ kind: 'result', result } satisfies WorkerMessage, [result.html.buffer]);
    }
  };
  // Two pages at a time: rendering is synchronous but for a diagram's drawing, which happens on a thread of its own
  // (src/markdown/diagrams/mermaid-renderer.ts); while one page waits for it, this worker renders the next.
  Promise.all([work(), work()]).then(
    () => post({ kind: 'done' }),
    (error: unknown) =>
      post({ kind: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
