/**
 * zod's issues as {@link Issue} data, and their texts in each locale: English from zod's own en
 * locale, called directly (zod's global config is never changed, so other users of zod in the same
 * program keep theirs); Chinese from our templates, wholly Chinese (zod's zh-CN leaves type and
 * origin names in English), and a schema's own words from `said` and `zhMessage`.
 */
import type { z } from 'zod';
import { en as zodEn } from 'zod/locales';
import type { Issue, IssueValue } from './error';
import { renderTemplate, renderTemplateWith, type Locale, type MessageTable } from './message';

// Built on first use: a top-level call would keep zod's locales in every bundle, even one that never parses.
let enLocale: ReturnType<typeof zodEn>['localeError'] | undefined;
const EN = (issue: never) => (enLocale ??= zodEn().localeError)(issue);

/**
 * The Chinese of a schema's own English messages that zod cannot carry beside them (a regex's
 * message is a bare string): registered once, at module load, by {@link zhMessage}.
 */
const ZH_OF: Map<string, string> = new Map();

/**
 * A schema's own message in English, registered with its Chinese, for a check whose issue carries
 * only a string (a regex): the Chinese line then says it in Chinese. Module-level constants only
 * (each call is kept for the program's life); a refinement uses {@link said}.
 * @example z.string().regex(/^[A-Z]{1,4}$/, zhMessage('a tier code (A, VIP)', '客户等级代码（如 A、VIP）'))
 */
export function zhMessage(en: string, zh: string): string {
  ZH_OF.set(en, zh);
  return en;
}

/**
 * A refinement's message in both languages, as zod's `refine` options or the rest of a custom
 * issue: English as its message, Chinese in its params (rendered by {@link issueText}).
 * @example ctx.addIssue({ code: 'custom', path: ['to'], input: 3, ...said('to is before from', 'to 早于 from') })
 * @example schema.refine((v) => v.length > 0, said('not empty', '不能为空'))
 */
export function said(en: string, zh: string): { message: string; params: { zh: string } } {
  return { message: en, params: { zh } };
}

type ZodIssue = z.core.$ZodIssue & { input?: unknown; errors?: ZodIssue[][]; issues?: ZodIssue[]; note?: string; options?: unknown[]; params?: Record<string, unknown> };

/** The issue fields a message may need (zod's own, minus the input and the message). */
const KEPT = ['expected', 'origin', 'minimum', 'maximum', 'inclusive', 'exact', 'values', 'format', 'pattern', 'divisor', 'discriminator', 'options'] as const;

/** The issues of the union branch that got furthest (the one the author most likely meant). */
function closestBranch(issue: ZodIssue): ZodIssue[] | undefined {
  const branches = issue.errors?.filter((b) => b.length > 0);
  if (!branches?.length) return undefined;
  const depth = (b: ZodIssue[]) => Math.max(...b.map((i) => i.path.length));
  return branches.reduce((best, b) => (depth(b) > depth(best) || (depth(b) === depth(best) && b.length < best.length) ? b : best));
}

/** A JSON value as data an issue can carry: primitives as they are, lists of primitives cut to 10. */
function plain(value: unknown): IssueValue {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as IssueValue;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.slice(0, 10).map((v) => (v === null || ['string', 'number', 'boolean'].includes(typeof v) ? v : String(v)));
  return value === undefined ? undefined : String(value);
}

/** The type of a value as zod names it (`string`, `number`, `array`, `null` ...). */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function issueOf(issue: ZodIssue, path: (string | number)[]): Issue {
  const params: Record<string, IssueValue> = {};
  for (const key of KEPT) if (key in issue) params[key] = plain((issue as unknown as Record<string, unknown>)[key]);
  if ('input' in issue) {
    params.received = typeOf(issue.input);
    // A short copy of a plain value found, to show beside the path; objects are named by their type.
    // A long text is cut before quoting, so the copy stays one quoted value.
    const input = typeof issue.input === 'string' && issue.input.length > 57 ? `${issue.input.slice(0, 56)}…` : issue.input;
    if (input !== undefined && (input === null || typeof input !== 'object')) params.found = JSON.stringify(input).slice(0, 60);
  }
  let code: string = issue.code;
  if (issue.code === 'unrecognized_keys') {
    params.keys = issue.keys.slice(0, 10);
    if (issue.keys.length > 10) params.moreKeys = issue.keys.length - 10;
  } else if (issue.code === 'custom') {
    // A refinement that names its message (`params.code`) is rendered from that message's table;
    // one that does not keeps its English text, and its Chinese (`params.zh`, see `said`).
    const own = issue.params ?? {};
    if (typeof own.code === 'string') {
      code = own.code;
      for (const [k, v] of Object.entries(own)) if (k !== 'code') params[k] = plain(v);
    } else if (typeof own.zh === 'string') params.zh = own.zh.slice(0, 300);
  }
  // The schema's own words (`'HH:mm'`, `'at most 200 tier synonyms'`) where it has them, kept for
  // English, with their Chinese where registered (`zhMessage`).
  if (issue.message && issue.message !== EN(issue as never)) {
    params.message = issue.message.slice(0, 300);
    const zh = ZH_OF.get(issue.message);
    if (zh !== undefined) params.zh = zh;
  }
  return { code, path, params };
}

/**
 * Every issue of a zod error as data; a failed union stands for the issues of its closest branch,
 * a bad key of a record for the key's own issues.
 * @example zodIssues(schema.safeParse(json, { reportInput: true }).error!)
 */
export function zodIssues(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  const out: Issue[] = [];
  const add = (issue: ZodIssue, base: readonly (string | number)[]) => {
    const path = [...base, ...(issue.path as (string | number)[])];
    const branch = issue.code === 'invalid_union' ? closestBranch(issue) : undefined;
    // A bad key of a record says why in its own issues (a fact name taken by a built-in one).
    const inner = issue.code === 'invalid_key' && issue.issues?.length ? issue.issues : undefined;
    if (branch) for (const i of branch) add(i, path);
    else if (inner) for (const i of inner) add(i, path);
    else out.push(issueOf(issue, path));
  };
  for (const issue of error.issues as ZodIssue[]) add(issue, prefix);
  return out;
}

/** zod type names in Chinese (zod's zh-CN locale leaves most of them in English). */
const TYPE_ZH: Record<string, string> = {
  string: '文本', number: '数字', nan: '非数字(NaN)', boolean: '布尔值', array: '列表', object: '对象', null: '空值(null)', undefined: '空缺', bigint: '整数', date: '日期', record: '键值表', map: '键值表', set: '集合', int: '整数',
};
const typeZh = (t: IssueValue) => TYPE_ZH[String(t)] ?? String(t);
/** A value of the schema as a message quotes it: text in single quotes, anything else as JSON. */
const quoted = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

const ZH: Record<string, (p: Issue['params']) => string> = {
  invalid_type: (p) => `无效输入：应为${typeZh(p.expected)}，实际是${typeZh(p.received)}`,
  too_small: (p) => {
    const min = `${p.inclusive === false ? '大于' : '至少'} ${p.minimum}`;
    if (p.origin === 'string') return `文本过短：应${min} 个字符`;
    if (p.origin === 'array' || p.origin === 'set') return `项数过少：应${min} 项`;
    return `数值过小：应${p.inclusive === false ? '大于' : '不小于'} ${p.minimum}`;
  },
  too_big: (p) => {
    const max = `${p.inclusive === false ? '少于' : '不超过'} ${p.maximum}`;
    if (p.origin === 'string') return `文本过长：应${max} 个字符`;
    if (p.origin === 'array' || p.origin === 'set') return `项数过多：应${max} 项`;
    return `数值过大：应${p.inclusive === false ? '小于' : '不大于'} ${p.maximum}`;
  },
  invalid_value: (p) => {
    const values = Array.isArray(p.values) ? p.values : [];
    return values.length === 1 ? `无效取值：应为 ${quoted(values[0])}` : `无效取值：应为以下之一：${values.map(quoted).join(' | ')}`;
  },
  invalid_format: (p) => (p.format === 'regex' ? `格式不符：应符合正则表达式 ${p.pattern}` : '格式不符'),
  not_multiple_of: (p) => `数值无效：应为 ${p.divisor} 的倍数`,
  unrecognized_keys: (p) => `未知的键：${(p.keys as unknown[]).map((k) => JSON.stringify(k)).join('、')}`,
  invalid_key: () => '键无效',
  invalid_element: () => '含有无效的值',
  invalid_union: (p) => (p.options ? `「${p.discriminator}」的取值无效，应为以下之一：${(p.options as unknown[]).map((o) => `'${o}'`).join(' | ')}` : '无效输入：不符合任何一种允许的写法'),
  custom: () => '取值无效',
};

/** zod's own message of an issue in a locale, from its data. */
function zodText(issue: Issue, locale: Locale): string {
  const p = issue.params;
  if (locale === 'zh') {
    // The schema's own Chinese words first; then a template for each of zod's codes (all of them:
    // zod's zh-CN locale leaves words like `string` and `origin` in English).
    if (typeof p.zh === 'string') return p.zh;
    return (ZH[issue.code] ?? ZH.custom)(p);
  } else {
    if (typeof p.message === 'string') return p.message;
    if (issue.code === 'invalid_type') return `Invalid input: expected ${p.expected}, received ${p.received}`;
    if (issue.code === 'invalid_union' && p.options) return `Invalid discriminator value. Expected ${(p.options as unknown[]).map((o) => `'${o}'`).join(' | ')}`;
    if (issue.code === 'custom') return 'Invalid input';
  }
  const text = EN({ ...p, code: issue.code, path: issue.path, input: undefined } as never);
  return typeof text === 'string' ? text : (text?.message ?? '');
}

const MORE_KEYS: Record<Locale, string> = { zh: ' 等，另有 {count} 个', en: ' and {count} more' };
const FOUND: Record<Locale, string> = { zh: '；实际值 {found}', en: '; found {found}' };

/** An issue's value as a template shows it (a list as `a, b`). */
function shown(value: IssueValue): string | number | undefined {
  if (value === undefined || typeof value === 'number' || typeof value === 'string') return value;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * The text of an issue in a locale, without its path: from `table` when it has the issue's code (a
 * refinement's own message), else zod's message for it; then the value found, when it is short.
 * @example issueText({ code: 'invalid_type', path: ['version'], params: { expected: 'number', received: 'string', found: '"1"' } }, 'zh') // '无效输入：应为数字，实际是文本；实际值 "1"'
 */
export function issueText(issue: Issue, locale: Locale, table: MessageTable = {}): string {
  const own = table[issue.code];
  let text = own ? renderTemplateWith(own[locale], (k) => shown(issue.params[k])) : zodText(issue, locale);
  if (typeof issue.params.moreKeys === 'number') text += renderTemplate(MORE_KEYS[locale], { count: issue.params.moreKeys });
  if (typeof issue.params.found === 'string') text += renderTemplate(FOUND[locale], { found: issue.params.found });
  return text;
}
