import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeIo } from '../../src/cli/io.js';

// Standard input cannot be fed to a test worker, so file descriptor 0 is answered here;
// every other read goes to the real file system.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    readFileSync: ((path: unknown, options: unknown) =>
      path === 0
        ? Buffer.from('from standard input')
        : actual.readFileSync(path as string, options as 'utf8')) as typeof actual.readFileSync,
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

  it('prints to the process’s standard output and error, and reports the terminal and environment', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const io = nodeIo();
    io.stdout('kết quả\n');
    io.stderr('lỗi\n');
    expect(out).toHaveBeenCalledWith('kết quả\n');
    expect(err).toHaveBeenCalledWith('lỗi\n');
    expect(io.isTTY).toBe(process.stdout.isTTY === true);
    expect(io.env).toBe(process.env);
  });
});
