/**
 * Profile 000-1: 第一篇《客户沟通管理规定》 of 000_76cb93e03295e223.txt (L1-26), the customer
 * communication regulation of a maintenance-services (代维) firm: 技术部 owns customer
 * communication, leadership contact every half year, inquiries answered within 24 hours.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile000_1: ProfileInput = {
  id: '000-1',
  version: 1,
  title: { zh: '客户沟通管理规定（代维服务）', en: 'Customer communication regulation (maintenance services)' },
  description: {
    zh: '通信代维等技术服务企业：技术部归口管理顾客沟通，分管领导至少每半年组织一次与顾客的沟通，顾客问询按首问负责制最迟 24 小时内答复，重要问题记录处理过程和顾客反馈并交技术业务部，更改合同须与顾客沟通达成一致。适合技术部的顾客问询及沟通记录表。',
    en: 'A maintenance-services (代维) firm: 技术部 owns customer communication, the responsible executive organises contact with customers at least every half year, inquiries are answered within 24 hours under 首问负责制, important issues are recorded with their handling and the customer\'s feedback for 技术业务部, and contract changes are agreed with the customer. For the technical department\'s customer inquiry and communication log.',
  },
  source: { file: '000_76cb93e03295e223.txt', section: '第一篇《客户沟通管理规定》', lines: 'L1-26' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [],
  headers: {
    customerId: ['顾客编号'],
    customerName: ['顾客名称', '顾客'],
    contactAt: ['沟通日期', '沟通时间'],
    callbackType: ['沟通类型', '沟通事项'],
    channel: ['沟通方式'],
    content: ['沟通内容'],
    performer: ['责任人'],
    performerDept: ['责任部门'],
    inquiryAt: ['问询时间'],
    responseAt: ['答复时间'],
    importance: ['是否重要问题'],
    transferAt: ['反馈技术业务部时间', '反馈时间'],
    resolution: ['处理过程'],
    feedback: ['顾客反馈意见'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '000-1-3.2-ISSUE-REC',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '000-1-1-OWNERSHIP',
    '000-1-1.1-LEAD-6M',
    '000-1-2.2A-MEETING-REC',
    '000-1-3.2-INQ-24h',
    '000-1-3.2-IMPORTANT',
    '000-1-3.2-ISSUE-REC',
    '000-1-4-CONTRACT-CHANGE',
  ]),
};
