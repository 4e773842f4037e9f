import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import * as cli from '../src/cli.js';

describe('vn-dx/cli', () => {
  it('exports main, which the bin calls', () => {
    expect(cli.main).toBe(main);
  });
});
