// Reads the cells of an .xlsx worksheet with the system's `unzip` (extract.mjs runs by hand,
// not in CI), enough for the GSO conversion table: shared strings, plain values.
import { execFileSync } from 'node:child_process';

export /** The cells of one worksheet of an .xlsx file, as rows of { column letter: text }. */
function readSheet(xlsx, sheet) {
  const part = (name) =>
    execFileSync('unzip', ['-p', xlsx, name], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const xmlText = (text) =>
    text
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const strings = [...part('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    xmlText(m[1]),
  );
  return [...part(sheet).matchAll(/<row [^>]*>(.*?)<\/row>/gs)].map((row) => {
    const cells = {};
    for (const cell of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const value = /<v>(.*?)<\/v>/s.exec(cell[3] ?? '')?.[1];
      if (value === undefined) continue;
      cells[cell[1]] = / t="s"/.test(cell[2]) ? strings[Number(value)] : xmlText(value);
    }
    return cells;
  });
}
