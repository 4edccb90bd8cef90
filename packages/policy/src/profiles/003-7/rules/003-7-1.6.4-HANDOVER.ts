import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.6.4-HANDOVER: a departed owner's customers are handed over to another employee. */
export const rule: RuleInput = {
  id: '003-7-1.6.4-HANDOVER',
  kind: 'handover',
  title: { zh: '负责员工调离后及时指派他人接替联系客户', en: 'A departed owner\'s customers handed over to a replacement promptly' },
  short: { zh: '离职交接', en: 'handover' },
  modality: 'U',
  citation: { clause: '1.6客户管理 第4款', lines: 'L172', quote: '负责与客户联系的员工调离公司时,应由公司及时通知有关客户,并指派其他员工代替调离员工迅速与客户建立联系' },
  reading: {
    zh: '客户负责人有离职日期的客户，须在离职日后 5 个工作日内（离职当日不计）记下交接日期和接替人。文件只说"及时""迅速"，5 个工作日是目录推荐的配置，不是文件的数字，所以按警告报告；公司可改 within。离职日之前已交接的算按时。仍挂在已离职员工名下的客户报"逾期"。通知客户和接替人首次联系的时间文件也没有给数字，台账一般也不记，不检查。',
    en: 'A customer whose owner has a leave date needs a handover date and a successor within 5 working days of it (the leave day not counted). The document says only "promptly"; 5 working days is the catalog\'s recommended setting, not the document\'s number, so findings are warnings; a company may change `within`. A handover before the leave date is on time. A customer still with the departed owner is overdue. Informing the customer and the successor\'s first contact have no number either and are rarely recorded; not checked.',
  },
  severity: 'warning',
  ours: { within: { zh: '制度只说“及时”“迅速”，未规定天数', en: 'the regulation says only "promptly", no number of days' } },
  params: { leftAt: 'ownerLeftAt', handedOverAt: 'handedOverAt', successor: 'successor', unit: 'workdays', within: 5 },
};
