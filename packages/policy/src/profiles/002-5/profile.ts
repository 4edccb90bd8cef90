/**
 * Profile 002-5: 第五篇《客户回访制度》 of 马上游科技股份有限公司 in 002_5b4178db3268d4b2.txt
 * (L77-111), a travel platform: tourists (游客) get a reminder before use, a satisfaction callback
 * within 3 days after and a repeat-demand callback a month later; makers (创客) get monthly visits
 * and calls.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile002_5: ProfileInput = {
  id: '002-5',
  version: 1,
  title: { zh: '客户回访制度（马上游科技：游客与创客）', en: 'Callback regulation of a travel platform (马上游科技: tourists and makers)' },
  description: {
    zh: '旅游平台的客户服务专员：游客在使用产品前收到温馨提示，使用后三天内做满意度回访，一个月后做再次需求回访；创客维护人员每月至少上门一次、电话微信至少两次；每次回访后登记需求、反馈领导，回访时间以 9-11 点、15-17 点为宜。适合《游客回访记录表》和《创客需求反馈表》。',
    en: 'A travel platform\'s customer-service staff: tourists get a reminder before using a product, a satisfaction callback within three days after and a repeat-demand callback a month later; makers get at least one visit and two phone/WeChat contacts a month; needs are registered and fed back after every callback, preferably between 9-11 and 15-17. For the tourist callback form and the maker needs-feedback form.',
  },
  source: { file: '002_5b4178db3268d4b2.txt', section: '第五篇《客户回访制度》马上游科技股份有限公司', lines: 'L77-111' },
  // A travel platform works weekends; no rule of 002-5 counts working days.
  workWeek: [1, 2, 3, 4, 5, 6, 7],
  tiers: [
    { code: 'T', label: { zh: '游客', en: 'tourist' } },
    { code: 'M', label: { zh: '创客', en: 'maker' } },
  ],
  tierSynonyms: { 游客: 'T', 创客: 'M', 旅客: 'T' },
  headers: {
    customerName: ['客户姓名', '游客姓名', '创客名称', '客户名称'],
    tier: ['客户类型', '客户类别', '类型'],
    performer: ['客户服务专员', '创客维护人员', '回访人'],
    useAt: ['出行日期', '使用日期', '出游日期'],
    useEndAt: ['返程日期', '使用结束日期', '行程结束日期'],
    serviceNeeds: ['客户需求', '需求登记', '需求'],
    spending: ['消费特点', '消费情况'],
    feedbackAt: ['反馈领导日期', '反馈日期'],
    custodian: ['保管人', '档案保管人'],
    plannedAt: ['计划回访日期', '计划回访时间'],
    purpose: ['回访目的'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '002-5-TYPES',
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '002-5-TYPES',
    '002-5-7.1a-PREUSE',
    '002-5-7.1b-USE+3d',
    '002-5-7.1c-USE+1M',
    '002-5-4.2-MAKER-MONTHLY',
    '002-5-2.3-NEEDS',
    '002-5-4.4-FEEDBACK',
    '002-5-6.1-CUSTODIAN',
    '002-5-3.1-PLAN',
    '002-5-3.3-PREP',
    '002-5-3.2-WINDOW',
  ]),
};
