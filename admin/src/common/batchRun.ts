import type { BatchLine, BatchMessage, BatchSummary as BatchSummaryLine } from '@sme-cluster/rules';
import { session } from '../session';
import { refusalOf, saveFile } from './download';

/** What a batch run did with every item; `failed` when it stopped midway (what was done before is kept). */
export type BatchSummary = BatchSummaryLine & { failed?: BatchMessage };

const INTERRUPTED: BatchMessage = {
  zh: '与服务器的连接中断，已完成的部分已保存，请刷新后查看',
  en: 'The connection dropped; what was done is kept — reload to see it',
};

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/**
 * Runs a batch action of the server and follows it line by line (newline-delimited JSON): the
 * progress as it comes, a file the run writes saved at the end, and the summary returned. A
 * refusal before the run (400, 403 …) is thrown as the server's error.
 */
export async function runBatch(
  url: string,
  init: { method?: 'GET' | 'POST'; body?: unknown },
  onProgress: (processed: number, total: number) => void,
): Promise<BatchSummary> {
  const token = session.token();
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { Accept: 'application/x-ndjson', 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok || !response.body) throw await refusalOf(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const chunks: Uint8Array[] = [];
  let file: { name: string; mime: string } | undefined;
  let summary: BatchSummary | undefined;
  let pending = '';
  const progress = { processed: 0, total: 0 };
  const read = (line: BatchLine) => {
    if (line.type === 'start' || line.type === 'progress') {
      Object.assign(progress, { processed: line.type === 'start' ? 0 : line.processed, total: line.total });
      onProgress(progress.processed, progress.total);
    } else if (line.type === 'file') file = line;
    else if (line.type === 'chunk') chunks.push(bytesOf(line.data));
    else if (line.type === 'summary') summary = line;
    else summary = { ...line.summary, failed: line.message };
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) read(JSON.parse(line) as BatchLine);
  }
  // The connection dropped before the end: each batch done before is kept on the server.
  summary ??= { ...progress, done: 0, counts: {}, refused: [], failed: INTERRUPTED };
  if (file && !summary.failed) saveFile(new Blob(chunks as BlobPart[], { type: file.mime }), file.name);
  return summary;
}
