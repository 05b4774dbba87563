'use strict';
// How Node runs the server: `npm start` (and `npm run develop`) and the benchmark's app alike.
const { spawn } = require('child_process');

/**
 * V8 collects its young generation often and cheaply while it is small: 16 MB by default. A batch
 * run holds two batches of a hundred forms at once (each form parsed, turned into the form, then
 * evaluated or written out), which at 16 MB outlive their collection and are copied into the old
 * generation, to be swept there later: the garbage collector took a fifth of an export. With
 * 128 MB they die young: an export of 10,000 applications 8.7 → 6.0 s, with the same peak memory.
 * An operator's own `--max-semi-space-size` in NODE_OPTIONS is kept.
 */
const YOUNG_GENERATION = '--max-semi-space-size=128';

function serverNodeOptions(current = '') {
  return current.includes('--max-semi-space-size') ? current : `${current} ${YOUNG_GENERATION}`.trim();
}

/** `node scripts/node-options.js <script> …` runs the script as the server runs (the benchmark does). */
if (require.main === module) {
  const child = spawn(process.execPath, process.argv.slice(2), {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}

module.exports = { serverNodeOptions };
