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
