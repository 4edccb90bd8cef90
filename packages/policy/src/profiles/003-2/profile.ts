/**
 * Profile 003-2: 篇二《客户管理制度》 of 003_5a1bbebd8c79da3d.txt (L24-72), an IT and web-service
 * firm: 首问制 (the first receiver of an inquiry is responsible until it is closed or transferred),
 * the weekly Friday report, project callbacks monthly in the first year and quarterly afterwards,
 * failure reports and the New-Year gift.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile003_2: ProfileInput = {
  id: '003-2',
  version: 1,
  title: { zh: '客户管理制度（IT 与网站服务，首问制）', en: 'Customer management regulation (IT and web services, first-responder rule)' },
  description: {
    zh: '技术服务公司（网站建设与运维）：客户来询由首问人负责到底，非本人职责须登记移交；交付使用的项目一年内每月电话回访、一年以上每季回访；技术服务人员每周五提交周报；重大故障及时通报并出分析报告；每年 12 月寄新年礼物、了解次年需求。适合客服部的项目服务台账（来询受理与项目回访）。',
    en: 'An IT and web-service firm: the first receiver of an inquiry is responsible for it, and a matter outside their remit is registered and transferred; delivered projects get a phone callback monthly in the first year and quarterly afterwards; technicians hand in a weekly report each Friday; major failures are notified and analysed; each December a New-Year gift and a needs survey. For the customer-service department\'s project service ledger (inquiries and project callbacks).',
  },
  source: { file: '003_5a1bbebd8c79da3d.txt', section: '篇二《客户管理制度》', lines: 'L24-72' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [],
  headers: {
    customerId: ['项目编号'],
    customerName: ['项目名称'],
    channel: ['回访方式', '服务方式', '方式'],
    callbackType: ['记录类型', '回访类型'],
    performer: ['回访人'],
    handler: ['办结人', '处理人'],
    inquiryContent: ['问题描述', '来询内容'],
  },
  essentialColumns: [],
  recordsRuleId: '003-2-2.2-RECORD',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '003-2-2.1-FIRST-RESPONDER',
    '003-2-2.2-RECORD',
    '003-2-2.3-ONE-STOP',
    '003-2-2.3-ONSITE',
    '003-2-2.4-TRANSFER',
    '003-2-2.5-MAJOR-GM',
    '003-2-2.6-SOLVE-FIRST',
    '003-2-5-PROJECT-M-Q',
    '003-2-5-PHONE',
    '003-2-4-FRIDAY',
    '003-2-1-MONTHEND-REPORT',
    '003-2-3-DECEMBER',
    '003-2-7-FAILURE',
    '003-2-7-FAILURE-FIELDS',
  ]),
};
