/**
 * Profile 002-1: 第一篇《销售部客户回访制度》 of 002_5b4178db3268d4b2.txt (L1-13), a car dealership's
 * sales-department callback regulation: H/A/B/C intent tiers, the 24-hour callback, pickup and
 * first-service callbacks.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';
import { contact } from './rules/002-1-6-SUCCESS';

export const profile002_1: ProfileInput = {
  id: '002-1',
  version: 1,
  title: { zh: '销售部客户回访制度（汽车销售）', en: 'Sales-department callback regulation (car dealership)' },
  description: {
    zh: '汽车 4S 店销售部：意向客户按 H/A/B/C 分类回访，接待后 24 小时内电话回访，提车后 1-2 小时平安电话、一周内回访、首保前 3 天提醒。适合销售顾问的意向客户回访表和老客户回访表。',
    en: 'A car dealership\'s sales department: intent customers called back by H/A/B/C class, a phone callback within 24 hours of every reception, a safety call 1-2 hours after pickup, a callback within a week, and a reminder 3 days before the first service. For sales consultants\' intent-callback forms and old-customer forms.',
  },
  source: { file: '002_5b4178db3268d4b2.txt', section: '第一篇《销售部客户回访制度》', lines: 'L1-13' },
  // Dealerships open at weekends; no rule of 002-1 counts working days, but a company variant might.
  workWeek: [1, 2, 3, 4, 5, 6, 7],
  tiers: [
    { code: 'H', label: { zh: 'H类（意向最强）', en: 'H (hottest)' } },
    { code: 'A', label: { zh: 'A类', en: 'A' } },
    { code: 'B', label: { zh: 'B类', en: 'B' } },
    { code: 'C', label: { zh: 'C类（意向最弱）', en: 'C (weakest)' } },
  ],
  headers: {
    customerName: ['意向客户', '客户姓名'],
    tier: ['意向级别', '客户级别', '意向程度'],
    receptionAt: ['来店时间', '接待时间'],
    pickupAt: ['提车时间', '提车日期'],
    intendedModel: ['意向车型', '拟购车型'],
    performer: ['销售顾问'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '002-1-2-INTENT-FORM',
  dueSoonDays: 1,
  definitions: {
    contact,
    // 意向客户 until the car is picked up (提车), 老客户 (owner) from then on: the rules for intent
    // customers judge the time before the pickup, the owners' rules the time after.
    facts: { stage: { before: 'intent', after: 'owner', switchesAt: 'pickupAt', seenBefore: ['contactAt', 'receptionAt'] } },
  },
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '002-1-3-ALL-24h',
    '002-1-4-24H-PHONE',
    '002-1-3-H-3d',
    '002-1-3-A-1w',
    '002-1-3-B-2perM',
    '002-1-3-C-2per2M',
    '002-1-9-PICKUP-1-2h',
    '002-1-9-PICKUP-1w',
    '002-1-9-FIRSTSVC-3d',
    '002-1-2-HHMM',
    '002-1-5-DETAIL',
    '002-1-2-INTENT-FORM',
    '002-1-2-INTENT',
    '002-1-10-OLD-FORM',
    '002-1-7-QUIET-TIME',
    '002-1-8-OPEN-Q',
  ]),
};
