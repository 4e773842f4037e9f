import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, without declarations.
import * as house from '../../scripts/check-house.mjs';

const { checkFile, quotedTables, DATA_TABLES } = house as {
  checkFile: (
    file: string,
    text: string,
  ) => { file: string; line: number; name: string; length: number; limit: number }[];
  quotedTables: (text: string) => string[] | undefined;
  DATA_TABLES: string[];
};

/** A function named `name` whose body spans `lines` lines (braces included). */
const fn = (name: string, lines: number): string =>
  `function ${name}() {\n${'  x++;\n'.repeat(lines - 2)}}\n`;

describe('scripts/check-house.mjs', () => {
  it('passes a function body of 120 lines and refuses one of 121, naming it and its line', () => {
    expect(checkFile('a/b.ts', fn('ok', 120))).toEqual([]);
    expect(checkFile('a/b.ts', `// first\n${fn('long', 121)}`)).toEqual([
      { file: 'a/b.ts', line: 2, name: 'long', length: 121, limit: 120 },
    ]);
  });

  it('names methods and arrow functions by what they are given to, and counts nested ones too', () => {
    const body = '  x++;\n'.repeat(125);
    const text = `const run = () => {\n${body}};\nclass A {\n  step() {\n${body}  }\n}\nconst o = { go: function () {\n${body}} };\n`;
    expect(checkFile('a.ts', text).map((p) => p.name)).toEqual(['run', 'step', 'go']);
    const nested = `function outer() {\n  const inner = () => {\n${body}  };\n}\n`;
    expect(checkFile('a.ts', nested).map((p) => p.name)).toEqual(['outer', 'inner']);
  });

  it('refuses a file over 400 lines, a file of cli/ over 250, but not a data table', () => {
    const lines = (n: number) => 'const x = 1;\n'.repeat(n);
    expect(checkFile('composite/x.ts', lines(400))).toEqual([]);
    expect(checkFile('composite/x.ts', lines(401))).toEqual([
      { file: 'composite/x.ts', line: 1, name: '(file)', length: 401, limit: 400 },
    ]);
    expect(checkFile('cli/x.ts', lines(250))).toEqual([]);
    expect(checkFile('cli/x.ts', lines(251))[0]?.limit).toBe(250);
    expect(checkFile('provinces/data.ts', lines(2000))).toEqual([]);
    expect(checkFile('articles/any.ts', lines(2000))).toEqual([]);
  });

  it('a data table is still held to the function limit', () => {
    expect(checkFile('provinces/data.ts', fn('f', 121))).toHaveLength(1);
  });

  it('docs/architecture.md quotes exactly the list of data tables', () => {
    const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
    expect(quotedTables(doc)?.sort()).toEqual([...DATA_TABLES].sort());
    expect(quotedTables('# no such paragraph')).toBeUndefined();
  });
});
