import type { RuleInput } from '../../../profile/schema';

/** 000-3-7.2.1-COMPLAINT-FU: Complaint closed: callback to verify the remedy. */
export const rule: RuleInput = {
  id: '000-3-7.2.1-COMPLAINT-FU',
  kind: 'field-deadline',
  title: { zh: '投诉处理完毕后回访核实', en: 'Complaint closed: callback to verify the remedy' },
  short: { zh: '投诉回访', en: 'complaint follow-up' },
  modality: 'U',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第七条（二）1', lines: 'L81', quote: '回访专员在投诉处理完毕后,与客户核实投诉方案的执行情况而开展的回访工作' },
  reading: {
    zh: '投诉处理完毕（“投诉办结日期”）后须回访核实投诉方案的执行情况。本文件没有给出期限，《投诉与纠纷处理办法》也未收录：报告“未配置”，公司可设定期限（目录建议 5 个工作日，与意见处理一致）。',
    en: 'After a complaint is closed the client is called back to verify the remedy. The document gives no deadline and the complaint procedure is not included: not-configured until a company sets one (the catalog suggests 5 working days, as for opinions).',
  },
  params: { from: 'closedAt', to: 'followUpAt', unit: 'workdays', within: null },
};
