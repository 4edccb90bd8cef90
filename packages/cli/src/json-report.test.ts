// The JSON report printed in pieces is the document jsonReport builds, byte for byte, on every
// example ledger (findings with fines, escalations, explanations, unreadable cells).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, getProfile, PROFILE_IDS } from '@ledgerlint/policy';
import { readLedger } from '@ledgerlint/xlsx/read';
import { ledgerFor } from './ledger-sheet';
import { jsonReport, jsonReportChunks } from './json-report';

const dir = fileURLToPath(new URL('../../../examples/ledgers/', import.meta.url));
const examples = readdirSync(dir).filter((f) => /\.(xlsx|csv)$/.test(f) && !f.endsWith('.checked.xlsx'));

describe('jsonReportChunks', () => {
  it.each(examples)('%s: the pieces joined are JSON.stringify(jsonReport(...)), whatever the piece size', async (name) => {
    const id = PROFILE_IDS.filter((p) => name.startsWith(`${p}-`)).sort((a, b) => b.length - a.length)[0]!;
    const profile = getProfile(id);
    const { table } = await readLedger(dir + name, { isLedger: ledgerFor(profile, {}) });
    const report = await evaluate(table, profile, { asOf: '2025-12-31' });
    const whole = JSON.stringify(jsonReport(report, profile));
    expect([...jsonReportChunks(report, profile)].join('')).toBe(whole);
    expect([...jsonReportChunks(report, profile, 1)].join('')).toBe(whole);
    expect([...jsonReportChunks(report, profile, 7)].join('')).toBe(whole);
  });

  it('a report without findings is still one document', async () => {
    const profile = getProfile('002-1');
    const checked = await evaluate({ sheet: 's', rows: [['客户编号', '客户名称', '客户等级', '回访时间', '回访内容', '回访结果']] }, profile, { asOf: '2025-12-31' });
    const report = { ...checked, findings: [] };
    expect([...jsonReportChunks(report, profile)].join('')).toBe(JSON.stringify(jsonReport(report, profile)));
  });
});
