import { describe, expect, it } from 'vitest';
import { findIndicators, getIndicator, INDICATORS } from '../../src/framework/indicators.js';
import { IndicatorDefinitionSchema } from '../../src/model/indicator.js';
import { validate } from '../../src/model/validate.js';

// The 61 indicator ids the seed dataset uses (from /work/research/seed-facts.json).
const SEED_IDS = [
  'gov.online-services.level4-eligible-share',
  'gov.online-services.count',
  'gov.online-services.full-process.count',
  'gov.online-services.national-portal-integrated.count',
  'gov.online-services.national-portal-integrated-share',
  'gov.dossiers.online-share',
  'gov.edocs.incoming.count',
  'gov.edocs.outgoing.count',
  'gov.edocs.outgoing-signed.count',
  'gov.edocs.outgoing-signed-share',
  'gov.video-conference.endpoints.count',
  'gov.smart-city-ioc.district-pilots.count',
  'gov.shared-platforms.in-use-share',
  'gov.direction-online-share',
  'gov.commune-dx-pilots.count',
  'gov.commune-dx-pilots-per-district.count',
  'gov.e-government.rank',
  'dti.overall.rank',
  'econ.enterprises-ict-adoption.count',
  'econ.retail-pos-share',
  'econ.telecom-revenue',
  'econ.postal-enterprises.count',
  'econ.postal-revenue',
  'econ.digital-economy.grdp-share',
  'econ.digital-economy.sector-share',
  'econ.enterprises-smart-production-share',
  'econ.digital-tech-enterprises.count',
  'soc.smartphone-usage-share',
  'soc.phone-subscriptions.per100',
  'soc.smartphone-subscriptions.per100',
  'soc.households-fixed-broadband-share',
  'soc.community-tech-teams.count',
  'soc.community-tech-teams.members.count',
  'soc.community-tech-teams.hamlet-coverage-share',
  'soc.education.school-management-software-share',
  'soc.health.commune-station-his-share',
  'soc.public-wifi-spots.count',
  'soc.e-payment-account-share',
  'soc.digital-identity-share',
  'soc.households-digital-address-share',
  'soc.covid.e-health-declaration-points.count',
  'soc.covid.control-checkpoints.count',
  'soc.covid.quarantine-sites-with-cameras.count',
  'soc.covid.quarantine-cameras.count',
  'soc.covid.sms-sent.count',
  'soc.covid.citizen-reports.count',
  'soc.press-network.journalists.count',
  'found.infrastructure.computers-per-staff-share',
  'found.infrastructure.agencies-lan-share',
  'found.infrastructure.agencies-internet-wan-share',
  'found.infrastructure.mobile-3g4g-commune-coverage-share',
  'found.infrastructure.fibre-commune-centre-share',
  'found.infrastructure.mobile-broadband-area-coverage-share',
  'found.infrastructure.bts.count',
  'found.infrastructure.5g-stations.count',
  'found.infrastructure.loudspeaker-clusters.count',
  'found.infrastructure.loudspeaker-clusters-repaired.count',
  'found.institutions.dx-pillars.count',
  'found.institutions.party-key-programmes.count',
  'found.institutions.party-key-tasks.count',
  'found.institutions.party-strategic-breakthroughs.count',
];

const PREFIX_PILLAR: Record<string, string> = {
  gov: 'government',
  econ: 'economy',
  soc: 'society',
  found: 'foundation',
};

const ids = new Set(INDICATORS.map((indicator) => indicator.id));

describe('INDICATORS', () => {
  it('validates every definition against IndicatorDefinitionSchema', () => {
    for (const indicator of INDICATORS) {
      expect(() => validate(IndicatorDefinitionSchema, indicator, indicator.id)).not.toThrow();
    }
  });

  it('has unique ids and contains every seed id exactly as written', () => {
    expect(ids.size).toBe(INDICATORS.length);
    expect(SEED_IDS).toHaveLength(61);
    for (const id of SEED_IDS) expect(ids, id).toContain(id);
  });

  it('files every id under the pillar its prefix names', () => {
    for (const indicator of INDICATORS) {
      const prefix = indicator.id.split('.')[0] ?? '';
      if (prefix !== 'dti') expect(indicator.pillar, indicator.id).toBe(PREFIX_PILLAR[prefix]);
    }
  });

  it('gives ranks lower-is-better from 1, shares 0–100, DTI values 0–1, counts from 0', () => {
    for (const indicator of INDICATORS) {
      const { unit, direction, bounds } = indicator;
      expect(direction, indicator.id).toBe(
        unit === 'rank' ? 'lower-is-better' : 'higher-is-better',
      );
      if (unit === 'rank') expect(bounds).toEqual({ min: 1 });
      if (unit === 'index') expect(bounds).toEqual({ min: 0, max: 1 });
      if (unit === 'count' || unit === 'vnd' || unit === 'per100')
        expect(bounds).toEqual({ min: 0 });
      if (unit === 'percent') {
        const exceptions = [
          'econ.labour-productivity-growth',
          'found.infrastructure.computers-per-staff-share',
        ];
        if (exceptions.includes(indicator.id)) expect(indicator.note).toBeDefined();
        else expect(bounds, indicator.id).toEqual({ min: 0, max: 100 });
      }
    }
  });

  it('resolves numerators and denominators to counts in the catalogue', () => {
    const withRatio = INDICATORS.filter((indicator) => indicator.numerator !== undefined);
    expect(withRatio.map((indicator) => indicator.id).sort()).toEqual([
      'gov.edocs.outgoing-signed-share',
      'gov.online-services.national-portal-integrated-share',
    ]);
    for (const indicator of withRatio) {
      expect(indicator.unit).toBe('percent');
      expect(getIndicator(indicator.numerator ?? '').unit).toBe('count');
      expect(getIndicator(indicator.denominator ?? '').unit).toBe('count');
    }
  });

  it('has the DTI indices: overall value and rank, three pillars, nine 922 main indices', () => {
    const dti = INDICATORS.filter((indicator) => indicator.id.startsWith('dti.')).map((i) => i.id);
    expect(dti).toHaveLength(14);
    expect(getIndicator('dti.overall.score')).toMatchObject({
      unit: 'index',
      bounds: { min: 0, max: 1 },
    });
    expect(getIndicator('dti.overall.rank')).toMatchObject({
      unit: 'rank',
      direction: 'lower-is-better',
    });
    expect(getIndicator('dti.digital-government-activity').pillar).toBe('government');
  });

  it('cites only document numbers in legalBasis', () => {
    for (const indicator of INDICATORS) {
      for (const number of indicator.legalBasis)
        expect(number).toMatch(/^(\d+\/(\d{4}\/)?[A-ZĐ]+-[A-Za-z0-9Đ]+|\d+-NQ\/TW)$/u);
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(INDICATORS)).toBe(true);
    for (const indicator of INDICATORS) {
      expect(Object.isFrozen(indicator)).toBe(true);
      expect(Object.isFrozen(indicator.label)).toBe(true);
      expect(Object.isFrozen(indicator.bounds)).toBe(true);
      expect(Object.isFrozen(indicator.legalBasis)).toBe(true);
    }
  });
});

describe('getIndicator', () => {
  it('returns the catalogue entry', () => {
    expect(getIndicator('gov.dossiers.online-share').pillar).toBe('government');
  });

  it('throws UNKNOWN_ID naming the id', () => {
    expect(() => getIndicator('gov.nope')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ID', message: expect.stringContaining('gov.nope') }),
    );
    expect(() => getIndicator('__proto__')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ID' }),
    );
  });

  it('throws INVALID_ARGUMENT for a non-string', () => {
    expect(() => getIndicator(42 as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('findIndicators', () => {
  it('filters by pillar and unit', () => {
    expect(findIndicators()).toHaveLength(INDICATORS.length);
    const ranks = findIndicators({ unit: 'rank' });
    expect(ranks.length).toBeGreaterThan(0);
    expect(ranks.every((indicator) => indicator.direction === 'lower-is-better')).toBe(true);
    const govShares = findIndicators({ pillar: 'government', unit: 'percent' });
    expect(govShares.every((i) => i.pillar === 'government' && i.unit === 'percent')).toBe(true);
    expect(govShares.map((i) => i.id)).toContain('gov.online-services.level4-share');
    expect(findIndicators({ pillar: 'economy', unit: 'days' })).toEqual([]);
    expect(Object.isFrozen(ranks)).toBe(true);
  });

  it.each([[{ pillar: 'culture' }], [{ unit: 'euro' }], [null], ['government']])(
    'throws INVALID_ARGUMENT for %j',
    (query) => {
      expect(() => findIndicators(query as never)).toThrowError(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    },
  );
});
