import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

const noStatus = header.filter((h) => h !== '處理狀態');

ruleTester('004-J-5.8.1-COMPLAINT', {
  profile: '004-J',
  header,
  valid: [
    { name: 'complaint marked 處理完畢 and confirmed by the customer', rows: [row('客戶投訴', '2025-10-02 10:00', { channel: '傳真', form: 'TS-2510-01', improvement: '增加出貨前全檢', status: '處理完畢', confirmed: '2025-10-08' })], asOf: '2025-10-15' },
    { name: 'a complaint still being handled needs no confirmation yet, even with its corrective action filled', rows: [row('客戶投訴', '2025-10-13 10:00', { form: 'TS-2510-02', improvement: '更換供應商', status: '處理中' })], asOf: '2025-10-15' },
    { name: '未處理完畢 is not completed', rows: [row('退貨', '2025-10-13 10:00', { form: 'TS-2510-04', status: '未處理完畢' })], asOf: '2025-10-15' },
    { name: 'a complaint with a blank status is not marked completed', rows: [row('客戶抱怨', '2025-10-13 10:00', { form: 'TS-2510-05' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'return marked 處理完畢 without any improvement written, never confirmed by the customer',
      rows: [row('退貨', '2025-10-02 10:00', { form: 'TS-2510-03', status: '處理完畢' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '客戶確認日期', row: 2 }],
    },
    {
      name: '結案 in simplified and traditional wording alike',
      rows: [row('客户投诉', '2025-10-02 10:00', { form: 'TS-2510-06', status: '已结案' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '客戶確認日期', row: 2 }],
    },
    {
      name: 'no 處理狀態 column: which complaints are completed cannot be told, indeterminate once, named as the form names it',
      header: noStatus,
      rows: [row('客戶投訴', '2025-10-02 10:00', { form: 'TS-2510-07', improvement: '增加出貨前全檢' }).slice(0, noStatus.length)],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', column: '處理狀態', row: null, messageId: 'missing-column' }],
    },
    {
      name: 'no 客戶確認日期 column: indeterminate, named in traditional script',
      header: header.filter((h) => h !== '客戶確認日期'),
      rows: [row('客戶投訴', '2025-10-02 10:00', { form: 'TS-2510-08', status: '處理完畢' }).filter((_, k) => header[k] !== '客戶確認日期')],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', column: '客戶確認日期', row: null, messageId: 'missing-column' }],
    },
  ],
});
