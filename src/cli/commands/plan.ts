import type { DecimalMark } from '../../index.js';
import { type Command, DECIMAL_OPTION, print, STRICT_OPTION, say, UsageError } from '../command.js';
import { reportWarnings } from '../gaps.js';
import { type Records, readRecords } from '../records.js';
import { planMilestones } from './plan-milestones.js';
import { planOnTrack } from './plan-on-track.js';
import { planScore } from './plan-score.js';
import { QUESTIONS, type Question } from './plan-support.js';

/** Which question each option of its own belongs to (`--decimal` and `--direction` are shared). */
const OWNERS: Readonly<Record<string, readonly Question[]>> = {
  from: ['milestones'],
  to: ['milestones'],
  path: ['milestones'],
  every: ['milestones'],
  target: ['on-track'],
  trend: ['on-track'],
  direction: ['on-track', 'score'],
  unit: ['score'],
  rank: ['score'],
  strict: ['score'],
};

/** `vn-dx plan milestones | on-track | score`: the path to a target, an on-track verdict, the score a rank needs. */
export const plan: Command = {
  name: 'plan',
  summary: {
    en: 'milestones to a target, on-track verdicts, the score a rank needs',
    vi: 'các mốc tới mục tiêu, đánh giá tiến độ, điểm cần để đạt một thứ hạng',
  },
  args: '<what> [file]',
  arity: [1, 2],
  help: {
    en: `<what> is one of:
  milestones  the value to reach at each period end, from --from to --to
  on-track    whether a file's series (columns date and value) meets --target
              in time, by Eurostat's progress categories
  score       the score --unit needs in a file (columns unit and score) to
              reach --rank, and its gap to it
A dated value is DATE=VALUE, DATE a day YYYY-MM-DD or a year (its 31
December): --to 2025-12-31=80 or --to 2025=80. Headers may be Vietnamese
(ngày, giá trị, đơn vị or tỉnh, điểm); dates in a file are days or years too.
For score, a unit is read as provinces are (folded, aliases, old names); a
blank score is no value: the unit is kept, listed and left out of the field
(--strict: an error), as is a unit cell that names no province.
Numbers, in files and options, follow the one vn-dx number policy (see
--decimal). Text rounds for people; --json prints every number in full.`,
    vi: `<what> là một trong:
  milestones  giá trị cần đạt ở cuối mỗi kỳ, từ --from đến --to
  on-track    chuỗi số liệu của tệp (cột date và value) có đạt --target đúng
              hạn không, theo các mức tiến bộ của Eurostat
  score       điểm mà --unit trong tệp (cột unit và score) cần để đạt --rank,
              và phần còn thiếu
Giá trị kèm ngày viết DATE=VALUE (ngày=giá trị), DATE là YYYY-MM-DD hoặc một
năm (ngày 31/12 của năm đó): --to 2025-12-31=80 hoặc --to 2025=80. Tên cột có
thể bằng tiếng Việt (ngày, giá trị, đơn vị hoặc tỉnh, điểm); ngày trong tệp
cũng là ngày hoặc năm. Với score, đơn vị được đọc như tên tỉnh (không dấu, tên
khác, tên cũ); ô điểm trống là thiếu số liệu: đơn vị được giữ lại, liệt kê và
không tính vào tổng số (--strict: báo lỗi), ô tên không phải tỉnh nào cũng được
liệt kê. Số, trong tệp và tùy chọn, được đọc theo quy tắc chung
của vn-dx (xem --decimal). Văn bản làm tròn cho dễ đọc; --json in đầy đủ mọi
chữ số.`,
  },
  options: {
    from: {
      type: 'string',
      placeholder: 'DATE=VALUE',
      description: {
        en: 'milestones: where the path starts, e.g. 2023-12-31=62',
        vi: 'milestones: điểm xuất phát, ví dụ 2023-12-31=62',
      },
    },
    to: {
      type: 'string',
      placeholder: 'DATE=VALUE',
      description: {
        en: 'milestones: the target and its deadline, e.g. 2025-12-31=80',
        vi: 'milestones: mục tiêu và thời hạn, ví dụ 2025-12-31=80',
      },
    },
    path: {
      type: 'string',
      placeholder: 'linear|geometric',
      choices: ['linear', 'geometric'],
      description: {
        en: 'milestones: the same increase (linear, default) or the same growth rate (geometric) each period',
        vi: 'milestones: tăng đều một lượng (linear, mặc định) hoặc một tỷ lệ (geometric) mỗi kỳ',
      },
    },
    every: {
      type: 'string',
      placeholder: 'year|half|quarter',
      choices: ['year', 'half', 'quarter'],
      description: {
        en: 'milestones: one milestone a year (default), half-year or quarter',
        vi: 'milestones: mỗi năm (mặc định), nửa năm hoặc quý một mốc',
      },
    },
    target: {
      type: 'string',
      placeholder: 'DATE=VALUE',
      description: {
        en: 'on-track: the target and its deadline, e.g. 2025-12-31=80',
        vi: 'on-track: mục tiêu và thời hạn, ví dụ 2025-12-31=80',
      },
    },
    trend: {
      type: 'string',
      placeholder: 'compound|linear',
      choices: ['compound', 'linear'],
      description: {
        en: 'on-track: growth as a compound annual rate (default) or a fitted line (COINr)',
        vi: 'on-track: tăng trưởng kép hằng năm (mặc định) hoặc đường xu hướng (như COINr)',
      },
    },
    unit: {
      type: 'string',
      placeholder: '<unit>',
      description: {
        en: 'score: the unit asked about, as written in the unit column',
        vi: 'score: đơn vị cần tính, viết như trong cột đơn vị',
      },
    },
    rank: {
      type: 'string',
      placeholder: '<n>',
      description: { en: 'score: the rank to reach', vi: 'score: thứ hạng muốn đạt' },
    },
    direction: {
      type: 'string',
      placeholder: '<direction>',
      choices: ['higher-is-better', 'lower-is-better'],
      description: {
        en: 'on-track, score: higher-is-better (default) or lower-is-better (ranks, times)',
        vi: 'on-track, score: higher-is-better (cao hơn là tốt hơn, mặc định) hoặc lower-is-better (thứ hạng, thời gian)',
      },
    },
    decimal: DECIMAL_OPTION,
    strict: STRICT_OPTION,
  },
  run({ values, positionals }, context) {
    const question = positionals[0] as string;
    if (!(QUESTIONS as readonly string[]).includes(question))
      throw new UsageError(say('plan-question', { value: question ?? '' }));
    const asked = question as Question;
    for (const [option, owners] of Object.entries(OWNERS)) {
      if (values[option] !== undefined && !owners.includes(asked))
        throw new UsageError(
          say('plan-option-of', {
            option: `--${option}`,
            owners: owners.map((o) => `plan ${o}`).join(', '),
            asked,
          }),
        );
    }
    const file = positionals[1];
    if (asked === 'milestones' && file !== undefined)
      throw new UsageError(say('plan-no-file', { file }));
    if (asked !== 'milestones' && file === undefined)
      throw new UsageError(say('plan-needs-file', { asked }));
    const decimal = (values.decimal ?? 'auto') as DecimalMark;
    const { lang } = context;
    let records: Records | undefined;
    const read = () => {
      records = readRecords(context.io, file as string);
      return records;
    };
    const answer =
      asked === 'milestones'
        ? planMilestones(values, decimal, lang)
        : asked === 'on-track'
          ? planOnTrack(values, read, decimal, lang)
          : planScore(values, read, decimal, context);
    // plan score lists its gaps itself; on-track keeps none (each row needs a day and a value)
    // but says, as every command does, how it read the file's numbers.
    if (asked === 'on-track' && records !== undefined) reportWarnings(context, records, []);
    print(context, answer.data, answer.text);
    return 0;
  },
};
