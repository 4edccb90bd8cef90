/** Messages of the as-of errors; time is the lowest folder that raises them. */
import type { MessageTable } from '../errors';

export const TIME_ERRORS = {
  'bad-as-of': {
    zh: '检查时点「{value}」不是有效的日期或时间，应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm（北京时间）。',
    en: 'The as-of moment "{value}" is not a valid date or time; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm (Asia/Shanghai).',
  },
} as const satisfies MessageTable;
