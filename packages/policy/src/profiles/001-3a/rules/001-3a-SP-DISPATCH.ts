import type { RuleInput } from '../../../profile/schema';

/** 001-3a-SP-DISPATCH: after dispatching a repair technician, a phone callback giving their contact details. */
export const rule: RuleInput = {
  id: '001-3a-SP-DISPATCH',
  kind: 'field-deadline',
  title: { zh: '安排维修人员上门后电话回访，告知售后人员联系方式', en: 'After dispatching a technician, a phone callback giving their contact details' },
  short: { zh: '派修回访', en: 'dispatch callback' },
  modality: 'U',
  citation: { section: '三(一)《客户电话回访方案》三、特殊电话回访', lines: 'L225', quote: '在安排维修人员上门维修后,客户服务人员要电话回访客户' },
  reading: {
    zh: '派修日期所在行的回访时间须在期限内。原文没有给出期限，期限留空，本条报"未配置"；目录建议在维修开始之前，公司可设定天数。回访内容是否告知了维修人员的联系方式，台账文字无法判断。',
    en: 'The callback on the row of a dispatch date must come within a deadline. The text gives none, so it is blank and the rule reports not configured; the catalog suggests before the repair starts, and a company may set a number of days. Whether the technician\'s contact details were given cannot be read from the text.',
  },
  params: { from: 'dispatchAt', to: 'contactAt', unit: 'days', within: null },
};
