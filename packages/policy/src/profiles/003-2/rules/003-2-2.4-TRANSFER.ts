import type { RuleInput } from '../../../profile/schema';

/** 003-2-2.4-TRANSFER: a matter outside the first responder's remit is registered and transferred. */
export const rule: RuleInput = {
  id: '003-2-2.4-TRANSFER',
  kind: 'first-responder',
  title: { zh: '非本人职责的事项须登记后移交', en: 'A matter outside the first responder\'s remit registered and transferred' },
  short: { zh: '登记移交', en: 'transfer registered' },
  modality: 'M',
  citation: { clause: '二、首问制和专人负责制 第4条', lines: 'L38', quote: '第一责任者要认真登记,然后移交其它主管领导。如果主管领导不在,移交分管本事项的其它同志' },
  reading: {
    zh: '办结人与首问人不是同一人时，这次来询须有移交登记：移交对象和移交时间都要填。首问人自己办结的不需要移交。移交给主管领导还是分管同志，台账分不出来，不检查。',
    en: 'When the person who closed an inquiry is not its first receiver, the inquiry needs a transfer record: both to whom and when. None is needed when the first receiver closed it. Whether it went to the leader or the colleague in charge cannot be told from a ledger and is not checked.',
  },
  params: { check: 'transfer' },
};
