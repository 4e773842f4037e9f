import { describe, expect, it } from 'vitest';
import { sayText } from '../../src/cli/command.js';
import { dateSaid, dateText, dayOf } from '../../src/cli/days.js';

describe('dayOf', () => {
  it.each([
    [' 2024-02-29 ', '2024-02-29'],
    ['2025', '2025-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['03/04/2025', '2025-04-03'],
    ['ngày 31 tháng 12 năm 2025', '2025-12-31'],
    ['30 June 2023', '2023-06-30'],
    ['Q1 2023', '2023-03-31'],
    ['quý I/2023', '2023-03-31'],
    ['tháng 2/2024', '2024-02-29'],
    ['6 tháng năm 2023', '2023-06-30'],
  ])('reads %s as %s', (text, day) => {
    expect(dayOf(text)).toBe(day);
  });

  it.each(['2023-02-29', '2023-13-01', '', 'soon', 'giai đoạn 2021-2025'])(
    'names no day in %j',
    (text) => {
      expect(dayOf(text)).toBeUndefined();
    },
  );
});

describe('dateText: one date format per language', () => {
  it('writes a day or month day first in Vietnamese, ISO in English', () => {
    expect(dateText('2025-07-01', 'vi')).toBe('1/7/2025');
    expect(dateText('2024-12-31', 'vi')).toBe('31/12/2024');
    expect(dateText('2021-12', 'vi')).toBe('12/2021');
    expect(dateText('2021', 'vi')).toBe('2021');
    expect(dateText('2025-07-01', 'en')).toBe('2025-07-01');
    expect(dateText('quý I/2023', 'vi')).toBe('quý I/2023');
    expect(dateText('2025-07-01T08:00', 'vi')).toBe('2025-07-01T08:00');
    expect(sayText(dateSaid('2025-06-30'), 'vi')).toBe('30/6/2025');
    expect(sayText(dateSaid('2025-06-30'), 'en')).toBe('2025-06-30');
  });
});
