import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Dataset } from '../../src/index.js';
import { run } from './fixture.js';

/** Splits a command line as a shell would for these examples: words, "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/**
 * Runs every `$ vn-dx …` block of a guide (after the `$ cat file` blocks that write its
 * inputs) and checks that the output shown is what the command prints; returns how many ran.
 */
export async function checkGuideCommands(guide: string, dataset?: Dataset): Promise<number> {
  const text = readFileSync(new URL(`../../docs/${guide}`, import.meta.url), 'utf8');
  const files: Record<string, string> = {};
  let ran = 0;
  for (const match of text.matchAll(/```text\n\$ (.+)\n([\s\S]*?)```/g)) {
    const [command = '', ...args] = words(match[1] ?? '');
    const shown = match[2] ?? '';
    if (command === 'cat') {
      files[args[0] ?? ''] = shown;
      continue;
    }
    expect(command).toBe('vn-dx');
    const result = await run(args, files, dataset === undefined ? {} : { dataset });
    expect(result.code, match[1]).toBe(0);
    expect(result.out, match[1]).toBe(shown);
    ran += 1;
  }
  return ran;
}
