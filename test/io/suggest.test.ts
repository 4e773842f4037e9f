import { describe, expect, it } from 'vitest';
import { closest } from '../../src/io/suggest.js';

const ids = [
  'gov.dossiers.online-share',
  'gov.dossiers.fully-online-share',
  'soc.households-fixed-broadband-share',
];

describe('closest', () => {
  it('suggests a close id, a dotted part, or nothing', () => {
    expect(closest('gov.dossiers.online-shar', ids)).toBe('gov.dossiers.online-share');
    expect(closest('gov.dosiers.onlin-share', ids)).toBe('gov.dossiers.online-share');
    expect(closest('online-share', ids)).toBe('gov.dossiers.online-share');
    expect(closest('made.up', ids)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});

describe('closest: the limits (issue #25)', () => {
  it('counts every letter of the name, and gives a tie to the first candidate', () => {
    expect(closest('abcz', ['abc', 'abcz'])).toBe('abcz');
    expect(closest('abd', ['abc', 'abe'])).toBe('abc');
    expect(closest('abd', ['abe', 'abc'])).toBe('abe');
  });

  it('suggests within a third of the name in edits, and never fewer than 2', () => {
    expect(closest('abcdef', ['abxyef'])).toBe('abxyef');
    expect(closest('abcdef', ['axyzef'])).toBeUndefined();
    expect(closest('abcdefghi', ['abcxyzghi'])).toBe('abcxyzghi');
    expect(closest('abcdefghi', ['abwxyzghi'])).toBeUndefined();
    expect(closest('abc', ['xyz'])).toBeUndefined();
    expect(closest('ab', ['xy'])).toBe('xy');
  });

  it('suggests a far candidate only when the name is a dotted part or a dotted end of it', () => {
    expect(closest('b.c', ['zzzzzz.b.c'])).toBe('zzzzzz.b.c');
    expect(closest('b.c', ['b.c.zzzzzz'])).toBeUndefined();
    expect(closest('share', ['zzzzzz.share.zzzzzz'])).toBe('zzzzzz.share.zzzzzz');
    expect(closest('share', ['zzzzzzzzshare'])).toBeUndefined();
  });
});
