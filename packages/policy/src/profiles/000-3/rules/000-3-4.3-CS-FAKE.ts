import type { RuleInput } from '../../../profile/schema';

/** 000-3-4.3-CS-FAKE: Customer-service staff falsifying client data: 500 yuan per instance. */
export const rule: RuleInput = {
  id: '000-3-4.3-CS-FAKE',
  kind: 'marked-breach',
  title: { zh: '客服弄虚作假：罚500元/次', en: 'Customer-service staff falsifying client data: 500 yuan per instance' },
  short: { zh: '客服弄虚作假', en: 'staff falsified' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第四条 3 对客服的考核及处罚 ②', lines: 'L62', quote: '客户信息弄虚作假者,除给予500元/次处罚,还可以并处降薪、降职、调岗、辞退的处罚' },
  reading: {
    zh: '弄虚作假只能由人核查认定；台账“弄虚作假”一栏记明由客服（回访专员）造假的，每条记一次 500 元，由客服人员承担。降薪、降职、调岗、辞退是管理部门的附加处理，不计金额。写“否”“无”或“不属实”的不算。',
    en: 'Falsification can only be established by a person; each record whose falsification column names customer-service staff (a callback specialist) is one instance of 500 yuan, paid by that staff member. Pay cuts, demotion, transfer or dismissal are management\'s additional measures and carry no amount. 否, 无 or 不属实 are no breach.',
  },
  fine: { amount: 500, payer: '客服人员' },
  params: { field: 'falsified', words: ['客服', '回访专员', '回访人员'], unless: ['不属实', '否认', '未发现'] },
};
