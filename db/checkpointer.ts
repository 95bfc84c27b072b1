/**
 * Checkpoints for the embedded SQLite database, off the event loop. In WAL mode a commit appends
 * pages to the log; a checkpoint copies them into the database file and syncs it, which on this
 * kind of machine costs as much as the commits themselves. SQLite's automatic checkpoint runs
 * inside whichever commit crosses 1,000 pages, on the thread that serves requests; here a worker
 * thread with its own connection does it every `intervalMs` instead (PASSIVE: it never blocks
 * the writer), and the serving connection turns its automatic checkpoint off.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

export interface CheckpointerOptions {
  intervalMs?: number;
  /** A log longer than this (pages) is checkpointed with RESTART, which waits for the writer. */
  maxFrames?: number;
}

/**
 * Starts the checkpoint worker for a database file; the returned function stops it. `onFailure`
 * runs if the worker dies on its own, so that the caller can checkpoint in-line again rather than
 * let the log grow without bound.
 */
export function startCheckpointer(path: string, onFailure: () => void, options: CheckpointerOptions = {}): () => Promise<void> {
  let stopping = false;
  const worker = new Worker(new URL('./checkpoint-worker.cjs', import.meta.url), {
    workerData: {
      path,
      sqliteModule: require.resolve('better-sqlite3'),
      intervalMs: options.intervalMs ?? 100,
      maxFrames: options.maxFrames ?? 10_000,
    },
  });
  worker.on('message', (m: { error?: string }) => {
    if (m.error) console.error(`checkpoint of ${path} failed: ${m.error}`);
  });
  worker.on('error', (error) => console.error(`checkpoint worker for ${path} stopped:`, error));
  worker.on('exit', () => {
    if (!stopping) onFailure();
  });
  // Never keeps the process alive (after the listeners: adding one refs the worker again).
  worker.unref();
  return async () => {
    stopping = true;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('close');
    await exited;
  };
}
