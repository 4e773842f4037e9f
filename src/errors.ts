/**
 * Every way a vn-dx function can reject its input. The codes are stable:
 * match on them, not on messages, which may be reworded.
 *
 * | code | thrown when |
 * | --- | --- |
 * | `INVALID_ARGUMENT` | an argument has the wrong type or shape, or an option is unknown |
 * | `INVALID_NUMBER` | a number is `NaN`, infinite, or text is not a Vietnamese number |
 * | `INVALID_DATE` | a date is malformed, impossible (`31/02/2023`) or out of range |
 * | `INVALID_PERIOD` | text is not a period that vn-dx can read, or a period to write does not match `PeriodSchema` |
 * | `INVALID_DOCUMENT_NUMBER` | text is not a Vietnamese legal document number, or the parts to write one are missing or unknown |
 * | `INVALID_QUANTITY` | text is not a quantity (`gần 4.000`, `51,16%`), or a quantity to write has an unknown qualifier or unit |
 * | `UNKNOWN_PROVINCE` | a province code does not exist at the given date |
 * | `AMBIGUOUS_PROVINCE` | a free-text province query matches more than one unit |
 * | `UNKNOWN_COMMUNE` | a commune code does not exist at the given date |
 * | `AMBIGUOUS_COMMUNE` | a free-text commune query matches more than one unit (`issues` lists the candidates) |
 * | `UNKNOWN_REGION` | a region id or name does not exist |
 * | `UNKNOWN_ID` | a reference to an indicator, source, DTI edition or other record does not resolve |
 * | `LENGTH_MISMATCH` | arrays that must align have different lengths |
 * | `EMPTY_INPUT` | a calculation got fewer values than it needs (none; one point for a trend) |
 * | `VALIDATION_FAILED` | a record does not match its schema (see `issues`) |
 * | `CSV_SYNTAX` | a CSV file is malformed (unclosed quote, wrong column count) |
 * | `ENCODING` | a file's bytes are not text in the expected encoding (the message names the likely one and how to read it) |
 * | `JSON_SYNTAX` | a JSON text is malformed (the message gives the parser's position) |
 * | `TOO_LARGE` | an input is larger than the operation can hold (the message says the limit and what reads more) |
 *
 * @category Errors
 */
export type DxErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_NUMBER'
  | 'INVALID_DATE'
  | 'INVALID_PERIOD'
  | 'INVALID_DOCUMENT_NUMBER'
  | 'INVALID_QUANTITY'
  | 'UNKNOWN_PROVINCE'
  | 'AMBIGUOUS_PROVINCE'
  | 'UNKNOWN_COMMUNE'
  | 'AMBIGUOUS_COMMUNE'
  | 'UNKNOWN_REGION'
  | 'UNKNOWN_ID'
  | 'LENGTH_MISMATCH'
  | 'EMPTY_INPUT'
  | 'VALIDATION_FAILED'
  | 'CSV_SYNTAX'
  | 'ENCODING'
  | 'JSON_SYNTAX'
  | 'TOO_LARGE';

/**
 * One problem found in an input: where it is, what was expected there and what was found,
 * as data a program can read (and render in another language, see `formatError`). Every
 * `DxError` vn-dx throws carries at least one.
 *
 * @category Errors
 */
export interface DxIssue {
  /** Path to the offending value, e.g. `['observations', 3, 'value']`; `[]` for the input itself. */
  readonly path: readonly (string | number)[];
  /** What is wrong there, in English (the error's `message` is built from these). */
  readonly message: string;
  /** What the value should have been, e.g. `a finite number ≥ 0`. */
  readonly expected?: string;
  /**
   * The value found, as a short description (`NaN`, `"Hà Nội"`, `an array of length 3`):
   * never more than a bounded excerpt of the input.
   */
  readonly received?: string;
  /** For an ambiguous query (`AMBIGUOUS_PROVINCE`): the records it could mean. */
  readonly candidates?: readonly string[];
  /** For an unknown id or name (`UNKNOWN_ID`, `UNKNOWN_PROVINCE`): the closest known one. */
  readonly suggestion?: string;
  /** 1-based line in a text input (CSV: the header is line 1), when known. */
  readonly line?: number;
  /** 1-based column in a text input, when known. */
  readonly column?: number;
  /**
   * The id of this issue's sentence in vn-dx's error catalogue, when it has one: `formatError`
   * (and the `vn-dx` command) write the sentence from it in the chosen language, naming `params`.
   */
  readonly key?: string;
  /** The values the sentence of `key` names, by placeholder; a value may itself be a sentence. */
  readonly params?: Readonly<Record<string, DxMessageParam>>;
}

/**
 * A sentence of the error catalogue by its id, with the values it names: what an issue's `key`
 * and `params` hold, and what a `params` value may be when it is itself a sentence.
 *
 * @category Errors
 */
export interface DxMessage {
  /** The sentence's id in the error catalogue. */
  readonly key: string;
  /** The values it names, by placeholder. */
  readonly params?: Readonly<Record<string, DxMessageParam>>;
}

/**
 * A value a catalogue sentence names: text and numbers as they are, or another sentence.
 *
 * @category Errors
 */
export type DxMessageParam = string | number | DxMessage;

/**
 * Options for {@link DxError}.
 *
 * @category Errors
 */
export interface DxErrorOptions {
  /** Where the problem is and, for validation, every problem found. */
  readonly issues?: readonly DxIssue[];
  /** The error that caused this one. */
  readonly cause?: unknown;
}

/**
 * The one error class vn-dx throws for bad input. `code` is stable; `issues`
 * lists every problem with its path, what was expected and what was found (and
 * line and column for text input); `message` is built from the issues, in English
 * (`formatError` renders the same error in Vietnamese).
 *
 * @example
 * ```ts
 * import { DxError, parseViNumber } from 'vn-dx';
 *
 * try {
 *   parseViNumber('12,3,4');
 * } catch (error) {
 *   if (error instanceof DxError) console.log(error.code); // 'INVALID_NUMBER'
 * }
 * ```
 *
 * @category Errors
 */
export class DxError extends Error {
  /** Stable machine-readable reason; see {@link DxErrorCode}. */
  readonly code: DxErrorCode;
  /** Every problem found, with its location (at least one in every error vn-dx throws). */
  readonly issues: readonly DxIssue[];

  /**
   * @param code - the stable failure kind.
   * @param message - a sentence that says what was wrong and where.
   * @param options - issues with their paths, and the cause.
   */
  constructor(code: DxErrorCode, message: string, options: DxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DxError';
    this.code = code;
    this.issues = Object.freeze((options.issues ?? []).map((issue) => Object.freeze({ ...issue })));
  }
}

/**
 * Tells whether a value is a {@link DxError}, optionally of one code. Works
 * across bundles and realms, where `instanceof` may not.
 *
 * @param value - anything caught.
 * @param code - the code to match; any code when omitted.
 * @returns `true` when `value` is a `DxError` (with that code).
 *
 * @example
 * ```ts
 * import { isDxError, getProvince } from 'vn-dx';
 *
 * try {
 *   getProvince('00');
 * } catch (error) {
 *   isDxError(error, 'UNKNOWN_PROVINCE'); // true
 * }
 * ```
 *
 * @category Errors
 */
export function isDxError(value: unknown, code?: DxErrorCode): value is DxError {
  if (value instanceof DxError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return candidate.name === 'DxError' && (code === undefined || candidate.code === code);
}
