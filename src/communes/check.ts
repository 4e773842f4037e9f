// The commune codes of observations checked against the tables: here rather than in checkDataset,
// so that `vn-dx` does not carry the 13,000 units (it checks provinces; this checks communes).

import type { DxMessageParam } from '../errors.js';
import { isDxError } from '../errors.js';
import { type DateInput, daySaid, toIsoDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { denseArray, record } from '../internal/guards.js';
import type { Observation } from '../model/observation.js';
import { FIRST_DAY_OF_34 } from '../provinces/eras.js';
import { getProvince } from '../provinces/lookup.js';
import { toInterval } from '../vi/period-text.js';
import { communeDay, getCommune, optionsOf } from './lookup.js';
import { FORMER_FROM } from './table.js';

/**
 * A problem {@link checkCommunes} found, with where it is: the same shape as the findings of
 * `checkDataset`, so that one report lists both.
 *
 * @category Communes
 */
export interface CommuneFinding {
  /** The observation's index and field, e.g. `[12, 'commune']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /**
   * The id of the finding's sentence in vn-dx's error catalogue, as a {@link vn-dx!DxIssue}'s:
   * `formatMessage({ key, params }, { lang: 'vi' })` writes it in Vietnamese.
   */
  readonly key?: string;
  /** The values the sentence of `key` names. */
  readonly params?: Readonly<Record<string, DxMessageParam>>;
}

/**
 * Options for {@link checkCommunes}.
 *
 * @category Communes
 */
export interface CheckCommunesOptions {
  /**
   * The day every commune code is read on, for a file whose figures were re-coded to the units
   * of one day (`'2025-07-01'` for older figures given the new communes' codes). By default
   * each code is read at the end of its observation's period, as provinces are.
   */
  readonly at?: DateInput;
}

/** The options {@link checkCommunes} takes, to refuse any other (a misspelt `at` would be ignored). */
export const CHECK_COMMUNES_OPTIONS = [
  'at',
] as const satisfies readonly (keyof CheckCommunesOptions)[];

/** The day an observation's codes are read on, or the reason it has none. */
function dayOf(observation: Observation, at: string | undefined): string | Error {
  if (at !== undefined) return at;
  try {
    return toIsoDay(toInterval(observation.period).end);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The catalogue sentence of an error's first issue, when it has one. */
function saidOf(error: unknown): Pick<CommuneFinding, 'key' | 'params'> {
  const first = isDxError(error) ? error.issues[0] : undefined;
  if (first?.key === undefined) return {};
  return { key: first.key, ...(first.params === undefined ? {} : { params: first.params }) };
}

/** The name of a province on a day, for a message; the code alone when it names none. */
function provinceName(code: string, day: string): string {
  try {
    return `${describe(code)} (${getProvince(code, { at: day }).name})`;
  } catch {
    return describe(code);
  }
}

/**
 * Checks the commune codes of observations (the optional `commune` field): each must name a
 * unit of the commune tables on its day (the end of the observation's period, or `at`), and
 * that unit must lie in the observation's province on that day. Returns findings rather than
 * throwing, with the same shape as `checkDataset`'s, so that a script reports them all;
 * observations without a commune are not looked at.
 *
 * @param observations - observations as `parseObservationsCsv` or `parseObservationsJson` read them.
 * @param options - `at`: the day every code is read on, instead of each period's end.
 * @returns the findings, each at `[index, 'commune' | 'province' | 'period']`; empty when
 *   every code is sound.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `observations` is not an array of
 *   objects or `options` names a key it does not take; `INVALID_DATE` for a bad `at` or one
 *   before the commune data (2025-03-01).
 *
 * @example
 * ```ts
 * import { parseObservationsCsv } from 'vn-dx';
 * import { checkCommunes } from 'vn-dx/communes';
 *
 * const csv = `tỉnh,xã,chỉ tiêu,kỳ,giá trị
 * 01,00004,gov.dossiers.online-share,năm 2025,92
 * 01,26734,gov.dossiers.online-share,năm 2025,88
 * 79,00008,gov.dossiers.online-share,năm 2025,75
 * 01,00004,gov.dossiers.online-share,năm 2024,70
 * 01,99999,gov.dossiers.online-share,năm 2025,70
 * `;
 * const observations = parseObservationsCsv(csv, { source: 'my-report' });
 * observations[0]?.commune; // '00004'
 * const where = (findings: { path: readonly unknown[] }[]) => findings.map((f) => f.path.join('.'));
 * where(checkCommunes(observations)); // ['1.commune', '2.province', '3.commune', '4.commune']
 * where(checkCommunes(observations, { at: '2025-07-01' })); // ['1.commune', '2.province', '4.commune']
 * checkCommunes(observations)[1]?.message; // 'commune "00008" (Phường Ngọc Hà) is in province "01" (Hà Nội) on 2025-12-31, not in "79" (Hồ Chí Minh)'
 * ```
 *
 * @category Communes
 */
export function checkCommunes(
  observations: readonly Observation[],
  options?: CheckCommunesOptions,
): CommuneFinding[] {
  denseArray(observations, 'observations', 'an array of observations');
  observations.forEach((o, i) => {
    record(o, `observations[${i}]`, 'an observation');
  });
  const given = optionsOf(options, CHECK_COMMUNES_OPTIONS, '{ at }').at;
  const at = given === undefined ? undefined : communeDay(given, 'options.at');
  const findings: CommuneFinding[] = [];
  observations.forEach((observation, i) => {
    const code: unknown = observation.commune;
    if (code === undefined) return;
    if (typeof code !== 'string' || !/^\d{5}$/.test(code)) {
      findings.push({
        path: [i, 'commune'],
        message: `${describe(code)} is not a commune code; expected five digits such as '00004'`,
        key: 'commune-not-code',
        params: { code: describe(code) },
      });
      return;
    }
    const day = dayOf(observation, at);
    if (day instanceof Error) {
      findings.push({ path: [i, 'period'], message: day.message, ...saidOf(day) });
      return;
    }
    if (day < FORMER_FROM) {
      findings.push({
        path: [i, 'commune'],
        message: `commune code ${describe(code)} cannot be checked on ${day}: the commune data begins on ${FORMER_FROM}. If the file gives the codes of a later day, pass it as at (checkCommunes(observations, { at: '${FIRST_DAY_OF_34}' }))`,
        key: 'commune-before-data',
        params: {
          code: describe(code),
          day: daySaid(day),
          from: daySaid(FORMER_FROM),
          // The example day is the two-tier system's first, as provinces/ keeps it.
          example: FIRST_DAY_OF_34,
        },
      });
      return;
    }
    let province: string;
    let name: string;
    try {
      ({ province, name } = getCommune(code, { at: day }));
    } catch (error) {
      findings.push({ path: [i, 'commune'], message: (error as Error).message, ...saidOf(error) });
      return;
    }
    if (observation.province !== province) {
      const given = provinceName(observation.province, day);
      findings.push({
        path: [i, 'province'],
        message: `commune ${describe(code)} (${name}) is in province ${provinceName(province, day)} on ${day}, not in ${given}`,
        key: 'commune-other-province',
        params: {
          code: describe(code),
          name,
          province: provinceName(province, day),
          day: daySaid(day),
          given,
        },
      });
    }
  });
  return findings;
}
