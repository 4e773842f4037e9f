// What the plan questions share: the questions, the headers their files may have, dated
// values given as DATE=VALUE, and problems listed one a line.
import {
  type DecimalMark,
  DxError,
  type DxMessage,
  isDxError,
  readNumberColumn,
} from '../../index.js';
import { type Lang, requiredOption, say, UsageError } from '../command.js';
import { dayOf } from '../days.js';
import { cellErrors, cellText, type Records } from '../records.js';
import { roundedText } from './progress.js';

/** The questions `vn-dx plan` answers, one sub-command each. */
export const QUESTIONS = ['milestones', 'on-track', 'score'] as const;
export type Question = (typeof QUESTIONS)[number];

/** A dated value as the command reads it: the day as `YYYY-MM-DD`. */
export interface DayValue {
  readonly date: string;
  readonly value: number;
}

/** Reads `--name DATE=VALUE`, the value by the one number policy; a usage error otherwise. */
export function datedOption(name: string, text: unknown, decimal: DecimalMark): DayValue {
  const flag = `--${name}`;
  if (typeof text !== 'string') throw requiredOption(flag, 'DATE=VALUE');
  const at = text.indexOf('=');
  const date = dayOf(at === -1 ? '' : text.slice(0, at));
  if (date === undefined) throw new UsageError(say('option-dated', { option: flag, value: text }));
  const valueText = text.slice(at + 1);
  let read: ReturnType<typeof readNumberColumn>;
  try {
    read = readNumberColumn(flag, [valueText], decimal);
  } catch (error) {
    if (!isDxError(error)) throw error;
    throw numberOptionError(flag, valueText, error.message);
  }
  const value = read.cells[0]?.value;
  if (value === undefined)
    throw read.errors[0] === undefined
      ? new UsageError(say('option-no-value-after', { option: flag, value: text }))
      : numberOptionError(flag, valueText, `${flag}: ${read.errors[0].message}`);
  return { date, value };
}

/**
 * The usage error for an option whose value is not a number: the library's English sentence,
 * and in Vietnamese the option and the value.
 */
export function numberOptionError(option: string, value: string, english: string): UsageError {
  return new UsageError(
    say('both', {
      en: english.replace(/^column "([^"]+)"/, '$1').replace(/\.$/, ''),
      vi: say('option-not-number', { option, value }),
    }),
  );
}

export interface Problem {
  index: number;
  column: string;
  message: DxMessage | string;
}

/** Every problem of a file as one error, a line each (as the other commands list them). */
export function throwProblems(records: Records, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const errors = problems.map((p) => cellErrors(records, p.column, [p]));
  throw new DxError('VALIDATION_FAILED', errors.map((e) => e.message).join('\n'), {
    issues: errors.flatMap((e) => e.issues),
  });
}

/** Years for people: one decimal, "1 year" and "2 years" in English. */
export function yearsText(years: number, lang: Lang): string {
  const text = roundedText(years, 1, lang);
  return lang === 'vi' ? `${text} năm` : `${text} ${text === '1' ? 'year' : 'years'}`;
}

/** Label–value lines, the labels padded to one width. */
export function facts(lines: readonly (readonly [string, string])[]): string {
  const width = Math.max(...lines.map(([label]) => [...label].length));
  return `${lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

/** Whether the series is a share: every value cell written as a percentage (`97%`, `97 %`). */
export function isShare(records: Records, valueColumn: string): boolean {
  return records.rows.every((row) => /%\s*$/.test(cellText(row[valueColumn]).trim()));
}
