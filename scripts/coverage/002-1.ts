import type { CoverageEntries } from './types';

/** Catalog IDs of 002-1 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '002-1-3-H-3d': { title: 'H-class intent customer: one callback every 3 days', state: 'encoded' },
  '002-1-3-A-1w': { title: 'A-class: at least one callback per week', state: 'encoded' },
  '002-1-3-B-2perM': { title: 'B-class: 2 or more callbacks per month', state: 'encoded' },
  '002-1-3-C-2per2M': { title: 'C-class: 2 or more callbacks per two months', state: 'encoded' },
  '002-1-3-ALL-24h': { title: 'Every reception → one callback within 24 hours, whatever the class', state: 'encoded' },
  '002-1-9-PICKUP-1-2h': { title: 'Vehicle pickup → phone call 1–2 hours later ("arrived safely?")', state: 'encoded' },
  '002-1-9-PICKUP-1w': { title: 'Vehicle pickup → at least one callback within one week', state: 'encoded' },
  '002-1-9-FIRSTSVC-3d': { title: 'First-maintenance reminder callback 3 days before 首保', state: 'encoded' },
  '002-1-8-OPEN-Q': { title: 'Question that could not be answered during a callback → recorded and answered by the next callback at the latest', state: 'encoded' },
  '002-1-2-INTENT-FORM': { title: 'Intent customers recorded in the intent-callback form, every fillable field filled', state: 'encoded' },
  '002-1-2-HHMM': { title: 'Callback time must be recorded to the hour and minute', state: 'encoded' },
  '002-1-5-DETAIL': { title: 'Each callback\'s content recorded in detail in the intent form', state: 'encoded' },
  '002-1-10-OLD-FORM': { title: 'Old customers: standard company callback form, all user information filled, every callback recorded', state: 'encoded' },
  '002-1-4-24H-PHONE': { title: 'The 24-hour callback must be a phone call; SMS is not allowed', state: 'encoded' },
  '002-1-6-SUCCESS': { title: 'A successful callback needs a theme and content; no content, or a customer who cannot be reached, does not count', state: 'encoded' },
  '002-1-7-QUIET-TIME': { title: 'Avoid calling when the customer is resting or busy; book visits in advance, and be on time', state: 'encoded' },
  '002-1-2-INTENT': { title: 'Intent customers classified H/A/B/C by purchase-intent strength', state: 'encoded' },
  '002-1-NOTE-INFO': { title: '"Information callbacks": thanks for a call or visit, holiday and birthday greetings, company events, weather reminders',
    state: 'not-a-rule',
    reason: {
      zh: '信息回访的类型清单（来电/店感谢、节日生日祝福、活动、天气提醒），不是要求；002-1-6-SUCCESS 据此不把单向信息回访计入成功回访。其中隐含的问候没有时间要求，无法检查。',
      en: 'A list of information-callback types (thanks, greetings, events, weather), not a requirement; 002-1-6-SUCCESS uses it to keep one-way information callbacks from counting. The greetings it implies have no deadline to check.',
    },
  },
};
