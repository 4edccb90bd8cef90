/** Callback-form rows for the 002-5 rule tests (test-only). */
import type { CellValue } from '../../table';

export const header = ['客户编号', '客户姓名', '客户类型', '职务', '年龄', '消费特点', '出行日期', '返程日期', '计划回访日期', '回访目的', '回访时间', '回访方式', '回访类型', '回访内容', '回访结果', '客户需求', '反馈领导日期', '保管人'];

interface More {
  type?: string | null;
  use?: string | null;
  end?: string | null;
  channel?: string | null;
  callbackType?: string | null;
  outcome?: string | null;
  needs?: string | null;
  feedback?: string | null;
  custodian?: string | null;
  position?: string | null;
}

/** One callback row of a customer (a tourist unless `type` says otherwise). */
export function row(id: string, at: string | null, more: More = {}): CellValue[] {
  const v = (k: keyof More, d: string | null): string | null => (more[k] === undefined ? d : (more[k] ?? null));
  return [id, `客户${id}`, v('type', '游客'), v('position', '教师'), '45', '偏好亲子游', v('use', '2025-10-01'), v('end', '2025-10-03'), '2025-10-05', '满意度回访', at, v('channel', '电话'), v('callbackType', null), '询问行程体验和再次出行计划', v('outcome', '已接通'), v('needs', '无'), v('feedback', null), v('custodian', '刘梅')];
}
