import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeIo, WHOLE_FILE_LIMIT } from '../../src/cli/io.js';

// Standard input cannot be fed to a test worker, so file descriptor 0 is answered here, and
// what the command writes to descriptor 1 is caught; every other call goes to the file system.
const written: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  let stdinRead = false;
  return {
    ...actual,
    readSync: ((fd: number, buffer: Uint8Array, ...rest: unknown[]) => {
      if (fd !== 0) return (actual.readSync as (...args: unknown[]) => number)(fd, buffer, ...rest);
      if (stdinRead) return 0;
      stdinRead = true;
      return Buffer.from('from standard input').copy(buffer);
    }) as typeof actual.readSync,
    writeSync: ((fd: number, data: Uint8Array, offset?: number | null) => {
      if (fd !== 1) return (actual.writeSync as (...args: unknown[]) => number)(fd, data, offset);
      written.push(Buffer.from(data.subarray(offset ?? 0)).toString());
      return data.length - (offset ?? 0);
    }) as typeof actual.writeSync,
  };
});

describe('nodeIo', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-dx-io-'));
    dirs.push(dir);
    return dir;
  };

  it('writes a file and reads it back as UTF-8', () => {
    const io = nodeIo();
    const file = join(tempDir(), 'tỉnh.csv');
    io.writeFile(file, 'tỉnh;giá trị\nQuảng Nam;51,16%\n');
    expect(readFileSync(file, 'utf8')).toBe('tỉnh;giá trị\nQuảng Nam;51,16%\n');
    expect(io.readFile(file)).toBe('tỉnh;giá trị\nQuảng Nam;51,16%\n');
  });

  it('reads standard input for -', () => {
    expect(nodeIo().readFile('-')).toBe('from standard input');
  });

  it('fails with the file system’s error code for a missing file', () => {
    const missing = join(tempDir(), 'missing.csv');
    expect(() => nodeIo().readFile(missing)).toThrowError(
      expect.objectContaining({ code: 'ENOENT', path: missing }),
    );
  });

  it('prints to standard output (written before it returns) and error, and reports the terminal and environment', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const io = nodeIo();
    io.stdout('kết quả\n');
    io.stderr('lỗi\n');
    expect(written).toEqual(['kết quả\n']);
    expect(err).toHaveBeenCalledWith('lỗi\n');
    expect(io.isTTY).toBe(false);
    expect(io.env).toBe(process.env);
  });

  it('stops before reading a file over the whole-file limit, and reads one in pieces', () => {
    const file = join(tempDir(), 'big.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    truncateSync(file, WHOLE_FILE_LIMIT + 1);
    expect(() => nodeIo().readFile(file)).toThrowError(
      expect.objectContaining({
        code: 'TOO_LARGE',
        message: `${file}: 65 MB is more than this command reads at once (64 MB); rank reads a CSV file of any size; other commands need the file split (by province or year).`,
      }),
    );
    const pieces = [...(nodeIo().readPieces?.(file) ?? [])];
    expect(pieces.length).toBe(Math.ceil((WHOLE_FILE_LIMIT + 1) / (8 * 1024)));
  });
});
