import { execFileSync } from 'child_process';
import path from 'path';

// How `npm start` and the benchmark run Node (scripts/node-options.js): the server's process gets
// a young generation of 128 MB unless the operator chose its size.
const launcher = path.resolve(__dirname, '..', 'scripts', 'node-options.js');
const nodeOptionsSeen = (nodeOptions?: string) =>
  execFileSync(process.execPath, [launcher, '-e', 'process.stdout.write(process.env.NODE_OPTIONS ?? "")'], {
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    encoding: 'utf8',
  });

describe('the server process', () => {
  it('runs with a 128 MB young generation, beside the operator’s other options', () => {
    expect(nodeOptionsSeen(undefined)).toBe('--max-semi-space-size=128');
    expect(nodeOptionsSeen('--max-old-space-size=4096')).toBe('--max-old-space-size=4096 --max-semi-space-size=128');
  });

  it('keeps a young generation size the operator chose', () => {
    expect(nodeOptionsSeen('--max-semi-space-size=32')).toBe('--max-semi-space-size=32');
  });
});
