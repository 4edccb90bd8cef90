/**
 * Rows of a 同江投资《客户回访记录表》 for the 000-3 rule tests: one compliant reached callback by
 * default, any cell overridden by name, extra columns appended in the order given. Test-only.
 */
import type { CellValue } from '../../table';

export const HEADER = ['客户编号', '理财客户', '理财经理', '签约日期', '回访类型', '回访时间', '回访方式', '响铃时长', '回访结果', '回访专员', '录音编号', '回访内容', '存在的问题', '处理结果'];

export interface Callback {
  id?: string;
  name?: string | null;
  fm?: string | null;
  signed?: string | null;
  type?: string | null;
  at?: string | null;
  channel?: string | null;
  ring?: number | null;
  outcome?: string | null;
  by?: string | null;
  recording?: string | null;
  content?: string | null;
  issue?: string | null;
  result?: string | null;
}

const DEFAULTS: Required<Callback> = {
  id: 'L001',
  name: '赵敏',
  fm: '李强',
  signed: '2025-03-03',
  type: '新签约回访',
  at: '2025-03-05 10:30',
  channel: '电话',
  ring: null,
  outcome: '已接通',
  by: '王芳',
  recording: 'REC-0001',
  content: '核实合同关键条款，客户确认理解产品风险',
  issue: '无',
  result: '无',
};

/** One callback row in HEADER order, then `extra` cells for appended columns. */
export function cb(c: Callback = {}, ...extra: CellValue[]): CellValue[] {
  const v = { ...DEFAULTS, ...c };
  return [v.id, v.name, v.fm, v.signed, v.type, v.at, v.channel, v.ring, v.outcome, v.by, v.recording, v.content, v.issue, v.result, ...extra];
}

/** An unanswered call: no recording, the circumstances in the content. */
export function missed(c: Callback = {}, ...extra: CellValue[]): CellValue[] {
  return cb({ outcome: '无人接听', ring: 25, recording: null, content: '响铃无人接听', issue: null, result: null, ...c }, ...extra);
}
