import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.6-ANOMALY: contacts about anomalies of customer-supplied products go into the reports. */
export const rule: RuleInput = {
  id: '004-J-5.6-ANOMALY',
  kind: 'required-fields',
  title: { zh: '客供產品異常的聯絡情況反映在檢驗、報廢、異常報告中', en: 'Anomalies of customer-supplied products: contact reflected in the inspection, scrap or anomaly report' },
  short: { zh: '異常聯絡記錄', en: 'anomaly record' },
  modality: 'M',
  citation: { clause: '5.6', lines: 'L329-330', quote: '并將聯絡情況反映在相應之檢驗、報廢、羿常報告中' },
  reading: {
    zh: '聯絡事項含“異常”的聯絡須填寫聯絡結果和對應報告的單據編號，以便在檢驗、報廢或異常報告中查到（原文“羿常”即“異常”）。',
    en: 'A contact whose matter mentions an anomaly needs its result and the number of the report it is reflected in (inspection, scrap or anomaly report; the source\'s 羿常 is 異常).',
  },
  records: { callbackTypes: ['異常', '异常', '羿常'] },
  params: { scope: 'contact', fields: [{ field: 'content' }, { field: 'formNo' }] },
};
