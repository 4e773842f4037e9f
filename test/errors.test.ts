import { describe, expect, it } from 'vitest';
import { DxError, isDxError } from '../src/errors.js';

describe('DxError', () => {
  it('carries a code, a message, frozen issues and a cause', () => {
    const cause = new Error('inner');
    const error = new DxError('VALIDATION_FAILED', 'bad row', {
      issues: [{ path: ['rows', 2, 'value'], message: 'not a number', line: 3, column: 4 }],
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DxError');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('bad row');
    expect(error.issues[0]?.line).toBe(3);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.cause).toBe(cause);
  });

  it('has no cause and no issues by default', () => {
    const error = new DxError('EMPTY_INPUT', 'nothing');
    expect(error.issues).toEqual([]);
    expect('cause' in error).toBe(false);
  });
});

describe('isDxError', () => {
  it('recognises DxError, optionally by code', () => {
    const error = new DxError('EMPTY_INPUT', 'nothing');
    expect(isDxError(error)).toBe(true);
    expect(isDxError(error, 'EMPTY_INPUT')).toBe(true);
    expect(isDxError(error, 'CSV_SYNTAX')).toBe(false);
  });

  it('recognises a DxError from another copy of the library by name', () => {
    const foreign = { name: 'DxError', code: 'CSV_SYNTAX', message: 'x' };
    expect(isDxError(foreign)).toBe(true);
    expect(isDxError(foreign, 'CSV_SYNTAX')).toBe(true);
    expect(isDxError(foreign, 'EMPTY_INPUT')).toBe(false);
  });

  it('rejects everything else', () => {
    expect(isDxError(new Error('x'))).toBe(false);
    expect(isDxError(null)).toBe(false);
    expect(isDxError('DxError')).toBe(false);
  });
});
