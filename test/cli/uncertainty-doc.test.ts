import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './fixture.js';

const guide = readFileSync(new URL('../../docs/uncertainty.md', import.meta.url), 'utf8');

/** Splits a command line as a shell would for these examples: words, "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('docs/uncertainty.md “From the command line”', () => {
  it('shows what each vn-dx uncertainty command it runs prints', async () => {
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
      const result = await run(args, files);
      expect(result.code, match[1]).toBe(0);
      expect(result.out, match[1]).toBe(shown);
      ran += 1;
    }
    expect(ran).toBe(2);
  });
});
