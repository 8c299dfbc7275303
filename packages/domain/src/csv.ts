/**
 * CSV for spreadsheets (RFC 4180): fields separated by commas, records by CRLF, a field
 * quoted when it holds a comma, a quote, CR or LF, and quotes inside doubled.
 *
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula
 * by Excel, LibreOffice and Google Sheets (CSV injection, OWASP): an answer such as
 * `=HYPERLINK("http://evil", "klikk")` would run when a coordinator opens the file. Such a
 * cell gets a leading apostrophe, which the spreadsheet shows as text and which a person
 * reading the file understands.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: guarded against formulas, then quoted if needed. Numbers are written as they are. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** A whole file: a header row and the rows, each ending in CRLF; a BOM so spreadsheets read UTF-8 (æ, ø, å). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')}`;
}
