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
