// Runs every command on every file of test/fixtures/office and every file the guides write
// (`$ cat file` blocks), in Vietnamese, and scans standard output and standard error for English
// words. The words come from the English side of the texts themselves (error catalogue, help,
// summaries, option descriptions) and a list of common ones, minus any word the Vietnamese side
// uses too; ids, codes, option names and values, file names and the files' own cells are allowed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMON_OPTIONS, READING_OPTIONS } from '../../src/cli/command.js';
import type { CliIo } from '../../src/cli/io.js';
import { loadCommands, main } from '../../src/cli/main.js';
import { INDICATORS } from '../../src/framework.js';
import { COLUMN_NAMES, decodeText } from '../../src/index.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../../src/provinces/eras.js';
import { provincesAt } from '../../src/provinces.js';
import { seedDataset } from '../../src/seed.js';
import { ERROR_TITLES, ISSUE_WORDS, MESSAGES } from '../../src/vi/error-catalogue.js';

const COMMANDS = await loadCommands();

const root = fileURLToPath(new URL('../..', import.meta.url));
const office = join(root, 'test/fixtures/office');

/** Every file a user of the guides or an office would hand the command, as bytes. */
function corpus(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(office)) files[name] = readFileSync(join(office, name));
  for (const guide of readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(join(root, 'docs', guide), 'utf8');
    for (const match of text.matchAll(/```text\n\$ cat (\S+)\n([\s\S]*?)```/g))
      files[match[1] as string] = new TextEncoder().encode(match[2] ?? '');
  }
  return files;
}

const FILES = corpus();

function fileIo(out: string[], err: string[]): CliIo {
  return {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path, encoding) => {
      const bytes = FILES[path];
      if (bytes === undefined)
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT', path });
      return decodeText(bytes, { name: path, ...(encoding === undefined ? {} : { encoding }) });
    },
    writeFile: () => {},
    isTTY: false,
    env: {},
    version: '1.0.0',
  };
}

async function run(
  argv: string[],
  lang: 'vi' | 'en' = 'vi',
): Promise<{ code: number; text: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, '--lang', lang], fileIo(out, err), seedDataset);
  return { code, text: `${out.join('')}\n${err.join('')}` };
}

/** The command lines: every command on every file, then each command's own questions. */
function commandLines(): string[][] {
  const perFile = (file: string): string[][] => [
    ['rank', file, '--by', 'Điểm DTI'],
    ['rank', file, '--by', 'giá trị', '--json'],
    ['progress', file],
    ['progress', file, '--strict', '--json'],
    ['validate', file],
    ['validate', file, '--json'],
    ['chart', 'ranks', file],
    ['plan', 'on-track', file, '--target', '2025=80'],
    ['plan', 'score', file, '--unit', 'Quảng Nam', '--rank', '2'],
    ['uncertainty', file],
    ['address', file],
  ];
  const lines = Object.keys(FILES).flatMap((file) => [
    ...perFile(file),
    ...(file.includes('1258')
      ? perFile(file).map((line) => [...line, '--encoding', 'windows-1258'])
      : []),
  ]);
  return [
    ...lines,
    ['report'],
    ['report', '--province', '93'],
    ['report', '--at', '2025-02-30'],
    ['provinces'],
    ['provinces', 'Huế', '--at', '31/12/2024'],
    ['provinces', 'zzzz'],
    ['indicators'],
    ['indicators', 'zzzz'],
    ['indicators', 'Tỷ lệ hồ sơ trực tuyến'],
    ['chart', 'ranks', '--json'],
    ['chart', 'ranks', '--provinces', '99'],
    ['plan', 'milestones', '--from', '2023=40', '--to', '31/12/2025=80'],
    ['plan', 'milestones', '--from', '2023=40'],
    ['uncertainty', 'scores.csv', '--levels', '5'],
    ['rank', 'khong-co.csv', '--by', 'x'],
    ['rank', 'diem.csv'],
    ['rank', 'diem.csv', '--by', 'Điểm', '--ties', 'zzz'],
    ['rank', 'diem.csv', '--by', 'Điểm', '--zzz'],
    ['rank', 'diem.csv', '--by', 'Điểm', '--target', '2025=80'],
    ['zzz'],
    ['help', 'zzz'],
    ...COMMANDS.map((command) => [command.name, '--help']),
    ['--help'],
  ];
}

/** Words of the English texts; those the Vietnamese texts use too are not counted as English. */
function englishWords(): Set<string> {
  const en: string[] = [
    'expected found column line missing not value the and or of is are to be with a an no',
    'cannot read file should must unknown invalid needs need got row rows cell empty blank',
    'number numbers date day year rank ranks score target option options command usage error',
    'wrote write written such has have there this that which one two from by for at on as',
    'record records header headers delimiter encoding probably likely read reading given',
  ];
  const vi: string[] = [];
  for (const table of [ERROR_TITLES, ISSUE_WORDS, MESSAGES])
    for (const text of Object.values(table) as { en: string; vi: string }[]) {
      en.push(text.en);
      vi.push(text.vi);
    }
  for (const command of COMMANDS) {
    en.push(command.summary.en, command.help.en);
    vi.push(command.summary.vi, command.help.vi);
    for (const option of Object.values({
      ...command.options,
      ...READING_OPTIONS,
      ...COMMON_OPTIONS,
    })) {
      en.push(option.description.en);
      vi.push(option.description.vi);
    }
  }
  const viWords = words(vi);
  return new Set([...words(en)].filter((word) => !viWords.has(word)));
}

/** The ASCII words of texts, lower-cased. */
function words(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => asciiWords(text.toLowerCase())));
}

/** Every text of a dataset but its English labels: the Vietnamese a report prints in both languages. */
function vietnameseTexts(value: unknown, key = ''): string[] {
  if (['en', 'note', 'subject', 'id'].includes(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => vietnameseTexts(item));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => vietnameseTexts(v, k));
  return [];
}

/** Words that are Vietnamese as well as English, and the ASCII words of place names. */
function vietnameseToo(): Set<string> {
  const names = [LAST_DAY_OF_63, FIRST_DAY_OF_34].flatMap((at) =>
    provincesAt(at).flatMap((p) => [p.name, p.fullName, p.nameAscii, p.nameEn]),
  );
  const viTexts = COMMANDS.flatMap((command) => [
    command.summary.vi,
    command.help.vi,
    ...Object.values({ ...command.options, ...COMMON_OPTIONS }).map((o) => o.description.vi),
  ]);
  const data = [...vietnameseTexts(seedDataset), ...vietnameseTexts(INDICATORS)];
  return new Set([
    ...words(names),
    ...words(viTexts),
    ...words(data),
    ...['an', 'in', 'do', 'to', 'con', 'ban', 'excel', 'windows'],
  ]);
}

/** The phrases a Vietnamese output may hold as they are: file names, cells, option values. */
function allowedPhrases(): RegExp[] {
  const phrases = new Set<string>(Object.keys(FILES));
  for (const bytes of Object.values(FILES))
    for (const cell of new TextDecoder().decode(bytes).split(/[\r\n;,\t"]/))
      phrases.add(cell.trim());
  for (const command of COMMANDS)
    for (const option of Object.values({ ...command.options, ...COMMON_OPTIONS }))
      for (const choice of option.choices ?? []) phrases.add(choice);
  for (const names of Object.values(COLUMN_NAMES)) for (const name of names) phrases.add(name);
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...phrases]
    .filter((phrase) => /[A-Za-z]{2}/.test(phrase))
    .sort((a, b) => b.length - a.length)
    .map((phrase) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(phrase)}(?![\\p{L}\\p{N}])`, 'gu'));
}

const PHRASES = allowedPhrases();

/** What a Vietnamese output may hold in ASCII letters: ids, codes, options, files, cells. */
function allowed(text: string): string {
  let kept = text
    .replace(/<[^>\n]*>/g, ' ') // SVG markup
    .replace(/--[a-z-]+/g, ' ') // option names
    .replace(/vn-dx(?: [a-z-]+){1,2}/g, ' ') // command names
    .replace(/^ {2}[a-z]+(?: ranks)? /gm, '  ') // the command list of the help
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' ') // codes
    .replace(/\b[a-z0-9]+(?:[.-][a-z0-9]+)+\b/g, ' ') // ids, kebab-case values
    .replace(/"[A-Za-z]+"\s*:|\b(?:true|false|null)\b/g, ' ') // JSON keys, literals
    .replace(/[\p{L}\p{N}]+…/gu, ' '); // a word a table column cut short ("thanh" → "than…")
  for (const phrase of PHRASES) kept = kept.replace(phrase, ' ');
  return kept;
}

/** The words of a text that are written in ASCII letters only (Vietnamese words mostly are not). */
function asciiWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}_]+/gu) ?? []).filter((word) => /^[A-Za-z]{2,}$/.test(word));
}

describe('vn-dx --lang vi speaks Vietnamese all the way', () => {
  it('prints no English word for any command on any file', async () => {
    const catalogue = englishWords();
    const shared = vietnameseToo();
    const hits: string[] = [];
    const dump: string[] = [];
    for (const argv of commandLines()) {
      const { text } = await run(argv);
      // The English run of the same line adds its words: what an English user reads there.
      const inEnglish = words([allowed((await run(argv, 'en')).text)]);
      // What the user typed is theirs to see again.
      const typed = words(argv);
      const english = new Set(
        [...catalogue, ...inEnglish].filter((word) => !shared.has(word) && !typed.has(word)),
      );
      if (process.env.VI_DUMP) dump.push(`$ vn-dx ${argv.join(' ')}\n${text}`);
      expect(text, argv.join(' ')).not.toMatch(/tiếng Anh\)/);
      const seen = asciiWords(allowed(text));
      const found = [...new Set(seen.filter((word) => english.has(word.toLowerCase())))];
      if (found.length === 0) continue;
      const lines = text
        .split('\n')
        .filter((line) => found.some((word) => asciiWords(allowed(line)).includes(word)));
      hits.push(`vn-dx ${argv.join(' ')} → ${found.join(', ')}\n  ${lines.join('\n  ')}`);
    }
    if (process.env.VI_DUMP) writeFileSync(process.env.VI_DUMP, dump.join('\n'));
    expect(hits.join('\n')).toBe('');
  });
});
