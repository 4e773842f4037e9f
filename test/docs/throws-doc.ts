// Reads the public API the way a user meets it: every function exported by the entry barrels,
// with the error codes its TSDoc `@throws` names. Syntax only (no type checker), so the whole
// read takes a fraction of a second: the barrels re-export with `export { … } from './x.js'`,
// which is followed file by file to the function's declaration.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The entry points a user imports, as in package.json `exports`. */
export const ENTRY_BARRELS = [
  'src/index.ts',
  'src/provinces.ts',
  'src/framework.ts',
  'src/dti.ts',
  'src/seed.ts',
  'src/communes.ts',
  'src/audit.ts',
  'src/sensitivity.ts',
  'src/planning.ts',
  'src/chart.ts',
  'src/vi.ts',
] as const;

/** One exported function and what its TSDoc says it throws. */
export interface DocumentedFunction {
  readonly name: string;
  /** Repository-relative path of the file that declares it. */
  readonly file: string;
  /** The text of every `@throws` tag, joined. Empty when there is none. */
  readonly throwsText: string;
  /** The backticked codes its own `@throws` names. */
  readonly ownCodes: readonly string[];
  /** Functions its `@throws` defers to: `as {@link rank}`. */
  readonly inherits: readonly string[];
}

const parsed = new Map<string, ts.SourceFile>();

function sourceFile(path: string): ts.SourceFile {
  let file = parsed.get(path);
  if (!file) {
    // No parent pointers: only top-level statements and comment positions are read.
    file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, false);
    parsed.set(path, file);
  }
  return file;
}

function resolveModule(from: string, specifier: string): string {
  return join(dirname(from), specifier.replace(/\.js$/, '.ts'));
}

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/** The JSDoc block right before a declaration (the last one, as TypeScript attaches it). */
function leadingDoc(node: ts.Node, text: string): string {
  const last = (ts.getLeadingCommentRanges(text, node.pos) ?? []).at(-1);
  return last ? text.slice(last.pos, last.end) : '';
}

/** The text of every `@throws` tag in a doc comment, with the leading ` * ` of each line removed. */
export function throwsTextOf(doc: string): string {
  const lines = doc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''));
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (/^\s*@/.test(line)) {
      if (current) parts.push(current.join(' '));
      current = /^\s*@throws\b/.test(line) ? [line.replace(/^\s*@throws\b/, '')] : undefined;
    } else current?.push(line);
  }
  if (current) parts.push(current.join(' '));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Backticked upper-case codes in a `@throws` text: `` `INVALID_NUMBER` ``. */
export function codesIn(text: string): string[] {
  return [...new Set([...text.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1] ?? ''))];
}

/** Functions a `@throws` text defers to: `as {@link rank}`, `otherwise as {@link rankBy}`. */
export function inheritsIn(text: string): string[] {
  return [...text.matchAll(/\bas \{@link (?:[\w-]+!)?(\w+)\}/g)].map((m) => m[1] ?? '');
}

/** The module `export * from '…'` re-exports whole (a domain entry), if `statement` is one. */
function reExportAll(statement: ts.Statement): string | undefined {
  return ts.isExportDeclaration(statement) &&
    !statement.isTypeOnly &&
    !statement.exportClause &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier)
    ? statement.moduleSpecifier.text
    : undefined;
}

/** The function declared (or re-exported) as `name` by `file`, if it is a function. */
function findFunction(
  file: string,
  name: string,
  depth = 0,
): { file: string; text: string; decl: ts.FunctionDeclaration } | undefined {
  if (depth > 10) return undefined;
  const sf = sourceFile(file);
  for (const statement of sf.statements) {
    if (
      ts.isFunctionDeclaration(statement) &&
      statement.name?.text === name &&
      isExported(statement)
    )
      return { file, text: sf.text, decl: statement };
    const all = reExportAll(statement);
    if (all !== undefined) {
      const hit = findFunction(resolveModule(file, all), name, depth + 1);
      if (hit) return hit;
    }
    if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        if (element.isTypeOnly || element.name.text !== name) continue;
        const original = element.propertyName?.text ?? name;
        const target =
          statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
            ? resolveModule(file, statement.moduleSpecifier.text)
            : file;
        return findFunction(target, original, depth + 1);
      }
    }
  }
  return undefined;
}

/** Every value name a barrel exports (functions, constants, classes, schemas). */
function exportedNames(file: string): string[] {
  const names: string[] = [];
  for (const statement of sourceFile(file).statements) {
    if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements)
        if (!element.isTypeOnly) names.push(element.name.text);
    } else if (reExportAll(statement)) {
      names.push(...exportedNames(resolveModule(file, reExportAll(statement) as string)));
    } else if (ts.isFunctionDeclaration(statement) && statement.name && isExported(statement)) {
      names.push(statement.name.text);
    }
  }
  return names;
}

/** Every function the entry barrels export, each once, with its `@throws`. */
export function documentedFunctions(): ReadonlyMap<string, DocumentedFunction> {
  const found = new Map<string, DocumentedFunction>();
  for (const barrel of ENTRY_BARRELS) {
    const path = join(root, barrel);
    for (const name of exportedNames(path)) {
      // Functions are camelCase; skipping constants and schemas spares parsing the data files.
      if (found.has(name) || !/^[a-z]/.test(name)) continue;
      const hit = findFunction(path, name);
      if (!hit) continue;
      const throwsText = throwsTextOf(leadingDoc(hit.decl, hit.text));
      found.set(name, {
        name,
        file: relative(root, hit.file),
        throwsText,
        ownCodes: codesIn(throwsText),
        inherits: inheritsIn(throwsText),
      });
    }
  }
  return found;
}

/**
 * The codes a function documents: its own, plus those of every function its `@throws` defers
 * to (`as {@link rank}`), followed transitively.
 */
export function documentedCodes(
  functions: ReadonlyMap<string, DocumentedFunction>,
  name: string,
  seen: ReadonlySet<string> = new Set(),
): Set<string> {
  const fn = functions.get(name);
  if (!fn) throw new Error(`@throws defers to ${name}, which no entry point exports as a function`);
  const codes = new Set(fn.ownCodes);
  for (const other of fn.inherits) {
    if (seen.has(other) || other === name) continue;
    for (const code of documentedCodes(functions, other, new Set([...seen, name]))) codes.add(code);
  }
  return codes;
}

/** The members of the `DxErrorCode` union, read from src/errors.ts. */
export function dxErrorCodes(): string[] {
  const sf = sourceFile(join(root, 'src/errors.ts'));
  for (const statement of sf.statements) {
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === 'DxErrorCode') {
      const type = statement.type;
      const members = ts.isUnionTypeNode(type) ? type.types : [type];
      return members.map((member) => {
        if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal))
          return member.literal.text;
        throw new Error('DxErrorCode must be a union of string literals');
      });
    }
  }
  throw new Error('src/errors.ts declares no DxErrorCode');
}
