// The example applications for tests and the demo loader: { callYear, form } per file.
import * as fs from 'fs';
import * as path from 'path';

export interface ExampleApplication {
  /** File name, e.g. `eligible.json`. */
  name: string;
  callYear: number;
  form: Record<string, unknown>;
}

export function loadExamples(dir: string = __dirname): ExampleApplication[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, ...JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
}
