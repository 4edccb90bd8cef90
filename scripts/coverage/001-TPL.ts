import type { CoverageEntries } from './types';

/** Catalog IDs of 001-TPL (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '001-TPL-STATUS': { title: '客户状况记录表 template fields', state: 'encoded' },
  '001-TPL-STRENGTHEN': { title: '客户关系强化表 template (relationship reinforcement by our executive level)', state: 'encoded' },
  '001-TPL-EVAL-SCORE': { title: 'Relationship evaluation form: indicators × weights → final score → grade; recommendation improve / maintain / terminate', state: 'encoded' },
};
