import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { Commune as LookupCommune } from '../../src/communes/commune.js';
import { communeSuccessors } from '../../src/communes/lineage.js';
import { COMMUNES_AS_OF, communesAt, getCommune } from '../../src/communes/lookup.js';
import {
  type Commune,
  CommuneCodeSchema,
  CommuneDistrictSchema,
  CommuneKindSchema,
  CommuneLinkSchema,
  CommuneSchema,
  DistrictKindSchema,
} from '../../src/model/commune.js';

const former = communesAt('2025-06-30');
const current = communesAt(COMMUNES_AS_OF);
const hanoi = getCommune('00004');

describe('CommuneSchema', () => {
  it('accepts every record of both eras as the lookups return it', () => {
    for (const record of [...former, ...current]) {
      const result = CommuneSchema.safeParse(record);
      if (!result.success) expect.fail(`${record.code}: ${result.error.message}`);
    }
    expect(former.length).toBeGreaterThan(10_000);
    expect(current).toHaveLength(3321);
  });

  it('refuses a code, kind, province, district or date of the wrong shape, and unknown keys', () => {
    const sample = former.find((record) => record.district !== undefined) as Commune;
    for (const bad of [
      { ...hanoi, code: '4' },
      { ...hanoi, kind: 'phường' },
      { ...hanoi, province: '1' },
      { ...hanoi, validFrom: '1/7/2025' },
      { ...hanoi, validTo: '2025-7-1' },
      { ...hanoi, name: '' },
      { ...hanoi, source: '' },
      { ...hanoi, extra: 1 },
      { ...sample, district: { ...sample.district, kind: 'huyện' } },
      { ...sample, district: { ...sample.district, code: '1' } },
    ])
      expect(CommuneSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('is the type the lookups return', () => {
    expectTypeOf<LookupCommune>().toEqualTypeOf<Commune>();
    expectTypeOf<Commune['kind']>().toEqualTypeOf<z.infer<typeof CommuneKindSchema>>();
    expectTypeOf<Commune>().toHaveProperty('code').toEqualTypeOf<string>();
  });

  it('names the codes, kinds and district kinds', () => {
    expect(CommuneCodeSchema.safeParse('00004').success).toBe(true);
    expect(CommuneCodeSchema.safeParse('000040').success).toBe(false);
    expect(CommuneKindSchema.options).toEqual(['commune', 'ward', 'township', 'special-zone']);
    expect(DistrictKindSchema.options).toEqual([
      'urban-district',
      'rural-district',
      'town',
      'city',
    ]);
    expect(
      CommuneDistrictSchema.safeParse({ code: '001', name: 'Quận Ba Đình', kind: 'urban-district' })
        .success,
    ).toBe(true);
  });
});

describe('CommuneLinkSchema', () => {
  it('accepts the links of the lineage functions', () => {
    const links = former.slice(0, 500).flatMap((record) => communeSuccessors(record.code));
    expect(links.length).toBeGreaterThan(400);
    for (const link of links) expect(CommuneLinkSchema.safeParse(link).success).toBe(true);
    expect(CommuneLinkSchema.safeParse({ ...links[0], whole: 'yes' }).success).toBe(false);
  });
});

describe('the JSON Schema generated for commune records', () => {
  // As scripts/generate-json-schemas.mjs writes vn-dx/schemas/commune.json.
  const json = z.toJSONSchema(CommuneSchema, { target: 'draft-2020-12', unrepresentable: 'throw' });
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(json);

  it('accepts every record of both eras, and refuses what the zod schema refuses', () => {
    const refused = [...former, ...current].filter((record) => !(validate(record) as boolean));
    expect(refused.map((record) => record.code)).toEqual([]);
    for (const bad of [
      { ...hanoi, code: '4' },
      { ...hanoi, kind: 'phường' },
      { ...hanoi, x: 1 },
    ])
      expect(validate(bad)).toBe(false);
  });
});
