import type { RuleInput } from '../../../profile/schema';

/** 000-3-12.3-RING-20s: Ring 20 seconds before hanging up. */
export const rule: RuleInput = {
  id: '000-3-12.3-RING-20s',
  kind: 'value-limit',
  title: { zh: '未接听时须等待20秒再挂断', en: 'Ring 20 seconds before hanging up' },
  short: { zh: '响铃不足20秒', en: 'rang < 20 s' },
  modality: 'D',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十二条 3', lines: 'L115', quote: '拨打客户电话,原则上需等待20秒才可以挂断电话,给客户合理的响应时间' },
  reading: {
    zh: '未接通的拨打，响铃时长须不少于 20 秒（含 20 秒）。占线、关机、空号、停机由对方线路结束，不适用。不足 20 秒的拨打也不计入 000-3-12.3-RETRY-3 的有效次数。没有响铃时长列的台账无法检查。',
    en: 'An unanswered call must ring at least 20 seconds (20 included). Busy, switched off, no such number and suspended lines end on the other side and are exempt. A call under 20 seconds is also not a valid attempt for 000-3-12.3-RETRY-3. A ledger without ring times cannot be checked.',
  },
  params: { field: 'ringSeconds', min: 20, outcome: 'not-reached', exemptWords: ['占线', '关机', '空号', '停机', '拒接'] },
};
