// `node scripts/check-house.mjs` (part of `npm run lint`): the size rules of docs/architecture.md
// ("File size"), checked on every code file of src/ with the TypeScript compiler's parser. It
// fails (exit 1) listing `file:line name length` for
//   - a code file over 400 lines, unless it is a data table of DATA_TABLES below;
//   - a file of src/cli over 250 lines;
//   - a function, method or arrow function whose body is over 120 lines (data tables too).
// DATA_TABLES is the one list of the exceptions: docs/architecture.md quotes it, and this script
// fails when the quote and the list differ, so that the two cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const MAX_FILE_LINES = 400;
export const MAX_CLI_FILE_LINES = 250;
export const MAX_FUNCTION_LINES = 120;

/**
 * Data tables, exempt from the file size (splitting a table scatters what is read as one list),
 * as paths under src/; a path ending in `/` is a folder (every file in it).
 */
export const DATA_TABLES = [
  'provinces/data.ts',
  'framework/indicators.ts',
  'framework/documents.ts',
  'framework/national-targets.ts',
  'framework/dti-structures.ts',
  'framework/index-results.ts',
  'dti/results.ts',
  'dti/pillar-results.ts',
  'articles/',
  'vi/error-catalogue.ts',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** Every .ts file under `folder`, as paths relative to src/ with `/` separators. */
function codeFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return entry.name.endsWith('.ts') ? [relative(src, path).split(sep).join('/')] : [];
  });
}

const isDataTable = (file) =>
  DATA_TABLES.some((table) => (table.endsWith('/') ? file.startsWith(table) : file === table));

/** A function's name as a reader finds it: its own, or the variable or property it is given to. */
function nameOf(node, sourceFile) {
  if (node.name) return node.name.getText(sourceFile);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent))
  )
    return parent.name.getText(sourceFile);
  return '(anonymous function)';
}

/** The problems of one file, as { file, line, name, length, limit }. */
export function checkFile(file, text) {
  const problems = [];
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const fileLimit = file.startsWith('cli/') ? MAX_CLI_FILE_LINES : MAX_FILE_LINES;
  if (lines > fileLimit && !isDataTable(file))
    problems.push({ file, line: 1, name: '(file)', length: lines, limit: fileLimit });
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (position) => sourceFile.getLineAndCharacterOfPosition(position).line + 1;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = lineOf(node.body.getStart(sourceFile));
      const length = lineOf(node.body.getEnd()) - start + 1;
      if (length > MAX_FUNCTION_LINES)
        problems.push({
          file,
          line: lineOf(node.getStart(sourceFile)),
          name: nameOf(node, sourceFile),
          length,
          limit: MAX_FUNCTION_LINES,
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problems;
}

/** The data tables docs/architecture.md names in its "File size" paragraph. */
export function quotedTables(architecture) {
  const start = architecture.indexOf('**File size.**');
  if (start < 0) return undefined;
  const end = architecture.indexOf('\n\n', start);
  const paragraph = architecture.slice(start, end < 0 ? undefined : end);
  return [...paragraph.matchAll(/`([a-z0-9/-]+(?:\.ts|\/))`/g)].map((match) => match[1]);
}

function main() {
  const problems = codeFiles(src).flatMap((file) =>
    checkFile(file, readFileSync(join(src, file), 'utf8')),
  );
  for (const { file, line, name, length, limit } of problems)
    console.error(`src/${file}:${line} ${name} ${length} lines (limit ${limit})`);
  const quoted = quotedTables(readFileSync(join(root, 'docs', 'architecture.md'), 'utf8'));
  const drift =
    quoted === undefined
      ? ['docs/architecture.md has no "**File size.**" paragraph']
      : [
          ...DATA_TABLES.filter((table) => !quoted.includes(table)).map(
            (table) => `docs/architecture.md, "File size": data table \`${table}\` is not named`,
          ),
          ...quoted
            .filter((table) => !DATA_TABLES.includes(table))
            .map(
              (table) =>
                `docs/architecture.md, "File size": \`${table}\` is not in DATA_TABLES of scripts/check-house.mjs`,
            ),
        ];
  for (const message of drift) console.error(message);
  if (problems.length > 0 || drift.length > 0) {
    console.error(
      `\nThe house rules (docs/architecture.md, "File size"): no code file over ${MAX_FILE_LINES} lines (data tables excepted), no file of src/cli over ${MAX_CLI_FILE_LINES}, no function over ${MAX_FUNCTION_LINES}.`,
    );
    process.exit(1);
  }
  console.log(`House rules hold (${codeFiles(src).length} files).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
