/**
 * Parameter schemas of the rule kinds. Every number a profile sets is checked here, so a custom
 * profile with a wrong type or an unknown key is rejected as a whole.
 */
import { z } from 'zod';
import { channelSchema, fieldSchema, ordered, severitySchema } from '../rule/common';
import { recordFilterSchema } from '../rule/record-filter';
import { FIELDS } from '../ledger/fields';

export const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

/** Clock windows (quiet hours, call windows) may wrap midnight (21:00-08:00) but not be empty. */
const clockWindowsSchema = z
  .array(z.strictObject({ from: clock, to: clock }))
  .min(1)
  .max(10)
  .superRefine((windows, ctx) => {
    windows.forEach((w, k) => {
      if (w.from === w.to) ctx.addIssue({ code: 'custom', path: [k, 'to'], input: w.to, message: `to is the same time as from (${w.from}): the window is empty; a whole day is 00:00-23:59` });
    });
  });

/** A refinement refusing a range from a field to the same field (a deadline from inquiryAt to inquiryAt is always met). */
function distinctFields<K extends string>(start: K, end: K) {
  return (value: { [k in K]: string }, ctx: z.RefinementCtx): void => {
    if (value[start] === value[end]) ctx.addIssue({ code: 'custom', path: [end], input: value[end], message: `${end} is the same field as ${start}: the range between them is always empty` });
  };
}

/** A contact must happen in a window relative to an anchor event (reception, pickup, 首保...). */
export const eventWindowParams = z.strictObject({
  anchor: fieldSchema,
  /** minutes: clock time; days: calendar dates; workdays: the working-day calendar. */
  unit: z.enum(['minutes', 'days', 'workdays']),
  /** Window start and end, inclusive, relative to the anchor (negative = before it). */
  from: z.number().int().min(-100000).max(100000),
  to: z.number().int().min(-100000).max(100000),
  /** Only contacts by these channels count. */
  channels: z.array(channelSchema).max(10).optional(),
  /** A documented attempt (not reached) satisfies the rule (rules about starting, 开展). */
  attemptsCount: z.boolean().default(false),
  /** How to treat a contact after the anchor but before the window opens. */
  early: z.enum(['ignore', 'warning']).default('ignore'),
  /** Severity of a contact that came after the window closed. */
  lateSeverity: severitySchema.optional(),
  /** When the ledger has a callback-type column, only these types count. */
  callbackTypes: z.array(z.string().max(50)).max(20).optional(),
  /**
   * A window before its anchor opens no earlier than just after the customer's previous anchor:
   * each shipment needs its own reconfirmation (出貨前再確認), one made before an earlier shipment
   * is that one's. @example true
   */
  sincePrevious: z.boolean().default(false),
}).superRefine(ordered('from', 'to', 'the window is inverted (every contact would be early or late)'));
export type EventWindowParams = z.infer<typeof eventWindowParams>;

/** Within an event window, contacts by a forbidden channel are violations when no allowed one exists. */
export const eventChannelParams = z.strictObject({
  anchor: fieldSchema,
  unit: z.enum(['minutes', 'days', 'workdays']),
  from: z.number().int().min(-100000).max(100000),
  to: z.number().int().min(-100000).max(100000),
  allowed: z.array(channelSchema).min(1).max(10),
}).superRefine(ordered('from', 'to', 'the window is inverted'));
export type EventChannelParams = z.infer<typeof eventChannelParams>;

/**
 * Which contacts count by the department of whoever made them (a 回访部门 column): a technical
 * department's visit does not keep a salesperson's cadence, and the other way round. Words match
 * when the cell contains them. `include` needs the column (indeterminate without it); `exclude`
 * drops matching contacts and keeps all when the column is absent.
 * @example { include: ['技术'] } // only the technical department's contacts
 * @example { exclude: ['技术'] } // everyone's but the technical department's
 */
export const departmentFilterSchema = z
  .strictObject({
    include: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
    exclude: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  })
  .refine((d) => !(d.include && d.exclude), 'either include or exclude, not both');
export type DepartmentFilter = z.infer<typeof departmentFilterSchema>;

/** "every N days": the gap between consecutive qualifying contacts of a tier is at most N days. */
export const gapCadenceParams = z.strictObject({
  tier: z.string().min(1).max(10),
  maxGapDays: z.number().int().min(1).max(3660),
  /** Where the clock starts for a customer never contacted (e.g. the reception date). */
  anchorFallback: fieldSchema.optional(),
  /** Only contacts by these departments count (a salesperson's cadence ignores the technical department's visits). */
  departments: departmentFilterSchema.optional(),
});
export type GapCadenceParams = z.infer<typeof gapCadenceParams>;

/** "at least k per week / month / two months", counted on distinct days per calendar period. */
export const countPerPeriodParams = z.strictObject({
  /** The tier the count applies to; absent: every customer the rule's `when` selects. */
  tier: z.string().min(1).max(10).optional(),
  /** ISO week, calendar month, two-month block, half-year (Jan-Jun, Jul-Dec) or calendar year. */
  period: z.enum(['week', 'month', 'bimonth', 'halfyear', 'year']),
  min: z.number().int().min(1).max(100),
  distinctDays: z.boolean().default(true),
  /** Without a tier: the obligation starts at the customer's earliest date in this field (签约日期); default the first record. */
  startField: fieldSchema.optional(),
  /** Without a tier: the obligation ends at the customer's earliest date in this field (解约日期); periods after it owe nothing. */
  endField: fieldSchema.optional(),
  /** When the ledger has a callback-type column, only these types count. @example ['持续'] */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /**
   * Each group of words needs `min` on its own (a New-Year gift and a needs survey), instead of
   * `callbackTypes`; a contact counts for a group when its callback type or its content mentions
   * one of the group's words. @example [['新年礼物'], ['需求']]
   */
  eachOf: z.array(z.array(z.string().min(1).max(50)).min(1).max(20)).min(1).max(10).optional(),
  /** Only contacts in these calendar months count (每年12月). @example [12] */
  months: z.array(z.number().int().min(1).max(12)).min(1).max(12).optional(),
  /** Week: the first partial week is exempt when the customer entered the tier after this ISO weekday. */
  exemptFirstWeekAfterWeekday: z.number().int().min(1).max(7).optional(),
  /** Month and longer: in the first partial period with fewer days left than this, `proratedMin` is enough. */
  prorateBelowDays: z.number().int().min(1).max(366).optional(),
  proratedMin: z.number().int().min(0).max(100).optional(),
}).superRefine(ordered('proratedMin', 'min', 'a partial period would owe more than a full one'));
export type CountPerPeriodParams = z.infer<typeof countPerPeriodParams>;

/** A time field must carry hour and minute. */
export const timePrecisionParams = z.strictObject({ field: fieldSchema });
export type TimePrecisionParams = z.infer<typeof timePrecisionParams>;

/**
 * Fields that must be filled, per customer (on any of its rows), on every contact row (a row with
 * a contact time), or on every row the filter selects whether dated or not (`row`: each measure of
 * a form needs its own person and schedule).
 */
export const requiredFieldsParams = z.strictObject({
  scope: z.enum(['customer', 'contact', 'row']),
  fields: z
    .array(
      z.strictObject({
        field: fieldSchema,
        minLength: z.number().int().min(1).max(10000).optional(),
        /** Only records where this also holds need this field (the outcome of a phone call). */
        only: recordFilterSchema.optional(),
        /**
         * A filled cell containing one of these words does not count (必须是文件或文字的,否则无效:
         * 口头 is no written report), unless it also contains one of `unless` (口头并书面上报).
         */
        invalidWords: z.array(z.string().min(1).max(20)).min(1).max(30).optional(),
        unless: z.array(z.string().min(1).max(20)).max(30).optional(),
      }),
    )
    .min(1)
    .max(30),
});
export type RequiredFieldsParams = z.infer<typeof requiredFieldsParams>;

/** Calls in quiet hours (rest time) are flagged. */
export const quietHoursParams = z.strictObject({
  windows: clockWindowsSchema,
  channels: z.array(channelSchema).min(1).max(10),
});
export type QuietHoursParams = z.infer<typeof quietHoursParams>;

/** An open question recorded at a contact is answered by the next qualifying contact at the latest. */
export const openQuestionParams = z.strictObject({});
export type OpenQuestionParams = z.infer<typeof openQuestionParams>;

/** What counts as a successful (qualifying) contact for every cadence and deadline of a profile. */
export const qualifyingContactParams = z.strictObject({
  /** The customer must have been reached (two-way). */
  requireReached: z.boolean().default(true),
  /** A blank outcome cell on a call or visit is read as reached (clerks often leave 结果 empty). */
  blankOutcomeIsReached: z.boolean().default(true),
  /** The content must be recorded. */
  requireContent: z.boolean().default(true),
  /** When the ledger has a topic column, the topic must be recorded too. */
  requireTopic: z.boolean().default(true),
  /** Text channels (SMS, WeChat, e-mail, QQ) count only with an explicit reply (outcome reached). */
  textNeedsReply: z.boolean().default(true),
  /** Callback types that never count (one-way information callbacks). */
  excludedTypes: z.array(z.string().max(50)).max(50).default([]),
});
export type QualifyingContactParams = z.infer<typeof qualifyingContactParams>;


/**
 * Per calendar period, at least `min` qualifying contacts by each group of channels (每月上门回访
 * 不得低于一次,电话、微信沟通不低于2次). The first, partial period of a customer is not counted.
 * @example { tier: 'M', period: 'month', groups: [{ channels: ['visit'], min: 1 }, { channels: ['phone', 'wechat'], min: 2 }] }
 */
export const channelCountParams = z.strictObject({
  /** The tier it applies to; absent: every customer the rule's `when` selects. */
  tier: z.string().min(1).max(10).optional(),
  period: z.enum(['week', 'month']),
  groups: z
    .array(z.strictObject({ channels: z.array(channelSchema).min(1).max(10), min: z.number().int().min(1).max(100) }))
    .min(1)
    .max(5),
});
export type ChannelCountParams = z.infer<typeof channelCountParams>;

/**
 * A later field of a record must be filled within a window after an earlier field of the same
 * record: recordedAt within 48 h of receivedAt, responseAt within 24 h of inquiryAt, registeredAt
 * within 5 working days of the first contact.
 * @example { from: 'inquiryAt', to: 'responseAt', unit: 'hours', within: 24 }
 * @example { from: 'contactAt', to: 'registeredAt', unit: 'workdays', within: 5, scope: 'customer' }
 */
export const timeFieldSchema = fieldSchema.refine((f) => FIELDS[f].type === 'date' || FIELDS[f].type === 'datetime', 'a date or date-time field (contactAt, recordedAt ...)');

export const fieldDeadlineParams = z.strictObject({
  /** The earlier field, where the clock starts. @example 'inquiryAt' */
  from: timeFieldSchema,
  /** The later field that must be filled in time. @example 'responseAt' */
  to: timeFieldSchema,
  /**
   * minutes / hours: clock time from the exact minute (both cells need hour and minute, else
   * indeterminate); days: calendar dates (the start day not counted); workdays: the working-day
   * calendar (indeterminate outside its known years). @example 'hours'
   */
  unit: z.enum(['minutes', 'hours', 'days', 'workdays']),
  /**
   * The window length, inclusive (不得超过 24 小时 = 24). null when the document gives no number
   * (及时, 第一时间): the rule then reports not-configured. @example 48
   */
  within: z.number().int().min(0).max(100000).nullable(),
  /**
   * record: each record on its own (default). customer: once per customer, from the customer's
   * earliest `from` to the earliest `to` on any of its rows (first contact -> registration).
   * @example 'customer'
   */
  scope: z.enum(['record', 'customer']).default('record'),
  /** Severity of a late fill (default: the rule's breach severity). @example 'warning' */
  lateSeverity: severitySchema.optional(),
}).superRefine(distinctFields('from', 'to'));
export type FieldDeadlineParams = z.infer<typeof fieldDeadlineParams>;

/**
 * Contacts due at fixed points after an anchor date (purchase, delivery, installation, repair):
 * one qualifying contact in each point's window. Months add calendar months, clamped to the
 * month's last day (catalog §0.5-2).
 * @example { anchor: 'purchaseAt', unit: 'months', points: [{ from: 0, to: 1 }, { from: 2, to: 3 }, { from: 5, to: 6 }], startsAfter: true }
 * @example { anchor: 'repairAt', unit: 'days', points: [{ from: 1, to: 5 }] }
 */
export const scheduleParams = z.strictObject({
  /** The date the points are counted from. @example 'purchaseAt' */
  anchor: fieldSchema,
  /** Used for a customer with no anchor date (购车 falling back to 交车). @example 'pickupAt' */
  anchorFallback: fieldSchema.optional(),
  /** days: calendar dates; workdays: the working-day calendar; months: calendar months. @example 'months' */
  unit: z.enum(['days', 'workdays', 'months']),
  /** Each point's window start and end, inclusive, in `unit` after the anchor. */
  points: z
    .array(
      z.strictObject({
        from: z.number().int().min(0).max(1200),
        to: z.number().int().min(0).max(1200),
        /** Months only: days added to the window's end (使用1个月后: [U + 1 month, U + 1 month + 14 days]). @example 14 */
        plusDays: z.number().int().min(0).max(366).optional(),
      }).superRefine(ordered('from', 'to', 'the window is inverted')),
    )
    .min(1)
    .max(24),
  /** The window opens the day after its `from` point: 第k月 = (P + (k-1) months, P + k months]. @example true */
  startsAfter: z.boolean().default(false),
  /**
   * The window closes the day before its `to` point: [P + from, P + to), start inclusive, end
   * exclusive, so the point `to` opens the next window (一年内每月 / 一年以上每季: the first
   * anniversary is the first quarterly day). @example true
   */
  endsBefore: z.boolean().default(false),
  /**
   * Months only: a window ends with the calendar month its `to` falls in (repairs of month m called
   * back by the end of month m + 1). @example true
   */
  toMonthEnd: z.boolean().default(false),
  /** Only contacts by these channels count. @example ['phone'] */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /** When the ledger has a callback-type column, only these types count. @example ['维修回访'] */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /** A contact after the anchor but before the window opens is a warning (too early to judge). */
  early: z.enum(['ignore', 'warning']).default('ignore'),
  /** Severity of a contact after the window closed (default: the rule's breach severity). */
  lateSeverity: severitySchema.optional(),
});
export type ScheduleParams = z.infer<typeof scheduleParams>;

/**
 * A recurring cadence inside a phase between two dates of the customer: monthly from delivery
 * until the warranty ends (`grid`: one contact in each period counted from the phase start), or
 * every 3 months after it (`gap`: consecutive contacts at most `every` apart, the clock starting
 * at the phase start). Which customers it applies to is the rule's `when`.
 * @example { mode: 'grid', every: 1, unit: 'months', from: 'pickupAt', until: 'warrantyEndAt' }
 * @example { mode: 'gap', every: 3, unit: 'months', from: 'warrantyEndAt' }
 */
export const phaseCadenceParams = z.strictObject({
  mode: z.enum(['grid', 'gap']),
  /** The period length. @example 3 */
  every: z.number().int().min(1).max(3660),
  unit: z.enum(['days', 'months']),
  /**
   * Where the phase starts (its earliest date on the customer's rows). Absent: the phase starts at
   * the customer's first qualifying contact (gap mode only). @example 'pickupAt'
   */
  from: fieldSchema.optional(),
  /** Where the phase ends (its latest date on the customer's rows); absent: open-ended. @example 'warrantyEndAt' */
  until: fieldSchema.optional(),
  /** Only contacts by these departments count. @example { include: ['技术'] } */
  departments: departmentFilterSchema.optional(),
  /** Only contacts by these channels count (a blank channel is not proof of another). @example ['phone'] */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /**
   * When the ledger has a callback-type column, only contacts of these types count (a blank type
   * is not proof of another). @example ['持续']
   */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /**
   * Gap mode: completed contacts of these types (the type written out) also start the clock, without
   * meeting the cadence themselves: 持续回访 due 12 months after the 新签约 callback. A start contact
   * after the due date does not move it (the cadence was missed). @example ['新签约']
   */
  startTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /** A ledger without the `until` column is open-ended rather than unable to run (解约日期 kept only when clients leave). */
  untilOptional: z.boolean().default(false),
});
export type PhaseCadenceParams = z.infer<typeof phaseCadenceParams>;

/**
 * Calls must start inside allowed time-of-day windows (一般是工作日上午10:00-11:00,下午14:00-16:00),
 * on working days of the profile's calendar (调休 make-up days are working days).
 * @example { windows: [{ from: '10:00', to: '11:00' }, { from: '14:00', to: '16:00' }], channels: ['phone'] }
 */
export const callWindowParams = z.strictObject({
  windows: clockWindowsSchema,
  /** Only contacts by these channels are checked; absent: every channel. @example ['phone'] */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /** The day must also be a working day (a year the calendar lacks gives indeterminate). */
  workdaysOnly: z.boolean().default(true),
  /** A call starting on a window's last minute is inside (10:00-11:00 includes 11:00). */
  endInclusive: z.boolean().default(true),
});
export type CallWindowParams = z.infer<typeof callWindowParams>;

/**
 * Two text fields of a record must not hold the same person or unit (conflict of interest: the
 * callback performer is not the customer's own financial manager). Compared after normalising
 * (NFKC, case, spaces).
 * @example { field: 'performer', mustDifferFrom: 'accountManager' }
 */
export const fieldsDifferParams = z.strictObject({
  field: fieldSchema,
  mustDifferFrom: fieldSchema,
  /** A blank `mustDifferFrom` cell takes the customer's value from its other rows (the manager is often written once). */
  carry: z.boolean().default(true),
});
export type FieldsDifferParams = z.infer<typeof fieldsDifferParams>;

/**
 * A number field must be at least `min` where it is filled (ring 20 seconds before hanging up).
 * @example { field: 'ringSeconds', min: 20, outcome: 'not-reached', exemptWords: ['占线', '关机'] }
 */
export const minValueParams = z.strictObject({
  field: fieldSchema,
  min: z.number().min(-1e9).max(1e9),
  /** Only records with this outcome are checked. @example 'not-reached' */
  outcome: z.enum(['any', 'reached', 'not-reached']).default('any'),
  /** Outcome words that exempt a record (占线: the line ended the call, not the caller). */
  exemptWords: z.array(z.string().min(1).max(20)).max(30).default([]),
});
export type MinValueParams = z.infer<typeof minValueParams>;

/**
 * A customer whose responsible person left (a leave date on its rows) is handed over to a
 * successor within a period of the leave date; still with the departed owner afterwards is overdue.
 * @example { leftAt: 'ownerLeftAt', handedOverAt: 'handedOverAt', successor: 'successor', unit: 'workdays', within: 5 }
 */
export const handoverParams = z.strictObject({
  /** The owner's leave date. @example 'ownerLeftAt' */
  leftAt: fieldSchema,
  /** The handover date. @example 'handedOverAt' */
  handedOverAt: fieldSchema,
  /** The new owner: where the column exists, a handover row must name one. @example 'successor' */
  successor: fieldSchema.optional(),
  /** days: calendar dates; workdays: the working-day calendar. Start day not counted. */
  unit: z.enum(['days', 'workdays']),
  /** Period length, inclusive; null when the document gives no number (及时, 迅速): not-configured. @example 5 */
  within: z.number().int().min(0).max(3650).nullable(),
});
export type HandoverParams = z.infer<typeof handoverParams>;

/** A period: every n days, weeks, months or years (months by calendar, clamped to the month's end). */
export const frequencySchema = z.strictObject({ every: z.number().int().min(1).max(3660), unit: z.enum(['day', 'week', 'month', 'year']) });
export type Frequency = z.infer<typeof frequencySchema>;
/** `min` contacts (on distinct days) in each calendar period: 每月一次 = { per: 'month', min: 1 } (catalog §16 A2). */
export const periodCountSchema = z.strictObject({ per: z.enum(['week', 'month', 'quarter', 'halfyear', 'year']), min: z.number().int().min(1).max(100) });
export type PeriodCount = z.infer<typeof periodCountSchema>;

/**
 * Contacts keep a frequency: the one declared in the customer's own row (联系频率 "每月一次"), else
 * `fallback` for the whole profile. `fallback: null` is a period the document leaves open (定期):
 * customers without a declared one are then reported not-configured. Absent: they are skipped.
 */
export const declaredCadenceParams = z.strictObject({
  /** The text column holding the declared frequency. @example 'contactFrequency' */
  field: fieldSchema.optional(),
  /** A gap ({ every: 10, unit: 'day' }) or a count per calendar period ({ per: 'month', min: 1 }); null: not configured. */
  fallback: z.union([frequencySchema, periodCountSchema]).nullable().optional(),
  /**
   * A declared 每周/每月/每季度/每半年/每年 (K次), one period without 隔, is K contacts in each
   * calendar week/month/quarter/half-year/year (catalog §16 A2: a period and a count), not a gap;
   * 每隔N天, N天一次, 每两周 stay gaps. Off: every declared frequency is a gap.
   */
  calendarPeriods: z.boolean().default(false),
  /** Where the clock starts for a customer never contacted. @example 'recordedAt' */
  startField: fieldSchema.optional(),
  /** Only customers without a declared frequency (another rule checks the declared ones). */
  fallbackOnly: z.boolean().default(false),
});
export type DeclaredCadenceParams = z.infer<typeof declaredCadenceParams>;

/** Contacts (of the selected kinds) use only the allowed channels: "order queries are clarified by telephone". */
export const contactChannelParams = z.strictObject({
  allowed: z.array(channelSchema).min(1).max(10),
  /**
   * Channels that may carry files alongside the allowed ones (QQ和微信配合发送文件和资料): a row on
   * them whose content (or callback type) names files or materials is no callback and passes; any
   * other row on them is a callback by the wrong channel; one with no content cannot be told.
   * @example { channels: ['wechat', 'qq'], words: ['文件', '资料', '报价'] }
   */
  carriers: z
    .strictObject({
      channels: z.array(channelSchema).min(1).max(10),
      words: z.array(z.string().min(1).max(20)).min(1).max(50),
    })
    .optional(),
});
export type ContactChannelParams = z.infer<typeof contactChannelParams>;

/** An event is arranged at least N days before it happens: "提前5天进行预约申请" (inclusive: D-5 passes). */
export const leadTimeParams = z.strictObject({
  /** When it was booked or applied for. @example 'bookedAt' */
  arranged: timeFieldSchema,
  /** When it happens. @example 'contactAt' */
  event: timeFieldSchema,
  minDays: z.number().int().min(1).max(3660),
  unit: z.enum(['days', 'workdays']).default('days'),
}).superRefine(distinctFields('arranged', 'event'));
export type LeadTimeParams = z.infer<typeof leadTimeParams>;

/**
 * Per tier, a cap on a number per customer (gift value 「Xx元以下」, inclusive) and a quota of
 * customers with a value (「X位以内」). null: the document leaves it blank (not-configured).
 */
export const valueCapParams = z.strictObject({
  /** The number column. @example 'giftValue' */
  field: fieldSchema,
  limits: z
    .array(z.strictObject({ tier: z.string().min(1).max(10), max: z.number().nonnegative().max(1e12).nullable(), quota: z.number().int().min(0).max(1e6).nullable() }))
    .min(1)
    .max(20),
  /** record: each row on its own; customer: the customer's rows summed. */
  per: z.enum(['record', 'customer']).default('customer'),
});
export type ValueCapParams = z.infer<typeof valueCapParams>;

/**
 * On the selected records, a text field names one of the allowed values: contract matters are
 * handled by 技术部 ("合同及其执行中出现的问题与顾客沟通的归口管理" by 技术部). A blank cell is
 * left to required-fields.
 * @example { field: 'performerDept', allowed: ['技术部', '技术业务部'], only: { callbackTypes: ['合同'] } }
 */
export const allowedValuesParams = z.strictObject({
  /** The text field to check. @example 'performerDept' */
  field: fieldSchema,
  /** The cell must contain one of these words. @example ['技术部'] */
  allowed: z.array(z.string().min(1).max(50)).min(1).max(20),
});
export type AllowedValuesParams = z.infer<typeof allowedValuesParams>;

/** Two text fields of a record must agree: goods are sold in the region they were shipped to. */
export const fieldsMatchParams = z.strictObject({
  field: fieldSchema,
  mustMatch: fieldSchema,
});
export type FieldsMatchParams = z.infer<typeof fieldsMatchParams>;

/**
 * A ratio of two numbers on a record reaches a percentage: collections at least p% of the sales
 * target (「回款达到销售指标的---%以上」, inclusive). null: the document leaves p blank.
 */
export const minRatioParams = z.strictObject({
  numerator: fieldSchema,
  denominator: fieldSchema,
  minPercent: z.number().min(0).max(100000).nullable(),
});
export type MinRatioParams = z.infer<typeof minRatioParams>;
