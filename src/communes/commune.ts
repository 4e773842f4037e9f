// The public shape of a commune-level unit: the types are derived from the zod schemas in
// model/commune.ts (one definition, validated by users and published as JSON Schema); this
// module names them for the rest of communes/. The tables (table.ts) return rows of this shape.
export type {
  Commune,
  CommuneDistrict,
  CommuneKind,
  CommuneLink,
  DistrictKind,
} from '../model/commune.js';
