import { describe, expect, it } from 'vitest';
import { namedColumn, optionalColumn, roleColumn } from '../../src/cli/columns.js';
import { UsageError } from '../../src/cli/command.js';
import { usageError } from '../fixtures/errors.js';
import { recordsOf } from '../fixtures/records.js';

describe('namedColumn', () => {
  it('finds a typed name folded, as every header is compared', () => {
    const records = recordsOf('Tỉnh;Điểm DTI\n49;1\n');
    expect(namedColumn(records, 'diem dti', '--by')).toBe('Điểm DTI');
    expect(namedColumn(records, '  ĐIỂM DTI ', '--by')).toBe('Điểm DTI');
  });

  it('is a usage error (exit 2) naming the option and listing the columns', () => {
    const records = recordsOf('Tỉnh;Điểm DTI\n49;1\n');
    expect(() => namedColumn(records, 'value', '--by')).toThrowError(
      usageError('--by: no column "value"; the columns are "Tỉnh", "Điểm DTI"'),
    );
    expect(() => namedColumn(records, 'value', '--by')).toThrowError(UsageError);
  });

  it('quotes at most 40 characters of what was typed', () => {
    const records = recordsOf('a\n1\n');
    const forty = 'x'.repeat(40);
    expect(() => namedColumn(records, forty, '--by')).toThrowError(
      usageError(`--by: no column "${forty}"; the columns are "a"`),
    );
    expect(() => namedColumn(records, `${forty}yz`, '--by')).toThrowError(
      usageError(`--by: no column "${forty}…"; the columns are "a"`),
    );
  });
});

describe('roleColumn and optionalColumn', () => {
  it('find a column by the one dictionary, in Vietnamese or English', () => {
    const records = recordsOf('Tỉnh/TP;Giá trị;Mục tiêu\n49;1;2\n');
    expect(roleColumn(records, 'unit')).toBe('Tỉnh/TP');
    expect(roleColumn(records, 'value')).toBe('Giá trị');
    expect(roleColumn(records, 'target')).toBe('Mục tiêu');
    expect(optionalColumn(records, 'target')).toBe('Mục tiêu');
    expect(optionalColumn(records, 'baseline')).toBeUndefined();
    expect(roleColumn(recordsOf('unit,value\n49,1\n'), 'value')).toBe('value');
  });

  it('is an input error (exit 1) naming the role, the names accepted and the columns', () => {
    const records = recordsOf('Tỉnh/TP;Giá trị;Mục tiêu\n49;1;2\n');
    let error: unknown;
    try {
      roleColumn(records, 'score');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message:
        'in.csv: no score column (its header may be "score", "điểm", "điểm số"); the columns are "Tỉnh/TP", "Giá trị", "Mục tiêu".',
      issues: [
        {
          path: ['in.csv', 'score'],
          expected: 'a column named "score", "điểm", "điểm số"',
          received: '"Tỉnh/TP", "Giá trị", "Mục tiêu"',
        },
      ],
    });
  });

  it('lists the first ten columns of a wide file and marks the rest', () => {
    const header = Array.from({ length: 12 }, (_, i) => `c${i + 1}`);
    const records = recordsOf(`${header.join(',')}\n${header.map(() => '1').join(',')}\n`);
    expect(() => roleColumn(records, 'unit')).toThrowError(
      /the columns are "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", …\.$/,
    );
    const ten = header.slice(0, 10);
    const exactly = recordsOf(`${ten.join(',')}\n${ten.map(() => '1').join(',')}\n`);
    expect(() => roleColumn(exactly, 'unit')).toThrowError(/"c9", "c10"\.$/);
  });
});
