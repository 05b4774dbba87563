/**
 * The lines of a batch run as the server streams them and the console reads them (newline-delimited
 * JSON): what an action over a whole filtered list did with each item.
 */

export interface BatchMessage {
  zh: string;
  en: string;
}

export interface BatchSummary {
  total: number;
  processed: number;
  done: number;
  /** Done items by what they came to, e.g. each verdict of an evaluation. */
  counts: Record<string, number>;
  refused: Array<{ id: string; name: string; reason: BatchMessage }>;
}

export type BatchLine =
  | { type: 'start'; total: number }
  | { type: 'progress'; processed: number; total: number }
  | { type: 'file'; name: string; mime: string }
  | { type: 'chunk'; data: string }
  | ({ type: 'summary' } & BatchSummary)
  | { type: 'failed'; message: BatchMessage; summary: BatchSummary };
