import type { CoverageEntries } from './types';

/** Catalog IDs of 002-5 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '002-5-4.2-MAKER-MONTHLY': { title: '创客 (makers): at least 1 on-site visit and at least 2 phone/WeChat contacts per month', state: 'encoded' },
  '002-5-7.1a-PREUSE': { title: 'Tourist: reminder before the product is used', state: 'encoded' },
  '002-5-7.1b-USE+3d': { title: 'Tourist: satisfaction callback within 3 days after use', state: 'encoded' },
  '002-5-7.1c-USE+1M': { title: 'Tourist: repeat-demand callback 1 month after use', state: 'encoded' },
  '002-5-6.1-CUSTODIAN': { title: 'Tourist callback records consolidated, classified and kept by a designated person', state: 'encoded' },
  '002-5-4.4-FEEDBACK': { title: 'Travel profile: after a callback, results fed back to the leaders concerned (tourists), or needs and solutions fed back promptly to the superior (makers)', state: 'encoded' },
  '002-5-2.3-NEEDS': { title: 'Travel profile: customer needs registered after every callback', state: 'encoded' },
  '002-5-3.1-PLAN': { title: 'Callback plan: approximate time, content, purpose (includes the tourist callback form and the maker needs-feedback form)', state: 'encoded' },
  '002-5-3.3-PREP': { title: 'Preparation material: basic customer data (name, position, age…), service history, spending characteristics', state: 'encoded' },
  '002-5-3.2-WINDOW': { title: 'Travel profile: appointments preferably 09:00–11:00 and 15:00–17:00; do not disturb the customer', state: 'encoded' },
  '002-5-TYPES': { title: 'Travel profile: customers = makers (创客) and tourists (游客), with different regimes', state: 'encoded' },
  '002-5-6.3-SENSITIVE': {
    title: 'Travel profile collects tourists\' behaviour preferences, **physical condition** and personal data',
    state: 'not-a-rule',
    reason: { zh: '目录给程序员的风险提示（健康信息属敏感个人信息），不是文件里的规定。', en: 'A risk note for the programmer in the catalog (health data is sensitive personal information), not a rule of the document.' },
  },
};
