/**
 * Text from ledgers and profiles made safe for a terminal. A cell can hold ESC and BEL (a CSV, or
 * `_x001B_` in an .xlsx): printed raw they clear the screen, recolour the output, set the window
 * title or hide lines of the report. Every printed value goes through here; the JSON report keeps
 * the real text, escaped.
 */

/** C0 controls, DEL and C1 controls (U+0080-U+009F, which some terminals obey as ESC sequences). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A line for the terminal: each C0 control becomes its visible Control Picture (ESC ␛, BEL ␇,
 * line feed ␊, tab ␉), DEL becomes ␡ and a C1 control U+FFFD �. Apply it to single lines only:
 * line breaks are replaced too.
 * @example terminalText('张\u001b[2J三') // '张␛[2J三'
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/**
 * Text of several lines for the terminal: each line made safe by {@link terminalText}, the line
 * breaks (LF, and a CR before one) kept.
 * @example terminalLines('注意：\u001b]0;x\u0007\nNote\n') // '注意：␛]0;x␇\nNote\n'
 */
export function terminalLines(text: string): string {
  return text.split(/\r?\n/).map(terminalText).join('\n');
}

/**
 * JSON text whose DEL and C1 controls are escaped too (`JSON.stringify` escapes only C0): the
 * same document once parsed, nothing a terminal obeys when it is printed.
 * @example terminalJson('"a\u009bb"') // '"a\\u009bb"'
 */
export function terminalJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
