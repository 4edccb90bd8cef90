/**
 * Canonical ledger fields and the headers clerks write for them.
 * A header is matched after normalising (full-width to half-width, spaces, `*`, and a trailing
 * unit or hint in brackets removed), so `回访时间（时:分）` and ` 回访时间* ` both match 回访时间.
 */

/** How a field's cells are read. */
export type FieldType = 'key' | 'text' | 'datetime' | 'date' | 'clock' | 'tier' | 'channel' | 'outcome' | 'number';

export interface FieldSpec {
  type: FieldType;
  zh: string;
  en: string;
  /** Default header synonyms, most specific first. */
  headers: readonly string[];
}

export const FIELDS = {
  customerId: { type: 'key', zh: '客户编号', en: 'customer number', headers: ['客户编号', '客户ID', '客户id', '客户代码', '编号', 'customer id', 'customer_id', 'id'] },
  customerName: { type: 'text', zh: '客户名称', en: 'customer name', headers: ['客户名称', '客户姓名', '客户', '姓名', '名称', 'customer name', 'customer_name', 'name'] },
  phone: { type: 'text', zh: '联系电话', en: 'phone', headers: ['联系电话', '电话', '手机', '手机号', '手机号码', '电话号码', '联系方式', 'phone'] },
  tier: { type: 'tier', zh: '客户等级', en: 'tier', headers: ['客户等级', '客户类别', '客户级别', '意向等级', '意向级别', '等级', '级别', '类别', 'tier', 'class'] },
  receptionAt: { type: 'datetime', zh: '接待时间', en: 'reception time', headers: ['接待时间', '接待日期', '来店时间', '来店日期', 'reception time', 'reception_datetime'] },
  contactAt: { type: 'datetime', zh: '回访时间', en: 'contact time', headers: ['回访时间', '回访日期', '最近回访时间', '最近回访日期', '跟进时间', '跟进日期', '联系时间', '联系日期', 'contact time', 'contact_datetime'] },
  contactClock: { type: 'clock', zh: '回访时刻', en: 'contact clock time', headers: ['回访时刻', '跟进时刻', '时刻'] },
  channel: { type: 'channel', zh: '回访方式', en: 'channel', headers: ['回访方式', '跟进方式', '联系方式类型', '回访形式', 'channel'] },
  topic: { type: 'text', zh: '回访主题', en: 'topic', headers: ['回访主题', '主题', 'topic'] },
  content: { type: 'text', zh: '回访内容', en: 'content', headers: ['回访内容', '跟进内容', '回访记录', '跟进记录', '沟通内容', 'content'] },
  outcome: { type: 'outcome', zh: '回访结果', en: 'outcome', headers: ['回访结果', '跟进结果', '结果', 'outcome'] },
  performer: { type: 'text', zh: '回访人', en: 'performer', headers: ['回访人', '回访人员', '业务员', '跟进人', '销售顾问', '回访员', 'performer'] },
  callbackType: { type: 'text', zh: '回访类型', en: 'callback type', headers: ['回访类型', '跟进类型', 'callback type'] },
  accountManager: { type: 'text', zh: '客户经理', en: 'account manager', headers: ['理财经理', '客户经理', 'account manager'] },
  signedAt: { type: 'date', zh: '签约日期', en: 'signing date', headers: ['签约日期', '签约时间', 'signing date'] },
  pickupAt: { type: 'datetime', zh: '提车时间', en: 'pickup time', headers: ['提车时间', '提车日期', '交车日期', '交车时间', 'pickup time', 'delivery_datetime'] },
  firstServiceAt: { type: 'date', zh: '首保日期', en: 'first-service date', headers: ['首保日期', '首保时间', '首次保养日期', 'first service date'] },
  birthday: { type: 'date', zh: '生日', en: 'birthday', headers: ['生日', '出生日期', 'birthday'] },
  recordedAt: { type: 'datetime', zh: '录入时间', en: 'recorded at', headers: ['录入时间', '登记日期', '登记时间', '录入日期', 'recorded at'] },
  annualVolume: { type: 'number', zh: '年销量', en: 'annual volume', headers: ['年销量', '年销售量', 'annual volume'] },
  intendedModel: { type: 'text', zh: '意向车型', en: 'intended model', headers: ['意向车型', '意向产品', 'intended model'] },
  openQuestion: { type: 'text', zh: '存在的问题', en: 'open question', headers: ['存在的问题', '存在问题', '客户问题', '遗留问题', 'open question'] },
  resolution: { type: 'text', zh: '处理结果', en: 'resolution', headers: ['处理结果', '处理情况', '答复情况', 'resolution'] },
} as const satisfies Record<string, FieldSpec>;

export type Field = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/**
 * Normalise a header for matching: NFKC, lower case, no spaces, no `*` or `:`, no bracketed hint.
 * @example normalizeHeader(' 回访时间（时:分）* ') // '回访时间'
 */
export function normalizeHeader(text: string): string {
  return stripHints(text.normalize('NFKC').toLowerCase()).replace(/[\s*:：]/g, '');
}

/**
 * Remove bracketed hints. An opening bracket with no closing one after it never matches, but the
 * regex would scan to the end from each one (quadratic: seconds for a cell of 32,767 `（`), so
 * only the text up to the last closing bracket is searched.
 */
function stripHints(s: string): string {
  const last = Math.max(s.lastIndexOf(')'), s.lastIndexOf(']'));
  if (last < 0) return s;
  return s.slice(0, last + 1).replace(/[(\[][^)\]]*[)\]]/g, '') + s.slice(last + 1);
}
