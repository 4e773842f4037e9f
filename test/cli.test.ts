import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import * as cli from '../src/cli.js';
import * as library from '../src/index.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** The value imports of a module (an `import type` loads nothing): each specifier and its names. */
function valueImports(file: string): { from: string; names: string[] }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export) (?!type )([^;]*?) from '([^']+)';/gms)].map(
    (match) => ({
      from: match[2] as string,
      names: [...(match[1] as string).matchAll(/(?:^|[{,])\s*((?:type )?[\w$]+)/g)].map(
        (name) => name[1] as string,
      ),
    }),
  );
}

/** Every module a module loads before it runs (static value imports, followed). */
function loads(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { from } of valueImports(file)) {
      if (from.startsWith('.')) visit(resolve(dirname(file), from.replace(/\.js$/, '.ts')));
      else seen.add(from);
    }
  };
  visit(start);
  return seen;
}

function cliFiles(dir = join(src, 'cli')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cliFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('vn-dx/cli', () => {
  it('exports main, which the bin calls', () => {
    expect(cli.main).toBe(main);
  });

  it('imports from io/, ranking/ and vi/ only functions the main entry exports (.dependency-cruiser.cjs)', async () => {
    const imported: string[] = [];
    for (const file of cliFiles()) {
      for (const { from, names } of valueImports(file)) {
        const target = resolve(dirname(file), from);
        if (!/\/src\/(io|ranking|vi)\//.test(target)) continue;
        const module = (await import(target.replace(/\.js$/, '.ts'))) as Record<string, unknown>;
        for (const name of names) {
          const [own, as] = name.split(/\s+as\s+/);
          imported.push(`${relative(src, target)} ${as ?? own}`);
          // A type comes from an entry point (`import type`); a value is the entry's own object.
          expect(own?.startsWith('type '), `${relative(src, file)}: ${name}`).toBe(false);
          expect(module[own as string], `${relative(src, file)}: ${name}`).toBe(
            (library as Record<string, unknown>)[own as string],
          );
        }
      }
    }
    expect(imported.length).toBeGreaterThan(0);
  });

  it('runs `rank` without loading zod, the schemas, the seed, the main entry or the period reader', () => {
    const loaded = [...loads(join(src, 'cli.ts')), ...loads(join(src, 'cli/commands/rank.ts'))].map(
      (file) => (file.startsWith(src) ? relative(src, file) : file),
    );
    expect(loaded).toContain('io/csv-stream.ts');
    expect(loaded).toContain('ranking/rank.ts');
    expect(
      loaded.filter((file) => /^(zod|index\.ts|seed\.ts|vi\/period-text\.ts)$/.test(file)),
    ).toEqual([]);
  });
});
