/**
 * Errors that stop a whole check (an unreadable file, no header row, a column the profile cannot
 * do without). Like zod issues they are data: a stable `code` and `params`; the zh/en texts are
 * rendered from a message table, never written inline at the throw site.
 * Problems with single cells are not errors: they become `invalid` findings.
 */

export type Locale = 'zh' | 'en';
export type MessageParams = Record<string, string | number | undefined>;
export type MessageTable = Record<string, Record<Locale, string>>;

/**
 * Fill `{name}` placeholders from params.
 * @example renderTemplate('第 {row} 行', { row: 5 }) // '第 5 行'
 */
export function renderTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = params[key];
    return v === undefined ? '' : String(v);
  });
}

export class LedgerlintError extends Error {
  readonly code: string;
  readonly params: MessageParams;
  readonly zh: string;
  readonly en: string;

  constructor(table: MessageTable, code: string, params: MessageParams = {}) {
    const entry = table[code];
    if (!entry) throw new Error(`no message for error code ${code}`);
    const en = renderTemplate(entry.en, params);
    super(en);
    this.name = 'LedgerlintError';
    this.code = code;
    this.params = params;
    this.zh = renderTemplate(entry.zh, params);
    this.en = en;
  }

  /** Both languages, Chinese first, as the command line prints them. */
  bilingual(): string {
    return `${this.zh}\n${this.en}`;
  }
}

/** True for errors the tool raised on purpose (as opposed to bugs). */
export function isLedgerlintError(e: unknown): e is LedgerlintError {
  return e instanceof LedgerlintError;
}
