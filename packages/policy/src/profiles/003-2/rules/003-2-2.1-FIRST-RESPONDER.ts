import type { RuleInput } from '../../../profile/schema';

/** 003-2-2.1-FIRST-RESPONDER: whoever first receives an inquiry is the first responsible person. */
export const rule: RuleInput = {
  id: '003-2-2.1-FIRST-RESPONDER',
  kind: 'first-responder',
  title: { zh: '首问负责：每次来询须登记首问人', en: 'First responder: each inquiry names who first received it' },
  short: { zh: '首问人', en: 'first responder' },
  modality: 'M',
  citation: { clause: '二、首问制和专人负责制 第1条', lines: 'L32', quote: '客户首次问询的工作人员为第一责任者' },
  reading: {
    zh: '有「来询时间」的行是一次来询，须写明首问人（第一责任者）。首问人一直负责到办结，除非登记移交（见 003-2-2.4-TRANSFER）。',
    en: 'A row with an inquiry time is an inquiry and must name its first receiver (the first responsible person), who stays responsible until it is closed unless a transfer is registered (003-2-2.4-TRANSFER).',
  },
  params: { check: 'recorded', field: 'firstReceiver' },
};
