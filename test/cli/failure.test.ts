import { describe, expect, it } from 'vitest';
import { say, UsageError } from '../../src/cli/command.js';
import { errorJson, errorLines, issueSentence, reportFailure } from '../../src/cli/failure.js';
import { DxError, type DxIssue } from '../../src/index.js';
import { memoryIo } from './fixture.js';

/** A failure reported through an in-memory io: the exit code and what was written. */
function reported(
  error: unknown,
  options: { command?: string; lang?: 'vi' | 'en'; json?: boolean; commandHelp?: boolean } = {},
) {
  const io = memoryIo();
  const code = reportFailure(error, {
    io: io.io,
    command: options.command,
    lang: options.lang ?? 'en',
    json: options.json ?? false,
    commandHelp: options.commandHelp ?? true,
  });
  return { code, out: io.out(), err: io.err() };
}

const empty: DxIssue = {
  path: ['a.csv', 3, 'giá trị'],
  message: 'the cell is empty',
  expected: 'a finite number',
  line: 4,
  column: 2,
};

describe('issueSentence', () => {
  it('writes a sentence that says where it is as the catalogue words it, in either language', () => {
    const located: DxIssue = {
      path: ['x'],
      message: 'x',
      key: 'in-file',
      params: { file: 'a.csv', text: 'hỏng' },
    };
    expect(issueSentence(located, 'en')).toBe('a.csv: hỏng');
    expect(issueSentence(located, 'vi')).toBe('a.csv: hỏng');
  });

  it('keeps the English message, and in Vietnamese names file, line, column and the column’s name', () => {
    expect(issueSentence(empty, 'en')).toBe('the cell is empty');
    expect(issueSentence(empty, 'vi')).toBe('a.csv, dòng 4, cột 2 (giá trị): cần một số hữu hạn');
    // Without a column: no column and no name; a path not starting with a file: no file.
    const { column: _, ...lineOnly } = empty;
    expect(issueSentence(lineOnly, 'vi')).toBe('a.csv, dòng 4: cần một số hữu hạn');
    expect(issueSentence({ ...empty, path: [3, 'giá trị'] }, 'vi')).toBe(
      'dòng 4, cột 2 (giá trị): cần một số hữu hạn',
    );
    expect(issueSentence({ ...empty, path: ['a.csv', 3] }, 'vi')).toBe(
      'a.csv, dòng 4, cột 2: cần một số hữu hạn',
    );
  });

  it('puts the place in front of a catalogue sentence that does not say it', () => {
    const keyed: DxIssue = { ...empty, key: 'cell-empty', params: {} };
    expect(issueSentence(keyed, 'vi')).toBe('a.csv, dòng 4, cột 2 (giá trị): ô trống');
    expect(issueSentence(keyed, 'en')).toBe('the cell is empty');
  });

  it('writes an issue without a line by its path, as formatIssue does', () => {
    const { line: _, column: __, ...unplaced } = empty;
    expect(issueSentence(unplaced, 'vi')).toBe('a.csv[3]["giá trị"]: cần một số hữu hạn');
  });
});

describe('errorLines and errorJson', () => {
  const many = new DxError('VALIDATION_FAILED', 'first\nsecond', {
    issues: Array.from({ length: 23 }, (_, i) => ({ ...empty, line: i + 2 })),
  });

  it('keeps the message in English and lists at most 20 issues in Vietnamese, after the title', () => {
    expect(errorLines(many, 'en')).toEqual(['first', 'second']);
    const vi = errorLines(many, 'vi');
    expect(vi).toHaveLength(22);
    expect(vi[0]).toMatch(/\(VALIDATION_FAILED\)$/);
    expect(vi[1]).toBe('a.csv, dòng 2, cột 2 (giá trị): cần một số hữu hạn');
    expect(vi[20]).toBe('a.csv, dòng 21, cột 2 (giá trị): cần một số hữu hạn');
    expect(vi[21]).toBe('(+3 lỗi khác)');
    const twenty = new DxError('VALIDATION_FAILED', 'x', { issues: many.issues.slice(0, 20) });
    expect(errorLines(twenty, 'vi')).toHaveLength(21);
    expect(errorLines(twenty, 'vi').at(-1)).toBe(
      'a.csv, dòng 21, cột 2 (giá trị): cần một số hữu hạn',
    );
  });

  it('leaves out the title when every issue is a catalogue sentence, and gives only it without issues', () => {
    const said = new DxError('VALIDATION_FAILED', 'x', {
      issues: [{ path: [], message: 'x', key: 'in-file', params: { file: 'a.csv', text: 'hỏng' } }],
    });
    expect(errorLines(said, 'vi')).toEqual(['a.csv: hỏng']);
    // One issue without a sentence of its own: the title comes first.
    const mixed = new DxError('VALIDATION_FAILED', 'x', { issues: [...said.issues, empty] });
    const lines = errorLines(mixed, 'vi');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/\(VALIDATION_FAILED\)$/);
    expect(lines.slice(1)).toEqual([
      'a.csv: hỏng',
      'a.csv, dòng 4, cột 2 (giá trị): cần một số hữu hạn',
    ]);
    const bare = new DxError('TOO_LARGE', 'too large');
    expect(errorLines(bare, 'vi')).toHaveLength(1);
    expect(errorLines(bare, 'vi')[0]).toMatch(/\(TOO_LARGE\)$/);
  });

  it('gives the code, the lines and each issue’s sentence as JSON, the expected value in the language', () => {
    const one = new DxError('VALIDATION_FAILED', 'the cell is empty', { issues: [empty] });
    expect(errorJson(one, 'en')).toStrictEqual({
      code: 'VALIDATION_FAILED',
      message: 'the cell is empty',
      issues: [{ ...empty }],
    });
    expect(errorJson(one, 'vi')).toStrictEqual({
      code: 'VALIDATION_FAILED',
      message: errorLines(one, 'vi').join('\n'),
      issues: [
        {
          ...empty,
          message: 'a.csv, dòng 4, cột 2 (giá trị): cần một số hữu hạn',
          expected: 'cần một số hữu hạn',
        },
      ],
    });
    const { expected: _, ...plain } = empty;
    const noExpected = new DxError('VALIDATION_FAILED', 'x', { issues: [plain] });
    expect(errorJson(noExpected, 'vi').issues).toStrictEqual([
      { ...plain, message: issueSentence(plain, 'vi') },
    ]);
  });
});

describe('reportFailure', () => {
  it('writes a usage error with the hint to the command’s help, or to the list of commands (exit 2)', () => {
    const usage = new UsageError(say('option-required', { option: '--by' }));
    expect(reported(usage, { command: 'rank' })).toEqual({
      code: 2,
      out: '',
      err: 'vn-dx rank: --by is required\nRun vn-dx rank --help for its options.\n',
    });
    expect(reported(usage, { command: 'rank', commandHelp: false }).err).toBe(
      'vn-dx rank: --by is required\nRun vn-dx help for the commands.\n',
    );
    expect(reported(usage).err).toBe('vn-dx: --by is required\nRun vn-dx help for the commands.\n');
    expect(reported(usage, { command: 'rank', lang: 'vi' }).err).toBe(
      'vn-dx rank: cần có --by\nChạy vn-dx rank --help để xem các tùy chọn.\n',
    );
    expect(JSON.parse(reported(new UsageError('plain text'), { json: true }).err)).toStrictEqual({
      code: 'USAGE',
      message: 'plain text',
      key: 'text',
      params: { text: 'plain text' },
      hint: 'Run vn-dx help for the commands.',
    });
  });

  it('writes bad input a line each behind the command’s name, or as JSON (exit 1)', () => {
    const error = new DxError('VALIDATION_FAILED', 'one\ntwo');
    expect(reported(error, { command: 'validate' })).toEqual({
      code: 1,
      out: '',
      err: 'vn-dx validate: one\nvn-dx validate: two\n',
    });
    expect(JSON.parse(reported(error, { command: 'validate', json: true }).err)).toStrictEqual({
      code: 'VALIDATION_FAILED',
      message: 'one\ntwo',
      issues: [],
    });
  });

  it('names the file that cannot be read, and leaves anything else to the caller', () => {
    const fsError = (code: string, path?: string) =>
      Object.assign(new Error(code), { code }, path === undefined ? {} : { path });
    expect(reported(fsError('ENOENT', 'a.csv'), { command: 'rank', lang: 'vi' })).toEqual({
      code: 1,
      out: '',
      err: 'vn-dx rank: không đọc được a.csv: không có tệp này\n',
    });
    expect(reported(fsError('ENOENT')).err).toBe('vn-dx: cannot read the file: no such file\n');
    expect(JSON.parse(reported(fsError('EACCES', 'a.csv'), { json: true }).err)).toStrictEqual({
      code: 'EACCES',
      message: 'cannot read a.csv: EACCES',
      key: 'cannot-read',
      params: { file: 'a.csv', reason: 'EACCES' },
    });
    expect(reported(fsError('EISDIR'), { lang: 'vi' }).err).toBe(
      'vn-dx: không đọc được tệp: EISDIR\n',
    );
    expect(reported(fsError('EIO', 'a.csv'))).toEqual({ code: undefined, out: '', err: '' });
    expect(reported(new RangeError('bug'))).toEqual({ code: undefined, out: '', err: '' });
  });
});
