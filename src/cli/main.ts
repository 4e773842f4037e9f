import { parseArgs } from 'node:util';
import { type RankSeries, renderRankChart } from '../chart/rank-chart.js';
import { DTI_RESULTS } from '../dti/results.js';
import { DxError, isDxError } from '../errors.js';
import { parseCsv } from '../io/csv.js';
import { parseObservationsCsv, parseObservationsJson } from '../io/observations.js';
import { progress } from '../kpi/progress.js';
import type { Dataset } from '../model/dataset.js';
import type { TieMethod } from '../model/ties.js';
import { successorOf } from '../provinces/lineage.js';
import { findProvince, getProvince, provincesAt } from '../provinces/lookup.js';
import { getRegion } from '../provinces/regions.js';
import { rank } from '../ranking/rank.js';
import { rankWithin } from '../ranking/rank-by.js';
import { seedDataset } from '../seed.js';
import { parseViNumber } from '../vi/number.js';
import { type CliIo, nodeIo } from './io.js';
import { buildReport, type Lang, renderReport } from './report.js';
import { formatTable } from './table.js';

const VERSION = '0.1.0';

const HELP: Readonly<Record<string, string>> = {
  main: `vn-dx — Vietnam's provincial digital transformation (chuyển đổi số) from the command line

Usage: vn-dx <command> [options]

Commands:
  report                 the seed dataset as a scoreboard (default)
  provinces [query]      list provinces, or find one by name, alias or code
  rank <file>            rank the rows of a CSV or JSON file by a column
  progress <file>        progress of each row's value towards its target
  validate <file>        check an observations file (CSV or JSON)
  chart ranks            draw the rank histories of the seed dataset as SVG

Options for every command:
  --json                 print JSON instead of tables
  --lang vi|en           labels in Vietnamese (default) or English
  -h, --help             help for a command, e.g. vn-dx rank --help
  -v, --version          print the version

A <file> of - reads standard input. Exit codes: 0 ok, 1 bad input, 2 bad usage.
`,
  report: `Usage: vn-dx report [--province <name or code>] [--lang vi|en] [--json]

Per province of the seed dataset: its programme, sources, ranks with change,
indicators pillar by pillar, progress to its own and the national targets, and
the figures whose shares disagree with their counts. Ranks combine the
articles' with the published DTI tables (vn-dx/dti). --province keeps one
province (a name of the 63-unit era, with or without diacritics, or a code).
`,
  provinces: `Usage: vn-dx provinces [query] [--at YYYY-MM-DD] [--json] [--lang vi|en]

Without a query: the provinces valid on the day (default 2025-07-01).
With a query (name with or without diacritics, alias, GSO or ISO code): that
province, its region and its place across the 2025 merger.
`,
  rank: `Usage: vn-dx rank <file> --by <column> [--ties competition|modified|dense|ordinal|fractional]
                  [--direction higher-is-better|lower-is-better] [--group-by <column>]
                  [--decimal comma|dot] [--json]

Ranks the rows of a CSV (delimiter , ; or tab, detected) or a JSON array of
objects by a numeric column; 1 is best. Empty cells stay unranked. Numbers
are read with a decimal comma (1.234,5) when --decimal comma, with a decimal
point when --decimal dot; by default, comma if any cell of the column has one.
`,
  progress: `Usage: vn-dx progress <file> [--json]

Each row needs columns value and target, and may have baseline (default 0)
and direction (higher-is-better or lower-is-better); other columns are shown
as they are. Numbers may be written the Vietnamese way (51,16).
`,
  validate: `Usage: vn-dx validate <file> [--json]

Reads observations (CSV with columns province, indicator, period, value and
optionally qualifier, source, paragraph, note, id; or a JSON array) and
reports every bad cell with its line and column.
`,
  chart: `Usage: vn-dx chart ranks [--out file.svg] [--lang vi|en]

Draws the DTI rank history of each province in the seed dataset as a
standalone SVG, to standard output or to --out.
`,
};

class UsageError extends Error {}

/** A row of CSV or JSON input, and how to say where one of its cells is. */
interface InputRow {
  readonly where: (column: number, name: string) => string;
  readonly values: Record<string, string>;
}

function readRecords(io: CliIo, file: string): { header: string[]; rows: InputRow[] } {
  const text = io.readFile(file);
  if (/^\s*\[/.test(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw new DxError(
        'INVALID_ARGUMENT',
        `JSON: ${cause instanceof Error ? cause.message : 'malformed'}.`,
      );
    }
    if (
      !Array.isArray(parsed) ||
      parsed.some((row) => typeof row !== 'object' || row === null || Array.isArray(row))
    ) {
      throw new DxError('VALIDATION_FAILED', 'JSON: expected an array of objects.');
    }
    const header = [...new Set(parsed.flatMap((row) => Object.keys(row as object)))];
    return {
      header,
      rows: parsed.map((row, index) => ({
        where: (_column: number, name: string) => `record ${index + 1} (${name})`,
        values: Object.fromEntries(
          header.map((key) => [
            key,
            (row as Record<string, unknown>)[key] == null
              ? ''
              : String((row as Record<string, unknown>)[key]),
          ]),
        ),
      })),
    };
  }
  const table = parseCsv(text);
  return {
    header: [...table.header],
    rows: table.rows.map((row) => ({
      where: (column: number, name: string) => `line ${row.line}, column ${column} (${name})`,
      values: Object.fromEntries(table.header.map((name, i) => [name, row.cells[i] ?? ''])),
    })),
  };
}

function numberReader(
  cells: readonly string[],
  decimal: string | undefined,
): (text: string) => number {
  const comma =
    decimal === 'comma' || (decimal === undefined && cells.some((cell) => cell.includes(',')));
  if (decimal !== undefined && decimal !== 'comma' && decimal !== 'dot')
    throw new UsageError(`--decimal: expected comma or dot, got ${decimal}`);
  return comma
    ? parseViNumber
    : (text) => {
        if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) {
          throw new DxError(
            'INVALID_NUMBER',
            `${JSON.stringify(text)} is not a number (use --decimal comma for 51,16).`,
          );
        }
        return Number(text);
      };
}

function cellError(file: string, where: string, error: unknown): DxError {
  const message = error instanceof Error ? error.message : String(error);
  return new DxError(
    isDxError(error) ? error.code : 'INVALID_ARGUMENT',
    `${file}: ${where}: ${message}`,
  );
}

function requireColumn(header: readonly string[], name: string, option: string): number {
  const index = header.indexOf(name);
  if (index === -1)
    throw new UsageError(
      `${option}: no column ${JSON.stringify(name)}; the columns are ${header.join(', ')}`,
    );
  return index;
}

/** Runs the command line; returns the exit code. */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  io: CliIo = nodeIo(),
  dataset: Dataset = seedDataset,
): Promise<number> {
  const color = io.isTTY && !io.env.NO_COLOR;
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text);
  let command = 'report';
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        at: { type: 'string' },
        by: { type: 'string' },
        ties: { type: 'string' },
        direction: { type: 'string' },
        'group-by': { type: 'string' },
        decimal: { type: 'string' },
        out: { type: 'string' },
        province: { type: 'string' },
      },
    });
    command = positionals[0] ?? 'report';
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (!Object.hasOwn(HELP, command) || command === 'main')
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    if (values.help) {
      io.stdout(HELP[command] ?? '');
      return 0;
    }
    const lang = (values.lang ?? 'vi') as Lang;
    if (lang !== 'vi' && lang !== 'en')
      throw new UsageError(`--lang: expected vi or en, got ${values.lang}`);
    const args = positionals.slice(1);
    const print = (data: unknown, text: () => string) =>
      io.stdout(values.json ? `${JSON.stringify(data, null, 2)}\n` : text());

    switch (command) {
      case 'report': {
        let only: string | undefined;
        if (values.province !== undefined) {
          const province = findProvince(values.province, { at: '2025-06-30' });
          if (!province)
            throw new DxError(
              'UNKNOWN_PROVINCE',
              `no province matches ${JSON.stringify(values.province)} before the 2025 merger`,
            );
          only = province.code;
        }
        const report = buildReport(dataset, lang, only);
        print(report, () => renderReport(report, lang, bold));
        return 0;
      }
      case 'provinces': {
        const at = values.at ?? '2025-07-01';
        if (args.length === 0) {
          const list = provincesAt(at);
          print(
            list,
            () =>
              `${formatTable(
                [
                  { header: 'code' },
                  { header: lang === 'vi' ? 'tên' : 'name' },
                  { header: lang === 'vi' ? 'loại' : 'kind' },
                  { header: lang === 'vi' ? 'vùng' : 'region', max: 40 },
                ],
                list.map((p) => [
                  p.code,
                  p.name,
                  p.kind,
                  p.regions.map((r) => getRegion(r).name[lang]).join(' + '),
                ]),
              )}\n`,
          );
          return 0;
        }
        const query = args.join(' ');
        const found = findProvince(query, { at });
        if (!found)
          throw new DxError(
            'UNKNOWN_PROVINCE',
            `no province matches ${JSON.stringify(query)} on ${at}`,
          );
        const lineage =
          found.era === '63'
            ? `→ ${successorOf(found.code).name} (${successorOf(found.code).code}) from 2025-07-01`
            : `← ${found.predecessors.join(', ')}`;
        print(found, () =>
          [
            `${bold(found.fullName)} (${found.code}) · ${found.nameEn}`,
            `${found.kind} · ${found.regions.map((r) => getRegion(r).name[lang]).join(' + ')} · ${found.iso3166_2 ?? 'no ISO 3166-2 code'}`,
            `${found.validFrom} – ${found.validTo ?? ''} ${lineage}`,
            '',
          ].join('\n'),
        );
        return 0;
      }
      case 'rank': {
        const file = args[0];
        if (!file) throw new UsageError('rank needs a file (or - for standard input)');
        if (!values.by) throw new UsageError('rank needs --by <column>');
        const { header, rows } = readRecords(io, file);
        const column = requireColumn(header, values.by, '--by');
        const read = numberReader(
          rows.map((row) => row.values[values.by as string] ?? ''),
          values.decimal,
        );
        const numbers = rows.map((row) => {
          const text = (row.values[values.by as string] ?? '').trim();
          if (text === '') return null;
          try {
            return read(text);
          } catch (error) {
            throw cellError(file, row.where(column + 1, values.by as string), error);
          }
        });
        const options = {
          ties: (values.ties ?? 'competition') as TieMethod,
          direction: (values.direction ?? 'higher-is-better') as
            | 'higher-is-better'
            | 'lower-is-better',
        };
        const groupBy = values['group-by'];
        if (groupBy !== undefined) requireColumn(header, groupBy, '--group-by');
        const ranks =
          groupBy === undefined
            ? rank(numbers, options).map((r) => ({ rank: r, of: null as number | null }))
            : rankWithin(
                rows.map((row, i) => ({
                  group: row.values[groupBy] ?? '',
                  value: numbers[i] ?? null,
                })),
                'group',
                'value',
                options,
              ).map((r) => ({ rank: r.rank, of: r.of }));
        const records = rows.map((row, i) => ({
          ...row.values,
          rank: ranks[i]?.rank ?? null,
          ...(groupBy === undefined ? {} : { of: ranks[i]?.of ?? null }),
        }));
        print(
          records,
          () =>
            `${formatTable(
              [
                ...header.map((name) => ({ header: name, max: 30 })),
                { header: 'rank', align: 'right' as const },
              ],
              records.map((record) => [
                ...header.map((name) => String(record[name as keyof typeof record] ?? '')),
                record.rank === null
                  ? '—'
                  : groupBy === undefined
                    ? String(record.rank)
                    : `${record.rank}/${record.of}`,
              ]),
            )}\n`,
        );
        return 0;
      }
      case 'progress': {
        const file = args[0];
        if (!file) throw new UsageError('progress needs a file (or - for standard input)');
        const { header, rows } = readRecords(io, file);
        const valueColumn = requireColumn(header, 'value', 'progress');
        const targetColumn = requireColumn(header, 'target', 'progress');
        const results = rows.map((row) => {
          const read = (name: string, index: number) => {
            const text = (row.values[name] ?? '').trim();
            try {
              return parseViNumber(text);
            } catch (error) {
              throw cellError(file, row.where(index + 1, name), error);
            }
          };
          const baselineText = (row.values.baseline ?? '').trim();
          const direction = (row.values.direction ?? '').trim() || 'higher-is-better';
          try {
            return {
              ...row.values,
              ...progress({
                value: read('value', valueColumn),
                target: read('target', targetColumn),
                baseline: baselineText === '' ? 0 : read('baseline', header.indexOf('baseline')),
                direction: direction as 'higher-is-better',
              }),
            };
          } catch (error) {
            if (error instanceof DxError && error.message.startsWith(file)) throw error;
            throw cellError(file, row.where(1, 'row'), error);
          }
        });
        print(
          results,
          () =>
            `${formatTable(
              [
                ...header.map((name) => ({ header: name, max: 30 })),
                { header: 'share', align: 'right' as const },
                { header: 'gap', align: 'right' as const },
                { header: 'met' },
              ],
              results.map((r) => [
                ...header.map((name) => String((r as Record<string, unknown>)[name] ?? '')),
                `${Math.round(r.share * 1000) / 10}%`,
                String(Math.round(r.gap * 100) / 100),
                r.met ? 'yes' : 'no',
              ]),
            )}\n`,
        );
        return 0;
      }
      case 'validate': {
        const file = args[0];
        if (!file) throw new UsageError('validate needs a file (or - for standard input)');
        const text = io.readFile(file);
        let observations: unknown[];
        try {
          observations = /^\s*\[/.test(text)
            ? parseObservationsJson(text)
            : parseObservationsCsv(text, { source: 'cli-input' });
        } catch (error) {
          if (values.json && isDxError(error)) {
            io.stdout(
              `${JSON.stringify({ valid: false, code: error.code, message: error.message, issues: error.issues }, null, 2)}\n`,
            );
            return 1;
          }
          throw isDxError(error)
            ? new DxError(error.code, `${file}: ${error.message}`, { issues: error.issues })
            : error;
        }
        print(
          { valid: true, observations: observations.length },
          () => `${file}: ${observations.length} observations, all valid\n`,
        );
        return 0;
      }
      case 'chart': {
        if (args[0] !== 'ranks')
          throw new UsageError('chart draws ranks: vn-dx chart ranks [--out file.svg]');
        // The seed provinces' ranks: the published results first, then what the articles add.
        const codes = new Set(dataset.sources.map((source) => source.province));
        const byProvince = new Map<string, RankSeries['points'][number][]>();
        const published = DTI_RESULTS.filter(
          (entry) => entry.of === 63 && codes.has(entry.province),
        );
        for (const entry of [...published, ...dataset.rankings]) {
          if (entry.scope !== 'national' || entry.edition === null || entry.of !== 63) continue;
          const name = getProvince(entry.province, { at: '2025-06-30' }).name;
          const points = byProvince.get(name) ?? [];
          if (!points.some((p) => p.edition === entry.edition))
            points.push({ edition: entry.edition, rank: entry.rank, of: entry.of });
          byProvince.set(name, points);
        }
        const svg = renderRankChart(
          [...byProvince.entries()].map(([label, points]) => ({ label, points })),
          { title: lang === 'vi' ? 'Thứ hạng DTI cấp tỉnh' : 'Provincial DTI rank', lang },
        );
        if (values.out) {
          io.writeFile(values.out, svg);
          io.stderr(`wrote ${values.out}\n`);
        } else {
          io.stdout(svg);
        }
        return 0;
      }
    }
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(
        `vn-dx ${command}: ${error.message}\nRun vn-dx ${command === 'report' ? '' : `${command} `}--help for usage.\n`,
      );
      return 2;
    }
    if (isDxError(error)) {
      io.stderr(`vn-dx ${command}: ${error.message}\n`);
      return 1;
    }
    if (
      error instanceof Error &&
      'code' in error &&
      (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'EACCES')
    ) {
      io.stderr(
        `vn-dx ${command}: cannot read ${'path' in error ? String(error.path) : 'the file'}: ${error.code === 'ENOENT' ? 'no such file' : String(error.code)}\n`,
      );
      return 1;
    }
    throw error;
  }
}
