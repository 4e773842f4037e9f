import { describe, expect, it } from 'vitest';
import * as entry from '../src/planning.js';
import * as main from '../src/index.js';

describe('vn-dx/planning', () => {
  it('gathers functions of the main entry: the same objects, none of its own', () => {
    const names = Object.keys(entry);
    expect(names).toContain('milestones');
    for (const name of names)
      expect(entry[name as keyof typeof entry], name).toBe(main[name as keyof typeof main]);
  });
});
