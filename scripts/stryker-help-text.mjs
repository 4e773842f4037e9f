// A Stryker ignorer, named "help-text" in stryker.folder.config.json: the help texts of src/cli are
// data the help prints, not logic, so their mutants are ignored ("Ignored" in the report, with
// this reason) instead of scattering `Stryker disable` comments over every command. What it
// ignores, and nothing else:
//   - a `summary`, `help` or `description` property whose value is a plain { en, vi } pair of
//     strings, constants put in aside (a command's one-line summary and paragraphs, an
//     option's description);
//   - the WORDS table of src/cli/help.ts (the help page's own words) and the PLACEHOLDERS_VI
//     table of src/cli/command.ts (the Vietnamese names of usage placeholders: `<tệp>`).
// What help prints is pinned elsewhere: README.md's `vn-dx --help` (test/cli/readme.test.ts),
// every command's help in both languages (test/cli/main.test.ts). Messages a command writes
// while it runs are not help: they stay mutated.
const HELP_KEYS = new Set(['summary', 'help', 'description']);
/** Text tables, by file and name. */
const TABLES = { 'src/cli/help.ts': 'WORDS', 'src/cli/command.ts': 'PLACEHOLDERS_VI' };
const REASON = 'Help text of src/cli (data, not logic): scripts/stryker-help-text.mjs';

/** A string, or a template literal that puts in only named constants (`${PROVINCES_AS_OF}`). */
const isPlain = (node) =>
  node?.type === 'StringLiteral' ||
  (node?.type === 'TemplateLiteral' &&
    node.expressions.every((expression) => expression.type === 'Identifier'));

/** `{ en: '…', vi: '…' }`, in either order, with nothing else. */
function isTextPair(node) {
  if (node?.type !== 'ObjectExpression' || node.properties.length !== 2) return false;
  const keys = node.properties.map((property) =>
    property.type === 'ObjectProperty' && !property.computed && isPlain(property.value)
      ? (property.key.name ?? property.key.value)
      : undefined,
  );
  return keys.includes('en') && keys.includes('vi');
}

/** The file a node is in, with `/` separators. */
const fileOf = (path) => String(path.hub?.file?.opts?.filename ?? '').replaceAll('\\', '/');

export const strykerPlugins = [
  {
    kind: 'Ignore',
    name: 'help-text',
    value: {
      shouldIgnore(path) {
        const { node } = path;
        if (!fileOf(path).includes('src/cli/')) return undefined;
        if (
          node.type === 'ObjectProperty' &&
          !node.computed &&
          HELP_KEYS.has(node.key.name ?? node.key.value) &&
          isTextPair(node.value)
        )
          return REASON;
        if (
          node.type === 'VariableDeclarator' &&
          Object.entries(TABLES).some(
            ([file, name]) => node.id.name === name && fileOf(path).endsWith(file),
          )
        )
          return REASON;
        return undefined;
      },
    },
  },
];
