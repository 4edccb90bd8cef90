import { ruleTester } from '../../../testing/rule-tester';

const header = ['用户编号', '购买日期', '回访日期', '回访方式', '客服人员', '回访情况'];

ruleTester('001-3a-5.6-TRACK-CARD', {
  profile: '001-3a',
  header,
  valid: [{ name: 'who and what recorded', rows: [['U01', '2025-03-01', '2025-03-10', '电话', '林芳', '客户已习惯操作']], asOf: '2025-10-15' }],
  invalid: [
    { name: 'nothing recorded for a call', rows: [['U07', '2025-09-25', '2025-09-28', '电话', '林芳', null]], asOf: '2025-10-15', findings: [{ status: 'violation', column: '回访情况' }] },
    { name: 'an unreadable date is invalid under this clause', rows: [['U07', '九月底', '2025-09-28', '电话', '林芳', '好']], asOf: '2025-10-15', findings: [{ status: 'invalid', column: '购买日期' }] },
  ],
});
