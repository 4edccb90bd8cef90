import { describe, expect, it } from 'vitest';
import { ROSTER_HEADER, ROSTER_ROWS } from '../testing/call-centre-roster';
import { ColumnMapError, proposeColumnMap } from './columns';

describe('proposeColumnMap', () => {
  it('finds the header under a title block', () => {
    const map = proposeColumnMap({ sheet: 'S', rows: [['XX公司意向客户回访记录表'], [], ['序号', '客户编号', '客户姓名', '回访时间'], [1, 'K1', '张三', '2025-03-05 10:00']] });
    expect(map.headerIndex).toBe(2);
    expect(map.fields).toMatchObject({ customerId: 1, customerName: 2, contactAt: 3 });
  });
  it('joins a header split over two rows by merged cells; a data row below never joins', () => {
    // 客户编号, 客户等级 merged down over rows 1-2; 回访情况 merged across, its columns in row 2.
    const split = proposeColumnMap({ sheet: 'S', rows: [['客户编号', '客户等级', '回访情况', null], [null, null, '回访时间', '回访方式'], ['K1', 'H', '2025-03-05 10:00', '电话']] });
    expect(split.headerIndex).toBe(1);
    expect(split.fields).toMatchObject({ customerId: 0, tier: 1, contactAt: 2, channel: 3 });
    // A blank header cell above a data cell that happens to be a column name (电话) stays blank.
    const plain = proposeColumnMap({ sheet: 'S', rows: [['客户编号', '回访时间', null], ['K1', '2025-03-05 10:00', '电话']] });
    expect(plain.headerIndex).toBe(0);
    expect(plain.fields).toEqual({ customerId: 0, contactAt: 1 });
  });
  it('reads clerks\' variants: brackets, stars, spaces, full width', () => {
    const map = proposeColumnMap({ sheet: 'S', rows: [['客户编号*', ' 客户名称 ', '客户等级（H/A/B/C）', '回访时间(时:分)', '回访方式']] });
    expect(map.fields).toMatchObject({ customerId: 0, customerName: 1, tier: 2, contactAt: 3, channel: 4 });
  });
  it('matches a header that contains a synonym', () => {
    const map = proposeColumnMap({ sheet: 'S', rows: [['客户名称', "电话号码dian'huahao'ma", '最近回访日期']] });
    expect(map.fields).toMatchObject({ customerName: 0, phone: 1, contactAt: 2 });
    expect(map.via.phone).toBe('fuzzy');
  });
  it('回访日期 beside 回访时间: the time column is the clock of the date', () => {
    const map = proposeColumnMap({ sheet: 'S', rows: [['客户编号', '回访日期', '回访时间']] });
    expect(map.fields).toMatchObject({ contactAt: 1, contactClock: 2 });
  });
  it('是否接通 and 接通情况 are the outcome', () => {
    expect(proposeColumnMap({ sheet: 'S', rows: [['客户编号', '回访时间', '是否接通']] }).fields).toMatchObject({ outcome: 2 });
    expect(proposeColumnMap({ sheet: 'S', rows: [['客户编号', '回访时间', '接通情况']] }).fields).toMatchObject({ outcome: 2 });
  });
  it('处理结果 is the resolution, not the outcome', () => {
    const map = proposeColumnMap({ sheet: 'S', rows: [['客户编号', '回访时间', '处理结果', '回访结果']] });
    expect(map.fields).toMatchObject({ resolution: 2, outcome: 3 });
  });
  it('user overrides by header or by letter win', () => {
    const map = proposeColumnMap({ sheet: 'S', rows: [['客户编号', '跟进日期X', '备注']] }, { overrides: { contactAt: '跟进日期X', content: 'C' } });
    expect(map.fields).toMatchObject({ customerId: 0, contactAt: 1, content: 2 });
    expect(map.via.contactAt).toBe('override');
  });
  it('an override for a name only Object.prototype has (valueOf, hasOwnProperty) is an unknown field, as evaluate\'s columns option', () => {
    const table = { sheet: 'S', rows: [['客户编号', '回访时间'], ['K1', '2025-03-05 10:00']] };
    for (const field of ['valueOf', 'hasOwnProperty', 'constructor', 'foo']) {
      expect(() => proposeColumnMap(table, { overrides: { [field]: 'A' } as never }), field).toThrow(expect.objectContaining({ code: 'unknown-field' }));
    }
  });
  it('a profile\'s own headers are recognised', () => {
    const map = proposeColumnMap({ sheet: 'S', rows: [['经销商编号', '经销商名称', '回访时间']] }, { synonyms: { customerId: ['经销商编号'], customerName: ['经销商名称'] } });
    expect(map.fields).toMatchObject({ customerId: 0, customerName: 1 });
  });
  it('columns chosen by letter under names it does not know: the first row of names is the header', () => {
    const rows = [['Callback log 2025'], ['code', 'person', 'called', 'memo'], ['K1', '张三', '2025-03-05 10:00', 'ok']];
    const map = proposeColumnMap({ sheet: 'S', rows }, { overrides: { customerId: 'A', contactAt: 'C' } });
    expect(map.headerIndex).toBe(1);
    expect(map.fields).toMatchObject({ customerId: 0, contactAt: 2 });
    // A sheet with no header at all (its first row is data, dates or numbers in it) stays an error:
    // taking that row for the header would drop a record without a word.
    const headless = [['K1', '张三', '2025-03-05 10:00'], ['K2', '李四', '2025-03-06 09:00']];
    expect(() => proposeColumnMap({ sheet: 'S', rows: headless }, { overrides: { customerId: 'A', contactAt: 'C' } })).toThrow(/no-header/);
    expect(() => proposeColumnMap({ sheet: 'S', rows: [['K1', 0.5], ['K2', 0.75]] }, { overrides: { customerId: 'A', contactAt: 'B' } })).toThrow(/no-header/);
    // Without a letter, unknown names are still no header.
    expect(() => proposeColumnMap({ sheet: 'S', rows })).toThrow(/no-header/);
  });
  it('a call-centre roster of companies: the company name is the customer, its rating and category never are', () => {
    const map = proposeColumnMap({ sheet: 'S', rows: [ROSTER_HEADER, ...ROSTER_ROWS] });
    // 企(事)业单位名称 (C); 客户类别 (I) is the tier; 客户级别 (J, ★★★) is nothing the rules read.
    expect(map.fields).toMatchObject({ contactAt: 0, companyType: 1, customerName: 2, phone: 3, tier: 8 });
    expect(Object.values(map.fields)).not.toContain(9);
    expect(map.fields.employer).toBeUndefined();
  });
  // Rating, level, class and category headers (the tier taken by an earlier column, so that only
  // the 客户 in them could map them) never become the customer.
  it.each([
    [['客户等级', '客户级别', '回访时间'], 1],
    [['客户级别', '客户类别', '回访时间'], 1],
    [['意向等级', '客户星级', '回访时间'], 1],
    [['客户等级', '客户类型', '回访时间'], 1],
    [['客户等级', '客户分类', '回访时间'], 1],
    // Traditional, with a profile that names its customer 客戶 (as 004-J does).
    [['客戶等級', '客戶類別', '聯絡時間'], 1],
  ])('%j: column %i is not the customer', (header, col) => {
    const map = proposeColumnMap({ sheet: 'S', rows: [header] }, { synonyms: { customerName: ['客戶'], tier: ['客戶等級'], contactAt: ['聯絡時間'] } });
    expect(map.fields.customerName).not.toBe(col);
    expect(map.fields.customerId).not.toBe(col);
  });
  it.each([
    ['企(事)业单位名称', 0],
    ['企（事）业单位名称', 0],
    ['单位名称', 0],
    ['公司名称', 0],
    ['客户单位', 0],
    ['客户单位名称', 0],
    ['公司名稱', 0],
  ])('with no name column, %s is the customer name', (header, col) => {
    expect(proposeColumnMap({ sheet: 'S', rows: [[header, '客户级别', '最后联系时间']] }).fields).toMatchObject({ customerName: col, tier: 1, contactAt: 2 });
  });
  it('beside a name column, 单位名称 stays the employer (a guest of a restaurant and the guest\'s work place)', () => {
    expect(proposeColumnMap({ sheet: 'S', rows: [['姓名', '单位名称', '回访时间']] }).fields).toMatchObject({ customerName: 0, employer: 1 });
    // The user's choice of the employer column is kept.
    expect(proposeColumnMap({ sheet: 'S', rows: [['单位名称', '回访时间', '备注']] }, { overrides: { employer: '单位名称' } }).fields).toMatchObject({ employer: 0 });
  });
  it('no header row is an error that lists what it saw', () => {
    expect(() => proposeColumnMap({ sheet: 'S', rows: [['a', 'b'], [1, 2]] })).toThrow(ColumnMapError);
  });
  it('an override naming a column that does not exist is an error', () => {
    expect(() => proposeColumnMap({ sheet: 'S', rows: [['客户编号', '回访时间']] }, { overrides: { content: '备注' } })).toThrow(/override-not-found/);
  });
});
