/** One record of a CSV file, with the line it starts on (1-based) for messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text (RFC 4180) into records: quoted fields with `""` escapes and line
 * breaks inside them, CRLF or LF line ends, a leading byte-order mark. Blank lines are
 * skipped. `unclosedQuoteLine` is set when a quoted field never ends.
 */
export function readCsv(text: string): { records: CsvRecord[]; unclosedQuoteLine?: number } {
  const source = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      recordLine = ++line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return quoted ? { records, unclosedQuoteLine: quoteLine } : { records };
}
