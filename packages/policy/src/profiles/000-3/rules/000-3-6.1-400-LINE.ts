import type { RuleInput } from '../../../profile/schema';

/** 000-3-6.1-400-LINE: Phone callbacks use the 400 line unless a reason is recorded. */
export const rule: RuleInput = {
  id: '000-3-6.1-400-LINE',
  kind: 'required-fields',
  title: { zh: '原则上用400电话回访，改用其他电话须说明原因', en: 'Phone callbacks use the 400 line unless a reason is recorded' },
  short: { zh: '非400未说明', en: 'other line unexplained' },
  modality: 'D',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第六条 1', lines: 'L67', quote: '原则上要求用400电话进行回访' },
  reading: {
    zh: '原则上用 400 电话；在回访专用电话或录音系统异常、或客户不接听 400 时可用其他电话，须注明原因（录音仍须保留，见 000-3-2-RECORDING）。台账“外呼线路”写明手机、座机或其他电话时，须填写未用 400 的原因。',
    en: 'Callbacks use the 400 line in principle; another phone is allowed when the 400 line or its recording system fails or the client will not answer it, with the reason recorded (the recording is still required: 000-3-2-RECORDING). When the caller line says mobile, landline or another phone, the reason must be filled in.',
  },
  records: { flag: { field: 'callerLine', values: ['手机', '座机', '其他', '其他电话', '个人手机', '非400'] } },
  params: { scope: 'contact', fields: [{ field: 'lineReason' }] },
};
