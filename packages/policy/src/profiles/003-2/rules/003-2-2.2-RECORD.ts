import type { RuleInput } from '../../../profile/schema';

/** 003-2-2.2-RECORD: the first responder records the service, issue or request. */
export const rule: RuleInput = {
  id: '003-2-2.2-RECORD',
  kind: 'first-responder',
  title: { zh: '首问人须认真记录办理的服务、反映的问题或要求', en: 'First responder records the service, issue or request' },
  short: { zh: '来询记录', en: 'inquiry recorded' },
  modality: 'M',
  citation: { clause: '二、首问制和专人负责制 第2条', lines: 'L34', quote: '对办理的服务、反映的问题或要求要认真做好记录' },
  reading: {
    zh: '每次来询（有来询时间的行）须填写「来询内容」（问题描述）。"认真"无法判断，只查有没有写。任何员工接到客户电话"将问题详细记录下来"（第7条）也由本条检查。',
    en: 'Each inquiry (a row with an inquiry time) fills in what was asked (来询内容/问题描述). "Carefully" cannot be judged; only its presence is checked. Article 7\'s "any employee records the details" is checked here too.',
  },
  params: { check: 'recorded', field: 'inquiryContent' },
};
