import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.4-DEALER-TIER: a dealer's recorded grade matches its annual volume. */
export const rule: RuleInput = {
  id: '002-2-1.4-DEALER-TIER',
  kind: 'tier-basis',
  title: { zh: '经销商按年销量分级：100台以上A级、50-100台B级、10-50台C级、10台以下散户', en: 'Dealer grade by annual volume: A ≥100, B 50-100, C 10-50, scattered <10' },
  short: { zh: '等级与年销量', en: 'grade vs volume' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.4', lines: 'L23-25', quote: '年销量在100台以上的客户定义为A级客户' },
  reading: {
    zh: '原文区间首尾重叠（100 既在"100台以上"又在"50-100台之间"）。按目录推荐取下限含、高一级优先：A ≥ 100，B 50-99，C 10-49，D（随机散户）0-9；与"10台以下"的字面只在 10 台处不同，从严归 C。台账有等级时以台账为准（公司统一分类），与年销量不符的报警告；没有等级列或等级空白时按年销量推定等级，供各级回访频率使用。',
    en: 'The text\'s ranges overlap at their ends (100 is both "100台以上" and "50-100台之间"). Following the catalog, lower bounds are inclusive and the higher grade takes the boundary: A ≥ 100, B 50-99, C 10-49, D (scattered) 0-9; this differs from the literal "10台以下" only at 10, which goes to C (more callbacks). A recorded grade is authoritative (the company classifies), and one that contradicts the volume is a warning; without a grade column, or with a blank grade, the grade is derived from the volume for the cadence rules.',
  },
  severity: 'warning',
  params: {},
};
