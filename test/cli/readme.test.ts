import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingRules } from '../../src/cli/help.js';
import { seedDataset } from '../../src/seed.js';
import { run } from './fixture.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Splits a command line as a shell would for these examples: words, "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('README “The command”', () => {
  it('shows the help vn-dx --help prints (copy it again if this fails)', async () => {
    const shown = /```text\n\$ vn-dx --help\n([\s\S]*?)```/.exec(read('README.md'))?.[1];
    expect(shown).toBe((await run(['--help'])).out);
  });

  it('states the reading rules as every command’s help prints them', () => {
    const shown = /```text\n(Reading files:\n[\s\S]*?)```/.exec(read('README.md'))?.[1];
    expect(shown).toBe(readingRules('en').join('\n'));
  });
});

describe('docs/getting-started.md', () => {
  it('shows what each vn-dx command it runs prints', async () => {
    const files: Record<string, string> = {};
    let ran = 0;
    for (const match of read('docs/getting-started.md').matchAll(
      /```text\n\$ (.+)\n([\s\S]*?)```/g,
    )) {
      const [command = '', ...args] = words(match[1] ?? '');
      const shown = match[2] ?? '';
      if (command === 'cat') {
        files[args[0] ?? ''] = shown;
        continue;
      }
      expect(command).toBe('vn-dx');
      const result = await run(args, files, { dataset: seedDataset });
      expect(result.out, match[1]).toBe(shown);
      ran += 1;
    }
    expect(ran).toBe(3);
  });
});
