// The seed dataset as a report, province by province: built here (one province in
// report-province.ts), rendered by report-text.ts.
import { INDICATORS } from '../framework.js';
import { checkConsistency, type Dataset, formatQuantity } from '../index.js';
import type { Lang } from './command.js';
import { provinceReport, quantityText, reportContext } from './report-province.js';
import { T } from './report-text.js';
import type { Report, ReportContext } from './report-types.js';

/** The provinces a dataset covers (63-era codes), in the order they first appear. */
export function coveredCodes(dataset: Dataset): string[] {
  return [
    ...new Set([
      ...dataset.sources.map((s) => s.province),
      ...dataset.observations.map((o) => o.province),
    ]),
  ].filter((code) => code !== 'national');
}

/** The dataset's shares that disagree with their own counts, in words. */
function findingLines({ dataset, catalogue, lang }: ReportContext, only?: readonly string[]) {
  const percent = (value: number) => quantityText(value, 'exact', { unit: 'percent' }, lang);
  const count = (value: number) =>
    formatQuantity({ value, qualifier: 'exact' }, { lang, maximumFractionDigits: 0 });
  return checkConsistency(dataset, { indicators: INDICATORS })
    .filter((finding) => only === undefined || only.includes(finding.province))
    .map((finding) => {
      const reported = formatQuantity(
        { value: finding.reported.value, qualifier: finding.reported.qualifier, unit: 'percent' },
        { lang },
      );
      const label = catalogue.get(finding.indicator)?.label[lang] ?? finding.indicator;
      return {
        province: finding.province,
        indicator: finding.indicator,
        message: `${label}: ${T[lang].finding(
          reported,
          percent(finding.computed),
          `${count(finding.counts.numerator.value)} / ${count(finding.counts.denominator.value)}`,
        )}`,
      };
    });
}

/**
 * Gathers the report's content from a dataset; pure. `only` keeps some
 * provinces (63-era codes); `notes` are shown first (e.g. why those).
 */
export function buildReport(
  dataset: Dataset,
  lang: Lang,
  only?: readonly string[],
  notes: readonly string[] = [],
): Report {
  const context = reportContext(dataset, lang);
  const codes = coveredCodes(dataset).filter((code) => only === undefined || only.includes(code));
  const provinces = codes.map((code) => provinceReport(code, context));
  return {
    title: T[lang].title,
    notes,
    provinces,
    published: [],
    findings: findingLines(context, only),
  };
}
