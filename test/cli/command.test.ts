import { describe, expect, it } from 'vitest';
import {
  argsText,
  COMMON_OPTIONS,
  type CommandContext,
  DECIMAL_OPTION,
  DELIMITER_VALUES,
  placeholderText,
  print,
  READING_OPTIONS,
  READS_FILE,
  requiredOption,
  STRICT_OPTION,
  say,
  sayText,
  UsageError,
} from '../../src/cli/command.js';
import { fixture, memoryIo } from './fixture.js';

function contextOf(json: boolean) {
  const io = memoryIo();
  const context: CommandContext = { io: io.io, dataset: fixture, lang: 'en', json, bold: (t) => t };
  return { context, out: io.out };
}

describe('print', () => {
  it('prints the text, made only when it is printed', () => {
    const { context, out } = contextOf(false);
    print(context, { a: 1 }, () => 'text\n');
    expect(out()).toBe('text\n');
  });

  it('prints the data as indented JSON with --json, and never makes the text', () => {
    const { context, out } = contextOf(true);
    print(context, { a: [1, 'b'] }, () => {
      throw new Error('the text is not wanted with --json');
    });
    expect(out()).toBe('{\n  "a": [\n    1,\n    "b"\n  ]\n}\n');
  });
});

describe('UsageError', () => {
  it('is an Error named UsageError, told apart from bad input by its class', () => {
    const error = new UsageError('--rank: expected a whole number');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UsageError');
    expect(error.message).toBe('--rank: expected a whole number');
    expect(error.said).toEqual({
      key: 'text',
      params: { text: '--rank: expected a whole number' },
    });
  });

  it('carries a catalogue sentence, its message in English', () => {
    const said = say('unknown-option', { option: '--x' });
    const error = new UsageError(said);
    expect(error.said).toBe(said);
    expect(error.message).toBe('unknown option --x');
    expect(sayText(error.said, 'vi')).toBe('không có tùy chọn --x');
    expect(say('hint-commands')).toEqual({ key: 'hint-commands', params: {} });
  });

  it('names a missing required option with its placeholder in each language', () => {
    const error = requiredOption('--by', '<column>');
    expect(error.message).toBe('--by <column> is required');
    expect(sayText(error.said, 'vi')).toBe('cần có --by <cột>');
  });
});

describe('placeholders', () => {
  it('are English as typed, and named in Vietnamese with --lang vi, fixed values kept', () => {
    const usage =
      '<file> [words] <name or code> DATE=VALUE YYYY-MM-DD <n,…> [options] <unknown> <constructor> -';
    expect(placeholderText(usage)).toBe(usage);
    expect(placeholderText(usage, 'en')).toBe(usage);
    expect(placeholderText(usage, 'vi')).toBe(
      '<tệp> [từ khóa] <tên hoặc mã> NGÀY=GIÁ_TRỊ NNNN-TT-NN <số,…> [options] <unknown> <constructor> -',
    );
    expect(argsText('<file> [query]')).toEqual({
      key: 'both',
      params: { en: '<file> [query]', vi: '<tệp> [từ khóa]' },
    });
  });
});

describe('READS_FILE', () => {
  it('says which command lines read a file', () => {
    for (const name of ['rank', 'progress', 'validate', 'uncertainty', 'address'])
      expect(READS_FILE[name]?.([])).toBe(true);
    expect(READS_FILE.chart?.(['ranks'])).toBe(false);
    expect(READS_FILE.chart?.(['ranks', 'f.csv'])).toBe(true);
    expect(READS_FILE.plan?.(['milestones'])).toBe(false);
    expect(READS_FILE.plan?.(['on-track'])).toBe(true);
    expect(Object.keys(READS_FILE).sort()).toEqual([
      'address',
      'chart',
      'plan',
      'progress',
      'rank',
      'uncertainty',
      'validate',
    ]);
  });
});

describe('the shared options', () => {
  it('maps every --delimiter choice to the character the parser takes', () => {
    const choices = READING_OPTIONS.delimiter?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect([',', ';', '\t']).toContain(DELIMITER_VALUES[choice]);
    expect(DELIMITER_VALUES.tab).toBe('\t');
    expect(DELIMITER_VALUES).toEqual({ ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t' });
    expect(READING_OPTIONS.delimiter?.choices).toEqual([',', ';', 'tab', 'comma', 'semicolon']);
  });

  it('describes every shared option in both languages', () => {
    for (const spec of [
      ...Object.values(COMMON_OPTIONS),
      ...Object.values(READING_OPTIONS),
      DECIMAL_OPTION,
      STRICT_OPTION,
    ]) {
      expect(spec.description.en.length).toBeGreaterThan(0);
      expect(spec.description.vi.length).toBeGreaterThan(0);
    }
    expect(COMMON_OPTIONS.lang?.choices).toEqual(['vi', 'en']);
    expect(DECIMAL_OPTION.choices).toEqual(['comma', 'dot', 'auto']);
    expect(STRICT_OPTION.type).toBe('boolean');
  });
});
