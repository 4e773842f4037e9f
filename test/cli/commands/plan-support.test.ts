import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command.js';
import {
  datedOption,
  facts,
  isShare,
  QUESTIONS,
  throwProblems,
  yearsText,
} from '../../../src/cli/commands/plan-support.js';
import { recordsOf } from '../../fixtures/records.js';

describe('datedOption', () => {
  it('reads DATE=VALUE, the day in any form dayOf reads and the value by the number policy', () => {
    expect(datedOption('target', '31/12/2025=80', 'auto')).toEqual({
      date: '2025-12-31',
      value: 80,
    });
    expect(datedOption('from', '2023=62,5', 'auto')).toEqual({ date: '2023-12-31', value: 62.5 });
    expect(datedOption('from', '2023-06-30=1.500', 'comma')).toEqual({
      date: '2023-06-30',
      value: 1500,
    });
    expect(datedOption('from', '2023=1.500', 'dot')).toEqual({ date: '2023-12-31', value: 1.5 });
  });

  it('is a usage error naming the option for anything else', () => {
    const cases: [unknown, RegExp][] = [
      [undefined, /^--target DATE=VALUE is required$/],
      [true, /^--target DATE=VALUE is required$/],
      ['80', /^--target: expected DATE=VALUE with DATE a day .*, got "80"$/],
      ['2025-02-30=80', /^--target: expected DATE=VALUE .*got "2025-02-30=80"$/],
      ['2025=', /^--target: no value after "=" in "2025="$/],
      ['2025=abc', /^--target: "abc" is not a number/],
      ['2025=1.500', /^--target could be read two ways/],
    ];
    for (const [text, message] of cases) {
      let error: unknown;
      try {
        datedOption('target', text, 'auto');
      } catch (caught) {
        error = caught;
      }
      expect(error, String(text)).toBeInstanceOf(UsageError);
      expect((error as Error).message, String(text)).toMatch(message);
    }
  });
});

describe('throwProblems', () => {
  const records = recordsOf('date,value\n2021,1\n2022,\n');

  it('does nothing when there is no problem', () => {
    expect(() => throwProblems(records, [])).not.toThrow();
  });

  it('lists every problem in one error, a line each, with where it is', () => {
    let error: unknown;
    try {
      throwProblems(records, [
        { index: 1, column: 'value', message: 'the cell is empty' },
        { index: 0, column: 'date', message: 'too early' },
      ]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        { path: [1, 'value'], line: 3, column: 2, message: 'the cell is empty' },
        { path: [0, 'date'], line: 2, column: 1, message: 'too early' },
      ],
    });
    expect((error as Error).message.split('\n')).toEqual(
      expect.arrayContaining([
        'in.csv: line 3, column 2 (value): the cell is empty.',
        'in.csv: line 2, column 1 (date): too early.',
      ]),
    );
  });
});

describe('yearsText and facts', () => {
  it('writes years with one decimal, singular and plural in English', () => {
    expect(yearsText(1, 'en')).toBe('1 year');
    expect(yearsText(2.04, 'en')).toBe('2 years');
    expect(yearsText(1.25, 'en')).toBe('1.3 years');
    expect(yearsText(1.25, 'vi')).toBe('1,3 năm');
    expect(yearsText(0.96, 'vi')).toBe('1 năm');
  });

  it('pads the labels to one width, counting letters with diacritics once', () => {
    expect(
      facts([
        ['kết luận', 'đạt'],
        ['mục tiêu', '80'],
        ['còn lại', '1 năm'],
      ]),
    ).toBe('kết luận  đạt\nmục tiêu  80\ncòn lại   1 năm\n');
  });

  it('names the three questions plan answers', () => {
    expect(QUESTIONS).toEqual(['milestones', 'on-track', 'score']);
  });
});

describe('isShare', () => {
  it('is a share when every value cell is written as a percentage', () => {
    expect(isShare(recordsOf('ngày;giá trị\n2021;70%\n2022; 85 % \n'), 'giá trị')).toBe(true);
    expect(isShare(recordsOf('ngày;giá trị\n2021;70%\n2022;85\n'), 'giá trị')).toBe(false);
  });
});
