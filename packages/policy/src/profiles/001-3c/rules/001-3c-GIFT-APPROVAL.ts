import type { RuleInput } from '../../../profile/schema';

/** 001-3c-GIFT-APPROVAL: the recipient list is approved before gifts are given. */
export const rule: RuleInput = {
  id: '001-3c-GIFT-APPROVAL',
  kind: 'precondition',
  title: { zh: '馈赠名单按类别报批，审批后方可赠送', en: 'Gift recipients approved by class before gifts are given' },
  short: { zh: '馈赠先审批', en: 'gift approved first' },
  modality: 'M',
  citation: { file: '001_dcae8ad5ba72ecd2.txt', section: '三(二)[sic]《客户馈赠管理方案》三、馈赠客户分类', lines: 'L288-290', quote: '有客户服务部经理和市场部经理共同挑选,并上报总经理进行核实、审批' },
  reading: {
    zh: '每次赠送（赠送日期）当天或之前须有审批日期。谁审批因类别而异（意向客户：部门经理；VIP：总经理审核；重点客户：总经理核实审批），台账若有审批人可人工核对，本条只查日期先后。活动起止日期（X年X月X日）是空白，不检查。',
    en: 'Each gift (its date) needs an approval dated on or before it. The approver depends on the class (intent: department manager; VIP: reviewed by the GM; key: verified and approved by the GM); with an approver column that can be checked by hand, this rule checks the order of dates only. The campaign dates (X年X月X日) are blank and not checked.',
  },
  params: { action: 'giftAt', requires: 'approvedAt', scope: 'record' },
};
