import type { RuleInput } from '../../../profile/schema';

const monthly = Array.from({ length: 12 }, (_, k) => ({ from: k, to: k + 1 }));
// The schedule kind takes at most 24 points: 12 monthly and 12 quarterly ones cover four years.
const quarterly = Array.from({ length: 12 }, (_, q) => ({ from: 12 + 3 * q, to: 15 + 3 * q }));

/** 003-2-5-PROJECT-M-Q: delivered projects get a phone callback monthly in year 1, quarterly afterwards. */
export const rule: RuleInput = {
  id: '003-2-5-PROJECT-M-Q',
  kind: 'schedule',
  title: { zh: '交付项目一年内每月回访、一年以上每季回访', en: 'Delivered projects: a callback each month in year 1, each quarter afterwards' },
  short: { zh: '项目月/季回访', en: 'project M/Q' },
  modality: 'M',
  citation: { file: '003_5a1bbebd8c79da3d.txt', section: '篇二《客户管理制度》五、客户回访制度', lines: 'L56', quote: '一年内项目每月回访一次;一年以上的项目每季回访一次' },
  reading: {
    zh: '从「交付日期」（交付使用）起算：第 k 个月 = (交付日 + k−1 个月, 交付日 + k 个月]，第 1 至 12 个月每月一次成功回访；满一年后每 3 个月一个窗口，以周年日起算。交付当日不计（《民法典》第201条），所以周年日落在第 12 个月的窗口里，比目录推荐的半开区间晚一天开始季度窗口。电话或上门回访都算（见 003-2-5-PHONE）。规则最多列 24 个窗口，所以只查到交付后第 4 年末；项目结束（停用）文件没有说，不检查。',
    en: 'Counted from the delivery date: month k = (delivery + k-1 months, delivery + k months]; months 1-12 each need a successful callback; after the first year, 3-month windows from the anniversary. The delivery day is not counted (Civil Code art. 201), so the anniversary closes month 12, one day later than the catalog\'s half-open windows. Phone or visit both count (see 003-2-5-PHONE). A rule lists at most 24 windows, so checking stops at the end of year 4; decommissioning is not in the document and not checked.',
  },
  params: { anchor: 'deliveredAt', unit: 'months', points: [...monthly, ...quarterly], startsAfter: true, channels: ['phone', 'visit'] },
};
