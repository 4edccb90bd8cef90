import type { CoverageEntries } from './types';

/** Catalog IDs of 002-5 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '002-5-6.3-SENSITIVE': {
    title: 'Travel profile collects tourists\' behaviour preferences, **physical condition** and personal data',
    state: 'not-a-rule',
    reason: { zh: '目录给程序员的风险提示（健康信息属敏感个人信息），不是文件里的规定。', en: 'A risk note for the programmer in the catalog (health data is sensitive personal information), not a rule of the document.' },
  },
};
