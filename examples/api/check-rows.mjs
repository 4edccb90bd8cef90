// Check rows an app already holds in memory against profile 002-1, with @ledgerlint/policy.
// Run: pnpm build && node examples/api/check-rows.mjs
import { pathToFileURL } from 'node:url';
import { evaluate, getProfile, renderFinding } from '@ledgerlint/policy';

/** The findings, rendered in Chinese, for a tiny intent-customer log. */
export async function checkRows() {
  const table = {
    sheet: '意向客户回访',
    rows: [
      ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'],
      ['K001', '张伟', 'H', '2025-03-05 14:00', '2025-03-06 15:30', '电话', '介绍新车型配置和价格，客户周末再来试驾', '已接通'],
      ['K002', '李娜', 'A类', '2025-03-05 16:00', '2025-03-05 20:00', '短信', '感谢您今天到店，期待再次光临', null],
    ],
  };
  const profile = getProfile('002-1');
  const report = await evaluate(table, profile, { asOf: '2025-03-10' });
  return report.findings.map((f) => `${f.customer} 第${f.row ?? '-'}行 ${f.status} ${f.ruleId}: ${renderFinding(f, profile, 'zh')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await checkRows()) console.log(line);
}
