/** The text report for a person: Chinese, grouped by customer. */
import { obligations, renderFinding, type Finding, type Profile, type Report } from '@ledgerlint/policy';
import { terminalText } from './terminal';

export const STATUS_ZH: Record<string, string> = {
  violation: '违规',
  overdue: '逾期',
  late: '延迟完成',
  'due-soon': '即将到期',
  indeterminate: '无法判断',
  invalid: '无效',
  'not-configured': '未配置',
  open: '进行中',
};
export const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

function line(f: Finding, profile: Profile): string {
  const where = f.row === null ? '全表' : `第 ${f.row} 行`;
  return `  ${where.padEnd(8)} ${SEVERITY_ZH[f.severity].padEnd(2)} ${STATUS_ZH[f.status].padEnd(4, '　')}  ${renderFinding(f, profile, 'zh')}  [${f.ruleId}]`;
}

/** A finding about time (a deadline or a cadence: it has a due date), as against record-keeping. */
const aboutTime = (f: Finding) => f.dueAt !== undefined;
const isBreach = (f: Finding) => f.status === 'violation' || f.status === 'overdue' || f.status === 'late';

export interface TextReportOptions {
  /** Every finding of a rule a missing column stops, instead of one line naming the columns. */
  verbose?: boolean;
}

/** Counts joined for a line: `逾期 6、延迟完成 2`, without the zeros. */
function parts(entries: [string, number][]): string {
  return entries.filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join('、');
}

/**
 * The whole text report: a short summary first (records, customers, who is overdue or due today,
 * breaches by kind, fines), then the customers with deadline and cadence findings, then
 * record-keeping issues; rules a missing column stops are one line unless `verbose`.
 * @example process.stdout.write(textReport(report, profile, 'ledger.xlsx'))
 */
export function textReport(report: Report, profile: Profile, file: string, options: TextReportOptions = {}): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(`ledgerlint · ${profile.id} ${profile.title.zh} · 截至 ${report.asOf.slice(0, 16).replace('T', ' ')}（北京时间）`);
  out.push(`${file} · 工作表「${s.sheet}」：表头在第 ${s.headerRow} 行，${s.records} 条记录，${s.customers} 位客户（${s.shape === 'log' ? '逐次记录的回访日志' : '每客户一行的台账，只含最近一次回访'}）`);
  // Which column tells the customers apart, always: a wrong one mixes customers in every verdict.
  const key = s.columns.customerId ?? s.columns.customerName;
  const both = s.columns.customerId !== undefined && s.columns.customerName !== undefined;
  const fallback = both ? `，没有编号的行按「${s.columns.customerName}」` : '';
  const fallbackEn = both ? `, rows without a number by "${s.columns.customerName}"` : '';
  if (key !== undefined) out.push(`客户：按「${key}」列区分${fallback} / Customers: by column "${key}"${fallbackEn}`);
  // A doubt about that column comes first, before anything it may have distorted.
  const doubt = report.findings.filter((f) => f.messageId === 'customer-key');
  for (const f of doubt) out.push(`  ${SEVERITY_ZH[f.severity]}：${renderFinding(f, profile, 'zh')}`);
  out.push('');

  // The summary: what a manager reads in 30 seconds.
  const queue = obligations(report, { dueSoonDays: profile.dueSoonDays });
  const overdueCustomers = new Set(queue.filter((o) => o.state === 'overdue').map((o) => o.customer ?? `\u0000${o.ruleId}`)).size;
  const dueToday = queue.filter((o) => o.state === 'due-today').length;
  const breaches = report.findings.filter(isBreach);
  const timed = breaches.filter(aboutTime);
  const byStatus = (list: Finding[], status: string) => list.filter((f) => f.status === status).length;
  out.push('概要 / summary');
  out.push(`  ${s.records} 条记录，${s.customers} 位客户；逾期客户 ${overdueCustomers} 位，今天到期 ${dueToday} 项${queue.length ? '（待回访清单：ledgerlint todo）' : ''}`);
  if (breaches.length) {
    const timing = parts([['逾期未办', byStatus(timed, 'overdue')], ['错过期限或频次', byStatus(timed, 'violation')], ['延迟完成', byStatus(timed, 'late')]]);
    out.push(`  违规 ${breaches.length} 条：期限与频次 ${timed.length} 条${timing ? `（${timing}）` : ''}，记录规范 ${breaches.length - timed.length} 条`);
  } else {
    out.push('  违规 0 条');
  }
  const other = parts([['无效单元格', s.byStatus.invalid ?? 0], ['无法判断', s.byStatus.indeterminate ?? 0], ['即将到期', s.byStatus['due-soon'] ?? 0], ['未配置', s.byStatus['not-configured'] ?? 0], ['进行中（见 ledgerlint todo）', s.byStatus.open ?? 0]]);
  if (other) out.push(`  另有：${other}`);
  if (s.fines.min > 0 || s.fines.notConfigured > 0) {
    const amount = s.fines.min === s.fines.max ? `${s.fines.min} 元` : `${s.fines.min}-${s.fines.max} 元`;
    out.push(`  罚款合计：${amount}${s.fines.notConfigured ? `（另有 ${s.fines.notConfigured} 次金额未配置）` : ''}`);
  }
  out.push('');

  // Whole-ledger findings; the rules a missing column stops are one line naming the columns.
  const general = report.findings.filter((f) => f.customer === null && f.messageId !== 'customer-key');
  const missing = options.verbose ? [] : general.filter((f) => f.messageId === 'missing-column' && f.row === null);
  const rest = general.filter((f) => !missing.includes(f));
  if (general.length) {
    out.push('整表 / whole ledger');
    if (missing.length) {
      const rulesPerColumn = new Map<string, Set<string>>();
      for (const f of missing) {
        const column = f.column ?? String(f.data.field);
        (rulesPerColumn.get(column) ?? rulesPerColumn.set(column, new Set()).get(column)!).add(f.ruleId);
      }
      const columns = [...rulesPerColumn].map(([c, r]) => (r.size > 1 ? `「${c}」（${r.size} 条规则）` : `「${c}」`)).join('、');
      out.push(`  ${'全表'.padEnd(8)} 提示 缺列　　  台账没有这些列，${missing.length} 项检查未做：${columns}。加 --verbose 逐条列出。`);
    }
    for (const f of rest) out.push(line(f, profile));
    out.push('');
  }

  // Customers: deadlines and cadences first, then record-keeping.
  const customers = new Map(report.customers.map((c) => [c.key, c]));
  const heading = (key: string) => {
    const c = customers.get(key);
    const who = [c?.name && c.name !== key ? c.name : '', c?.phone ?? '', c?.performer ? `回访人 ${c.performer}` : ''].filter(Boolean).join('，');
    return `客户 ${key}${who ? `（${who}）` : ''}`;
  };
  const sections: [string, (f: Finding) => boolean][] = [
    ['期限与频次 / deadlines and cadences', aboutTime],
    ['记录规范 / record-keeping', (f) => !aboutTime(f)],
  ];
  for (const [title, belongs] of sections) {
    const byCustomer = new Map<string, Finding[]>();
    // A quota in progress is the call list's (todo), not a finding to read here: it is counted above.
    for (const f of report.findings) if (f.customer !== null && f.status !== 'open' && belongs(f)) (byCustomer.get(f.customer) ?? byCustomer.set(f.customer, []).get(f.customer)!).push(f);
    if (byCustomer.size === 0) continue;
    out.push(`== ${title}：${byCustomer.size} 位客户 ==`, '');
    for (const [customer, list] of byCustomer) {
      out.push(heading(customer));
      for (const f of list) out.push(line(f, profile));
      out.push('');
    }
  }
  if (report.findings.length === 0) out.push('没有发现问题。No findings.', '');
  const counts = (o: Record<string, number>, names: Record<string, string>) =>
    Object.entries(o).map(([k, n]) => `${names[k] ?? k} ${n}`).join(' · ') || '无';
  out.push(`合计 ${s.findings} 条：${counts(s.bySeverity, SEVERITY_ZH)}；${counts(s.byStatus, STATUS_ZH)}`);
  // Names, cell texts, headers, sheet and file names are the clerk's (or a stranger's): no line
  // may carry a control character to the terminal, nor a line break of its own.
  return out.map(terminalText).join('\n') + '\n';
}
