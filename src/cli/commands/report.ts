import { dtiPillarResults, indexHistory } from '../../dti.js';
import { findProvince, getProvince, type Province } from '../../index.js';
import { type Command, print, say, UsageError } from '../command.js';
import { dayOf } from '../days.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../eras.js';
import { shown } from '../records.js';
import { buildReport, coveredCodes } from '../report.js';
import { pillarLines, publishedLine, renderReport, reportWords } from '../report-text.js';

function nameOf(code: string, at: string): string {
  return `${getProvince(code, { at }).name} (${code})`;
}

/** `vn-dx report`: the seed dataset (or one province) as a readable scoreboard. */
export const report: Command = {
  name: 'report',
  summary: {
    en: 'the seed dataset as a scoreboard, province by province',
    vi: 'bảng tổng hợp dữ liệu gốc, từng tỉnh một',
  },
  args: '',
  arity: [0, 0],
  help: {
    en: `Per province of the seed dataset: its programme, sources, ranks with change,
indicators pillar by pillar, progress to its own and the national targets, and
the figures whose shares disagree with their counts. Ranks combine the
articles' with the published tables of the DTI, PCI, PAPI, PAR Index and
SIPAS (indexHistory in vn-dx/dti), on the basis of the 63 provinces.

--province keeps one province: a name (with or without diacritics) or a code,
of the 63 units before the 2025 merger or, when no such unit matches (or with
--at ${FIRST_DAY_OF_34}), of the 34 after it, shown through its predecessors. A
province the seed does not cover gets its published ranks in every index (and
DTI pillar results, where published) and a line saying which provinces the
seed covers.`,
    vi: `Với mỗi tỉnh trong dữ liệu gốc: chương trình, nguồn, thứ hạng và mức thay
đổi, các chỉ tiêu theo trụ cột, tiến độ so với mục tiêu của tỉnh và mục tiêu
quốc gia, và các tỷ lệ không khớp với số đếm. Thứ hạng gộp số liệu của bài báo
với các bảng đã công bố của DTI, PCI, PAPI, PAR Index và SIPAS (indexHistory
trong vn-dx/dti), trên cơ sở 63 tỉnh.

--province giữ một tỉnh: tên (có hoặc không dấu) hoặc mã, của 63 đơn vị trước
đợt sắp xếp năm 2025, hoặc, khi không có đơn vị nào khớp (hoặc với --at
${FIRST_DAY_OF_34}), của 34 đơn vị sau đó, thể hiện qua các tỉnh cũ. Tỉnh không có
trong dữ liệu gốc được hiện thứ hạng đã công bố của mọi chỉ số (và kết quả DTI
theo trụ cột, nếu có) cùng một dòng cho biết dữ liệu gốc gồm những tỉnh
nào.`,
  },
  readsDataset: true,
  options: {
    province: {
      type: 'string',
      placeholder: '<name or code>',
      description: { en: 'keep one province', vi: 'chỉ giữ một tỉnh' },
    },
    at: {
      type: 'string',
      day: dayOf,
      placeholder: 'YYYY-MM-DD',
      description: {
        en: `the day --province is looked up on (default ${LAST_DAY_OF_63})`,
        vi: `ngày dùng để tra --province (mặc định ${LAST_DAY_OF_63})`,
      },
    },
  },
  run({ values }, context) {
    const { lang, dataset } = context;
    const words = reportWords(lang);
    const query = values.province as string | undefined;
    const at = values.at as string | undefined;
    if (query === undefined) {
      if (at !== undefined)
        throw new UsageError(say('option-needs-other', { option: '--at', other: '--province' }));
      const whole = buildReport(dataset, lang);
      print(context, whole, () => renderReport(whole, lang, context.bold));
      return 0;
    }
    const day = at ?? LAST_DAY_OF_63;
    let unit: Province | undefined = findProvince(query, { at: day });
    if (!unit && at === undefined) unit = findProvince(query);
    if (!unit) {
      // A --province that names no unit is a bad option value (exit 2), named as typed.
      throw new UsageError(
        say('province-option-none', {
          query: shown(query),
          day,
          merger: at === undefined ? say('or-after-merger') : '',
        }),
      );
    }
    const covered = coveredCodes(dataset);
    const coveredText = covered.map((code) => nameOf(code, LAST_DAY_OF_63)).join(', ');
    const codes = (unit.era === '63' ? [unit.code] : unit.predecessors).filter((c) =>
      covered.includes(c),
    );
    const notes: string[] = [];
    if (unit.era === '34') {
      const all = unit.predecessors.map((c) => nameOf(c, LAST_DAY_OF_63)).join(', ');
      const held = codes.map((c) => nameOf(c, LAST_DAY_OF_63)).join(', ');
      if (codes.length > 0)
        notes.push(words.predecessors(`${unit.name} (${unit.code})`, all, held));
    }
    const built = buildReport(dataset, lang, codes, notes);
    let result = built;
    if (codes.length === 0) {
      const basis = unit.era === '63' ? 63 : 34;
      const history = indexHistory(unit.code, { era: unit.era });
      const pillars = dtiPillarResults(unit.code).filter((r) => r.of === basis);
      result = {
        ...built,
        notes: [...notes, words.notInSeed(`${unit.name} (${unit.code})`, coveredText)],
        published: [
          {
            province: `${unit.name} (${unit.code})`,
            text: history.length > 0 ? publishedLine(history) : words.noPublished,
            pillars: pillarLines(pillars, lang),
          },
        ],
      };
    }
    print(context, result, () => renderReport(result, lang, context.bold));
    return 0;
  },
};
