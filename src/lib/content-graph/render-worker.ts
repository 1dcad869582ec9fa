/**
 * Worker thread entry: loads and renders the content files load-content.ts hands to all workers. Each worker
 * builds the Markdown pipeline once, then takes the next file from the counter the workers share, until none
 * is left: front matter, facts and HTML from one parse.
 */
import { parentPort } from 'node:worker_threads';
import { createPageRenderer } from '../../markdown/render-page.ts';
import { cacheRecord } from './content-cache.ts';
import { loadAndRender, pipelineOptions, type WorkerInput, type WorkerMessage } from './load-content.ts';

/** The bytes in a buffer of their own, which can move to another thread without taking anything else along. */
const ownBuffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);

// The pipeline's modules load as the worker starts; its input comes once the build knows what to render
// (render-workers.ts starts workers before that).
parentPort?.once('message', ({ setup, tasks, next }: WorkerInput) => {
  const renderer = createPageRenderer(pipelineOptions(setup));
  const post = (message: WorkerMessage) => parentPort?.postMessage(message);
  const work = async () => {
    for (let index = Atomics.add(next, 0, 1); index < tasks.length; index = Atomics.add(next, 0, 1)) {
      const task = tasks[index];
      if (!task) continue;
      // The record moves to the build's thread instead of being copied.
      const record = ownBuffer(cacheRecord(await loadAndRender(task, renderer)));
      parentPort?.postMessage({ kind: 'result', record } satisfies WorkerMessage, [record.buffer]);
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
