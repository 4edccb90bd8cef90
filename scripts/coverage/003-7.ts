import type { CoverageEntries } from './types';

/** Catalog IDs of 003-7 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '003-7-1.3-NEW-FILE': { title: 'Every new customer gets a file (客户档案户头)', state: 'not-checkable',
    reason: {
      zh: '台账里客户的行就是它的档案；只在合同、报销单等其他记录里出现而没有建档的客户，要把两张表放在一起才看得出，一张台账看不到。备案本身由 003-7-1.4-REG-5WD 检查。',
      en: 'In a ledger a customer\'s rows are its file; a customer that appears only in other records (contracts, expense claims) without a file shows only when both are compared, which one sheet cannot do. Registration itself is 003-7-1.4-REG-5WD.',
    },
  },
  '003-7-1.3-CHANGES': { title: 'Major changes on the customer\'s side, and major matters between the company and the customer, entered in the file', state: 'not-checkable',
    reason: {
      zh: '没录入档案的变动在台账里不留痕迹；已录入的变动是否按时反馈由 003-7-1.4-CHG-5WD 检查。"重大"也没有标准。',
      en: 'A change never entered leaves no trace in the ledger; whether entered changes were reported in time is 003-7-1.4-CHG-5WD. "Major" has no criteria either.',
    },
  },
  '003-7-1.6.2-CORRESP': { title: 'All letters, faxes and long-distance calls with customers recorded and integrated into the customer file', state: 'not-checkable',
    reason: {
      zh: '没记录的信函、传真、长途电话在台账里看不到；已记录的每行都要有客户编号或名称，缺了会报为无效单元格。',
      en: 'Letters, faxes and calls never recorded cannot be seen in a ledger; every recorded row needs a customer number or name, and a missing one is already reported as an invalid cell.',
    },
  },
  '003-7-1.7-RESULTS-TO-DEPT': { title: 'Periodic callbacks and satisfaction surveys are a basis for the business departments\' assessment; departments provide name lists for company-wide customer-appreciation events', state: 'not-checkable',
    reason: {
      zh: '回访和满意度结果作为部门考核依据、各部门为答谢活动报名单，都是考核和活动组织的事，台账里没有考核结果和名单提交记录。',
      en: 'Using survey results in departmental assessment and departments sending name lists for appreciation events belong to HR and event planning; the ledger holds neither assessments nor list submissions.',
    },
  },
  '003-7-1.7-CATEGORY-PLANS': { title: 'Category-specific visit and maintenance plans must exist for each customer category', state: 'not-checkable',
    reason: {
      zh: '各类客户的拜访及维护方案是市场推广部的计划文件，不是台账行；方案给出的联系频率写进台账后由 003-7-1.7-PERIODIC 检查。',
      en: 'The visit and maintenance plans per category are 市场推广部 planning documents, not ledger rows; a contact frequency they set, once written on the customer\'s row, is checked by 003-7-1.7-PERIODIC.',
    },
  },
};
