import type { RuleInput } from '../../../profile/schema';

/** 001-3c-GIFT-APPROVAL: the recipient list is approved before gifts are given. */
export const rule: RuleInput = {
  id: '001-3c-GIFT-APPROVAL',
  kind: 'precondition',
  title: { zh: '馈赠名单按类别报批，审批后方可赠送', en: 'Gift recipients approved by class before gifts are given' },
  short: { zh: '馈赠先审批', en: 'gift approved first' },
  modality: 'M',
  citation: { clause: '三、馈赠客户分类', lines: 'L288-290', quote: '有客户服务部经理和市场部经理共同挑选,并上报总经理进行核实、审批' },
  reading: {
    zh: '每次赠送（赠送日期）当天或之前须有审批日期，审批人须是该类别规定的人：意向客户“上报至部门经理审批”（部门经理，即客户服务部经理）；VIP 客户“上报总经理审核”（总经理）；重点客户“上报总经理进行核实、审批”（总经理）。副总经理不是总经理；文件只写了部门经理审批意向客户，总经理审批意向客户也不符合原文，报出来由公司判断。审批人一栏写职务或姓名加职务均可，只写姓名看不出职务，会报不符。客户分类空白的行看不出该由谁审批，报“无法判断”。活动起止日期（X年X月X日）是空白，不检查。',
    en: 'Each gift (its date) needs an approval dated on or before it, by the person the class calls for: intent customers "reported to the department manager for approval" (the department manager, i.e. the customer-service manager); VIP customers "reported to the general manager for review" (the GM); key customers "reported to the general manager for verification and approval" (the GM). A deputy GM is not the GM; the document names only the department manager for intent customers, so a GM\'s approval there does not match the text either and is reported for the company to judge. The approver cell may hold the role or a name with the role; a bare name shows no role and is reported. A row without a class cannot tell who must approve and is indeterminate. The campaign dates (X年X月X日) are blank and not checked.',
  },
  params: {
    action: 'giftAt',
    requires: 'approvedAt',
    scope: 'record',
    approverByTier: { field: 'approverRole', roles: { P: ['部门经理', '客户服务部经理', '客服部经理', '客服经理'], V: ['总经理'], K: ['总经理'] }, except: ['副总经理'] },
  },
};
