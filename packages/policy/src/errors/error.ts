/**
 * Errors that stop a whole check (an unreadable file, no header row, a profile that is not valid).
 * Like zod's issues they are data: a stable `code`, `params`, and where one check finds several
 * problems, `issues` ({ code, path, params }). The zh and en texts are rendered from message tables,
 * never written inline at the throw site. Problems with single cells are not errors: they become
 * `invalid` findings.
 */
import { renderTemplate, type Locale, type MessageParams, type MessageTable } from './message';

/** A value an issue carries: JSON data, so an issue can be logged, sent and rendered elsewhere. */
export type IssueValue = string | number | boolean | null | undefined | readonly (string | number | boolean | null)[];

/**
 * One problem found by a check that finds several (the profile's schema, its cross-references):
 * what (`code`), where (`path` inside the checked document) and the values its message needs.
 */
export interface Issue {
  code: string;
  path: readonly (string | number)[];
  params: Readonly<Record<string, IssueValue>>;
}

/** Renders one issue, path included, in a locale. */
export type IssueRenderer = (issue: Issue, locale: Locale) => string;

/** How many issues an error keeps and prints: enough to fix a file in one go, short enough to read. */
export const ISSUE_LIMIT = 20;

const MORE: Record<Locale, string> = { zh: '（另有 {count} 个问题未列出）', en: '(and {count} more)' };
const SEPARATOR: Record<Locale, string> = { zh: '；', en: '; ' };

/**
 * Marks errors of this library: a registered symbol, so an error thrown by one copy of the package
 * (its CommonJS build) is recognised by another (its ESM build) in the same app, where
 * `instanceof` is not.
 */
const BRAND = Symbol.for('ledgerlint.error');

/**
 * An error of this library: a stable `code` from its message table (`C`: the table's codes; the
 * policy's own are {@link ErrorCode}), `params`, and `issues` where a check finds several.
 */
export class LedgerlintError<C extends string = string> extends Error {
  readonly code: C;
  readonly params: MessageParams;
  /** The problems found, at most {@link ISSUE_LIMIT}; empty for an error that is one problem. */
  readonly issues: readonly Issue[];
  /** Issues found beyond those kept. */
  readonly omittedIssues: number;
  readonly zh: string;
  readonly en: string;
  readonly #table: MessageTable<C>;
  readonly #renderIssue?: IssueRenderer;

  /**
   * @param issues the problems, rendered into the message's `{issues}` placeholder by `renderIssue`.
   * @example new LedgerlintError(PROFILE_ERRORS, 'bad-profile', {}, { issues, renderIssue: renderProfileIssue })
   */
  constructor(table: MessageTable<C>, code: NoInfer<C>, params: MessageParams = {}, found?: { issues: readonly Issue[]; renderIssue: IssueRenderer }) {
    if (!table[code]) throw new Error(`no message for error code ${code}`);
    super(code);
    this.name = 'LedgerlintError';
    Object.defineProperty(this, BRAND, { value: true });
    this.code = code;
    this.params = params;
    this.#table = table;
    this.#renderIssue = found?.renderIssue;
    this.issues = found ? found.issues.slice(0, ISSUE_LIMIT) : [];
    this.omittedIssues = found ? Math.max(0, found.issues.length - ISSUE_LIMIT) : 0;
    this.zh = this.render('zh');
    this.en = this.render('en');
    this.message = this.en;
  }

  /** Each issue as one line of text in a locale (path first). */
  issueTexts(locale: Locale): string[] {
    const render = this.#renderIssue;
    return render ? this.issues.map((i) => render(i, locale)) : [];
  }

  /**
   * The message in one locale, its `{issues}` filled with every issue kept, joined by `separator`
   * (`'\n'` puts each on a line of its own).
   * @example e.render('zh', '\n  ')
   */
  render(locale: Locale, separator = SEPARATOR[locale]): string {
    let params = this.params;
    if (this.#renderIssue) {
      const texts = this.issueTexts(locale);
      if (this.omittedIssues > 0) texts.push(renderTemplate(MORE[locale], { count: this.omittedIssues }));
      params = { ...params, issues: texts.join(separator) };
    }
    return renderTemplate(this.#table[this.code][locale], params);
  }

  /** Both languages, Chinese first, as the command line prints them. */
  bilingual(): string {
    return `${this.zh}\n${this.en}`;
  }
}

/**
 * True for errors the tool raised on purpose (as opposed to bugs), whichever copy of the package
 * (ESM or CommonJS) raised them.
 * @example try { await evaluate(table, '002-1') } catch (e) { if (isLedgerlintError(e)) console.error(e.zh) }
 */
export function isLedgerlintError(e: unknown): e is LedgerlintError {
  return typeof e === 'object' && e !== null && (e as { [BRAND]?: unknown })[BRAND] === true;
}
