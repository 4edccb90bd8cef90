// `ledgerlint check` on a company roster in the layout of a widely used open-source call-centre
// template (企(事)业单位名称, 客户类别, 客户级别 ★/★★/★★★, 最后联系时间 as an Excel date shown m/d/yy):
// 20 companies are 20 customers, the overdue ones are found, and the text report says which column
// told them apart. Issue 13, "Who the customer is".
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OVERDUE_AT_1025, ROSTER_HEADER, ROSTER_ROWS } from '../packages/policy/src/testing/call-centre-roster';
import { cli, requireFromXlsx, tempDir } from './helpers';

const ExcelJS = requireFromXlsx('exceljs');

interface Doc {
  findings: { ruleId: string; status: string; customer: string | null; row: number | null; messageId?: string; message: { zh: string } }[];
  summary: { customers: number; records: number; shape: string; columns: Record<string, string> };
}

/** The roster as the template keeps it: the date a serial number in an m/d/yy cell, the phone a number. */
async function writeRoster(path: string, header = ROSTER_HEADER, rows = ROSTER_ROWS): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(header);
  const dateCol = header.findIndex((h) => /联系时间|回访时间/.test(h));
  for (const r of rows) {
    const row = ws.addRow(r.map((v, c) => (c === dateCol && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v)));
    row.getCell(dateCol + 1).numFmt = 'm/d/yy';
  }
  await wb.xlsx.writeFile(path);
  return path;
}

describe('check on a call-centre company roster', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeRoster(join(tempDir(), 'customer_template.xlsx'));
  });

  it('20 companies are 20 customers, by 企(事)业单位名称; the overdue ones (last call over 10 days ago) are each found', async () => {
    const r = await cli('check', file, '--profile', '002-4', '--as-of', '2025-10-25', '--format', 'json');
    const doc: Doc = JSON.parse(r.stdout);
    expect(doc.summary).toMatchObject({ customers: 20, records: 20, shape: 'roster' });
    expect(doc.summary.columns).toMatchObject({ customerName: '企(事)业单位名称', tier: '客户类别', contactAt: '最后联系时间' });
    const overdue = doc.findings.filter((f) => f.ruleId === '002-4-4.2-10d' && f.status === 'overdue').map((f) => f.customer);
    expect(overdue.sort()).toEqual([...OVERDUE_AT_1025].sort());
    expect(overdue).toHaveLength(9);
    // No gap compares two companies' dates, no doubt about the customer column, and a profile
    // without tiers does not call the roster's own categories invalid.
    expect(doc.findings.filter((f) => f.status === 'late' || f.messageId === 'customer-key' || f.status === 'invalid')).toEqual([]);
  });

  it('the text report names the customer column at the top', async () => {
    const r = await cli('check', file, '--profile', '002-4', '--as-of', '2025-10-25');
    const lines = r.stdout.split('\n');
    expect(lines[2]).toBe('客户：按「企(事)业单位名称」列区分 / Customers: by column "企(事)业单位名称"');
    expect(r.stdout).toContain('客户 青岛崂山矿泉水有限公司');
  });

  it('a rating column taken for the customer: the report says so first, naming both columns and how to choose', async () => {
    // The same roster with its ★ ratings under 客户 and the company under 公司.
    const header = ['客户', '公司', '最近回访时间'];
    const rows = ROSTER_ROWS.map((r) => [r[9], r[2], r[0]]);
    const path = await writeRoster(join(tempDir(), 'stars.xlsx'), header, rows);
    const text = (await cli('check', path, '--profile', '002-4', '--as-of', '2025-10-25')).stdout.split('\n');
    expect(text[2]).toBe('客户：按「客户」列区分 / Customers: by column "客户"');
    expect(text[3]).toBe(
      '  警告：客户按「客户」列（A 列）区分，20 行只得到 3 位客户；「公司」列（B 列）有 20 个不同的值。如果每行是一位客户，请把客户列改为「公司」（命令行：--column customerName=公司；加载项：在「列对应」中把「客户名称」选为该列），再检查；如果「客户」确实是客户，可忽略本条。改正之前，按客户给出的结论可能把几位客户的记录混在一起。',
    );
    // Told which column, the clerk chooses it: 20 customers, no doubt left.
    const doc: Doc = JSON.parse((await cli('check', path, '--profile', '002-4', '--as-of', '2025-10-25', '--column', 'customerName=公司', '--format', 'json')).stdout);
    expect(doc.summary.customers).toBe(20);
    expect(doc.findings.some((f) => f.messageId === 'customer-key')).toBe(false);
  });
});
