/**
 * How to fix, with this command line's own flags, the errors whose library message says only what
 * is wrong (the library is also used by the add-in and other apps, which have no flags).
 */
import { renderTemplate, type LedgerlintError, type MessageTable } from '@ledgerlint/policy';
import { terminalText } from './terminal';

export const CLI_HINTS: MessageTable = {
  'no-header': {
    zh: '用 --column 字段=列名 或 字段=列字母 指定，例如 --column contactAt=跟进日期。',
    en: 'Use --column field=header or field=column letter, e.g. --column contactAt=跟进日期.',
  },
  'missing-column': { zh: '用 --column {key}=列名 指定。', en: 'Use --column {key}=<header>.' },
  'duplicate-header': { zh: '用 --column {field}={first}（或 ={second}）指定。', en: 'Use --column {field}={first} (or ={second}).' },
  'override-not-found': { zh: '请检查 --column {field}={header}。', en: 'Check --column {field}={header}.' },
  'bad-as-of': { zh: '请检查 --as-of。', en: 'Check --as-of.' },
  'target-read-only': { zh: '另存请用 -o 新文件名.xlsx。', en: 'To save a copy, use -o <new name>.xlsx.' },
  'target-hard-linked': { zh: '另存请用 -o 新文件名.xlsx。', en: 'To save a copy, use -o <new name>.xlsx.' },
};

/**
 * An error as the command line prints it: Chinese, then English, each with the flag that fixes it.
 * @example cliMessage(e) // '错误：…找不到表头行…用 --column 字段=列名 …\nError: …no header row found… Use --column …\n'
 */
export function cliMessage(e: LedgerlintError): string {
  const hint = CLI_HINTS[e.code];
  // Several issues (a bad profile): the first on the message's line, each further one on its own.
  // Split at a private-use mark, not at a line break a quoted value may hold.
  const lines = (locale: 'zh' | 'en') => (e.issues.length > 1 ? e.render(locale, '\uE000').split('\uE000') : [e[locale]]).map(terminalText);
  const [zh, ...zhMore] = lines('zh');
  const [en, ...enMore] = lines('en');
  const zhLine = hint ? `${zh}${renderTemplate(hint.zh, e.params)}` : zh;
  const enLine = hint ? `${en} ${renderTemplate(hint.en, e.params)}` : en;
  // Messages quote cells, headers, sheet and file names: printed safely, one line per language and issue.
  return [`错误：${zhLine}`, ...zhMore.map((l) => `  ${l}`), `Error: ${enLine}`, ...enMore.map((l) => `  ${l}`), ''].join('\n');
}
