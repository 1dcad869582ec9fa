/**
 * The worker threads that render content (render-worker.ts). Each loads the Markdown pipeline as it starts
 * (a second or more of module loading) and then waits for its input, so `folio build` starts them before it
 * knows what to render: while this thread reads the config and the docs folder, they load on the other cores.
 * A worker not taken is terminated; an idle one never keeps the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const workerFile = new URL('./render-worker.ts', import.meta.url);

/** A started worker, and what happened to it before anyone listened. */
export interface StartedWorker {
  worker: Worker;
  /** Set if it failed or stopped before it was given work. */
  early: { error?: Error; exited?: boolean };
}

export interface RenderWorkerPool {
  /** `count` started workers, the pool's first (more are started if it has fewer); the rest stay for `release`. */
  take(count: number): StartedWorker[];
  /** Terminates the workers nobody took. */
  release(): Promise<void>;
}

export function startRenderWorker(): StartedWorker {
  const worker = new Worker(workerFile);
  const early: StartedWorker['early'] = {};
  const onError = (error: unknown) =>
    (early.error =
      error instanceof Error ? error : new Error('a content worker failed as it started', { cause: error }));
  const onExit = () => (early.exited = true);
  worker.once('error', onError);
  worker.once('exit', onExit);
  worker.unref();
  return { worker, early };
}

export function startRenderWorkers(count = availableParallelism()): RenderWorkerPool {
  const idle = Array.from({ length: count }, startRenderWorker);
  return {
    take(wanted) {
      const taken = idle.splice(0, wanted);
      while (taken.length < wanted) taken.push(startRenderWorker());
      return taken;
    },
    async release() {
      await Promise.all(idle.splice(0).map(({ worker }) => worker.terminate()));
    },
  };
}
