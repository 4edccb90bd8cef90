import type { CoverageEntries } from './types';

/** Catalog IDs of 003-2 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '003-2-2.7-SHIRK': { title: 'First-responder shirking (推诿、扯皮) → criticism, education, discipline; serious cases transferred', state: 'not-checkable',
    reason: {
      zh: '推诿、扯皮是对人的行为评价，处分由部门决定，台账里没有；可见的代理信号（客户再次来询、未登记移交）由 003-2-2.3-ONE-STOP 和 003-2-2.4-TRANSFER 检查。',
      en: 'Shirking is a judgment of conduct and the discipline is the department\'s decision, neither in a ledger; its visible proxies (repeat calls, unregistered transfers) are 003-2-2.3-ONE-STOP and 003-2-2.4-TRANSFER.',
    },
  },
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
};
