import { describe, expect, it } from 'vitest';
import {
  COMMON_OPTIONS,
  type CommandContext,
  DECIMAL_OPTION,
  DELIMITER_VALUES,
  print,
  READING_OPTIONS,
  STRICT_OPTION,
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
  });
});

describe('the shared options', () => {
  it('maps every --delimiter choice to the character the parser takes', () => {
    const choices = READING_OPTIONS.delimiter?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect([',', ';', '\t']).toContain(DELIMITER_VALUES[choice]);
    expect(DELIMITER_VALUES.tab).toBe('\t');
    expect(DELIMITER_VALUES.semicolon).toBe(';');
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
