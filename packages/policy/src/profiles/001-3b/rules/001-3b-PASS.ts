import type { RuleInput } from '../../../profile/schema';

/** 001-3b-PASS: no pass, no visit. */
export const rule: RuleInput = {
  id: '001-3b-PASS',
  kind: 'required-fields',
  title: { zh: '没有参观凭证，任何人不得参观', en: 'No pass, no visit' },
  short: { zh: '参观凭证', en: 'visit pass' },
  modality: 'M',
  citation: { clause: '四、1', lines: 'L278', quote: '没有凭证,任何人不得进行参观' },
  reading: {
    zh: '每次参观（参观日期）须有参观凭证编号。擅自带人参观按泄漏商业机密论（001-3b-UNAUTH-VISIT）是对同一件事的处分，不另报。拍照许可台账上通常没有，不检查。无法识别的单元格也归于本条。',
    en: 'Every visit (its date) needs a pass number. Treating an unauthorised tour as leaking trade secrets (001-3b-UNAUTH-VISIT) is the penalty for the same breach and is not reported again. Photo permission is rarely in a ledger and is not checked. Unreadable cells fall under this clause too.',
  },
  params: { scope: 'contact', fields: [{ field: 'passNo' }] },
};
