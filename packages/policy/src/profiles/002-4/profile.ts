/**
 * Profile 002-4: 第四篇《客户回访制度》 of 002_5b4178db3268d4b2.txt (L52-76), a small firm run by
 * 马总: a customer list he approves, one phone call per customer every 10 days, the callback
 * e-file sent to him on the 10th, 20th and 30th, written escalation, and an audit post.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile002_4: ProfileInput = {
  id: '002-4',
  version: 1,
  title: { zh: '客户回访制度（马总：电话回访、10天一次、10/20/30号报送）', en: 'Callback regulation of a small firm (马总: phone only, every 10 days, e-file on the 10th/20th/30th)' },
  description: {
    zh: '业务员按马总审核过的客户名单，每 10 天给每位客户打一个回访电话（唯一方式是电话，QQ、微信只发资料），按表格填写回访细节，每月 10 号、20 号、30 号把电子文件发给马总；解决不了的问题书面上报；监督岗每名业务员的名单抽查三个电话。适合业务员的客户回访表（客户、业务员、回访日期、方式、内容、结果、发送日期、抽查记录）。',
    en: 'Salespeople call every customer on the list 马总 approved once every 10 days (by phone only; QQ and WeChat only carry files), fill in the form, and send the e-file to 马总 on the 10th, 20th and 30th of each month; unsolved problems go up in writing; an audit post makes three spot-check calls on each salesperson\'s list. For salespeople\'s callback forms (customer, salesperson, date, channel, content, outcome, date sent, spot checks).',
  },
  source: { file: '002_5b4178db3268d4b2.txt', section: '第四篇《客户回访制度》', lines: 'L52-76' },
  tiers: [],
  headers: {
    customerName: ['客户名称', '客户姓名', '客户'],
    performer: ['业务员', '回访业务员'],
    reportedAt: ['发送马总日期', '电子文件发送日期', '发送日期'],
    approvedAt: ['马总审核日期', '名单审核日期', '审核日期'],
    openQuestion: ['客户问题', '存在问题', '未解决问题'],
    resolution: ['解决情况', '处理结果', '上报情况'],
    auditedAt: ['抽查日期', '监督抽查日期'],
    auditor: ['监督岗', '抽查人'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '002-4-4.3-FORM',
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '002-4-4.2-10d',
    '002-4-3-PHONE-ONLY',
    '002-4-4.4-10-20-30',
    '002-4-4.3-FORM',
    '002-4-4.5-WRITTEN',
    '002-4-4.1-LIST-APPROVED',
    '002-4-5.1-INDEPENDENCE',
    '002-4-5.2-VERIFY',
  ]),
};
