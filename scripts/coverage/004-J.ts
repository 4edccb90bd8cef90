import type { CoverageEntries } from './types';

/** Catalog IDs of 004-J (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '004-J-5.10-QREC': { title: 'Quality records handled according to the quality-records procedure (not provided)', state: 'not-checkable', reason: { zh: '引用的《質量記錄管理程序》没有提供，不知道要求什么', en: 'refers to a quality-records procedure that is not provided, so its requirements are unknown' } },
};
