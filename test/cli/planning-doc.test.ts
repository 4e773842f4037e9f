import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../src/seed.js';
import { run } from './fixture.js';

const guide = readFileSync(new URL('../../docs/planning.md', import.meta.url), 'utf8');

/** Splits a command line as a shell would for these examples: words, "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('docs/planning.md “From the command line”', () => {
  it('shows what each vn-dx plan command it runs prints', async () => {
    const files: Record<string, string> = {};
    let ran = 0;
    for (const match of guide.matchAll(/```text\n\$ (.+)\n([\s\S]*?)```/g)) {
      const [command = '', ...args] = words(match[1] ?? '');
      const shown = match[2] ?? '';
      if (command === 'cat') {
        files[args[0] ?? ''] = shown;
        continue;
      }
      expect(command).toBe('vn-dx');
      const result = await run(args, files, { dataset: seedDataset });
      expect(result.code, match[1]).toBe(0);
      expect(result.out, match[1]).toBe(shown);
      ran += 1;
    }
    expect(ran).toBe(3);
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
