import type { RuleInput } from '../../../profile/schema';

/** 001-2-6-ROTATION: every customer is covered by the rotation visits (period not given). */
export const rule: RuleInput = {
  id: '001-2-6-ROTATION',
  kind: 'gap-cadence',
  title: { zh: '特定客户访问与所有客户巡回访问相结合（未规定周期）', en: 'Rotation visits to all customers combined with targeted visits (no period given)' },
  short: { zh: '巡回访问', en: 'rotation visit' },
  modality: 'U',
  citation: { section: '二(一)《客户关系维护办法》第6条', lines: 'L110', quote: '客户服务人员实行对特定客户访问和所有客户巡回访问相结合的回访制度' },
  reading: {
    zh: '巡回访问要覆盖所有客户，但制度没有说多久巡回一轮，所以本条报“未配置”。公司在配置中填写巡回周期（fallback，如每半年一次）后，每位客户须在每个周期内有一次上门拜访（只算上门）。',
    en: 'The rotation must cover every customer, but the document does not say how long a round takes, so this rule reports not-configured. Once the company sets the round (fallback, e.g. once every six months), every customer needs a visit in person within each round (only visits count).',
  },
  records: { channels: ['visit'] },
  params: { gap: 'declared', fallback: null },
};
