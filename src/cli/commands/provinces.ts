import {
  DxError,
  findProvince,
  getRegion,
  PROVINCES_AS_OF,
  type Province,
  provincesAt,
} from '../../index.js';
import { PROVINCE_RECORDS } from '../../provinces.js';
import { type Command, type CommandContext, english, type Lang, print, say } from '../command.js';
import { dateText, dayOf } from '../days.js';
import { LAST_DAY_OF_63 } from '../eras.js';
import { formatTable } from '../table.js';

const KIND: Readonly<Record<Lang, Readonly<Record<Province['kind'], string>>>> = {
  vi: { province: 'tỉnh', municipality: 'thành phố trực thuộc TW' },
  en: { province: 'province', municipality: 'municipality' },
};

const WORDS = {
  vi: {
    code: 'mã',
    name: 'tên',
    kind: 'loại',
    region: 'vùng',
    until: 'đến',
    from: 'từ',
    noIso: 'không có mã ISO 3166-2',
    history: 'Lịch sử',
    formedFrom: 'hợp nhất từ',
    notOn: (query: string, at: string) =>
      `"${query}" không phải đơn vị hành chính ngày ${at}; ở thời điểm khác:`,
  },
  en: {
    code: 'code',
    name: 'name',
    kind: 'kind',
    region: 'region',
    until: 'until',
    from: 'from',
    noIso: 'no ISO 3166-2 code',
    history: 'History',
    formedFrom: 'formed from',
    notOn: (query: string, at: string) => `"${query}" is not a unit on ${at}; at other dates:`,
  },
} as const;

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Every record of a code, oldest first: a unit's names and kinds through time. */
function recordsOf(code: string, era: Province['era']): Province[] {
  return PROVINCE_RECORDS.filter((p) => p.code === code && p.era === era).sort((a, b) =>
    a.validFrom.localeCompare(b.validFrom),
  );
}

/** `Quảng Nam (49) until 2025-06-30 → Đà Nẵng (48)`: a record's dates and what came after. */
export function lineLine(p: Province, lang: Lang): string {
  const w = WORDS[lang];
  const day = (iso: string) => dateText(iso, lang);
  const dates =
    p.validTo === null
      ? `${w.from} ${day(p.validFrom)}`
      : `${day(p.validFrom)} – ${day(p.validTo)}`;
  let next = '';
  if (p.validTo !== null && p.successor !== null) {
    const after = findByCode(p.successor, dayAfter(p.validTo));
    if (after) next = ` → ${after.name} (${after.code}) ${w.from} ${day(after.validFrom)}`;
  }
  const kind = KIND[lang][p.kind];
  return `${p.name} (${p.code}, ${kind}) ${dates}${next}`;
}

function findByCode(code: string, day: string): Province | undefined {
  return PROVINCE_RECORDS.find(
    (p) => p.code === code && p.validFrom <= day && (p.validTo === null || day <= p.validTo),
  );
}

/** The days on which the map changed: a name valid at none of them never existed. */
const MAP_DAYS = [...new Set(PROVINCE_RECORDS.map((p) => p.validFrom))].sort();

/** The records a query matches on some day other than `at`, one per unit and name. */
export function matchesAtOtherDates(query: string, at: string): Province[] {
  const found: Province[] = [];
  let current: Province | undefined;
  try {
    current = findProvince(query, { at });
  } catch (error) {
    if (!(error instanceof DxError && error.code === 'AMBIGUOUS_PROVINCE')) throw error;
  }
  for (const day of MAP_DAYS) {
    let match: Province | undefined;
    try {
      match = findProvince(query, { at: day });
    } catch (error) {
      if (error instanceof DxError && error.code === 'AMBIGUOUS_PROVINCE') continue;
      throw error;
    }
    if (match && match !== current && !found.includes(match)) found.push(match);
  }
  return found;
}

function regionsText(p: Province, lang: Lang): string {
  return p.regions.map((r) => getRegion(r).name[lang]).join(' + ');
}

function describeUnit(p: Province, context: CommandContext): string {
  const { lang, bold } = context;
  const w = WORDS[lang];
  const lines = [
    `${bold(p.fullName)} (${p.code}) · ${p.nameEn}`,
    `${KIND[lang][p.kind]} · ${regionsText(p, lang)} · ${p.iso3166_2 ?? w.noIso}`,
  ];
  const predecessors = p.era === '34' ? p.predecessors : [];
  if (predecessors.length > 1) {
    const names = predecessors.map((code) => {
      const old = findByCode(code, LAST_DAY_OF_63);
      return old ? `${old.name} (${old.code})` : code;
    });
    lines.push(`${w.formedFrom} ${names.join(', ')} ${w.from} ${dateText(p.validFrom, lang)}`);
  }
  // A unit's names and kinds through time, from the data: its own code's records, and
  // after the merger those of every unit it was formed from.
  const history =
    p.era === '63'
      ? recordsOf(p.code, '63')
      : [...predecessors.flatMap((code) => recordsOf(code, '63')), p];
  lines.push(`${w.history}:`, ...history.map((r) => `  ${lineLine(r, lang)}`));
  return `${lines.join('\n')}\n`;
}

/** `vn-dx provinces [query]`: the units on a day, or one unit across its dates and the merger. */
export const provinces: Command = {
  name: 'provinces',
  summary: {
    en: 'list provinces on a day, or find one by name, alias or code',
    vi: 'liệt kê các tỉnh tại một ngày, hoặc tìm một tỉnh theo tên, tên khác hay mã',
  },
  args: '[query]',
  arity: [0, Number.POSITIVE_INFINITY],
  help: {
    en: `Without a query: the units valid on the day (default ${PROVINCES_AS_OF}, the latest
change the data knows: the 34 units as they stand now; --at ${LAST_DAY_OF_63} gives the
63 before the merger).
With a query (a name with or without diacritics, an alias, a GSO or ISO code):
that unit, its region, its names through time and its place across the 2025
merger. A name that is not a unit on the day (Quảng Nam after 1 July 2025) is
shown at the dates it was one, with its successor.`,
    vi: `Không có từ khóa: các đơn vị có hiệu lực vào ngày đó (mặc định ${PROVINCES_AS_OF},
thay đổi mới nhất trong dữ liệu: 34 đơn vị như hiện nay; --at ${LAST_DAY_OF_63} cho
63 đơn vị trước sắp xếp).
Có từ khóa (tên có hoặc không dấu, tên khác, mã GSO hoặc ISO): đơn vị đó,
vùng, các tên qua thời gian và vị trí của nó qua đợt sắp xếp năm 2025. Một tên
không còn là đơn vị vào ngày đó (Quảng Nam sau 1/7/2025) được hiện ở những
ngày nó còn là đơn vị, kèm đơn vị kế thừa.`,
  },
  options: {
    at: {
      type: 'string',
      day: dayOf,
      placeholder: 'YYYY-MM-DD',
      description: {
        en: `the day (default ${PROVINCES_AS_OF}, the latest change the data knows)`,
        vi: `ngày tra cứu (mặc định ${PROVINCES_AS_OF}, thay đổi mới nhất trong dữ liệu)`,
      },
    },
  },
  run({ values, positionals }, context) {
    const { lang } = context;
    const at = (values.at as string | undefined) ?? PROVINCES_AS_OF;
    const w = WORDS[lang];
    if (positionals.length === 0) {
      const list = provincesAt(at);
      print(
        context,
        list,
        () =>
          `${formatTable(
            [
              { header: w.code },
              { header: w.name },
              { header: w.kind },
              { header: w.region, max: 40 },
            ],
            list.map((p) => [p.code, p.name, KIND[lang][p.kind], regionsText(p, lang)]),
          )}\n`,
      );
      return 0;
    }
    const query = positionals.join(' ');
    const found = findProvince(query, { at });
    if (found) {
      print(context, found, () => describeUnit(found, context));
      return 0;
    }
    const elsewhere = matchesAtOtherDates(query, at);
    if (elsewhere.length === 0) {
      const shown = JSON.stringify(query.length > 40 ? `${query.slice(0, 40)}…` : query);
      const said = say('province-none-any-date', { query: shown });
      throw new DxError('UNKNOWN_PROVINCE', english(said), {
        issues: [
          { path: [], message: english(said), expected: 'a province name or code', ...said },
        ],
      });
    }
    print(context, { query, at, match: null, atOtherDates: elsewhere }, () =>
      [
        w.notOn(query, dateText(at, lang)),
        ...elsewhere.map((p) => `  ${lineLine(p, lang)}`),
        '',
      ].join('\n'),
    );
    return 0;
  },
};
