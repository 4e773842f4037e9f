// What `vn-dx uncertainty` reads: its numeric options, the data (a JSON record of unit →
// indicator → value, or a table with a unit column) and the framework.
import { type DecimalMark, type FrameworkNode, isDxError, readNumberColumn } from '../../index.js';
import { roleColumn } from '../columns.js';
import { say, UsageError } from '../command.js';
import {
  type CellProblem,
  cellErrors,
  cellText,
  fileError,
  readNumbers,
  type readRecords,
  repeatedRow,
  shown,
} from '../records.js';
import { numberOptionError } from './plan-support.js';

export type Data = Record<string, Record<string, number | null>>;

/** A number option read by the one number policy; a usage error naming the option otherwise. */
export function numberOption(name: string, text: string, decimal: DecimalMark): number {
  let read: ReturnType<typeof readNumberColumn>;
  try {
    read = readNumberColumn(`--${name}`, [text], decimal);
  } catch (error) {
    if (!isDxError(error)) throw error;
    throw numberOptionError(`--${name}`, text, error.message);
  }
  const value = read.cells[0]?.value;
  if (value === undefined)
    throw numberOptionError(
      `--${name}`,
      text,
      `--${name}: ${read.errors[0]?.message ?? 'expected a number'}`,
    );
  return value;
}

/** A whole-number option from `min` to `max` (R's seed range by default); a usage error naming the option otherwise. */
export function wholeOption(name: string, text: string, min: number, max = 2_147_483_647): number {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max)
    throw new UsageError(say('option-whole-range', { option: `--${name}`, min, max, value: text }));
  return Number(trimmed);
}

/** Parses a JSON file, naming it in the error. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    // JSON.parse throws only SyntaxError, whose message says where.
    throw fileError(
      'INVALID_ARGUMENT',
      file,
      say('json-syntax', { reason: (cause as SyntaxError).message }),
      {
        expected: 'JSON text',
        cause,
      },
    );
  }
}

/** A JSON object unit → indicator → number or null. */
export function jsonData(file: string, text: string): Data {
  const parsed = parseJson(file, text) as Record<string, unknown>;
  const data: Data = {};
  for (const [unit, row] of Object.entries(parsed)) {
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      throw fileError(
        'VALIDATION_FAILED',
        file,
        say('unit-not-object', { unit: shown(unit), value: shown(row) }),
        { path: [unit], expected: 'an object indicator → number', received: shown(row) },
      );
    const values: Record<string, number | null> = {};
    for (const [indicator, value] of Object.entries(row as Record<string, unknown>)) {
      if (value !== null && typeof value !== 'number')
        throw fileError(
          'VALIDATION_FAILED',
          file,
          say('unit-value-not-number', {
            unit: shown(unit),
            indicator: shown(indicator),
            value: shown(value),
          }),
          { path: [unit, indicator], expected: 'a number or null', received: shown(value) },
        );
      values[indicator] = value;
    }
    data[unit] = values;
  }
  return data;
}

/** A CSV (or JSON array): a unit column and one number column per indicator; empty = missing. */
export function tableData(records: ReturnType<typeof readRecords>, decimal: DecimalMark): Data {
  const unitColumn = roleColumn(records, 'unit');
  const indicators = records.header.filter((header) => header !== unitColumn);
  const columns = indicators.map((column) => readNumbers(records, column, decimal));
  const seen = new Map<string, number>();
  const problems: CellProblem[] = [];
  const data: Data = {};
  records.rows.forEach((row, index) => {
    const unit = cellText(row[unitColumn]).trim();
    if (unit === '') problems.push({ index, message: say('cell-empty') });
    else {
      const repeat = repeatedRow(seen, unit, index, { records, column: unitColumn });
      if (repeat) {
        problems.push({ index, message: repeat });
        return;
      }
      data[unit] = Object.fromEntries(
        indicators.map((indicator, i) => [indicator, columns[i]?.[index]?.value ?? null]),
      );
    }
  });
  if (problems.length > 0) throw cellErrors(records, unitColumn, problems);
  return data;
}

/** The framework file: a JSON object, checked in full by the library. */
export function readFramework(file: string, text: string): FrameworkNode {
  const parsed = parseJson(file, text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw fileError('VALIDATION_FAILED', file, say('framework-not-object'), {
      expected: 'a framework object',
      received: shown(parsed),
    });
  return parsed as FrameworkNode;
}

/** The number of levels of a framework: 1 for the indicators, the index's level at the top. */
export function frameworkLevels(node: unknown): number {
  const children = (node as { children?: unknown } | null)?.children;
  if (typeof node !== 'object' || !Array.isArray(children) || children.length === 0) return 1;
  return 1 + Math.max(...children.map(frameworkLevels));
}

/**
 * The levels of `--levels` against the framework: each must hold weights that move the index,
 * so from 1 to the level below the index (the index's own weight changes nothing, and a level
 * above it does not exist). A usage error naming the option otherwise.
 */
export function checkLevels(levels: readonly number[], framework: FrameworkNode): void {
  const top = frameworkLevels(framework);
  for (const level of levels)
    if (level >= top)
      throw new UsageError(say('option-levels', { value: level, max: Math.max(1, top - 1), top }));
}

/** The framework's indicators (its leaves) that carry no `normalize` of their own, by id. */
function rawLeaves(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  const { id, children, normalize } = (node ?? {}) as {
    id?: unknown;
    children?: unknown;
    normalize?: unknown;
  };
  if (Array.isArray(children) && children.length > 0) return children.flatMap(rawLeaves);
  return normalize === undefined && typeof id === 'string' ? [id] : [];
}

/** How many times larger one indicator's values may be than another's before they need normalising. */
const SCALE_RATIO = 10;

/**
 * Indicators added as they are must be on one scale: a column of counts (1.453–1.920) beside
 * percentages (40–62) would decide the index alone. Two raw indicators whose largest values
 * differ more than {@link SCALE_RATIO} times are refused, naming both and the fix; indicators
 * with a `normalize` in the framework are on their own scale after it, and are not compared.
 */
export function checkScales(data: Data, framework: FrameworkNode, file: string): void {
  const largest = new Map<string, number>();
  for (const id of new Set(rawLeaves(framework))) {
    let top = 0;
    for (const values of Object.values(data)) {
      const value = values[id];
      if (typeof value === 'number' && Number.isFinite(value)) top = Math.max(top, Math.abs(value));
    }
    if (top > 0) largest.set(id, top);
  }
  const sorted = [...largest].sort((a, b) => a[1] - b[1]);
  const [small, big] = [sorted[0], sorted.at(-1)];
  if (small === undefined || big === undefined || big[1] <= SCALE_RATIO * small[1]) return;
  throw fileError(
    'VALIDATION_FAILED',
    file,
    say('uncertainty-scales', {
      big: big[0],
      small: small[0],
      ratio: Math.round(big[1] / small[1]),
    }),
  );
}
