import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '录音销毁日期'];

ruleTester('000-3-6.1-AUDIO-3Y', {
  profile: '000-3',
  header,
  valid: [
    { name: 'a recording destroyed after three years', rows: [cb({ signed: '2022-02-01', at: '2022-02-28 10:30' }, '2025-03-01')], asOf: '2025-10-15' },
    { name: 'an SMS has no recording to keep', rows: [cb({ channel: '短信', recording: null, outcome: '已回复' }, '2025-03-06')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'a recording erased after a year', rows: [cb({ at: '2024-03-05 10:30' }, '2025-03-05')], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, messageId: 'destroyed-early' }] },
  ],
});
