/**
 * Profile 000-3: 第三篇《客户回访管理规定(试行版)》 of 000_76cb93e03295e223.txt (L44-119), 同江投资
 * 理财管理部: wealth-management client callbacks (new-signing and continuing callbacks, coverage
 * KPIs, recordings, retries, call windows, conflict of interest, opinions, major anomalies).
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile000_3: ProfileInput = {
  id: '000-3',
  version: 1,
  title: { zh: '客户回访管理规定（理财，同江投资）', en: 'Client callback regulation (wealth management, 同江投资)' },
  description: {
    zh: '理财公司理财管理部的客户回访制度：签约后 5 个工作日内开展、一个自然月内完成新签约回访，每年至少一次持续回访，完成率 100%；回访记录的必备内容、电话录音、保存三年；未接听至少换时间拨打三次、响铃 20 秒、工作日 10:00-11:00 和 14:00-16:00 回访；理财经理不得回访自己的客户；意见建议 5 个工作日内答复；重大异常上报并二次回访；客户档案不完整的罚款。适合回访专员的《客户回访记录表》和回访质量监管专员的检查。',
    en: 'A wealth-management firm\'s callback regulation: the new-signing callback started within 5 working days of signing and completed within a calendar month, a continuing callback at least once a year, both at 100% coverage; required record content, phone recordings, three-year retention; at least three tries at different times when a client does not answer, 20 seconds of ringing, calls on working days 10:00-11:00 and 14:00-16:00; no callback by the client\'s own financial manager; opinions answered within 5 working days; major anomalies reported and called back again; fines for incomplete client files. For callback specialists\' 客户回访记录表 and the QA officer\'s checks.',
  },
  source: { file: '000_76cb93e03295e223.txt', section: '第三篇《客户回访管理规定(试行版)》同江投资-理财管理部', lines: 'L44-119' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [],
  // 第七条 names every type of callback, and each type has its own deadline (第八条): 回访类型 is a
  // controlled column. 常规回访 is not on the list on purpose: it is 新签约 or 持续, and which one
  // decides the deadline (000-3-7-TYPES).
  callbackTypes: ['新签约回访', '持续回访', '投诉回访', '重要业务确认', '协议变更', '协议解除', '解约回访', '专项回访'],
  headers: {
    customerId: ['客户编号', '客户号', '理财客户编号'],
    customerName: ['理财客户', '客户姓名', '客户名称'],
    accountManager: ['理财经理'],
    performer: ['回访专员', '回访人员', '回访人'],
    signedAt: ['签约日期', '协议签订日期'],
    callbackType: ['回访类型'],
    recordingRef: ['录音编号'],
    ringSeconds: ['响铃时长'],
    feedback: ['客户意见建议', '意见建议'],
    responseAt: ['意见答复日期', '答复日期'],
    closedAt: ['投诉办结日期'],
    changedAt: ['协议变更日期'],
    approvedAt: ['计划审批日期', '审批日期'],
    deletedAt: ['记录销毁日期', '销毁日期'],
    recordedAt: ['记录填写时间', '填表时间'],
    escalatedAt: ['上报主管时间'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '000-3-2-CB-FIELDS',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '000-3-2-CB-FIELDS',
    '000-3-12.3-INVALID-LOG',
    '000-3-2-RECORDING',
    '000-3-7-TYPES',
    '000-3-9.5-SUMMARY',
    '000-3-4.3-CS-FILE',
    '000-3-4.3-CS-FAKE',
    '000-3-4.3-FM-FAKE',
    '000-3-4.3-FM-ATTITUDE',
    '000-3-7.2.3-EXIT',
    '000-3-4.2-MAJOR-TO-SUPERVISOR',
    '000-3-10-MAJOR-ANOMALY',
    '000-3-3.1-VOLUNTARY',
    '000-3-6.1-400-LINE',
    '000-3-12.2-MANDARIN',
    '000-3-8.1-NEWSIGN-5WD',
    '000-3-8.1-NEWSIGN-1NM',
    '000-3-8.1-NEWSIGN-100PCT',
    '000-3-8.2-CONT-1Y',
    '000-3-12.3-WINDOW',
    '000-3-12.3-RING-20s',
    '000-3-12.3-RETRY-3',
    '000-3-3.3-COI',
    '000-3-10-OPINION-5WD',
    '000-3-9.8-RECORD-PROMPT',
    '000-3-7.2.1-COMPLAINT-FU',
    '000-3-7.2.2-MAJOR-CHANGE',
    '000-3-2-REC-3Y',
    '000-3-6.1-AUDIO-3Y',
    '000-3-10-UNRESOLVED',
    '000-3-8.3-SPECIAL-PLAN',
    '000-3-13-ACCESS',
    '000-3-4.1-VIOLATION-REPORT',
  ]),
};
