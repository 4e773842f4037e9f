import { describe, expectTypeOf, it } from 'vitest';
import { closestIndicator, findIndicator, INDICATORS } from '../../src/framework.js';
import type { NamedIndicator } from '../../src/index.js';
import { parseObservationsCsv, parseObservationsJson } from '../../src/index.js';
import type { IndicatorDefinition } from '../../src/model/indicator.js';

interface Mine {
  readonly id: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly colour: string;
}
declare const mine: readonly Mine[];

describe('findIndicator and closestIndicator give back the kind of indicator listed', () => {
  it('gives a catalogue definition by default, and one’s own type for one’s own list', () => {
    expectTypeOf(findIndicator('x')).toEqualTypeOf<IndicatorDefinition | undefined>();
    expectTypeOf(closestIndicator('x')).toEqualTypeOf<IndicatorDefinition | undefined>();
    expectTypeOf(findIndicator('x', { indicators: mine })).toEqualTypeOf<Mine | undefined>();
    expectTypeOf(closestIndicator('x', { indicators: mine })).toEqualTypeOf<Mine | undefined>();
  });

  it('refuses a list whose elements have no label, and a text that is not a string', () => {
    // @ts-expect-error: an id alone names nothing to look a label up in
    findIndicator('x', { indicators: ['gov.x'] });
    // @ts-expect-error: the text is a string
    findIndicator(1);
  });
});

describe('the observation readers take ids, definitions, or both', () => {
  it('accepts the catalogue, its ids, and a mix', () => {
    parseObservationsCsv('', { indicators: INDICATORS });
    parseObservationsCsv('', { indicators: INDICATORS.map((i) => i.id) });
    parseObservationsJson('[]', { indicators: [...mine, 'gov.x'] });
    expectTypeOf<IndicatorDefinition>().toExtend<NamedIndicator>();
  });
});
