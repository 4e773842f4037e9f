import type { CommandContext } from '../../src/cli/command.js';
import type { CliIo } from '../../src/cli/io.js';
import type { Dataset } from '../../src/model/dataset.js';

/** A small dataset in the seed's shape, so the CLI can be tested apart from the seed data. */
export const fixture: Dataset = {
  sources: [
    {
      id: 'hg-report-2022',
      outlet: 'Báo Hậu Giang',
      published: '2022-10',
      title: null,
      subject: 'The chairman on early results.',
      interviewee: {
        name: 'Đồng Văn Thanh',
        role: { vi: 'Chủ tịch UBND tỉnh', en: 'Chairman of the Provincial People’s Committee' },
      },
      province: '93',
    },
  ],
  documents: [
    {
      id: 'hg-nq-2021',
      number: '04-NQ/TU',
      kind: { vi: 'Nghị quyết', en: 'Resolution' },
      issuer: { vi: 'Tỉnh ủy Hậu Giang', en: 'Hậu Giang Provincial Party Committee' },
      scope: '93',
      issued: '2021',
      title: { vi: 'Nghị quyết về chuyển đổi số', en: 'Resolution on digital transformation' },
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2025 },
      },
      orientationYear: 2030,
      sources: [{ source: 'hg-report-2022', paragraph: 2 }],
    },
  ],
  programmes: [
    {
      id: 'hg-programme',
      name: { vi: 'Chuyển đổi số tỉnh Hậu Giang', en: 'Hậu Giang digital transformation' },
      scope: '93',
      documents: ['hg-nq-2021'],
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2025 },
      },
      orientationYear: 2030,
      sources: [{ source: 'hg-report-2022' }],
    },
  ],
  indicators: [],
  observations: [
    {
      id: 'hg-1',
      province: '93',
      indicator: 'gov.dossiers.online-share',
      period: { kind: 'year', year: 2021 },
      value: 40,
      qualifier: 'approx',
      source: { source: 'hg-report-2022', paragraph: 3 },
    },
    {
      id: 'hg-2',
      province: '93',
      indicator: 'gov.edocs.outgoing-signed.count',
      period: { kind: 'year', year: 2021 },
      value: 129396,
      qualifier: 'exact',
      source: { source: 'hg-report-2022' },
    },
    {
      id: 'hg-3',
      province: '93',
      indicator: 'gov.edocs.outgoing.count',
      period: { kind: 'year', year: 2021 },
      value: 136302,
      qualifier: 'exact',
      source: { source: 'hg-report-2022' },
    },
    {
      id: 'hg-4',
      province: '93',
      indicator: 'gov.edocs.outgoing-signed-share',
      period: { kind: 'year', year: 2021 },
      value: 94,
      qualifier: 'exact',
      source: { source: 'hg-report-2022' },
    },
  ],
  targets: [
    {
      id: 'hg-t1',
      scope: '93',
      indicator: 'dti.overall.rank',
      comparator: 'top-n',
      value: 20,
      deadline: { kind: 'year', year: 2025 },
      document: 'hg-nq-2021',
      verified: true,
    },
    {
      id: 'hg-t2',
      scope: '93',
      indicator: 'gov.dossiers.online-share',
      comparator: 'gte',
      value: 80,
      deadline: { kind: 'year', year: 2025 },
      verified: true,
    },
    {
      id: 'hg-t3',
      scope: '93',
      indicator: 'soc.households-fixed-broadband-share',
      comparator: 'gte',
      value: 80,
      deadline: { kind: 'year', year: 2025 },
      verified: true,
    },
  ],
  rankings: [
    {
      id: 'hg-r1',
      index: 'DTI',
      edition: 2020,
      province: '93',
      rank: 28,
      of: 63,
      scope: 'national',
      source: { source: 'hg-report-2022' },
    },
    {
      id: 'hg-r2',
      index: 'DTI',
      edition: 2021,
      province: '93',
      rank: 17,
      of: 63,
      scope: 'national',
      source: { source: 'hg-report-2022' },
    },
  ],
};

/** An in-memory CliIo that records what the command printed and wrote. */
export function memoryIo(
  files: Record<string, string> = {},
  options: { isTTY?: boolean; env?: Record<string, string> } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => {
      if (!Object.hasOwn(files, path))
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT', path });
      return files[path] as string;
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    version: '0.1.0',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

/** A command's context over an in-memory CliIo, for calling one command's function directly. */
export function contextOf(
  lang: 'en' | 'vi' = 'en',
  json = false,
  files: Record<string, string> = {},
) {
  const io = memoryIo(files);
  const context: CommandContext = { io: io.io, dataset: fixture, lang, json, bold: (t) => t };
  return { context, ...io };
}

/** Runs the command line in memory, on the fixture dataset unless another is given. */
export async function run(
  argv: string[],
  files: Record<string, string> = {},
  options: { isTTY?: boolean; env?: Record<string, string>; dataset?: Dataset } = {},
) {
  const { main } = await import('../../src/cli/main.js');
  const io = memoryIo(files, options);
  const code = await main(argv, io.io, options.dataset ?? fixture);
  return { code, out: io.out(), err: io.err(), written: io.written };
}
