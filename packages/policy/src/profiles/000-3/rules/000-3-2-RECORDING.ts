import type { RuleInput } from '../../../profile/schema';

/** 000-3-2-RECORDING: Every phone callback keeps its recording. */
export const rule: RuleInput = {
  id: '000-3-2-RECORDING',
  kind: 'required-fields',
  title: { zh: '电话回访须保留录音', en: 'Every phone callback keeps its recording' },
  short: { zh: '缺录音编号', en: 'no recording' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第二条；第五条；第六条 1；第九条 2', lines: 'L47, L65, L67, L92', quote: '所有回访必须准确、完整地保留电话录音及客户回访记录' },
  reading: {
    zh: '接通的电话回访须有录音，台账以“录音编号”为准：空白即缺录音。无论用 400 电话还是其他电话（第六条“但回访须有录音”）。短信、邮件回访没有电话录音，不在此列。录音是否完整、同步只能抽听录音核实（见 000-3-4.1-SPOTCHECK）。',
    en: 'A reached phone callback must have its recording; the ledger shows it as a recording number, and a blank one is a missing recording, whichever line was used (第六条: 但回访须有录音). SMS and e-mail callbacks have no phone recording. Whether a recording is complete and in sync can only be checked by listening (see 000-3-4.1-SPOTCHECK).',
  },
  records: { channels: ['phone'], outcome: 'reached' },
  params: { scope: 'contact', fields: [{ field: 'recordingRef' }] },
};
