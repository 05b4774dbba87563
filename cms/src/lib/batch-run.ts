import { once } from 'events';
import { PassThrough } from 'stream';
import type { Core } from '@strapi/strapi';
import type { BatchLine, BatchMessage, BatchSummary } from '@sme-cluster/rules';

/**
 * A batch action over a whole filtered list (evaluate again, mark for national recommendation,
 * export) answered as one streamed response of newline-delimited JSON, read by the console as it
 * arrives:
 *
 *   {"type":"start","total":N}
 *   {"type":"progress","processed":n,"total":N}      after each batch of items
 *   {"type":"file","name":…,"mime":…}                 an export: then its bytes as
 *   {"type":"chunk","data":"<base64>"}                 they are written, in order
 *   {"type":"summary",…BatchSummary}                   last, or
 *   {"type":"failed","message":{zh,en},"summary":…}    when the run stopped midway
 *
 * The run lives in the one request that asked for it, so several instances sharing a database need
 * no shared state, and a client that goes away stops it between two batches (each batch is its
 * own transaction, so what was done stays done and audited). Bad input, roles and scope are
 * answered before the stream starts, as ordinary 4xx responses.
 */

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** What one item of the run did: done (tallied under its key) or refused, with the reason. */
export type BatchOutcome = { id: string; name: string } & ({ done: string } | { refused: BatchMessage });

export interface BatchRun {
  /** Items finished since the last call; the console's progress moves on. */
  report(outcomes: BatchOutcome[]): Promise<void>;
  /** The next bytes of the file the run produces. */
  send(chunk: Buffer): Promise<void>;
}

export interface BatchPlan {
  total: number;
  /** The file an export produces, sent in chunks as it is written. */
  file?: { name: string; mime: string };
  execute(run: BatchRun): Promise<void>;
}

class ClientGone extends Error {}

/** The message of a refusal thrown by the workflow (`zh / en`, see lib/errors.ts). */
export function messageOf(error: unknown): BatchMessage {
  const [zh, en] = String((error as Error).message).split(' / ');
  return { zh, en: en ?? zh };
}

const FAILED: BatchMessage = { zh: '批量操作中途出错而停止，已完成的部分已保存', en: 'The run stopped on an error; what was done is kept' };

/** Answers the request with the plan's run, streamed; returns at once, the run goes on in the stream. */
export function streamBatchRun(ctx: Ctx, plan: BatchPlan): void {
  const out = new PassThrough();
  const summary: BatchSummary = { total: plan.total, processed: 0, done: 0, counts: {}, refused: [] };
  const write = async (line: BatchLine) => {
    if (out.destroyed) throw new ClientGone();
    if (!out.write(`${JSON.stringify(line)}\n`)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  };
  const run: BatchRun = {
    async report(outcomes) {
      for (const outcome of outcomes) {
        if ('done' in outcome) {
          summary.done += 1;
          summary.counts[outcome.done] = (summary.counts[outcome.done] ?? 0) + 1;
        } else summary.refused.push({ id: outcome.id, name: outcome.name, reason: outcome.refused });
      }
      summary.processed += outcomes.length;
      await write({ type: 'progress', processed: summary.processed, total: summary.total });
    },
    send: (chunk) => write({ type: 'chunk', data: chunk.toString('base64') }),
  };
  ctx.status = 200;
  ctx.type = 'application/x-ndjson; charset=utf-8';
  // Each line as it is written: no caching, no buffering by a reverse proxy.
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Accel-Buffering', 'no');
  ctx.body = out;
  void (async () => {
    try {
      await write({ type: 'start', total: plan.total });
      if (plan.file) await write({ type: 'file', ...plan.file });
      await plan.execute(run);
      await write({ type: 'summary', ...summary });
    } catch (error) {
      if (error instanceof ClientGone) return;
      strapi.log.error(`batch run failed: ${(error as Error).stack ?? String(error)}`);
      await write({ type: 'failed', message: FAILED, summary }).catch(() => undefined);
    } finally {
      out.end();
    }
  })();
}

/**
 * The results of `step` over `parts`, in order, with the next part's step started before this
 * one's result is handed over: two in flight at most. On PostgreSQL the database works on one batch
 * (its report writes, its reads) while this process evaluates or writes out the other — one after
 * the other, either side waited on the other for half the run. Each step must stand alone (its own
 * transaction, other rows). A step already started is finished before the run ends, however it ends.
 */
export async function* overlapped<P, T>(parts: readonly P[], step: (part: P) => Promise<T>): AsyncGenerator<T> {
  let pending: Promise<T> | undefined;
  try {
    for (const part of parts) {
      const started = step(part);
      // Observed below; until then a failure must not count as unhandled.
      started.catch(() => undefined);
      const previous = pending;
      pending = started;
      if (previous) yield await previous;
    }
    const last = pending;
    pending = undefined;
    if (last) yield await last;
  } finally {
    if (pending) await pending.catch(() => undefined);
  }
}
