// Runs every `@example` in src/ as a test, so the documentation cannot rot.
// In an example, a line `expression; // value` asserts that the expression
// deep-equals the value (a JavaScript literal, optionally followed by a
// parenthesised remark); `console.log(expression); // value` asserts the same.
// Every assertion written must run: an example whose catch block is never
// reached fails.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'test/docs/.examples');

const ENTRY_POINTS: Record<string, string> = {
  'vn-dx': 'src/index.ts',
  'vn-dx/provinces': 'src/provinces.ts',
  'vn-dx/seed': 'src/seed.ts',
  'vn-dx/framework': 'src/framework.ts',
  'vn-dx/dti': 'src/dti.ts',
  'vn-dx/communes': 'src/communes.ts',
  'vn-dx/audit': 'src/audit.ts',
  'vn-dx/sensitivity': 'src/sensitivity.ts',
  'vn-dx/planning': 'src/planning.ts',
  'vn-dx/chart': 'src/chart.ts',
  'vn-dx/vi': 'src/vi.ts',
};

interface Example {
  readonly file: string;
  readonly line: number;
  readonly symbol: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function extractExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  const block =
    /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function|const|class|type|interface)?\s*([A-Za-z0-9_]*)/g;
  for (const match of text.matchAll(block)) {
    const body = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const start = body.findIndex((line) => line.trim() === '@example');
    if (start === -1) continue;
    const open = body.findIndex((line, i) => i > start && line.trim().startsWith('```'));
    const close = body.findIndex((line, i) => i > open && line.trim() === '```');
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({
      file: relative(root, file),
      line,
      symbol: match[2] || '(anonymous)',
      code: body.slice(open + 1, close).join('\n'),
    });
  }
  return examples;
}

function parseLiteral(text: string): { ok: true; source: string } | { ok: false } {
  for (const candidate of [text, text.replace(/\s*\([^()]*\)\s*$/, '')]) {
    try {
      new Function(`return (${candidate});`)();
      return { ok: true, source: candidate };
    } catch {
      // try the next form
    }
  }
  return { ok: false };
}

function instrument(example: Example): { code: string; assertions: number } {
  let assertions = 0;
  const lines: string[] = [];
  let pending: string[] = [];
  for (const raw of example.code.split('\n')) {
    const line = raw.replace(/from '(vn-dx(?:\/[a-z]+)?)'/, (_, entry: string) => {
      const target = ENTRY_POINTS[entry];
      if (!target) throw new Error(`${example.file}:${example.line}: unknown entry ${entry}`);
      return `from '${join(root, target)}'`;
    });
    const trimmed = line.trim();
    // A statement may span lines: collect until a line ends it (`;`, with or without a comment).
    const block =
      /^(?:try|if|else|for|while|function|async function|\}|catch)\b|^\}/.test(trimmed) &&
      /[{}]$/.test(trimmed);
    if (!/;\s*(\/\/.*)?$/.test(trimmed) && !block && trimmed !== '' && !trimmed.startsWith('//')) {
      pending.push(line);
      continue;
    }
    const statement = [...pending, line].join('\n');
    pending = [];
    const logged = /^(\s*[\s\S]*?)console\.log\(([\s\S]*)\);\s*\/\/\s*(.+)$/.exec(statement);
    const bare = /^(\s*)([\s\S]*?);\s*\/\/\s*(.+)$/.exec(statement);
    const found = logged ?? bare;
    if (!found) {
      lines.push(statement);
      continue;
    }
    const [, prefix, expression, comment] = found;
    const literal = parseLiteral(comment ?? '');
    if (!literal.ok) {
      throw new Error(
        `${example.file}:${example.line} (${example.symbol}): cannot read the expected value in "${trimmed}"`,
      );
    }
    assertions += 1;
    lines.push(`${prefix}__expect(${expression}, ${literal.source}, ${JSON.stringify(trimmed)});`);
  }
  lines.push(...pending);
  const header = [
    `import { expect as __vitestExpect } from 'vitest';`,
    `export let __ran = 0;`,
    `function __expect(actual: unknown, expected: unknown, line: string) { __ran += 1; __vitestExpect(actual, line).toEqual(expected); }`,
  ];
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import '));
  return {
    code: [...imports, ...header, 'export async function run() {', ...body, '}'].join('\n'),
    assertions,
  };
}

function markdownExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({ file: relative(root, file), line, symbol: 'markdown', code: match[1] ?? '' });
  }
  return examples;
}

const guides = readdirSync(join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(root, 'docs', name));
const examples = [
  ...sourceFiles(join(root, 'src')).flatMap(extractExamples),
  ...[join(root, 'README.md'), ...guides].flatMap(markdownExamples),
];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

describe('documentation examples', () => {
  it('finds examples in the sources', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(
    examples.map(
      (example, i) => [`${example.file}:${example.line} ${example.symbol}`, example, i] as const,
    ),
  )('%s', async (_name, example, i) => {
    const { code, assertions } = instrument(example);
    expect(assertions, 'an example should show at least one result').toBeGreaterThan(0);
    const path = join(outDir, `example-${i}.ts`);
    writeFileSync(path, code);
    const module = (await import(path)) as { run: () => Promise<void>; __ran: number };
    await module.run();
    expect(module.__ran, 'every assertion in the example must run').toBe(assertions);
  });
});
