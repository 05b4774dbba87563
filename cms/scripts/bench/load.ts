import path from 'path';
import { fork } from 'child_process';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Responses by status class, e.g. { "2xx": 1200, "3xx": 0, … }. */
  statuses: Record<string, number>;
  errors: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

/**
 * autocannon in a child process, so the load generator does not share the server's event loop.
 * (Not a worker thread: autocannon inside a worker thread acts as one of its own workers.)
 */
export function load(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-worker.js'), [JSON.stringify(options)]);
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => code === 0 || reject(new Error(`load generator exited with ${code}`)));
  });
}
