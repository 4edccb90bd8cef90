// `ledgerlint check` end to end: files in, exit code, stdout and stderr out.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_SOURCES } from '@ledgerlint/policy';
import { rawXlsx } from '../packages/xlsx/src/testing';
import { cli, requireFromXlsx, root, tempDir, writeCsv } from './helpers';

const xlsx = join(root, 'examples/ledgers/002-1-car-dealer.xlsx');
const csv = join(root, 'examples/ledgers/002-1-car-dealer.csv');
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const HEADER = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toMatch(/TypeError|ReferenceError/);
}

describe('check --format json', () => {
  it('prints exactly one JSON document with the documented shape, and exits 1 on errors', async () => {
    const r = await cli('check', xlsx, '--profile', '002-1', '--as-of', '2025-10-15', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    // `rules` names each rule's title, short name and citation once (issue 15); findings keep theirs.
    expect(Object.keys(doc)).toEqual(['profile', 'asOf', 'findings', 'summary', 'rules']);
    expect(doc.profile).toBe('002-1');
    expect(doc.asOf).toBe('2025-10-15T23:59:00+08:00');
    const late = doc.findings.find((f: { ruleId: string; customer: string }) => f.ruleId === '002-1-3-ALL-24h' && f.customer === 'K002');
    expect(late).toMatchObject({ status: 'late', severity: 'error', row: 7, dueAt: '2025-10-10T14:00+08:00', overdueDays: 1 });
    expect(late.message.zh).toContain('接待后24小时内回访');
    expect(late.message.en).toContain('Callback within 24 hours');
    expect(late.citation).toEqual({ file: '002_5b4178db3268d4b2.txt', section: '第一篇《销售部客户回访制度》第3条', lines: 'L5', quote: '接待客户后的24小时不管是哪类客户,必须做到有一次的回访' });
    expect(doc.rules['002-1-3-ALL-24h']).toEqual({ title: { zh: '接待后24小时内回访', en: 'Callback within 24 hours of reception' }, short: expect.objectContaining({ zh: '24小时回访' }), citation: late.citation });
    // Every customer finding names the person the ledger names for the customer (回访人/销售顾问).
    expect(late.performer).toBe('孙磊');
    for (const f of doc.findings) if (f.customer !== null) expect(f).toHaveProperty('performer');
    for (const f of doc.findings) {
      expect(['violation', 'overdue', 'late', 'due-soon', 'indeterminate', 'invalid', 'not-configured', 'open']).toContain(f.status);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      // A message renders as `ruleId: status` when its messageId has no template, and a
      // placeholder with no data renders as nothing: neither may reach the clerk.
      for (const text of [f.message.zh, f.message.en]) {
        expect(text).not.toBe(`${f.ruleId}: ${f.status}`);
        expect(text).not.toMatch(/\{\w+\}|undefined|NaN|「」|“”|""|\(\)|（）|第  行/);
      }
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    // Whole messages of one finding of several kinds, as the clerk reads them (from the ledger's rows).
    const whole: [ruleId: string, row: number, zh: string, en: string][] = [
      ['002-1-3-ALL-24h', 7, '「接待后24小时内回访」完成晚了：应于 2025-10-10 14:00 前完成，实际在 2025-10-10 15:00。', '"Callback within 24 hours of reception" done late: due by 2025-10-10 14:00, done 2025-10-10 15:00.'],
      ['002-1-3-H-3d', 8, '「H类客户每3天回访一次」逾期：上次成功回访 2025-10-11，应于 2025-10-14 前再次回访，已逾期 1 天。', '"H-class: a callback every 3 days" overdue: last successful contact 2025-10-11, next due by 2025-10-14, 1 day(s) overdue.'],
      ['002-1-4-24H-PHONE', 24, '「24小时回访必须致电，不准用信息」：此次回访方式为「短信」，规定必须为 电话/上门。', '"The 24-hour callback must be a call, not a message": this contact was by SMS; it must be by phone/visit.'],
      ['002-1-2-INTENT-FORM', 31, '第 31 行「意向级别」（E 列）：“D类” 不是本规定的客户等级，应为H/A/B/C 之一。', 'Row 31, "意向级别" (column E): "D类" is not a tier of this profile; expected one of H/A/B/C.'],
    ];
    for (const [ruleId, row, zh, en] of whole) {
      expect(doc.findings.find((f: { ruleId: string; row: number }) => f.ruleId === ruleId && f.row === row)?.message).toEqual({ zh, en });
    }
    expect(doc.summary).toMatchObject({ records: 33, customers: 12, shape: 'log', headerRow: 3 });
  });

  it('the GBK CSV export of the same ledger gives the same findings (rows shift by the title block)', async () => {
    const a = JSON.parse((await cli('check', xlsx, '--profile', '002-1', '--as-of', '2025-10-15', '--format', 'json')).stdout);
    const b = JSON.parse((await cli('check', csv, '--profile', '002-1', '--as-of', '2025-10-15', '--format', 'json')).stdout);
    const key = (f: { ruleId: string; status: string; customer: string; row: number | null; dueAt?: string }, shift: number) => `${f.ruleId}|${f.status}|${f.customer}|${f.row === null ? null : f.row - shift}|${f.dueAt}`;
    expect(b.findings.map((f: never) => key(f, 0))).toEqual(a.findings.map((f: never) => key(f, 2)));
  });
});

describe('check --format text', () => {
  it('is Chinese, grouped by customer', async () => {
    const r = await cli('check', xlsx, '--profile', '002-1', '--as-of', '2025-10-15');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('客户 K002');
    expect(r.stdout).toContain('逾期');
    expect(r.stdout).toMatch(/合计 \d+ 条/);
  });
  it('exits 0 on a compliant ledger', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'ok.csv', [
      [...HEADER, '联系电话', '意向车型', '提车时间', '首保日期', '存在的问题', '处理结果'],
      ['K1', '张伟', 'H', '2025-03-05 10:00', '2025-03-05 16:00', '电话', talk, '已接通', '13800000001', '轩逸', null, null, null, null],
    ]);
    const r = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-06');
    expect(r.stdout).toContain('没有发现问题');
    expect(r.code).toBe(0);
  });
});

describe('columns', () => {
  it('a column only some rules need is not an error: those rules say indeterminate once', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'roster.csv', [
      ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'],
      ['K1', '张伟', 'H', '2025-03-05 10:00', '电话', talk, '已接通'],
      ['K2', '李娜', 'H', '2025-03-05 11:00', '电话', talk, '已接通'],
    ]);
    const doc = JSON.parse((await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-06', '--format', 'json')).stdout);
    const missing = doc.findings.filter((f: { ruleId: string }) => f.ruleId === '002-1-3-ALL-24h');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ status: 'indeterminate', row: null, column: '接待时间' });
  });
  it('--column maps a header the tool does not know', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'odd.csv', [['客户编号', '客户名称', '客户等级', '打电话的日子', '回访方式', '回访内容', '回访结果'], ['K1', '张伟', 'H', '2025-03-01 10:00', '电话', talk, '已接通']]);
    const without = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10');
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('回访时间');
    expect(without.stderr).toContain('打电话的日子');
    expect(without.stderr).toContain('--column contactAt=');
    noStackTrace(without.stderr);
    const withIt = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10', '--column', 'contactAt=打电话的日子', '--format', 'json');
    expect(withIt.code).toBe(1);
    expect(JSON.parse(withIt.stdout).findings.some((f: { ruleId: string; status: string }) => f.ruleId === '002-1-3-H-3d' && f.status === 'overdue')).toBe(true);
  });
  it('--column with a name Object.prototype has (hasOwnProperty, valueOf, constructor, __proto__) is an unknown field like foo, and --profile constructor no profile', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'proto.csv', [HEADER, ['K1', '张伟', 'H', '2025-03-01 10:00', '2025-03-01 15:00', '电话', talk, '已接通']]);
    for (const name of ['foo', 'hasOwnProperty', 'valueOf', 'constructor', '__proto__', 'toString']) {
      const r = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10', '--column', `${name}=A`);
      expect(r.code, name).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`未知字段「${name}」`);
      expect(r.stderr).toContain(`Unknown field "${name}"`);
      noStackTrace(r.stderr);
    }
    for (const name of ['constructor', 'toString', '__proto__']) {
      const r = await cli('check', file, '--profile', name);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toContain(`No built-in profile "${name}"`);
    }
  });
  it('no customer column: exit 2 naming it and the headers found', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'nocust.csv', [['回访时间', '回访内容', '回访结果'], ['2025-03-01 10:00', talk, '已接通']]);
    const r = await cli('check', file, '--profile', '002-1');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/客户编号/);
    expect(r.stderr).toMatch(/customer number/);
    expect(r.stderr).toContain('回访时间, 回访内容, 回访结果');
  });
  it('no header row at all: exit 2', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'noheader.csv', [['a', 'b', 'c'], ['1', '2', '3']]);
    const r = await cli('check', file, '--profile', '002-1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('表头');
    expect(r.stderr).toContain('header');
  });
});

describe('terminal escapes in cells never reach the terminal raw', () => {
  // C0 controls but the line feed between lines, DEL, and C1 controls (U+009B is CSI).
  const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
  const esc = 'K\u001b[2J\u001b]0;pwned\u0007\u009b31m1';
  const shown = 'K␛[2J␛]0;pwned␇\ufffd31m1';

  it('text report, JSON, annotate and error messages: ESC, BEL and CSI from CSV cells, .xlsx cells (_x001B_) and file names', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'a\u001b[2J.csv', [HEADER, [esc, '张伟', 'H', '2025-03-01 10:00', '2025-03-0\u001b[31m1', '电话', talk, '已接通']]);
    const text = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10');
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain(`客户 ${shown}`);
    expect(text.stdout).toContain('2025-03-0␛[31m1');
    expect(text.stdout).toContain('a␛[2J.csv');
    // The JSON keeps the real text, every control escaped.
    const json = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10', '--format', 'json');
    expect(json.stdout.slice(0, -1)).not.toMatch(RAW_CONTROL);
    expect(json.stdout).toContain('\\u009b');
    expect(JSON.parse(json.stdout).findings.some((f: { customer: string }) => f.customer === esc)).toBe(true);
    const annotated = await cli('annotate', file, '--profile', '002-1', '--as-of', '2025-03-10', '-q');
    expect(annotated.stdout + annotated.stderr).not.toMatch(RAW_CONTROL);
    expect(annotated.stdout).toContain('a␛[2J.checked.xlsx');

    const xlsxFile = join(dir, 'x.xlsx');
    writeFileSync(
      xlsxFile,
      rawXlsx({
        sheets: [{ name: '回访', sheetData: `<row r="1">${HEADER.map((_, k) => `<c r="${'ABCDEFGH'[k]}1" t="s"><v>${k}</v></c>`).join('')}</row><row r="2"><c r="A2" t="s"><v>8</v></c><c r="C2" t="s"><v>9</v></c><c r="E2" t="s"><v>10</v></c></row>` }],
        sharedStrings: [...HEADER, 'K_x001B_[2J_x0007_1', 'H', '2025-03-01 10:00'],
      }),
    );
    const fromXlsx = await cli('check', xlsxFile, '--profile', '002-1', '--as-of', '2025-03-10');
    expect(fromXlsx.stdout).not.toMatch(RAW_CONTROL);
    expect(fromXlsx.stdout).toContain('客户 K␛[2J␇1');

    // An error message quoting the headers found (exit 2) on stderr.
    const noCustomer = writeCsv(dir, 'nocust.csv', [['回访\u001b]0;pwned\u0007时间', '回访内容'], ['2025-03-01 10:00', talk]]);
    const refused = await cli('check', noCustomer, '--profile', '002-1');
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toMatch(RAW_CONTROL);
    expect(refused.stderr).toContain('回访␛]0;pwned␇时间');
  });
});

describe('usage errors and unreadable input exit 2, in both languages, without a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['missing file', ['check', 'does-not-exist.xlsx', '--profile', '002-1'], /does-not-exist\.xlsx/],
    ['unknown profile', ['check', 'x.csv', '--profile', '999-9'], /999-9/],
    ['no profile', ['check', 'x.csv'], /--profile/],
    ['bad as-of', ['check', 'x.csv', '--profile', '002-1', '--as-of', '2025-02-30'], /2025-02-30/],
    ['unknown option', ['check', 'x.csv', '--profile', '002-1', '--colour'], /--colour/],
    ['bad format', ['check', 'x.csv', '--profile', '002-1', '--format', 'xml'], /xml/],
    ['unknown command', ['lint'], /lint/],
  ];
  for (const [name, argv, pattern] of cases) {
    it(name, async () => {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).toMatch(/错误/);
      expect(r.stderr).toMatch(/Error/);
      noStackTrace(r.stderr);
    });
  }
});

describe('custom profiles', () => {
  it('--profile takes a JSON file: a company that calls H customers every 5 days', async () => {
    const dir = tempDir();
    const custom = JSON.parse(JSON.stringify(PROFILE_SOURCES['002-1']));
    custom.id = 'acme-002-1';
    custom.rules.find((r: { id: string }) => r.id === '002-1-3-H-3d').params.maxGapDays = 5;
    const path = join(dir, 'acme.json');
    writeFileSync(path, JSON.stringify(custom));
    const file = writeCsv(dir, 'h.csv', [HEADER, ['K1', '张伟', 'H', '2025-03-01 09:00', '2025-03-01 10:00', '电话', talk, '已接通']]);
    const builtIn = JSON.parse((await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-05', '--format', 'json')).stdout);
    const acme = JSON.parse((await cli('check', file, '--profile', path, '--as-of', '2025-03-05', '--format', 'json')).stdout);
    expect(builtIn.findings.some((f: { ruleId: string; status: string }) => f.ruleId === '002-1-3-H-3d' && f.status === 'overdue')).toBe(true);
    expect(acme.profile).toBe('acme-002-1');
    expect(acme.findings.some((f: { ruleId: string; status: string }) => f.ruleId === '002-1-3-H-3d' && f.status === 'overdue')).toBe(false);
  });
  it('a bad profile is refused with the path of the problem', async () => {
    const dir = tempDir();
    const custom = JSON.parse(JSON.stringify(PROFILE_SOURCES['002-1']));
    custom.rules[2].params.maxGapDays = 'three';
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(custom));
    const r = await cli('check', xlsx, '--profile', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules.2.params.maxGapDays');
    noStackTrace(r.stderr);
  });
  it('a profile file that is not JSON', async () => {
    const dir = tempDir();
    const path = join(dir, 'broken.json');
    copyFileSync(csv, path);
    const r = await cli('check', xlsx, '--profile', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('JSON');
  });
});

describe('as-of', () => {
  it('a date-time as-of, in Shanghai time', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'a.csv', [HEADER, ['K1', '张伟', 'H', '2025-03-05 14:00', null, null, null, null]]);
    const before = JSON.parse((await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-06T14:00', '--format', 'json')).stdout);
    const after = JSON.parse((await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-06T14:01', '--format', 'json')).stdout);
    expect(before.asOf).toBe('2025-03-06T14:00:00+08:00');
    const r24 = (d: { findings: { ruleId: string; status: string }[] }) => d.findings.find((f) => f.ruleId === '002-1-3-ALL-24h')?.status;
    expect(r24(before)).toBe('due-soon');
    expect(r24(after)).toBe('overdue');
  });

  it('an as-of before the ledger\'s first date (1990-01-01 on a 2025 ledger) is one whole-ledger warning, in the text and the JSON; it does not change the exit code', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'y2025.csv', [
      [...HEADER, '生日'],
      ['K1', '张伟', 'H', '2025-01-05 10:00', '2025-01-05 15:00', '电话', talk, '已接通', '1965-04-01'],
      ['K2', '李娜', 'B', '2025-01-03 09:00', '2025-01-03 09:30', '电话', talk, '已接通', null],
      ['K1', '张伟', 'H', null, '2025-01-07 11:00', '电话', talk, '已接通', null],
    ]);
    const text = await cli('check', file, '--profile', '002-1', '--as-of', '1990-01-01');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\n  全表\s+警告 无法判断  检查时点 1990-01-01 /);
    const zh = '检查时点 1990-01-01 早于台账最早的日期 2025-01-03（第 3 行「接待时间」）：之后才到期的回访都不会被判为逾期或即将到期。是否应为 2025-01-03 之后的日期，例如台账最晚的日期 2025-01-07？';
    expect(text.stdout).toContain(zh);
    const doc = JSON.parse((await cli('check', file, '--profile', '002-1', '--as-of', '1990-01-01', '--format', 'json')).stdout);
    const early = doc.findings.filter((f: { code: string }) => f.code === 'as-of-before-ledger');
    expect(early).toHaveLength(1);
    expect(early[0]).toMatchObject({ status: 'indeterminate', severity: 'warning', customer: null, row: null, message: { zh } });
    expect(early[0].message.en).toBe('The check time 1990-01-01 is before the ledger\'s first date 2025-01-03 (row 3, "接待时间"): nothing due after it is judged overdue or due soon. Did you mean a date after 2025-01-03, such as the ledger\'s last date 2025-01-07?');
    // On the first date itself, or later, nothing is said.
    const onTime = JSON.parse((await cli('check', file, '--profile', '002-1', '--as-of', '2025-01-03', '--format', 'json')).stdout);
    expect(onTime.findings.some((f: { code: string }) => f.code === 'as-of-before-ledger')).toBe(false);
  });
});

it('the example workbook is not modified by checking it', async () => {
  const before = readFileSync(xlsx);
  await cli('check', xlsx, '--profile', '002-1', '--as-of', '2025-10-15');
  expect(readFileSync(xlsx).equals(before)).toBe(true);
});

it("a workbook with each customer's number and name merged down over its rows is read as the clerk sees it", async () => {
  const ExcelJS = requireFromXlsx('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('回访记录');
  ws.addRows([
    ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'],
    ['K001', '张伟', 'H', '2025-12-23 15:00', '电话', talk, '已接通'],
    [null, null, null, '2025-12-26 15:00', '电话', talk, '已接通'],
    [null, null, null, '2025-12-29 15:00', '电话', talk, '已接通'],
    ['K002', '李娜', 'A', '2025-12-29 10:00', '电话', talk, '已接通'],
  ]);
  for (const col of ['A', 'B', 'C']) ws.mergeCells(`${col}2:${col}4`);
  const file = join(tempDir(), 'merged.xlsx');
  await wb.xlsx.writeFile(file);
  const doc = JSON.parse((await cli('check', file, '--profile', '002-1', '--as-of', '2025-12-31', '--format', 'json')).stdout);
  expect(doc.findings.filter((f: { status: string }) => f.status === 'invalid')).toEqual([]);
  expect(doc.summary.customers).toBe(2);
});

it('check --format json: a run of missed weeks is one finding with its periods; a quota in progress carries where it stands', async () => {
  const doc = JSON.parse((await cli('check', xlsx, '--profile', '002-1', '--as-of', '2025-11-20', '--format', 'json')).stdout);
  const k006 = doc.findings.filter((f: { ruleId: string; customer: string }) => f.ruleId === '002-1-3-A-1w' && f.customer === 'K006');
  expect(k006.map((f: { status: string; code: string }) => [f.status, f.code])).toEqual([['violation', 'missed-run'], ['open', 'period-open']]);
  expect(k006[0]).toMatchObject({ dueAt: '2025-10-19', missed: { periods: 5, since: '2025-10-19', dues: ['2025-10-19', '2025-10-26', '2025-11-02', '2025-11-09', '2025-11-16'], ongoing: true } });
  expect(k006[1]).toMatchObject({ severity: 'info', dueAt: '2025-11-23', quota: { done: 0, required: 1, periodStart: '2025-11-17', periodEnd: '2025-11-23' } });
});

describe('check text: read in 30 seconds (issue 15)', () => {
  it('starts with a summary, then deadline and cadence findings, then record-keeping', async () => {
    const r = await cli('check', xlsx, '--profile', '002-1', '--as-of', '2025-11-20');
    const lines = r.stdout.split('\n');
    expect(lines.slice(4, 8)).toEqual([
      '概要 / summary',
      '  33 条记录，12 位客户；逾期客户 9 位，今天到期 0 项（待回访清单：ledgerlint todo）',
      // Weeks (months) missed in a row are one finding each run: K003's 4 weeks, K006's 5, K007's 2
      // and K005's 2 short months were 13 findings, now 4; the 6 quotas in progress are counted.
      '  违规 22 条：期限与频次 15 条（逾期未办 6、错过期限或频次 7、延迟完成 2），记录规范 7 条',
      '  另有：无效单元格 2、无法判断 2、进行中（见 ledgerlint todo） 6',
    ]);
    expect(r.stdout).toContain('漏访：自 2025-10-13 那周起连续 5 周没有成功回访（2025-10-13 至 2025-11-16）');
    // The quotas in progress are the call list's, not listed here.
    expect(r.stdout).not.toContain('本周已回访');
    const timing = r.stdout.indexOf('== 期限与频次 / deadlines and cadences：10 位客户 ==');
    const records = r.stdout.indexOf('== 记录规范 / record-keeping：');
    expect(timing).toBeGreaterThan(0);
    expect(records).toBeGreaterThan(timing);
    // The content-length findings come after every overdue one.
    expect(r.stdout.indexOf('「每次回访内容须详实记录」')).toBeGreaterThan(records);
    expect(records).toBeGreaterThan(r.stdout.lastIndexOf('错误 逾期'));
    expect(r.stdout).toContain('客户 K002（李娜，13800000002，回访人 孙磊）');
  });

  it('rules a missing column stops are one line naming the columns; --verbose lists each, as the JSON does', async () => {
    const file = writeCsv(tempDir(), 'roster.csv', [
      ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'],
      ['K1', '张伟', 'H', '2025-03-05 10:00', '电话', talk, '已接通'],
    ]);
    const r = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-06');
    const missing = r.stdout.split('\n').filter((l) => l.includes('台账没有') || l.includes('无法检查：台账没有'));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^  全表\s+提示 缺列\s+台账没有这些列，\d+ 项检查未做：.*「接待时间」（3 条规则）.*「提车时间」（2 条规则）。加 --verbose 逐条列出。$/);
    const doc = JSON.parse((await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-06', '--format', 'json')).stdout);
    const perRule = doc.findings.filter((f: { code: string }) => f.code === 'missing-column');
    expect(perRule.length).toBeGreaterThan(1);
    expect(missing[0]).toContain(`${perRule.length} 项检查未做`);
    const verbose = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-06', '--verbose');
    expect(verbose.stdout.split('\n').filter((l) => l.includes('无法检查：台账没有'))).toHaveLength(perRule.length);
    expect(verbose.stdout).not.toContain('加 --verbose');
  });
});
