import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../src/seed.js';
import { run } from './fixture.js';
import { checkGuideCommands } from './guide-commands.js';

const guide = readFileSync(new URL('../../docs/planning.md', import.meta.url), 'utf8');

describe('docs/planning.md “From the command line”', () => {
  it('shows what each vn-dx plan command it runs prints', async () => {
    expect(await checkGuideCommands('planning.md', seedDataset)).toBe(3);
  });

  it('quotes the full-precision gap that --json prints', async () => {
    const csv = /```text\n\$ cat dti-2022\.csv\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const json = await run(['plan', 'score', 'd.csv', '--unit', '92', '--rank', '4', '--json'], {
      'd.csv': csv,
    });
    const gap = JSON.parse(json.out).gap as number;
    expect(guide).toContain(`the gap is \`${gap}\``);
  });
});
