import { describe, expect, it } from 'vitest';
import * as entry from '../src/audit.js';
import * as main from '../src/index.js';

describe('vn-dx/audit', () => {
  it('gathers functions of the main entry: the same objects, none of its own', () => {
    const exported = Object.entries(entry);
    const names = exported.map(([name]) => name);
    const fromMain = new Map(Object.entries(main));
    expect(names).toContain('correlations');
    for (const [name, value] of exported) expect(value, name).toBe(fromMain.get(name));
  });
});
