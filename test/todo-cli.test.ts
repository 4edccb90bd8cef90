// `ledgerlint todo` end to end: the call list of the bundled 002-1 ledger in all three formats.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, tempDir, writeCsv } from './helpers';

const xlsx = join(root, 'examples/ledgers/002-1-car-dealer.xlsx');
const args = ['todo', xlsx, '--profile', '002-1', '--as-of', '2025-10-15'];

describe('todo --format json', () => {
  it('lists overdue, due today and due within 7 days, sorted by due date, with the documented fields; exit 0', async () => {
    const r = await cli(...args, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['profile', 'asOf', 'items']);
    expect(doc).toMatchObject({ profile: '002-1', asOf: '2025-10-15T23:59:00+08:00' });
    const lines = doc.items.map((i: { dueAt: string; customer: string; ruleId: string; state: string }) => `${i.dueAt} ${i.customer} ${i.ruleId} ${i.state}`);
    expect(lines).toEqual([
      '2025-09-27 K008 002-1-9-PICKUP-1w overdue',
      '2025-09-30 K005 002-1-3-B-2perM overdue',
      '2025-10-13 K009 002-1-3-H-3d overdue',
      '2025-10-13T11:00+08:00 K006 002-1-3-ALL-24h overdue',
      '2025-10-14 K002 002-1-3-H-3d overdue',
      '2025-10-15 K007 002-1-9-FIRSTSVC-3d due-today',
      // Two days out: beyond the profile's lead time (1 day), within --days 7.
      '2025-10-17 K001 002-1-3-H-3d open',
      '2025-10-19 K006 002-1-3-A-1w open',
    ]);
    expect(doc.items[0]).toEqual({
      ruleId: '002-1-9-PICKUP-1w',
      customer: 'K008',
      customerName: '黄磊',
      performer: '周敏',
      phone: '13800000008',
      row: 29,
      state: 'overdue',
      dueAt: '2025-09-27',
      since: '2025-09-27',
      overdueDays: 18,
      missedPeriods: 1,
      what: { zh: '提车一周', en: 'pickup 1 week' },
      message: { zh: '「提车后一周内回访」未完成：应于 2025-09-27 前完成，已逾期 18 天。', en: '"A callback within one week of pickup" not done: due by 2025-09-27, 18 day(s) overdue.' },
    });
    // A quota in progress says what is still needed.
    expect(doc.items.at(-1).what.zh).toBe('A类每周1次：本期已 0 天，还需 1 天，2025-10-19 前');
  });

  it('--days narrows the look-ahead; missed weeks of one customer and rule are one item', async () => {
    const today = JSON.parse((await cli(...args, '--days', '0', '--format', 'json')).stdout);
    expect(today.items.map((i: { state: string }) => i.state)).toEqual(['overdue', 'overdue', 'overdue', 'overdue', 'overdue', 'due-today']);
    const later = JSON.parse((await cli('todo', xlsx, '--profile', '002-1', '--as-of', '2025-11-20', '--format', 'json')).stdout);
    const k006 = later.items.find((i: { customer: string; ruleId: string }) => i.customer === 'K006' && i.ruleId === '002-1-3-A-1w');
    expect(k006).toMatchObject({ missedPeriods: 5, since: '2025-10-19', dueAt: '2025-10-19', state: 'overdue', what: { zh: 'A类每周1次（连续 5 期未完成）' } });
    expect(later.items.filter((i: { customer: string; ruleId: string }) => i.customer === 'K006' && i.ruleId === '002-1-3-A-1w')).toHaveLength(1);
    expect(new Set(later.items.map((i: { customer: string }) => i.customer)).size).toBe(9);
  });

  it('--by performer adds the counts per person', async () => {
    const doc = JSON.parse((await cli(...args, '--by', 'performer', '--format', 'json')).stdout);
    expect(doc.performers).toEqual([
      { performer: '周敏', total: 3, overdue: 2, 'due-today': 0, 'due-soon': 0, open: 1 },
      { performer: '孙磊', total: 5, overdue: 3, 'due-today': 1, 'due-soon': 0, open: 1 },
    ]);
  });
});

describe('todo --format text', () => {
  it('one line an item: due, customer, name, phone, what is owed, performer, row', async () => {
    const r = await cli(...args);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^ledgerlint 待回访 · 002-1 .* · 截至 2025-10-15 23:59（北京时间）$/);
    expect(lines[1]).toContain('逾期 5 项 · 今天到期 1 项 · 7 天内到期 2 项');
    expect(lines[3].split(/\s+/)).toEqual(['应办日期', '状态', '客户', '姓名', '电话', '事项', '回访人', '行']);
    expect(lines[4].split(/\s{2,}/)).toEqual(['2025-09-27', '逾期 18 天', 'K008', '黄磊', '13800000008', '提车一周', '周敏', '第 29 行']);
    // 首保提醒's window (7 to 3 days before 首保) carries its quota: what is still owed, by when.
    expect(lines[9].split(/\s{2,}/)).toEqual(['2025-10-15', '今天到期', 'K007', '赵磊', '13800000007', '首保提醒：本期已 0 次，还需 1 次，2025-10-15 前', '孙磊', '第 27 行']);
    expect(lines[10]).toContain('2 天后到期');
    expect(lines.filter((l) => /^\d{4}-/.test(l))).toHaveLength(8);
  });

  it('--by performer groups by person with counts', async () => {
    const r = await cli(...args, '--by', 'performer');
    expect(r.stdout).toContain('周敏：共 3 项（逾期 2 项 · 今天到期 0 项 · 7 天内到期 1 项）');
    expect(r.stdout).toContain('孙磊：共 5 项（逾期 3 项 · 今天到期 1 项 · 7 天内到期 1 项）');
    expect(r.stdout.indexOf('周敏：')).toBeLessThan(r.stdout.indexOf('孙磊：'));
  });

  it('says so when nothing is due', async () => {
    const file = writeCsv(tempDir(), 'ok.csv', [
      ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'],
      ['K1', '张伟', 'C', '2025-03-05 10:00', '2025-03-05 16:00', '电话', '介绍新车型配置和价格，客户周末再来试驾', '已接通'],
    ]);
    const r = await cli('todo', file, '--profile', '002-1', '--as-of', '2025-03-06');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有逾期、今天到期或 7 天内到期的事项。');
  });
});

describe('todo --format csv', () => {
  it('is UTF-8 with a BOM, a header row and one item a line', async () => {
    const r = await cli(...args, '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeff应办日期,状态,逾期天数,客户,客户名称,联系电话,事项,回访人,行,规则,说明\r\n')).toBe(true);
    const lines = r.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(9);
    expect(lines[1]).toBe('2025-09-27,逾期,18,K008,黄磊,13800000008,提车一周,周敏,29,002-1-9-PICKUP-1w,「提车后一周内回访」未完成：应于 2025-09-27 前完成，已逾期 18 天。');
    expect(lines[8]).toMatch(/^2025-10-19,进行中,0,K006,杨帆,13800000006,"?A类每周1次：本期已 0 天，还需 1 天，2025-10-19 前"?,周敏,24,/);
  });

  it('defuses a cell Excel would run as a formula', async () => {
    const file = writeCsv(tempDir(), 'formula.csv', [
      ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果', '联系电话'],
      ['K1', '=HYPERLINK("http://x","y")', 'H', '2025-03-01 10:00', '电话', '介绍新车型配置和价格，客户周末再来试驾', '已接通', '+8613800000001'],
    ]);
    const r = await cli('todo', file, '--profile', '002-1', '--as-of', '2025-03-10', '--format', 'csv');
    const row = r.stdout.split('\r\n')[1];
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(row).toContain(',+8613800000001,');
  });
});

describe('todo: usage and unreadable input', () => {
  it('exit 2 when the input cannot be read, or for a bad option', async () => {
    const missing = await cli('todo', join(tempDir(), 'nope.xlsx'), '--profile', '002-1');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    for (const bad of [['--days', 'x'], ['--days', '400'], ['--by', 'customer'], ['--format', 'xml']]) {
      const r = await cli(...args, ...bad);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.stderr).toContain(bad[0]);
    }
    const csvCheck = await cli('check', xlsx, '--profile', '002-1', '--format', 'csv');
    expect(csvCheck.code).toBe(2);
    expect(csvCheck.stderr).toContain('--format 只能是 text 或 json');
    expect((await cli('check', xlsx, '--profile', '002-1', '--days', '3')).stderr).toContain('--days 只能用于 todo');
  });
});
