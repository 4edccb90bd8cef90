import type { CoverageEntries } from './types';

/** Catalog IDs of 003-1 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '003-1-6-DISPUTE-100': {
    title: 'Two divisions\' staff argue in front of a customer, or do not settle afterwards via the heads and coordinator → 100元 each',
    state: 'not-checkable',
    reason: { zh: '当着顾客争执是现场行为，邀约台账不记录；只有另建的事件记录才能据以罚款。', en: 'An argument in front of a customer happens on the floor and leaves no trace in an invitation register; only a separate incident log could price it.' },
  },
  '003-1-6-GM': {
    title: 'Joint events: disputes settled after the event by both heads and the coordinator; if the coordinator cannot decide → general manager promptly',
    state: 'not-checkable',
    reason: { zh: '需要争议处理记录（协调助理能否判定、何时上报总经理），邀约台账没有；“及时”也没有期限。', en: 'Needs a dispute log (whether the coordinator could decide, when it went to the general manager) that an invitation register does not hold; "promptly" has no number.' },
  },
  '003-1-1-CUTOFF-1800': {
    title: 'Invitations made after 18:00 count as the next day\'s invitations',
    state: 'not-a-rule',
    reason: { zh: '计数口径而非独立义务：18:00 后的邀约算次日，已作为 003-1-1-DAILY-1800、003-1-3-LATE-10、003-1-3-EVENTDAY、003-1-1-D1-EARLIER 与归属规则的参数执行。', en: 'A counting convention, not an obligation of its own: invitations after 18:00 count as the next day\'s, applied as a parameter of 003-1-1-DAILY-1800, 003-1-3-LATE-10, 003-1-3-EVENTDAY, 003-1-1-D1-EARLIER and the attribution rules.' },
  },
};
