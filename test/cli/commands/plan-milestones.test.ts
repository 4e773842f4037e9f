import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command.js';
import { planMilestones } from '../../../src/cli/commands/plan-milestones.js';
import { milestones } from '../../../src/index.js';
import { usageError } from '../../fixtures/errors.js';

describe('planMilestones', () => {
  it('gives what milestones() gives, linear and yearly by default', () => {
    const { data } = planMilestones({ from: '2023=62', to: '2025=80' }, 'auto', 'en');
    const from = { date: '2023-12-31', value: 62 };
    const to = { date: '2025-12-31', value: 80 };
    expect(data).toEqual({
      from,
      to,
      path: 'linear',
      every: 'year',
      milestones: milestones(from, to, { path: 'linear', every: 'year' }),
    });
    expect(data.milestones.map((m) => m.value)).toEqual([71, 80]);
  });

  it('passes the path and the step on', () => {
    const { data } = planMilestones(
      { from: '2023=10', to: '2025=40', path: 'geometric', every: 'half' },
      'auto',
      'en',
    );
    expect(data.milestones.map((m) => m.date)).toEqual([
      '2024-06-30',
      '2024-12-31',
      '2025-06-30',
      '2025-12-31',
    ]);
    expect(data.milestones.at(-1)?.value).toBe(40);
    expect(data.milestones[1]?.value).toBeCloseTo(20, 10);
  });

  it('prints a table with the words and the decimal mark of the language', () => {
    const values = { from: '2023=10', to: '2025=40', every: 'half' };
    expect(planMilestones(values, 'auto', 'vi').text()).toBe(
      [
        'ngày        giá trị',
        '──────────  ───────',
        '30/6/2024      17,5',
        '31/12/2024       25',
        '30/6/2025      32,5',
        '31/12/2025       40',
        '',
      ].join('\n'),
    );
    expect(planMilestones(values, 'auto', 'en').text()).toMatch(
      /^date {8}value\n.*\n2024-06-30 {3}17\.5\n/,
    );
  });

  it('refuses a deadline not after the start, and a geometric path through 0 or below', () => {
    const call = (values: Record<string, string>) => () => planMilestones(values, 'auto', 'en');
    expect(call({ from: '2025=1', to: '2025=2' })).toThrowError(
      usageError(
        '--to: the deadline 2025-12-31 is not after the start 2025-12-31 of --from; give a later deadline',
      ),
    );
    expect(call({ from: '2025=0', to: '2026=2', path: 'geometric' })).toThrowError(
      /^--path geometric needs values > 0, and --from is 0; use --path linear or positive values$/,
    );
    expect(call({ from: '2025=1', to: '2026=-2', path: 'geometric' })).toThrowError(
      /and --to is -2;/,
    );
    expect(call({ to: '2026=2' })).toThrowError(UsageError);
  });
});
