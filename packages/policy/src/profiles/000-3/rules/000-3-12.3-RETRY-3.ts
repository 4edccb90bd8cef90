import type { RuleInput } from '../../../profile/schema';

/** 000-3-12.3-RETRY-3: Unanswered: at least three calls at different times. */
export const rule: RuleInput = {
  id: '000-3-12.3-RETRY-3',
  kind: 'retry',
  title: { zh: '客户未接听须换时间至少拨打三次', en: 'Unanswered: at least three calls at different times' },
  short: { zh: '拨打不足三次', en: 'fewer than 3 tries' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十二条 3', lines: 'L116', quote: '客户未接听时,需更换回访时间,至少拨打三次' },
  reading: {
    zh: '同一回访任务（同一客户、同一回访类型）连续未接通时，放弃（写明联系不上、失联、放弃等）或最后一次拨打后 7 天仍无接通的，之前须至少有 3 次有效拨打（响铃满 20 秒；未记响铃时长的按有效），且分布在至少 2 个不同的半天（上午/下午，“需更换回访时间”）。空号、停机不必重拨。',
    en: 'For one callback task (same client, same callback type) a run of unanswered calls that is given up (联系不上, 失联, 放弃 ...) or still unanswered 7 days after the last call must have had at least 3 valid calls (ringing 20 seconds; calls without a ring time count) over at least 2 different half-days (morning/afternoon: 需更换回访时间). A non-existent or suspended number needs no retries.',
  },
  params: { minAttempts: 3, minHalfDays: 2, minRingSeconds: 20, giveUpAfterDays: 7, channels: ['phone'] },
};
