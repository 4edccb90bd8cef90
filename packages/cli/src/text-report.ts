/** The text report for a person: Chinese, grouped by customer. */
import { renderFinding, type Finding, type Profile, type Report } from '@ledgerlint/policy';
import { terminalText } from './terminal';

export const STATUS_ZH: Record<string, string> = {
  violation: '违规',
  overdue: '逾期',
  late: '延迟完成',
  'due-soon': '即将到期',
  indeterminate: '无法判断',
  invalid: '无效',
  'not-configured': '未配置',
};
export const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

function line(f: Finding, profile: Profile): string {
  const where = f.row === null ? '全表' : `第 ${f.row} 行`;
  return `  ${where.padEnd(8)} ${SEVERITY_ZH[f.severity].padEnd(2)} ${STATUS_ZH[f.status].padEnd(4, '　')}  ${renderFinding(f, profile, 'zh')}  [${f.ruleId}]`;
}

/**
 * The whole text report.
 * @example process.stdout.write(textReport(report, profile))
 */
export function textReport(report: Report, profile: Profile, file: string): string {
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
  const general = report.findings.filter((f) => f.customer === null && f.messageId !== 'customer-key');
  const byCustomer = new Map<string, Finding[]>();
  for (const f of report.findings) if (f.customer !== null) (byCustomer.get(f.customer) ?? byCustomer.set(f.customer, []).get(f.customer)!).push(f);
  if (general.length) {
    out.push('整表 / whole ledger');
    for (const f of general) out.push(line(f, profile));
    out.push('');
  }
  for (const [customer, list] of byCustomer) {
    out.push(`客户 ${customer}`);
    for (const f of list) out.push(line(f, profile));
    out.push('');
  }
  if (report.findings.length === 0) out.push('没有发现问题。No findings.', '');
  const counts = (o: Record<string, number>, names: Record<string, string>) =>
    Object.entries(o).map(([k, n]) => `${names[k] ?? k} ${n}`).join(' · ') || '无';
  out.push(`合计 ${s.findings} 条：${counts(s.bySeverity, SEVERITY_ZH)}；${counts(s.byStatus, STATUS_ZH)}`);
  if (s.fines.min > 0 || s.fines.notConfigured > 0) {
    const amount = s.fines.min === s.fines.max ? `${s.fines.min} 元` : `${s.fines.min}-${s.fines.max} 元`;
    out.push(`罚款合计：${amount}${s.fines.notConfigured ? `（另有 ${s.fines.notConfigured} 次金额未配置）` : ''}`);
  }
  // Names, cell texts, headers, sheet and file names are the clerk's (or a stranger's): no line
  // may carry a control character to the terminal, nor a line break of its own.
  return out.map(terminalText).join('\n') + '\n';
}
