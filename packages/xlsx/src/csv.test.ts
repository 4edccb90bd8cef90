import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isLedgerlintError } from '@ledgerlint/policy';
import { csvToTable, decodeCsvBytes, detectDelimiter, parseCsv, scanCsv } from './csv';

const HEADER = '客户编号,客户名称,客户等级,接待时间,回访时间,回访方式,回访内容,回访结果';
const LEDGER =
  `${HEADER}\r\n` +
  'C001,张三,A,2025-03-01 09:30,2025-03-04 14:30,电话,"询问使用情况，客户表示满意",满意\r\n' +
  'C002,"李四, 王五",B,2025-03-02,2025-03-05,短信,"第一行\r\n第二行，含""引号""",不满意\r\n' +
  'C003,赵六,C,,,,,\r\n';

const EXPECTED = [
  HEADER.split(','),
  ['C001', '张三', 'A', '2025-03-01 09:30', '2025-03-04 14:30', '电话', '询问使用情况，客户表示满意', '满意'],
  ['C002', '李四, 王五', 'B', '2025-03-02', '2025-03-05', '短信', '第一行\r\n第二行，含"引号"', '不满意'],
  ['C003', '赵六', 'C', null, null, null, null, null],
];

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('decodeCsvBytes', () => {
  const utf8 = new TextEncoder().encode(LEDGER);
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
  const gbk = new Uint8Array(iconv.encode(LEDGER, 'gbk'));
  const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(LEDGER.replace(/,/g, '\t'), 'utf16le')]);

  it('detects UTF-8, UTF-8 with BOM, GBK and UTF-16LE', () => {
    expect(decodeCsvBytes(utf8)).toEqual({ text: LEDGER, encoding: 'utf-8' });
    expect(decodeCsvBytes(bom)).toEqual({ text: LEDGER, encoding: 'utf-8-bom' });
    expect(decodeCsvBytes(gbk)).toEqual({ text: LEDGER, encoding: 'gbk' });
    expect(decodeCsvBytes(utf16)).toEqual({ text: LEDGER.replace(/,/g, '\t'), encoding: 'utf-16le' });
  });

  it('gives identical tables for all encodings', () => {
    const tables = [utf8, bom, gbk].map((b) => csvToTable(parseCsv(decodeCsvBytes(b).text), '回访'));
    expect(tables[0].rows).toEqual(EXPECTED);
    expect(tables[1]).toEqual(tables[0]);
    expect(tables[2]).toEqual(tables[0]);
    // UTF-16 "Unicode text" is tab-separated; the quoted fields hold no tabs, so the same cells.
    const t16 = csvToTable(parseCsv(decodeCsvBytes(utf16).text), '回访');
    expect(t16.rows[0]).toEqual(EXPECTED[0]);
    expect(t16.rows[3]).toEqual(EXPECTED[3]);
  });

  it('decodes GB18030-only characters', () => {
    const text = '客户名称\n𠀀镕\n'; // U+20000 is four bytes in GB18030
    expect(decodeCsvBytes(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gbk' });
  });

  it('rejects binary data', () => {
    const nul = caught(() => decodeCsvBytes(new Uint8Array([0x61, 0x2c, 0x00, 0x62]), { name: 'x.csv' }));
    expect(isLedgerlintError(nul) && nul.code).toBe('binary-file');
    expect(isLedgerlintError(nul) && nul.zh).toContain('x.csv');
    const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    const e = caught(() => decodeCsvBytes(controls, { name: 'y.csv' }));
    expect(isLedgerlintError(e) && e.code).toBe('binary-file');
  });

  it('accepts a few stray control characters in text', () => {
    const bytes = new TextEncoder().encode('客户编号,备注\nC001,a\u0007b\n');
    expect(decodeCsvBytes(bytes).encoding).toBe('utf-8');
  });
});

describe('parseCsv', () => {
  it('parses quoted fields with separators, line breaks and doubled quotes', () => {
    expect(parseCsv(LEDGER)).toEqual(EXPECTED);
  });

  it('handles LF, CR and CRLF line ends and an optional trailing newline', () => {
    const rows = [
      ['a', 'b'],
      ['1', '2'],
    ];
    expect(parseCsv('a,b\n1,2\n')).toEqual(rows);
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual(rows);
    expect(parseCsv('a,b\r1,2\r')).toEqual(rows);
    expect(parseCsv('a,b\n1,2')).toEqual(rows);
    expect(parseCsv('a,"b"\r\n1,"2"')).toEqual(rows);
  });

  it('keeps blank lines as empty rows and empty cells as null', () => {
    expect(parseCsv('a,,c\n\n,,\n"",x,\n')).toEqual([['a', null, 'c'], [null], [null, null, null], [null, 'x', null]]);
    expect(parseCsv('a,b,')).toEqual([['a', 'b', null]]);
    expect(parseCsv('')).toEqual([]);
  });

  it('detects tab-separated text', () => {
    expect(detectDelimiter('客户编号\t客户名称\n').delimiter).toBe('\t');
    expect(detectDelimiter('客户编号,客户名称\tx\n').delimiter).toBe(',');
    expect(parseCsv('客户编号\t回访内容\nC001\t"含,逗号"\n')).toEqual([
      ['客户编号', '回访内容'],
      ['C001', '含,逗号'],
    ]);
  });

  it('honours an Excel sep= line and semicolons', () => {
    expect(parseCsv('sep=;\r\na;b\r\n1;2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a;b\n1;2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('is lenient with text after a closing quote and quotes inside unquoted fields', () => {
    expect(parseCsv('"ab"c,d"e\n')).toEqual([['abc', 'd"e']]);
  });

  it('strips a BOM left in the text', () => {
    expect(parseCsv('\uFEFF客户编号,x\n')).toEqual([['客户编号', 'x']]);
  });

  it('reports an unclosed quote with its line', () => {
    const e = caught(() => parseCsv('a,b\n1,"2\n3,4\n', { name: 'ledger.csv' }));
    expect(isLedgerlintError(e)).toBe(true);
    if (!isLedgerlintError(e)) return;
    expect(e.code).toBe('csv-unterminated-quote');
    expect(e.params.line).toBe(2);
    expect(e.zh).toContain('ledger.csv');
    expect(e.en).toContain('line 2');
    expect(scanCsv('a,b\n1,"2\n3,4\n').unterminatedLine).toBe(2);
  });

  it('parses 100,000 rows x 12 columns with quotes, doubled quotes and commas in fields', () => {
    const lines = [HEADER + ',经办人,金额,备注,电话'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `C${String(i).padStart(6, '0')},客户${i % 5000},${'ABC'[i % 3]},2025-03-01 09:30,2025-03-04 14:30,电话,` +
          `"回访内容说明第${i}条，客户""满意""",满意,张三,${(i * 13.37).toFixed(2)},${i % 11 ? '' : '"备注,含逗号"'},138${String(i).padStart(8, '0')}`,
      );
    }
    const text = lines.join('\r\n') + '\r\n';
    // Its speed is measured by `pnpm bench` (the CLI on a 100k-row CSV), not here.
    const rows = parseCsv(text);
    expect(rows.length).toBe(100_001);
    expect(rows[100_000].length).toBe(12);
    expect(rows[1][6]).toBe('回访内容说明第0条，客户"满意"');
    expect(rows[1][10]).toBe('备注,含逗号');
  });
});

describe('csvToTable', () => {
  it('trims blank rows and columns around the data and records where it starts', () => {
    const t = csvToTable(parseCsv('\n,,\n,客户编号,客户名称\n,C001,张三\n\n,,\n'), 'x');
    expect(t).toEqual({
      sheet: 'x',
      rows: [
        ['客户编号', '客户名称'],
        ['C001', '张三'],
      ],
      firstRow: 3,
      firstColumn: 2,
    });
  });

  it('pads ragged records to a rectangle', () => {
    expect(csvToTable(parseCsv('a,b,c\n1\n'), 's').rows).toEqual([
      ['a', 'b', 'c'],
      ['1', null, null],
    ]);
  });
});
