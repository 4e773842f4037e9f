import { describe, expect, it } from 'vitest';
import { planScore } from '../../../src/cli/commands/plan-score.js';
import { scoreToReach } from '../../../src/index.js';
import { dxErrorOf, usageError } from '../../fixtures/errors.js';
import { recordsOf } from '../../fixtures/records.js';
import { contextOf } from '../fixture.js';

const file = () => recordsOf('unit,score\nA,0.8\nB,0.7\nC,0.7\nD,0.6\nE,0.5\n');

describe('planScore', () => {
  it('gives what scoreToReach() gives, with the field it ranked in', () => {
    const { data } = planScore({ unit: 'D', rank: '2' }, file, 'auto', contextOf('en').context);
    const scores = { A: 0.8, B: 0.7, C: 0.7, D: 0.6, E: 0.5 };
    expect(data).toEqual({
      ...scoreToReach(scores, 'D', 2, { direction: 'higher-is-better' }),
      of: 5,
      direction: 'higher-is-better',
      missing: [],
    });
  });

  it('finds --unit as provinces are read, and names it as the file writes it', () => {
    const provinces = () => recordsOf('Tỉnh;Điểm\nThừa Thiên Huế;0,7\nQuảng Nam;0,6\n');
    const { data } = planScore(
      { unit: 'quang nam', rank: '1' },
      provinces,
      'auto',
      contextOf('vi').context,
    );
    expect(data).toMatchObject({ unit: 'Quảng Nam', rank: 1, of: 2, current: 0.6, currentRank: 2 });
  });

  it('prints the facts in the language asked for', () => {
    const text = planScore({ unit: 'D', rank: '2' }, file, 'auto', contextOf('vi').context).text();
    expect(text.split('\n')[0]).toMatch(/^đơn vị +D$/);
    expect(text).toMatch(/^thứ hạng muốn đạt +2 trên 5$/m);
    expect(text).toMatch(/^điểm hiện tại +0,6 \(hạng 4\)$/m);
    const en = planScore(
      { unit: 'A', rank: '1', direction: 'lower-is-better' },
      file,
      'auto',
      contextOf('en').context,
    );
    expect(en.data.direction).toBe('lower-is-better');
    expect(en.text()).toMatch(/^rank wanted +1 of 5$/m);
  });

  it('refuses a missing or bad --unit and --rank before it reads the file (exit 2)', () => {
    let opened = false;
    const read = () => {
      opened = true;
      return file();
    };
    const cases: [Record<string, string>, string][] = [
      [{ rank: '1' }, '--unit <unit> is required'],
      [{ unit: 'A' }, '--rank <n> is required'],
      [{ unit: 'A', rank: '0' }, '--rank: expected a whole number from 1, got "0"'],
      [{ unit: 'A', rank: '1.5' }, '--rank: expected a whole number from 1, got "1.5"'],
    ];
    for (const [values, message] of cases)
      expect(() => planScore(values, read, 'auto', contextOf('en').context)).toThrowError(
        usageError(message),
      );
    expect(opened).toBe(false);
  });

  it('says which units the file has when --unit is none of them', () => {
    expect(() =>
      planScore({ unit: 'Z', rank: '1' }, file, 'auto', contextOf('en').context),
    ).toThrowError(usageError('--unit: in.csv has no row for "Z"; its units are A, B, C, D, E'));
    const many = () =>
      recordsOf(`unit,score\n${Array.from({ length: 12 }, (_, i) => `U${i},${i}`).join('\n')}\n`);
    expect(() =>
      planScore({ unit: 'Z', rank: '1' }, many, 'auto', contextOf('en').context),
    ).toThrowError(/its units are U0, U1, U2, U3, U4, U5, U6, U7, U8, U9, …$/);
  });

  it('refuses a rank beyond the field, and a unit written twice', () => {
    expect(
      dxErrorOf(() => planScore({ unit: 'A', rank: '6' }, file, 'auto', contextOf('en').context)),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message:
        'in.csv: --rank 6 is beyond the field of 5 units with a score (A included); ask for a rank from 1 to 5.',
    });
    const twice = () => recordsOf('unit,score\nA,1\nB,2\nA,3\n');
    expect(
      dxErrorOf(() => planScore({ unit: 'A', rank: '1' }, twice, 'auto', contextOf('en').context)),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      message:
        'in.csv: line 4, column 1 (unit): A has a row already (line 2, column 1 (unit)); keep one score per unit.',
    });
  });
});
