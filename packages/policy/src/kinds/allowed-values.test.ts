import { describe, expect, it } from 'vitest';
import { findingsOfKind } from '../testing/kind-check';

describe('allowed-values (contract communication owned by 技术部)', () => {
  const header = ['客户编号', '回访时间', '回访类型', '回访部门'];
  const params = { field: 'performerDept', allowed: ['技术部', '技术业务部'] };
  const records = { callbackTypes: ['合同'] };
  it('flags another department on a selected record; blanks and other records pass', async () => {
    const rows = [
      ['C1', '2025-03-05', '合同履行沟通', '技术部'],
      ['C2', '2025-03-05', '合同变更沟通', '销售部'],
      ['C3', '2025-03-05', '合同变更沟通', null],
      ['C4', '2025-03-05', '走访', '办公室'],
    ];
    const found = await findingsOfKind('allowed-values', params, header, rows, '2025-03-10', {}, { records });
    expect(found.map((f) => [f.row, f.status, f.column, f.data.value])).toEqual([[3, 'violation', '回访部门', '销售部']]);
  });
});

const header = ['客户名称', '回访日期', '回访方式', '回访内容'];

describe('allowed-values of the channel (contacts by phone)', () => {
  it('phone rows pass; WeChat and QQ rows are reported; a blank channel is left to other rules', async () => {
    const rows = [
      ['甲公司', '2025-10-09', '电话', '介绍冬季新品'],
      ['甲公司', '2025-10-09', '微信', '发送新品资料'],
      ['乙公司', '2025-10-10', 'QQ', '发送报价单'],
      ['乙公司', '2025-10-11', null, '回访'],
    ];
    const f = await findingsOfKind('allowed-values', { field: 'channel', allowed: ['phone'] }, header, rows, '2025-10-15');
    expect(f).toMatchObject([
      { status: 'violation', row: 3, data: { channel: '微信', channelEn: 'WeChat' } },
      { status: 'violation', row: 4, data: { channel: 'QQ' } },
    ]);
  });
  it('only the selected contacts are held to the channel (order queries by phone)', async () => {
    const h = ['客户名称', '回访日期', '回访方式', '回访类型', '回访内容'];
    const rows = [
      ['甲公司', '2025-10-09', '微信', '订单', '确认交期'],
      ['甲公司', '2025-10-10', '微信', '问候', '节日问候'],
    ];
    const f = await findingsOfKind('allowed-values', { field: 'channel', allowed: ['phone'] }, h, rows, '2025-10-15', {}, { records: { callbackTypes: ['订单'] } });
    expect(f).toMatchObject([{ status: 'violation', row: 2 }]);
  });
  it('several channels may be allowed', async () => {
    const rows = [['甲公司', '2025-10-09', '上门', '走访']];
    expect(await findingsOfKind('allowed-values', { field: 'channel', allowed: ['phone', 'visit'] }, header, rows, '2025-10-15')).toEqual([]);
  });
});

describe('allowed-values of the channel with carriers (QQ和微信配合发送文件和资料)', () => {
  const params = { field: 'channel', allowed: ['phone'], carriers: { channels: ['wechat', 'qq'], words: ['资料', '报价'] } };
  it('files sent pass; a conversation on the carrier is a callback by it; no content cannot be told', async () => {
    const rows = [
      ['甲公司', '2025-10-09', '微信', '发送新品资料'],
      ['甲公司', '2025-10-10', '微信', '询问销售情况'],
      ['乙公司', '2025-10-10', 'QQ', null],
      ['乙公司', '2025-10-11', '短信', '发送报价'],
    ];
    const f = await findingsOfKind('allowed-values', params, header, rows, '2025-10-15');
    expect(f.map((x) => [x.row, x.status, x.messageId])).toEqual([
      [3, 'violation', 'carrier-callback'],
      [4, 'indeterminate', 'carrier-unknown'],
      [5, 'violation', 'wrong-channel'],
    ]);
  });
});
