// `vn-dx plan milestones`: the value to reach at each period end.
import { type DecimalMark, milestones } from '../../index.js';
import { type Invocation, type Lang, say, UsageError } from '../command.js';
import { dateSaid, dateText } from '../days.js';
import { formatTable } from '../table.js';
import { datedOption } from './plan-support.js';
import { roundedText } from './progress.js';

/** `vn-dx plan milestones`: the values on the path from `--from` to `--target`, one per step (`--every`), as `milestones()` gives them. */
export function planMilestones(values: Invocation['values'], decimal: DecimalMark, lang: Lang) {
  const from = datedOption('from', values.from, decimal);
  const to = datedOption('to', values.to, decimal);
  const path = (values.path ?? 'linear') as 'linear' | 'geometric';
  const every = (values.every ?? 'year') as 'year' | 'half' | 'quarter';
  if (to.date <= from.date)
    throw new UsageError(
      say('deadline-not-after', { to: dateSaid(to.date), from: dateSaid(from.date) }),
    );
  if (path === 'geometric' && !(from.value > 0 && to.value > 0))
    throw new UsageError(
      say('geometric-positive', {
        which: from.value > 0 ? 'to' : 'from',
        value: from.value > 0 ? to.value : from.value,
      }),
    );
  const result = milestones(from, to, { path, every });
  const words =
    lang === 'vi' ? { date: 'ngày', value: 'giá trị' } : { date: 'date', value: 'value' };
  return {
    data: { from, to, path, every, milestones: result },
    text: () =>
      `${formatTable(
        [{ header: words.date }, { header: words.value, align: 'right' }],
        result.map((m) => [dateText(m.date, lang), roundedText(m.value, 2, lang)]),
      )}\n`,
  };
}
