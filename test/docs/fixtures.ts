// Small valid inputs shared by the tests that call every public function (throws.test.ts,
// unknown-options.test.ts): one observation and a dataset with nothing in it.

/** One valid observation. */
export const observation = {
  province: '49',
  indicator: 'gov.dossiers.online-share',
  period: { kind: 'year', year: 2022 },
  value: 50,
  qualifier: 'exact',
  source: { source: 's' },
} as const;

/** A dataset with every collection empty. */
export const emptyDataset = {
  sources: [],
  documents: [],
  programmes: [],
  indicators: [],
  observations: [],
  targets: [],
  rankings: [],
};
