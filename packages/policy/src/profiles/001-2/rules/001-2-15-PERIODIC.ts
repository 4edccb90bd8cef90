import type { RuleInput } from '../../../profile/schema';

/** 001-2-15-PERIODIC: periodic callbacks, with no period given. */
export const rule: RuleInput = {
  id: '001-2-15-PERIODIC',
  kind: 'gap-cadence',
  title: { zh: '定期进行客户回访（未规定周期）', en: 'Periodic customer callbacks (no period given)' },
  short: { zh: '定期回访', en: 'periodic callback' },
  modality: 'U',
  citation: { section: '二(一)《客户关系维护办法》第15条', lines: 'L121', quote: '定期进行客户回访工作,及时了解客户需求变化' },
  reading: {
    zh: '“定期”没有给出周期，不能替公司编一个数字。按目录建议：填了联系频率的客户按卡片频率检查（见 001-2-9-DECLARED-FREQ）；没有填的客户本条报“未配置”，公司在配置中填写统一周期（fallback，如每季度一次）后即按该周期检查。',
    en: '"Periodically" gives no period, and we do not invent one. As the catalog recommends, customers with a declared frequency are checked against it (001-2-9-DECLARED-FREQ); for customers without one this rule reports not-configured until the company sets a common period (fallback, e.g. once a quarter) in its profile.',
  },
  params: { gap: 'declared', field: 'contactFrequency', fallback: null, fallbackOnly: true },
};
