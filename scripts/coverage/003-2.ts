import type { CoverageEntries } from './types';

/** Catalog IDs of 003-2 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '003-2-5-PROJECT-M-Q': { title: 'Delivered projects: monthly phone callback in year 1, quarterly afterwards', state: 'encoded' },
  '003-2-3-DECEMBER': { title: 'Every December: New-Year gift and next-year needs survey for all new and old customers', state: 'encoded' },
  '003-2-2.3-ONE-STOP': { title: 'Matters that can be completed in one contact must be; the customer must not have to call twice', state: 'encoded' },
  '003-2-2.3-ONSITE': { title: 'On-site service requests handled promptly', state: 'encoded' },
  '003-2-2.7-SHIRK': { title: 'First-responder shirking (推诿、扯皮) → criticism, education, discipline; serious cases transferred', state: 'not-checkable',
    reason: {
      zh: '推诿、扯皮是对人的行为评价，处分由部门决定，台账里没有；可见的代理信号（客户再次来询、未登记移交）由 003-2-2.3-ONE-STOP 和 003-2-2.4-TRANSFER 检查。',
      en: 'Shirking is a judgment of conduct and the discipline is the department\'s decision, neither in a ledger; its visible proxies (repeat calls, unregistered transfers) are 003-2-2.3-ONE-STOP and 003-2-2.4-TRANSFER.',
    },
  },
  '003-2-2.4-TRANSFER': { title: 'Matter outside the first responder\'s remit → registered and transferred to the responsible leader, or to the colleague in charge if the leader is absent', state: 'encoded' },
  '003-2-2.5-MAJOR-GM': { title: 'Major matters → first responder reports to the general manager immediately', state: 'encoded' },
  '003-2-2.7-ANY-EMPLOYEE': { title: 'Any employee receiving a customer call (request or complaint) → responds politely, records the details and forwards them promptly to customer service or the executing department', state: 'not-checkable',
    reason: {
      zh: '礼貌应答不在台账里；记录详情和转交由 003-2-2.2-RECORD、003-2-2.4-TRANSFER 对每次来询（不论谁接到）检查；"及时"没有数字。',
      en: 'Answering politely is not in a ledger; recording the details and passing them on are checked on every inquiry, whoever took it, by 003-2-2.2-RECORD and 003-2-2.4-TRANSFER; "promptly" has no number.',
    },
  },
  '003-2-6-OFFICE': { title: 'Cross-department disagreement blocking work → the departments\' views go to the office, which rules', state: 'not-checkable',
    reason: {
      zh: '跨部门分歧提交办公室裁决，是内部协调过程，客户台账里没有分歧和裁决的记录。',
      en: 'A cross-department dispute ruled by the office is an internal process; a customer ledger records neither the dispute nor the ruling.',
    },
  },
  '003-2-7-FAILURE': { title: 'Major project failure → immediate notification with time, place, symptoms and contingency plan; leadership informed; post-incident analysis report to the customer and 业务部', state: 'encoded' },
  '003-2-2.2-RECORD': { title: 'First responder records the services, issues and requests handled', state: 'encoded' },
  '003-2-7-FAILURE-FIELDS': { title: 'Failure notification: time, place, symptoms, contingency plan. Analysis report: impact, handling, cause, corrective and preventive actions', state: 'encoded' },
  '003-2-5-PHONE': { title: 'Delivered-project callbacks are by phone', state: 'encoded' },
  '003-2-8-HOLIDAYS': { title: 'Holiday-support period: national statutory holidays, listed as 五一, 国庆, 元旦 and 春节', state: 'not-a-rule',
    reason: {
      zh: '节假日的定义（五一、国庆、元旦、春节），配套的要求是节日期间监看客户网站运行，不是台账记录。',
      en: 'A definition of the holidays (五一, 国庆, 元旦, 春节); the duty attached, watching customer websites during them, leaves no ledger record.',
    },
  },
  '003-2-1-TWO-LINES': { title: 'Service and supervision separated: 技术服务部 delivers service, 业务部 supervises and assesses it monthly', state: 'not-checkable',
    reason: {
      zh: '服务与监督分属技术服务部和业务部是组织分工；台账没有写明考核部门和被考核部门的考核记录。月度考核报告由 003-2-1-MONTHEND-REPORT 检查。',
      en: 'Service by 技术服务部 and supervision by 业务部 is an organisational split; the ledger holds no assessment records naming assessor and assessed. The monthly report is 003-2-1-MONTHEND-REPORT.',
    },
  },
  '003-2-2.1-FIRST-RESPONDER': { title: 'Whoever first receives a customer inquiry is the first responsible person', state: 'encoded' },
  '003-2-1-MONTHEND-REPORT': { title: 'IT-service profile: 业务部 assesses 技术服务部 monthly and compiles the 《服务监督报告》 at month end for the GM', state: 'encoded' },
  '003-2-4-FRIDAY': { title: 'IT-service profile: weekly Friday-afternoon meeting; technical service staff must submit the week\'s customer-service situation and customer feedback', state: 'encoded' },
  '003-2-2.6-SOLVE-FIRST': { title: 'Exception to paperwork-first: the first responder (and 技术服务部 in emergencies) may solve the problem first and file the work-contact form afterwards', state: 'encoded' },
};
