import { describe, expect, it } from 'vitest';
import { checkGuideCommands } from './guide-commands.js';

describe('docs/uncertainty.md “From the command line”', () => {
  it('shows what each vn-dx uncertainty command it runs prints', async () => {
    expect(await checkGuideCommands('uncertainty.md')).toBe(2);
  });
});
