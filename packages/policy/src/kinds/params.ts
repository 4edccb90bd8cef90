/**
 * Parameter schemas of the rule kinds. Every number a profile sets is checked here, so a custom
 * profile with a wrong type or an unknown key is rejected as a whole.
 */
import { z } from 'zod';
import { channelSchema, fieldSchema, ordered, severitySchema } from '../rule/common';
import { recordFilterSchema } from '../rule/record-filter';
import { FIELDS } from '../ledger/fields';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

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
 * Reports due on fixed days: given days of each month (a day the month lacks, such as the 30th in
 * February, falls on the month's last day) or one weekday each week. Each due report must have been
 * submitted (reportedAt) by the end of its due day; one finding per missed or late due date.
 * @example { due: { every: 'month', days: [10, 20, 30] } } // 10号、20号、30号
 * @example { due: { every: 'week', weekday: 5 } } // every Friday
 */
export const reportScheduleParams = z.strictObject({
  due: z.discriminatedUnion('every', [
    z.strictObject({ every: z.literal('month'), days: z.array(z.number().int().min(1).max(31)).min(1).max(31) }),
    z.strictObject({ every: z.literal('week'), weekday: z.number().int().min(1).max(7) }),
  ]),
  /**
   * true: every submitter (报送人, else 回访人/业务员) owes each report; false: one report for the
   * whole ledger. @example true
   */
  perSubmitter: z.boolean().default(true),
  /** The date of an entry (a report sent, a spot-check call made). @example 'auditedAt' */
  entry: fieldSchema.default('reportedAt'),
  /**
   * Entries each cycle needs. Above 1 (三个电话抽查), entries count in the cycle they fall in and a
   * short cycle is one finding; late entries do not fill earlier cycles. @example 3
   */
  min: z.number().int().min(1).max(100).default(1),
  /**
   * Days after a cycle's last day by which its report is due: a calendar month reported by the 5th
   * of the next (每月底 → 次月5日前: 5). Reports sent in those days belong to the cycle. @example 5
   */
  graceDays: z.number().int().min(0).max(60).default(0),
  /**
   * Who owes each report: the first of these columns the ledger has (with `headerWords`, only a
   * column whose header contains one of them: 经销商名称 names distributors, 客户名称 need not).
   * Without any, the rule cannot tell one submitter's report from another's: indeterminate, never
   * one report standing for everyone. Absent: 报送人, else 回访人/业务员, else the whole ledger.
   * @example { fields: ['submitter', 'customerName', 'customerId'], headerWords: ['经销商', '报送'] }
   */
  by: z
    .strictObject({
      fields: z.array(fieldSchema).min(1).max(5),
      headerWords: z.array(z.string().min(1).max(20)).min(1).max(20).optional(),
      /** The submitters are the ledger's customers (distributors): a submitter's finding is listed under its customer. */
      areCustomers: z.boolean().default(false),
    })
    .optional(),
  /**
   * With `min` above 1: entries count once per customer, and a submitter with fewer customers on
   * the list than `min` needs all of them (至少三个, 不足三位的全部). @example true
   */
  sampleOfList: z.boolean().default(false),
});
export type ReportScheduleParams = z.infer<typeof reportScheduleParams>;


/**
 * A time on a row must come before a cut-off set by a date on the same row: the anchor's day plus
 * `offsetDays`, at a clock time that may depend on the anchor's time of day (an afternoon event:
 * 10:00; an evening event: 16:00). Blank after the cut-off -> overdue; later -> late.
 * @example { field: 'reportedAt', anchor: 'confirmedAt', anchorRollover: '18:00', at: [{ clock: '18:00' }], during: { field: 'eventAt', from: -7, to: -1 } }
 * @example { field: 'confirmedAt', anchor: 'eventAt', at: [{ offsetDays: 0, clock: '00:00' }], tier: 'D1' }
 */
export const cutoffParams = z.strictObject({
  /** The time that must come before the cut-off (the file handed in). @example 'reportedAt' */
  field: fieldSchema,
  /** Times of `field` at or after this clock count as the next day's (每晚6点后再邀约算作第二天邀约). */
  fieldRollover: clock.optional(),
  /** The date the cut-off is set from. @example 'confirmedAt' */
  anchor: fieldSchema,
  /** Anchor times at or after this clock count as the next day's. @example '18:00' */
  anchorRollover: clock.optional(),
  /**
   * The cut-off: the anchor day + offsetDays at clock. With several entries, the last one whose
   * `ifAnchorFrom` is at or before the anchor's time of day applies (the anchor then needs minutes).
   * @example [{ ifAnchorFrom: '00:00', offsetDays: -1, clock: '18:00' }, { ifAnchorFrom: '12:00', clock: '10:00' }, { ifAnchorFrom: '18:00', clock: '16:00' }]
   */
  at: z
    .array(z.strictObject({ ifAnchorFrom: clock.default('00:00'), offsetDays: z.number().int().min(-366).max(366).default(0), clock }))
    .min(1)
    .max(6),
  /** Whose time of day chooses among `at` entries (the event's, say); default the anchor. @example 'eventAt' */
  chooseBy: fieldSchema.optional(),
  /** true: strictly before the cut-off (6点前); false: at it is still in time. */
  strict: z.boolean().default(true),
  /** Only rows whose (rolled-over) anchor day lies within [from, to] days of this date (前一周: -7..-1 of 会议日期). */
  during: z
    .strictObject({ field: fieldSchema, from: z.number().int().min(-366).max(366), to: z.number().int().min(-366).max(366) })
    .superRefine(ordered('from', 'to', 'no day lies in it'))
    .optional(),
  /** Only rows of this tier (a division, say). @example 'D1' */
  tier: z.string().min(1).max(10).optional(),
  /**
   * record: a finding per row. group-day: one per group (tier, else performer) and cut-off: a daily
   * file handed in late is one instance however many rows it holds (a fine per late day).
   */
  per: z.enum(['record', 'group-day']).default('record'),
});
export type CutoffParams = z.infer<typeof cutoffParams>;

/**
 * The same customer claimed by two claimants (two divisions, two inviters): the earliest claim
 * wins, unless a claim must be protected by a file handed in on time and was not, in which case a
 * claim by another claimant made before that file came in wins (迟交或不交…判为另一部门邀约).
 * @example { claimant: 'tier', claimedAt: 'confirmedAt', report: 'later-claims', per: 'eventAt' }
 * @example { claimant: 'tier', claimedAt: 'confirmedAt', protectedBy: { field: 'reportedAt', clock: '18:00' }, report: 'lost' }
 */
export const duplicateClaimParams = z.strictObject({
  /** Who claims: 'tier' (a division) or a text field (the inviter). @example 'tier' */
  claimant: fieldSchema,
  /** When the claim was made (敲定时间). @example 'confirmedAt' */
  claimedAt: fieldSchema,
  /** Claims at or after this clock count as the next day's. @example '18:00' */
  rollover: clock.optional(),
  /** A claim is protected once `field` (its file) is in before `clock` of the claim's (rolled-over) day. */
  protectedBy: z.strictObject({ field: fieldSchema, clock }).optional(),
  /** Rows with different dates in this field are separate contests (one per event). @example 'eventAt' */
  per: fieldSchema.optional(),
  /**
   * later-claims: every claim by another claimant after the winning one (naming both).
   * lost: a claim that lost the customer because its file was late or missing.
   * credit: a `credit` cell naming someone other than the winning claim's `credit.of`.
   */
  report: z.enum(['later-claims', 'lost', 'credit']),
  /** For credit: the column naming who was credited, and the winner's field it must equal. @example { field: 'creditedTo', of: 'performer' } */
  credit: z.strictObject({ field: fieldSchema, of: fieldSchema }).optional(),
});
export type DuplicateClaimParams = z.infer<typeof duplicateClaimParams>;

/**
 * A later field of a record must be filled within a window after an earlier field of the same
 * record: recordedAt within 48 h of receivedAt, responseAt within 24 h of inquiryAt, registeredAt
 * within 5 working days of the first contact.
 * @example { from: 'inquiryAt', to: 'responseAt', unit: 'hours', within: 24 }
 * @example { from: 'contactAt', to: 'registeredAt', unit: 'workdays', within: 5, scope: 'customer' }
 */
const timeFieldSchema = fieldSchema.refine((f) => FIELDS[f].type === 'date' || FIELDS[f].type === 'datetime', 'a date or date-time field (contactAt, recordedAt ...)');

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
 * A contact is due in a window around a date that comes back every year (birthday, 寿辰, a
 * company's founding day), or around a one-off date (a booked celebration, `recurring: false`).
 * 29 February falls on 28 February in common years.
 * @example { date: 'birthday', from: -17, to: -10, channels: ['phone', 'visit'] }
 * @example { date: 'celebrationAt', recurring: false, from: -37, to: -30 }
 */
export const anniversaryParams = z.strictObject({
  /** The date field (only its month and day matter when recurring). @example 'birthday' */
  date: timeFieldSchema,
  /** true: every year on the same month and day; false: the date itself, once. @example true */
  recurring: z.boolean().default(true),
  /** Window start and end in calendar days relative to the occurrence, inclusive (-10 = 10 days before). @example -17 */
  from: z.number().int().min(-366).max(366),
  /** @example -10 */
  to: z.number().int().min(-366).max(366),
  /**
   * A contact after the window but up to this many days relative to the occurrence is "late"
   * rather than missing (0 = up to the day itself). Default: the window end (nothing is late).
   * @example 0
   */
  lateUntil: z.number().int().min(-366).max(366).optional(),
  /**
   * A text field holding a lunar month and day (八月十五, 腊月初八, 8-15). Where a customer has one,
   * each yearly occurrence is that lunar date of each lunar year (1990-2100), instead of `date`;
   * the column is optional (the `date` column is not). Recurring dates only. @example 'lunarBirthday'
   */
  lunarDate: fieldSchema.optional(),
  /** Only contacts by these channels count. @example ['phone', 'visit'] */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /** When the ledger has a callback-type column, only these types count. @example ['生日', '寿辰'] */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /**
   * Fields whose earliest date on the customer's rows is when the customer became known: no
   * occurrence is due before that (an obligation the clerk could not have known of). Default
   * recordedAt and contactAt. @example ['recordedAt', 'receptionAt']
   */
  knownFrom: z.array(timeFieldSchema).min(1).max(5).default(['recordedAt', 'contactAt']),
  /** Stop after this many years from when the customer became known (e.g. the 3-year retention). @example 3 */
  forYears: z.number().int().min(1).max(100).optional(),
})
  .superRefine(ordered('from', 'to', 'the window is inverted'))
  .superRefine(ordered('to', 'lateUntil', 'a contact is late only after the window closes'));
export type AnniversaryParams = z.infer<typeof anniversaryParams>;

/**
 * Records are kept for a period from their date (不少于1年 = 1 year, inclusive): a deletion date
 * inside the period is destroying them early. The finding carries keepUntil.
 * @example { date: 'receptionAt', years: 1, deletedField: 'deletedAt' }
 * @example { date: 'recordedAt', years: 3, deletedField: 'deletedAt', renew: 'customer' }
 */
export const retentionParams = z.strictObject({
  /** The date the period runs from. @example 'recordedAt' */
  date: timeFieldSchema,
  /** Years to keep. @example 3 */
  years: z.number().int().min(0).max(100).default(0),
  /** Months to keep, added to the years. @example 6 */
  months: z.number().int().min(0).max(1200).default(0),
  /** The column holding the deletion or destruction date. @example 'deletedAt' */
  deletedField: timeFieldSchema,
  /**
   * record: each record from its own date (default). customer: from the customer's latest date of
   * `date` on any of its rows (renewed on each new visit). @example 'customer'
   */
  renew: z.enum(['record', 'customer']).default('record'),
});
export type RetentionParams = z.infer<typeof retentionParams>;

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

/** A recorded tier must be the tier its basis value gives (the profile's `tierBasis`). */
export const tierBasisParams = z.strictObject({});
export type TierBasisParams = z.infer<typeof tierBasisParams>;

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
 * Before a callback is given up (the customer declared unreachable), at least `minAttempts`
 * valid unanswered attempts spread over at least `minHalfDays` different half-days (客户未接听时,
 * 需更换回访时间,至少拨打三次).
 * @example { minAttempts: 3, minHalfDays: 2, minRingSeconds: 20, giveUpAfterDays: 7 }
 */
export const retryParams = z.strictObject({
  /** Valid attempts needed in the run of unanswered attempts. @example 3 */
  minAttempts: z.number().int().min(1).max(20),
  /** Different half-days (a date's morning or afternoon) those attempts must cover, at most minAttempts. @example 2 */
  minHalfDays: z.number().int().min(1).max(20).default(1),
  /** When the ledger has a ring-time column, an attempt that rang shorter than this is not valid. @example 20 */
  minRingSeconds: z.number().int().min(1).max(600).optional(),
  /** Words in the outcome or content that declare the callback given up. */
  giveUpWords: z.array(z.string().min(1).max(20)).max(30).default(['联系不上', '无法联系', '失联', '放弃', '停止回访', '不再回访']),
  /** A run of unanswered attempts with no later success, this many days old, counts as given up. @example 7 */
  giveUpAfterDays: z.number().int().min(1).max(366).optional(),
  /** Outcome words after which retrying is pointless (空号: the number does not exist); the run is not checked. */
  exemptWords: z.array(z.string().min(1).max(20)).max(30).default(['空号', '停机', '号码错误', '错号']),
  /** Only attempts by these channels count; absent: phone. @example ['phone'] */
  channels: z.array(channelSchema).min(1).max(10).default(['phone']),
}).superRefine(ordered('minHalfDays', 'minAttempts', 'fewer attempts than half-days to spread them over can never be enough'));
export type RetryParams = z.infer<typeof retryParams>;

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
 * A coverage KPI: of the customers whose deadline (anchor + `within`) fell in a closed period,
 * the share with a qualifying contact of the listed types by the deadline must reach `target`
 * percent (新签约回访比例应达到100%). The per-customer breaches belong to a deadline rule; this
 * reports the rate per period.
 * @example { anchor: 'signedAt', unit: 'months', within: 1, callbackTypes: ['新签约'], period: 'month', target: 100 }
 */
export const completionRateParams = z.strictObject({
  anchor: fieldSchema,
  /** days: calendar dates; workdays: the calendar; months: calendar months clamped to the month end. */
  unit: z.enum(['days', 'workdays', 'months']),
  within: z.number().int().min(0).max(100000),
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /** Deadlines are grouped by the period they fall in. */
  period: z.enum(['month', 'quarter', 'year']),
  /** Percent to reach, inclusive. @example 100 */
  target: z.number().min(0).max(100),
});
export type CompletionRateParams = z.infer<typeof completionRateParams>;

const roleWords = z.array(z.string().min(1).max(50)).min(1).max(20);

/**
 * An action recorded on a row (a file access, an expense, a reimbursement) needs an approval or a
 * registration dated on or before it: on the same row, or the customer's earliest one on any row.
 * Missing or later is a violation.
 * @example { action: 'accessAt', requires: 'approvedAt' }
 * @example { action: 'expenseAt', requires: 'registeredAt', scope: 'customer', graceUntil: 'reimbursedAt' }
 */
export const preconditionParams = z.strictObject({
  /** The action's date; rows without one are not actions. @example 'accessAt' */
  action: fieldSchema,
  /** The date of the approval or registration the action needs. @example 'approvedAt' */
  requires: fieldSchema,
  /** record: read `requires` on the action's own row; customer: the customer's earliest on any row. @example 'customer' */
  scope: z.enum(['record', 'customer']).default('record'),
  /**
   * A later date on the row by which the requirement may still be met (报销日期): a requirement
   * after the action but on or before this date is reported with `graceSeverity`. @example 'reimbursedAt'
   */
  graceUntil: fieldSchema.optional(),
  graceSeverity: severitySchema.default('warning'),
  /**
   * Who may approve: the approver cell contains one of `same` when the two compared fields are
   * equal (the viewer's department owns the file), else one of `different`.
   * @example { field: 'approverRole', compare: ['viewerDept', 'ownerDept'], same: ['经理'], different: ['总经理'] }
   */
  approver: z
    .strictObject({
      field: fieldSchema,
      compare: z.tuple([fieldSchema, fieldSchema]),
      same: roleWords,
      different: roleWords,
      /** An approver cell containing one of these is never the role (副总经理 is not 总经理). */
      except: z.array(z.string().min(1).max(50)).max(20).default([]),
    })
    .optional(),
  /**
   * Who may approve, by the row's tier (class): the approver cell contains one of the tier's
   * words and none of `except` (副总经理 is not 总经理). A row without a tier cannot be judged.
   * @example { field: 'approverRole', roles: { P: ['部门经理'], V: ['总经理'], K: ['总经理'] }, except: ['副总经理'] }
   */
  approverByTier: z
    .strictObject({ field: fieldSchema, roles: z.record(z.string().regex(/^[A-Z0-9]{1,4}$/), roleWords), except: z.array(z.string().min(1).max(50)).max(20).default([]) })
    .optional(),
  /** Rows where these two fields hold the same text need nothing (the owner reading its own file). @example ['viewer', 'accountManager'] */
  exemptWhenEqual: z.tuple([fieldSchema, fieldSchema]).optional(),
});
export type PreconditionParams = z.infer<typeof preconditionParams>;

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

/**
 * 首问负责制 on inquiry rows (rows with an inquiry time). recorded: each inquiry fills `field`
 * (the first receiver, what was asked, the work-contact form). transfer: an inquiry closed by
 * someone other than the first receiver carries a transfer record (to whom, when). repeat: the
 * customer calls again about the same matter before it is closed.
 * @example { check: 'recorded', field: 'firstReceiver' }
 * @example { check: 'transfer' }
 */
export const firstResponderParams = z.strictObject({
  check: z.enum(['recorded', 'transfer', 'repeat']),
  /** recorded: the field each inquiry row must fill (default the first receiver). @example 'inquiryContent' */
  field: fieldSchema.optional(),
});
export type FirstResponderParams = z.infer<typeof firstResponderParams>;

/**
 * An evaluation form, one per customer (客户关系评估表): every indicator row gives its basis, the
 * indicator weights add up to 1 (or 100), and the form ends in a final score and exactly one of
 * the recommendations. Rows whose indicator is one of `totals` (合计) are not indicators.
 */
export const evaluationFormParams = z.strictObject({
  indicator: fieldSchema,
  weight: fieldSchema,
  /** The basis each indicator row needs (得分依据). */
  basis: fieldSchema,
  score: fieldSchema,
  recommendation: fieldSchema,
  totals: z.array(z.string().min(1).max(20)).min(1).max(20),
  /** Exactly one of these is chosen (□改进关系 □维持关系 □终止关系). */
  choices: z.array(z.string().min(1).max(20)).min(2).max(10),
});
export type EvaluationFormParams = z.infer<typeof evaluationFormParams>;

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

/**
 * At least `min` different staff in contact with each selected customer (两名以上的人员与之联系),
 * counted over its contacts (any outcome) while it is new: from its earliest `since` date for
 * `forMonths` months.
 * @example { min: 2, only: { flag: { field: 'importance', values: ['重要'] } }, since: 'registeredAt', forMonths: 12 }
 */
export const staffCountParams = z.strictObject({
  min: z.number().int().min(1).max(100),
  /** The column naming who made each contact. @example 'performer' */
  staff: fieldSchema.default('performer'),
  /** The date the customer counts as new from (its earliest on any row). @example 'registeredAt' */
  since: fieldSchema.optional(),
  /** How long it stays new; absent: always. @example 12 */
  forMonths: z.number().int().min(1).max(1200).optional(),
});
export type StaffCountParams = z.infer<typeof staffCountParams>;

/**
 * Reminders ignored: a customer whose rows record at least `atLeast` reminders (督促次数) while a
 * required field is still empty (备案日期) is a finding (多次督促均不配合).
 * @example { reminders: 'reminderCount', atLeast: 2, pending: 'registeredAt' }
 */
export const remindersIgnoredParams = z.strictObject({
  /** The number column counting reminders. @example 'reminderCount' */
  reminders: fieldSchema,
  /** 多次 = this many or more. @example 2 */
  atLeast: z.number().int().min(1).max(100),
  /** The field the reminders are about, still empty on every row. @example 'registeredAt' */
  pending: fieldSchema,
});
export type RemindersIgnoredParams = z.infer<typeof remindersIgnoredParams>;

/**
 * A record marked with a breach someone has established (a verified complaint, falsified data
 * found in an audit) is a violation, priced by the rule's fine: the ledger says it happened, the
 * rule says what it costs and who pays.
 * @example { field: 'falsified', words: ['理财经理'] }
 */
export const markedBreachParams = z.strictObject({
  field: fieldSchema,
  /** The cell contains one of these words (after trimming); a blank cell is no breach. @example ['属实'] */
  words: z.array(z.string().min(1).max(50)).min(1).max(20),
  /** Cells containing one of these are no breach (不属实 contains 属实). @example ['不属实', '未核实'] */
  unless: z.array(z.string().min(1).max(50)).max(20).default([]),
});
export type MarkedBreachParams = z.infer<typeof markedBreachParams>;

/**
 * A greeting around each listed statutory holiday (国家法定节假日期间向客户表达节日的祝福): a
 * contact of the greeting kind from `before` days ahead of the holiday period to its last day.
 */
export const holidayGreetingParams = z.strictObject({
  /** Holiday names as the calendar writes them, matched by containment (国庆 matches 国庆节). @example ['春节', '中秋', '国庆', '元旦'] */
  holidays: z.array(z.string().min(1).max(20)).min(1).max(20),
  /** Days before the holiday period the greeting window opens. @example 3 */
  before: z.number().int().min(0).max(60).default(3),
  /** When the ledger has a callback-type column, only these types count. @example ['节日问候'] */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /** Only contacts by these channels count. */
  channels: z.array(channelSchema).min(1).max(10).optional(),
});
export type HolidayGreetingParams = z.infer<typeof holidayGreetingParams>;

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
