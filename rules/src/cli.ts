#!/usr/bin/env node
/// <reference types="node" />
// npm run rules -- evaluate <file.json> [--thresholds <file>] [--call-year <year>]
// npm run rules -- catalog [--json | --markdown]
//
// Input file: { "callYear": 2026, "form": { ...docs/form.md keys... } }, or a bare form with --call-year.
// Exit codes: 0 report printed (also when form.* rules fail: more than 2 decimals or an over-long text is
// evaluated and reported); 2 bad arguments, unreadable or non-JSON file, form data of the wrong shape
// (types, choices, ranges, rows) or invalid thresholds.
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { validateFormShape } from './form';
import {
  CATALOG,
  catalogMarkdown,
  catalogTable,
  DEFAULT_THRESHOLDS,
  describeRule,
  evaluate,
  InvalidThresholdsError,
  parseThresholds,
  type Thresholds,
} from './engine';

/** rules/dist/cli.js → <repo>/config/thresholds.json, the file the server reads too. */
const DEFAULT_THRESHOLDS_FILE = resolve(__dirname, '../../config/thresholds.json');

const USAGE = `usage:
  rules evaluate <file.json> [--thresholds <thresholds.json>] [--call-year <year>]
  rules catalog [--json | --markdown]`;

class UsageError extends Error {}

function parseArgs(argv: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (arg === '--json' || arg === '--markdown') flags.set(arg, true);
    else if (arg === '--thresholds' || arg === '--call-year') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      flags.set(arg, value);
      i += 1;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return { positional, flags };
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} ${file} is not JSON: ${(error as Error).message}`);
  }
}

function loadThresholds(flag: string | true | undefined): Thresholds {
  if (typeof flag === 'string') return parseThresholds(readJson(resolve(flag), 'thresholds'));
  // Without --thresholds the repository's config file applies, else the built-in defaults.
  if (!existsSync(DEFAULT_THRESHOLDS_FILE)) return DEFAULT_THRESHOLDS;
  return parseThresholds(readJson(DEFAULT_THRESHOLDS_FILE, 'thresholds'));
}

function callYearOf(input: unknown, flag: string | true | undefined): { callYear: number; form: unknown } {
  const wrapped = typeof input === 'object' && input !== null && !Array.isArray(input) && 'form' in input;
  const record = input as { callYear?: unknown; form?: unknown };
  const raw = typeof flag === 'string' ? Number(flag) : wrapped ? record.callYear : undefined;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 2000 || raw > 2100) {
    throw new UsageError('call year missing or invalid: give { "callYear": 2026, "form": {...} } or --call-year <year>');
  }
  return { callYear: raw, form: wrapped ? record.form : input };
}

function runEvaluate(positional: string[], flags: Map<string, string | true>): number {
  if (positional.length !== 1) throw new UsageError('evaluate needs exactly one input file');
  const thresholds = loadThresholds(flags.get('--thresholds'));
  const { callYear, form } = callYearOf(readJson(resolve(positional[0]), 'input'), flags.get('--call-year'));
  const validation = validateFormShape(form);
  if (!validation.success) {
    for (const error of validation.errors) {
      process.stderr.write(`${error.path || '(form)'}: ${error.message.zh} / ${error.message.en}\n`);
    }
    return 2;
  }
  process.stdout.write(`${JSON.stringify(evaluate(validation.data, { callYear, thresholds }), null, 2)}\n`);
  return 0;
}

function runCatalog(flags: Map<string, string | true>): number {
  if (flags.has('--json')) {
    const entries = CATALOG.map((entry) => ({ ...entry, description: describeRule(entry, DEFAULT_THRESHOLDS) }));
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  } else {
    process.stdout.write(`${flags.has('--markdown') ? catalogMarkdown() : catalogTable()}\n`);
  }
  return 0;
}

export function main(argv: string[]): number {
  try {
    const { positional, flags } = parseArgs(argv);
    const [command, ...rest] = positional;
    if (command === 'evaluate') return runEvaluate(rest, flags);
    if (command === 'catalog' && rest.length === 0) return runCatalog(flags);
    throw new UsageError(command ? `unknown command ${command}` : 'no command');
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof InvalidThresholdsError)) throw error;
    process.stderr.write(`${error.message}\n${error instanceof UsageError ? USAGE + '\n' : ''}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
