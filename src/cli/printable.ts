/**
 * Terminal control characters (C0 and C1 controls, DEL, line and paragraph separators,
 * bidirectional overrides and isolates), which a document could use to clear the screen,
 * move the cursor, start a line of its own or reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of output as it may reach a terminal or a CI log: every control character
 * (a newline too) written as a visible escape such as `\x1b` or `\u202e`; tabs are kept.
 */
export const printable = (line: string): string =>
  line.replace(CONTROLS, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });

/** Lines joined for printing, each made printable, so no text can add or rewrite a line. */
export const printableLines = (lines: readonly string[]): string => lines.map(printable).join('\n');

/** Controls that HTML can carry as character references unchanged (C1 controls cannot: they read as Windows-1252). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HTML_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Controls JSON text may hold raw inside a string, which `\u` escapes keep unchanged. */
const JSON_CONTROLS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SCRIPT = /(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g;

const hex = (char: string) => char.charCodeAt(0).toString(16).padStart(4, '0');

/**
 * Rendered HTML as it may reach a terminal, meaning the same to a browser: control
 * characters in text and attributes as character references (`&#x1b;`), and inside
 * `<script>` (JSON) as `\u001b`-style escapes. Tabs and line feeds are kept.
 */
export const printableHtml = (html: string): string =>
  html
    .split(SCRIPT)
    .map((part, index) =>
      index % 4 === 2
        ? part.replace(JSON_CONTROLS, (char) => `\\u${hex(char)}`)
        : part.replace(HTML_CONTROLS, (char) => `&#x${char.charCodeAt(0).toString(16)};`),
    )
    .join('');
