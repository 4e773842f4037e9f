import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './fixture.js';

describe('README “The command”', () => {
  it('shows the help vn-dx --help prints (copy it again if this fails)', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /```text\n\$ vn-dx --help\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe((await run(['--help'])).out);
  });
});
