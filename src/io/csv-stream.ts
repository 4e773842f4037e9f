// parseCsv for a file of any size: the same grammar (CsvScanner) fed one decoded piece at a
// time, rows handed out as they complete, so that only the rows a caller keeps stay in memory.
import { DxError } from '../errors.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import {
  bestReading,
  type CsvRow,
  delimiterNote,
  headerOf,
  type Reading,
  wrongCellCount,
} from './csv.js';
import { CsvScanner, DELIMITERS, type Delimiter } from './csv-scanner.js';
import { decodePieces } from './decode-stream.js';

/**
 * How much text the delimiter is detected from when none is given: the records of the file's
 * first 64 KiB (the whole file when it is smaller, which then reads exactly as parseCsv reads it).
 */
export const DETECTION_PREFIX = 1 << 16;

/** How far the detection reads on for a header and a first row (a header line may be long). */
const HEADER_LIMIT = 1 << 26;

/**
 * Options for {@link readCsvStream}.
 *
 * @category Data
 */
export interface CsvStreamOptions {
  /** The cell delimiter. Default: detected as parseCsv does, from the file's first 64 KiB of text. */
  readonly delimiter?: ',' | ';' | '\t';
  /** The bytes' encoding, as for `decodeText`. Default: by byte-order mark, else UTF-8. */
  readonly encoding?: string;
  /** The file's name, for messages. Default: `input`. */
  readonly name?: string;
}

const STREAM_OPTIONS = ['delimiter', 'encoding', 'name'] as const;

/**
 * A CSV file being read: its header and delimiter, known at once, and its rows, read as they
 * are asked for.
 *
 * @category Data
 */
export interface CsvStream {
  /** The header cells, trimmed. */
  readonly header: readonly string[];
  /** The delimiter used. */
  readonly delimiter: ',' | ';' | '\t';
  /** How the delimiter was chosen: given, detected from the whole file, or from its first 64 KiB. */
  readonly detected: 'as given' | 'detected' | 'prefix';
  /** The data rows, read as the iteration goes (once); blank lines are skipped. */
  readonly rows: Iterable<CsvRow>;
}

/** Text pieces, with the byte-order mark parseCsv also drops at the start of the text. */
function* withoutMark(pieces: Iterator<string>): Generator<string, void, undefined> {
  let first = true;
  for (let next = pieces.next(); !next.done; next = pieces.next()) {
    let text = next.value;
    if (first && text !== '') {
      first = false;
      if (text.startsWith('\ufeff')) text = text.slice(1);
    }
    yield text;
  }
}

/** One delimiter's scanner, its records so far, and the syntax error that stopped it. */
interface Candidate {
  readonly delimiter: Delimiter;
  readonly scanner: CsvScanner;
  readonly records: CsvRow[];
  error?: DxError;
}

function candidate(delimiter: Delimiter): Candidate {
  const records: CsvRow[] = [];
  return {
    delimiter,
    records,
    scanner: new CsvScanner(delimiter, (cells, line) => records.push({ line, cells })),
  };
}

/** Runs a step of a candidate's scanner; a syntax error stops that candidate, not the others. */
function step(c: Candidate, run: (scanner: CsvScanner) => void): void {
  if (c.error !== undefined) return;
  try {
    run(c.scanner);
  } catch (error) {
    if (!(error instanceof DxError)) throw error;
    c.error = error;
  }
}

/**
 * Reads CSV from a file's bytes given in pieces of any size (such as the chunks of a read
 * stream), with parseCsv's grammar and checks, holding only the rows not yet handed out. The
 * bytes are read as text by decodeText's rules, piece by piece. Without `delimiter`, it is
 * detected as parseCsv detects it, from the file's first 64 KiB of text (the whole of a smaller
 * file); later rows must then have the header's number of cells, or the row-count error says
 * the delimiter was detected from the first lines.
 *
 * @param pieces - the file's bytes, in order; read as far as the header when called, the rest
 *   as the rows are iterated.
 * @param options - the delimiter, the encoding and the file's name for messages.
 * @returns the header, the delimiter and the rows (one pass).
 * @throws {@link DxError} as parseCsv: `CSV_SYNTAX` (an empty file, a broken quote, a row with
 *   the wrong number of cells, when that row is reached); `ENCODING` for bytes that are not
 *   UTF-8; `INVALID_ARGUMENT` for bad options or a piece that is not a `Uint8Array`.
 *
 * @example
 * ```ts
 * import { readCsvStream } from 'vn-dx';
 *
 * const bytes = new TextEncoder().encode('tỉnh;giá trị\nQuảng Nam;"51,16"\n');
 * // The pieces may split a letter's bytes or a quoted cell anywhere.
 * const csv = readCsvStream([bytes.subarray(0, 3), bytes.subarray(3, 22), bytes.subarray(22)]);
 * csv.header; // ['tỉnh', 'giá trị']
 * csv.delimiter; // ';'
 * [...csv.rows]; // [{ line: 2, cells: ['Quảng Nam', '51,16'] }]
 * ```
 *
 * @category Data
 */
export function readCsvStream(
  pieces: Iterable<Uint8Array>,
  options: CsvStreamOptions = {},
): CsvStream {
  knownKeys(
    record(options, 'options', 'an object like { delimiter, encoding, name }'),
    STREAM_OPTIONS,
    'options',
  );
  if (options.delimiter !== undefined) oneOf(options.delimiter, DELIMITERS, 'delimiter');
  if (pieces === null || typeof pieces !== 'object' || !(Symbol.iterator in pieces))
    fail('INVALID_ARGUMENT', 'pieces', 'an iterable of Uint8Array pieces', pieces);
  const { delimiter: given, encoding, name } = options;
  const text = withoutMark(
    decodePieces(pieces, {
      ...(encoding === undefined ? {} : { encoding }),
      ...(name === undefined ? {} : { name }),
    }),
  );
  const candidates = (given === undefined ? DELIMITERS : [given]).map(candidate);
  // Feed every candidate until the prefix is read (or, with a delimiter given, the header is).
  let read = 0;
  let ended = false;
  const reading = (c: Candidate | undefined) => c?.records.length === 0 && c.error === undefined;
  // Past the prefix while a candidate has no row after its header yet (a long header line).
  const short = () =>
    read < HEADER_LIMIT && candidates.some((c) => c.error === undefined && c.records.length < 2);
  while (given === undefined ? read < DETECTION_PREFIX || short() : reading(candidates[0])) {
    const next = text.next();
    if (next.done) {
      for (const c of candidates) step(c, (s) => s.end());
      ended = true;
      break;
    }
    read += next.value.length;
    for (const c of candidates) step(c, (s) => s.push(next.value));
  }
  const readings: Reading[] = candidates.map((c) => ({
    delimiter: c.delimiter,
    records: c.records,
    ...(c.error === undefined ? {} : { error: c.error }),
  }));
  const chosen = bestReading(readings);
  if (chosen.error) throw chosen.error;
  const kept = candidates.find((c) => c.delimiter === chosen.delimiter) as Candidate;
  const header = headerOf(kept.records);
  const detected = given !== undefined ? 'as given' : ended ? 'detected' : 'prefix';
  const note = delimiterNote(kept.delimiter, detected);
  const queue = kept.records;
  queue.shift();
  function* rows(): Generator<CsvRow, void, undefined> {
    for (;;) {
      for (const row of queue) {
        if (row.cells.length !== header.length)
          throw wrongCellCount(row.line, header.length, row.cells.length, note);
        yield row;
      }
      queue.length = 0;
      if (ended) return;
      const next = text.next();
      if (next.done) {
        kept.scanner.end();
        ended = true;
      } else kept.scanner.push(next.value);
    }
  }
  return { header, delimiter: kept.delimiter, detected, rows: rows() };
}
