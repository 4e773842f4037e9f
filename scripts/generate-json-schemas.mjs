// Writes JSON Schema files for the model's zod schemas into dist/schemas/, for users outside
// TypeScript (`vn-dx/schemas/observation.json`). Runs after tsup in `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import * as communes from '../dist/communes.js';
import * as vn from '../dist/index.js';

export const SCHEMAS = {
  dataset: vn.DatasetSchema,
  observation: vn.ObservationSchema,
  target: vn.TargetSchema,
  'ranking-entry': vn.RankingEntrySchema,
  'legal-document': vn.LegalDocumentSchema,
  programme: vn.ProgrammeSchema,
  source: vn.SourceSchema,
  'indicator-definition': vn.IndicatorDefinitionSchema,
  period: vn.PeriodSchema,
  qualifier: vn.QualifierSchema,
  // The records of vn-dx/communes (issue #26).
  commune: communes.CommuneSchema,
  'commune-link': communes.CommuneLinkSchema,
};

// The $id names the version: an unversioned URL would point at a later release's schema.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = new URL('../dist/schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(SCHEMAS)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' });
  const document = {
    $id: `https://unpkg.com/vn-dx@${version}/dist/schemas/${name}.json`,
    title: name,
    ...json,
  };
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(SCHEMAS).length} JSON Schema files to dist/schemas/`);
