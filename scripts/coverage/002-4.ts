import type { CoverageEntries } from './types';

/** Catalog IDs of 002-4 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '002-4-4.2-10d': { title: 'Every customer: one phone call every 10 days (马总 profile)', state: 'encoded' },
  '002-4-4.5-WRITTEN': { title: 'Problems the salesperson cannot solve → to the boss (上司) or 马总, in writing only; otherwise "invalid"', state: 'encoded' },
  '002-4-4.3-FORM': { title: '马总 profile: callback details filled in clearly according to the form; a named customer list is required', state: 'encoded' },
  '002-4-3-PHONE-ONLY': { title: '马总 profile: phone is the only callback method; QQ and WeChat only to send files', state: 'encoded' },
  '002-4-5.1-INDEPENDENCE': { title: 'Audit post: no direct dealings with salespeople; reports only to 马总', state: 'encoded' },
  '002-4-5.2-VERIFY': { title: 'Audit post: checks the e-files are genuine, phones customers to confirm they were called, makes three spot-check calls per salesperson\'s list', state: 'encoded' },
  '002-4-4.4-10-20-30': { title: '马总 profile: callback e-file sent to 马总 every 10 days, on the 10th, 20th and 30th of each month', state: 'encoded' },
  '002-4-4.1-LIST-APPROVED': { title: '马总 profile: a complete customer list, reviewed by 马总, is the basis for callbacks; special-period content decided by 马总', state: 'encoded' },
};
