import type { RuleInput } from '../../../profile/schema';

// Pure calls, no spread: a browser bundle of another profile drops this rule whole.
const monthly = /* @__PURE__ */ Array.from({ length: 12 }, (_, k) => ({ from: k, to: k + 1 }));
// A rule takes at most 24 windows: 12 monthly and 12 quarterly ones cover four years.
const quarterly = /* @__PURE__ */ Array.from({ length: 12 }, (_, q) => ({ from: 12 + 3 * q, to: 15 + 3 * q }));

/** 003-2-5-PROJECT-M-Q: delivered projects get a phone callback monthly in year 1, quarterly afterwards. */
export const rule: RuleInput = {
  id: '003-2-5-PROJECT-M-Q',
  kind: 'event-window',
  title: { zh: '交付项目一年内每月回访、一年以上每季回访', en: 'Delivered projects: a callback each month in year 1, each quarter afterwards' },
  short: { zh: '项目月/季回访', en: 'project M/Q' },
  modality: 'M',
  citation: { clause: '五、客户回访制度', lines: 'L56', quote: '一年内项目每月回访一次;一年以上的项目每季回访一次' },
  reading: {
    zh: '按目录推荐：从「交付日期」（交付使用）起算，一年内每月一个窗口：第 k 个窗口 = [交付日 + k 个月, 交付日 + k+1 个月)，含起点、不含终点（k = 0…11），交付当天即属第一个月；满一年（周年日）起属“一年以上”，每 3 个月一个窗口 [周年日 + 3q 个月, 周年日 + 3q+3 个月)，周年日本身是第一个季度窗口的第一天（§16 A5：周年日归后一阶段）。月份按日历月相加，月末没有对应日的取该月最后一天。每个窗口至少一次成功回访；电话或上门回访都算（见 003-2-5-PHONE）。规则最多列 24 个窗口，所以只查到交付后第 4 年末；项目结束（停用）文件没有说，台账也没有这一列，不检查。',
    en: 'As the catalog recommends: counted from the delivery date (交付使用), one window a month in the first year: window k = [delivery + k months, delivery + k+1 months), start inclusive, end exclusive (k = 0..11), so the delivery day itself is in month 1; from the first anniversary the project is "over one year" and gets 3-month windows [anniversary + 3q months, anniversary + 3q+3 months); the anniversary is the first day of the first quarterly window (§16 A5: it belongs to the later regime). Months are calendar months, a missing day clamped to the month\'s last. Each window needs a successful callback; phone or visit both count (see 003-2-5-PHONE). A rule lists at most 24 windows, so checking stops at the end of year 4; the project\'s end (decommissioning) is not in the document and has no column, so it is not checked.',
  },
  params: { anchor: 'deliveredAt', unit: 'months', windows: /* @__PURE__ */ monthly.concat(quarterly), endsBefore: true, channels: ['phone', 'visit'], opens: true },
};
