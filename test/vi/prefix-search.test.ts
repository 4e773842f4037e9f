import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestMatches,
  foldedText,
  prefixFit,
  type RankedMatch,
} from '../../src/vi/prefix-search.js';

const text = (words: string) => foldedText(words.split(' '));

describe('prefixFit', () => {
  it('tells the whole name, its start, a later word and no fit apart', () => {
    expect(prefixFit(text('quang ninh'), text('quang ninh'))).toBe(0);
    expect(prefixFit(text('quang ninh'), text('quangninh'))).toBe(0);
    expect(prefixFit(text('quang ninh'), text('quang n'))).toBe(1);
    expect(prefixFit(text('dak lak'), text('dakl'))).toBe(1);
    expect(prefixFit(text('quang ninh'), text('ninh'))).toBe(2);
    expect(prefixFit(text('quang ninh'), text('inh'))).toBe(-1);
    expect(prefixFit(text('quang ninh'), foldedText([]))).toBe(-1);
  });

  it('fits every prefix of a name (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (words, cut) => {
          const name = foldedText(words);
          const typed = name.key.slice(0, 1 + (cut % name.key.length));
          expect(prefixFit(name, foldedText([typed]))).toBeGreaterThanOrEqual(0);
          expect(prefixFit(name, foldedText([typed]))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('bestMatches', () => {
  const match = (id: string, fields: Partial<RankedMatch<string>> = {}): RankedMatch<string> => ({
    match: id,
    former: false,
    fit: 1,
    alias: false,
    name: id,
    code: id,
    id,
    ...fields,
  });

  it('orders by former, fit, official name, name in Vietnamese order, then code', () => {
    const found = bestMatches(
      [
        match('former', { former: true, fit: 0 }),
        match('later-word', { fit: 2 }),
        match('alias', { alias: true }),
        match('Đà'),
        match('Da'),
        match('exact', { fit: 0 }),
      ],
      10,
    );
    expect(found).toEqual(['exact', 'Da', 'Đà', 'alias', 'later-word', 'former']);
    expect(Object.isFrozen(found)).toBe(true);
  });

  it('breaks a tie of everything but the code by the code, in either input order', () => {
    const same = { name: 'Bình', fit: 1 };
    const a = match('01', { ...same, code: '01' });
    const b = match('02', { ...same, code: '02' });
    expect(bestMatches([b, a], 10)).toEqual(['01', '02']);
    expect(bestMatches([a, b], 10)).toEqual(['01', '02']);
    const twin = match('02 again', { ...same, code: '02', id: '02b' });
    expect(bestMatches([twin, b, a], 10)).toEqual(['01', '02 again', '02']);
    expect(bestMatches([b, twin, a], 10)).toEqual(['01', '02', '02 again']);
  });

  it('keeps each id once, at its best, and stops at the limit', () => {
    const found = bestMatches(
      [match('b', { id: 'x', fit: 2 }), match('a', { id: 'x', fit: 0 }), match('c'), match('d')],
      2,
    );
    expect(found).toEqual(['a', 'c']);
    const all = bestMatches(
      [match('b', { id: 'x', fit: 2 }), match('a', { id: 'x', fit: 0 }), match('c')],
      10,
    );
    expect(all).toEqual(['a', 'c']);
  });

  it('gives the same order whatever the order of the candidates (property)', () => {
    const candidate = fc.record({
      former: fc.boolean(),
      fit: fc.integer({ min: 0, max: 2 }),
      alias: fc.boolean(),
      name: fc.constantFrom('Ba', 'Bà', 'Bắc', 'An', 'Đông', 'Dông'),
      code: fc.constantFrom('01', '02', '03', '04'),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 12 }), fc.nat(), (rows, seed) => {
        const all = rows.map((row) => ({ ...row, match: `${row.code}|${row.name}`, id: row.code }));
        const shuffled = [...all].sort(
          (a, b) => ((a.name.length * 7 + seed) % 5) - ((b.name.length * 7 + seed) % 5),
        );
        expect(bestMatches(shuffled, 5)).toEqual(bestMatches([...all], 5));
      }),
    );
  });
});
