import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command.js';
import {
  checkLevels,
  checkScales,
  frameworkLevels,
  jsonData,
  numberOption,
  parseJson,
  readFramework,
  tableData,
  wholeOption,
} from '../../../src/cli/commands/uncertainty-input.js';
import { dxErrorOf, usageError } from '../../fixtures/errors.js';
import { recordsOf } from '../../fixtures/records.js';

describe('numberOption', () => {
  it('reads a number by the decimal mark given', () => {
    expect(numberOption('noise', '0,25', 'comma')).toBe(0.25);
    expect(numberOption('noise', '0.25', 'dot')).toBe(0.25);
    expect(numberOption('noise', '0.25', 'auto')).toBe(0.25);
  });

  it('is a usage error naming the option', () => {
    expect(() => numberOption('noise', 'abc', 'auto')).toThrowError(UsageError);
    expect(() => numberOption('noise', 'abc', 'auto')).toThrowError(/^--noise: /);
    expect(() => numberOption('noise', '1.500', 'auto')).toThrowError(
      /^--noise could be read two ways/,
    );
    expect(() => numberOption('noise', '', 'auto')).toThrowError(/^--noise: /);
  });
});

describe('wholeOption', () => {
  it('reads a whole number in range, spaces trimmed', () => {
    expect(wholeOption('runs', ' 200 ', 1)).toBe(200);
    expect(wholeOption('seed', '0', 0)).toBe(0);
    expect(wholeOption('seed', '2147483647', 0)).toBe(2_147_483_647);
  });

  it('refuses anything else, naming the option and the range', () => {
    for (const text of ['0', '-1', '1.5', 'x', '', '11'])
      expect(() => wholeOption('levels', text, 1, 10), text).toThrowError(
        usageError(`--levels: expected a whole number from 1 to 10, got "${text}"`),
      );
    expect(() => wholeOption('seed', '2147483648', 0)).toThrowError(/from 0 to 2147483647/);
  });
});

describe('parseJson and readFramework', () => {
  it('parse JSON, naming the file in an error', () => {
    expect(parseJson('d.json', '{"a":1}')).toEqual({ a: 1 });
    expect(dxErrorOf(() => parseJson('d.json', '{"a":'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/^d\.json: JSON: /),
      issues: [{ path: ['d.json'], expected: 'JSON text' }],
    });
  });

  it('takes a framework object, leaving its checks to the library, and refuses any other JSON', () => {
    const framework = { id: 'index', children: ['x', 'y'] };
    expect(readFramework('f.json', JSON.stringify(framework))).toEqual(framework);
    for (const text of ['[]', 'null', '3'])
      expect(
        dxErrorOf(() => readFramework('f.json', text)),
        text,
      ).toMatchObject({
        code: 'VALIDATION_FAILED',
        message:
          'f.json: expected a framework object like { "id": "index", "children": ["x", "y"] }.',
      });
  });
});

describe('jsonData', () => {
  it('reads unit → indicator → number or null', () => {
    expect(jsonData('d.json', '{"A":{"x":1,"y":null},"B":{}}')).toEqual({
      A: { x: 1, y: null },
      B: {},
    });
  });

  it('names the unit and the indicator of a wrong value', () => {
    expect(dxErrorOf(() => jsonData('d.json', '{"A":[1]}'))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'd.json: unit "A": expected an object indicator → number, got [1].',
      issues: [{ path: ['d.json', 'A'] }],
    });
    expect(dxErrorOf(() => jsonData('d.json', '{"A":{"x":"1"}}'))).toMatchObject({
      message: 'd.json: unit "A", indicator "x": expected a number or null, got "1".',
      issues: [{ path: ['d.json', 'A', 'x'], received: '"1"' }],
    });
  });
});

describe('tableData', () => {
  it('reads a unit column and a number column per indicator, a blank as missing', () => {
    const records = recordsOf('Tỉnh;x;y\nA;1,5;\nB;2;3\n');
    expect(tableData(records, 'auto')).toEqual({ A: { x: 1.5, y: null }, B: { x: 2, y: 3 } });
  });

  it('lists an empty unit and a repeated unit in one error', () => {
    const records = recordsOf('unit,x\nA,1\n,2\nA,3\n');
    expect(dxErrorOf(() => tableData(records, 'auto'))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: [
        'in.csv: line 3, column 1 (unit): the cell is empty.',
        'in.csv: line 4, column 1 (unit): A has a row already (line 2, column 1 (unit)); keep one row per unit.',
      ].join('\n'),
    });
  });

  it('needs a unit column', () => {
    expect(dxErrorOf(() => tableData(recordsOf('x,y\n1,2\n'), 'auto'))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/^in\.csv: no unit column/),
    });
  });
});

describe('frameworkLevels and checkLevels', () => {
  const framework = { id: 'index', children: [{ id: 'p', children: ['x', 'y'] }, 'z'] };

  it('counts the levels of a framework, an unbalanced one by its deepest branch', () => {
    expect(frameworkLevels(framework)).toBe(3);
    expect(frameworkLevels({ id: 'index', children: ['x'] })).toBe(2);
    expect(frameworkLevels('x')).toBe(1);
    expect(frameworkLevels({ id: 'x', children: [] })).toBe(1);
  });

  it('takes the levels below the index and refuses the index’s own and any above', () => {
    expect(() => checkLevels([1, 2], framework)).not.toThrow();
    expect(() => checkLevels([1, 3], framework)).toThrow(UsageError);
    expect(() => checkLevels([4], framework)).toThrow(/level 4 has no weight that moves the index/);
  });
});

describe('checkScales', () => {
  const data = {
    A: { share: 51.16, count: 1453, small: 0.5 },
    B: { share: 62.3, count: 1920, small: 0.6 },
  };
  it('refuses two raw indicators whose largest values differ more than ten times, naming both', () => {
    const error = dxErrorOf(() =>
      checkScales(data, { id: 'index', children: ['share', 'count'] }, 'd.csv'),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues[0]?.params?.text).toEqual({
      key: 'uncertainty-scales',
      params: { big: 'count', small: 'share', ratio: 31 },
    });
  });

  it('accepts indicators within ten times of each other, and leaves out those the framework normalises', () => {
    expect(() =>
      checkScales(data, { id: 'index', children: ['share', 'small'] }, 'd.csv'),
    ).toThrow();
    expect(() =>
      checkScales({ A: { a: 1, b: 10 } }, { id: 'index', children: ['a', 'b'] }, 'd.csv'),
    ).not.toThrow();
    const normalised = {
      id: 'index',
      children: ['share', { id: 'count', normalize: { method: 'min-max' as const } }],
    };
    expect(() => checkScales(data, normalised, 'd.csv')).not.toThrow();
    // Below a node: its leaves are compared; missing and zero columns say nothing.
    expect(() =>
      checkScales(
        { A: { a: 0, b: null, c: 3 } },
        { id: 'index', children: [{ id: 'p', children: ['a', 'b'] }, 'c'] },
        'd.csv',
      ),
    ).not.toThrow();
  });
});
