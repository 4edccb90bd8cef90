/**
 * Allowed values: on the selected records a column holds one of the allowed values. A text
 * column names one of the allowed words (the department that owns contract communication); the
 * channel of each contact is one of the allowed channels ("order and process queries are
 * clarified by telephone", 004-J 5.2). Blank cells are left to required-fields; an unreadable
 * channel is already an `invalid` finding.
 */
import { z } from 'zod';
import { CHANNELS } from '../ledger/cells';
import { channelSchema, fieldSchema } from '../rule/common';
import { defineKind, type RuleContext, type KindRule } from '../rule/kind';
import { hasContact } from './shared';
import type { Channel } from '../ledger/cells';
import { typedSchema } from '../rule/common';

const words = /* @__PURE__ */ (() => z.array(z.string().min(1).max(50)).min(1).max(20))();

/**
 * On the records the rule's `records` filter selects, a column holds one of the allowed values.
 * `field: 'channel'` judges the channel of each contact (a row with a contact date) against
 * channel codes; any other field is a text column whose cell must contain one of the words.
 * @example { field: 'performerDept', allowed: ['技术部', '技术业务部'] } // with records: { callbackTypes: ['合同'] }
 * @example { field: 'channel', allowed: ['phone'], carriers: { channels: ['wechat', 'qq'], words: ['文件', '资料', '报价'] } }
 */
export const allowedValuesParams = /* @__PURE__ */ (() => typedSchema<AllowedValuesParams, AllowedValuesParamsInput>()(z.discriminatedUnion('field', [
  z.strictObject({
    /** The channel of each contact. @example 'channel' */
    field: z.literal('channel'),
    /** The channels contacts may use. @example ['phone', 'visit'] */
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
  }),
  z.strictObject({
    /** The text column to check. @example 'performerDept' */
    field: fieldSchema.exclude(['channel']),
    /** The cell must contain one of these words. @example ['技术部'] */
    allowed: words,
  }),
])))();
/** The params of this kind's rules (`allowedValuesParams` checks them). */
export type AllowedValuesParams = { field: 'channel'; allowed: Channel[]; carriers?: { channels: Channel[]; words: string[]; } | undefined; } | { field: 'customerId' | 'tier' | 'outcome' | 'customerName' | 'phone' | 'receptionAt' | 'contactAt' | 'contactClock' | 'topic' | 'content' | 'performer' | 'callbackType' | 'accountManager' | 'signedAt' | 'pickupAt' | 'firstServiceAt' | 'birthday' | 'recordedAt' | 'annualVolume' | 'intendedModel' | 'openQuestion' | 'resolution' | 'lunarBirthday' | 'celebrationAt' | 'occasion' | 'responseAt' | 'deletedAt' | 'recordingRef' | 'employer' | 'preferences' | 'spending' | 'importance' | 'feedback' | 'filledAt' | 'handedInAt' | 'signedOffAt' | 'reportedAt' | 'reportPeriod' | 'submitter' | 'eventAt' | 'confirmedAt' | 'creditedTo' | 'auditedAt' | 'auditor' | 'useAt' | 'useEndAt' | 'custodian' | 'age' | 'plannedAt' | 'purpose' | 'feedbackAt' | 'instructedAt' | 'purchaseAt' | 'unitsPurchased' | 'warrantyEndAt' | 'installAt' | 'repairAt' | 'performerDept' | 'dispatchAt' | 'registeredAt' | 'changedAt' | 'changeReportedAt' | 'ownerDept' | 'companyType' | 'supervisingBody' | 'address' | 'contactPerson' | 'accessAt' | 'viewer' | 'viewerDept' | 'approverRole' | 'approvedAt' | 'expenseAt' | 'expenseType' | 'reimbursedAt' | 'ownerLeftAt' | 'handedOverAt' | 'successor' | 'reminderCount' | 'deliveredAt' | 'inquiryAt' | 'firstReceiver' | 'handler' | 'transferTo' | 'transferAt' | 'closedAt' | 'issueId' | 'inquiryContent' | 'workForm' | 'gmReportedAt' | 'failureAt' | 'failureNotifiedAt' | 'failurePlace' | 'failureSymptom' | 'contingencyPlan' | 'failureAnalysis' | 'orderNo' | 'shipAt' | 'formNo' | 'customerConfirmedAt' | 'improvement' | 'position' | 'contactFrequency' | 'passNo' | 'bookedAt' | 'headcount' | 'dueDate' | 'completedAt' | 'archivedAt' | 'budget' | 'serviceNeeds' | 'schedule' | 'giftAt' | 'giftValue' | 'score' | 'productCode' | 'region' | 'soldRegion' | 'returnAt' | 'goodsValue' | 'returnValue' | 'collected' | 'salesTarget' | 'ringSeconds' | 'terminatedAt' | 'exitReason' | 'callerLine' | 'lineReason' | 'language' | 'dialectRequest' | 'refusesPhone' | 'planId' | 'majorAnomaly' | 'escalatedAt' | 'secondCallbackAt' | 'finalDecision' | 'recordingDeletedAt' | 'attitudeComplaint' | 'falsified' | 'followUpAt' | 'indicator' | 'weight' | 'handlingStatus'; allowed: string[]; };
/** AllowedValuesParams as a profile writes them. */
export type AllowedValuesParamsInput = AllowedValuesParams;

const messages = {
  'not-allowed': { zh: '「{rule}」：「{column}」为“{value}”，应为 {allowed}。', en: '"{rule}": "{column}" is "{value}"; it must be {allowed}.' },
  'wrong-channel': { zh: '「{rule}」：此次联络方式为「{channel}」，规定应为 {allowed}。', en: '"{rule}": this contact was by {channelEn}; it must be by {allowedEn}.' },
  'carrier-callback': { zh: '「{rule}」：此次以「{channel}」回访（“{content}”），回访应为 {allowed}；{channel}只用于发送文件和资料。', en: '"{rule}": this callback was made by {channelEn} ("{content}"); callbacks must be by {allowedEn}, and {channelEn} only carries files and materials.' },
  'carrier-unknown': { zh: '「{rule}」无法判断：这条「{channel}」记录没有写内容，看不出是发送文件资料还是以{channel}回访。', en: '"{rule}" indeterminate: this {channelEn} row has no content, so it cannot be told whether it sent files or was a callback by {channelEn}.' },
};

type Rule = KindRule<'allowed-values', AllowedValuesParams>;
type Ctx = RuleContext<keyof typeof messages>;

export const allowedValues = /* @__PURE__ */ defineKind<AllowedValuesParams>()({
  id: 'allowed-values',
  messages,
  needs: (p) => (p.field === 'channel' ? ['contactAt', 'channel'] : [p.field]),
  emits: (p) => (p.field !== 'channel' ? ['not-allowed'] : p.carriers ? ['wrong-channel', 'carrier-callback', 'carrier-unknown'] : ['wrong-channel']),
  check(rule, ctx) {
    const p = rule.params;
    if (p.field === 'channel') checkChannels(rule, ctx, p);
    else checkValues(rule, ctx, p);
  },
});

/** Each selected row's text cell contains one of the allowed words. */
function checkValues(rule: Rule, ctx: Ctx, p: Exclude<AllowedValuesParams, { field: 'channel' }>): void {
  const mask = ctx.records(rule);
  const text = ctx.ledger.text[p.field];
  if (!mask || !text) return;
  const applies = ctx.applicable(rule);
  const allowed = p.allowed.join('/');
  // Distinct cell values repeat (department names): judge each once.
  const seen = new Map<string, boolean>();
  for (let i = 0; i < ctx.ledger.size; i++) {
    const v = text[i];
    if (mask[i] !== 1 || v === null) continue;
    const c = ctx.ledger.customerOf[i];
    if (c < 0 || applies[c] !== 1) continue;
    let ok = seen.get(v);
    if (ok === undefined) seen.set(v, (ok = p.allowed.some((w) => v.includes(w))));
    if (!ok) ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'not-allowed', data: { value: v.slice(0, 40), allowed } });
  }
}

/** Each selected contact with a channel written uses an allowed one (or a carrier, for files). */
function checkChannels(rule: Rule, ctx: Ctx, p: Extract<AllowedValuesParams, { field: 'channel' }>): void {
  const mask = ctx.records(rule);
  if (!mask) return;
  const applies = ctx.applicable(rule);
  const ok = new Uint8Array(CHANNELS.length);
  for (const ch of p.allowed) ok[CHANNELS.indexOf(ch)] = 1;
  const allowed = p.allowed.map((ch) => channelName(ch, 'zh')).join('/');
  const allowedEn = p.allowed.map((ch) => channelName(ch, 'en')).join('/');
  const channel = ctx.ledger.channel;
  const carrier = new Uint8Array(CHANNELS.length);
  for (const ch of p.carriers?.channels ?? []) carrier[CHANNELS.indexOf(ch)] = 1;
  for (let i = 0; i < ctx.ledger.size; i++) {
    const ch = channel[i];
    if (ch < 0 || ok[ch] === 1 || mask[i] !== 1) continue;
    const c = ctx.ledger.customerOf[i];
    if (c < 0 || applies[c] !== 1 || !hasContact(ctx, i)) continue;
    const name = CHANNELS[ch];
    const data = { channel: channelName(name, 'zh'), channelEn: channelName(name, 'en'), allowed, allowedEn };
    if (carrier[ch] === 1) {
      // A file sent along (发送报价单) is no callback; anything else on this channel is one.
      const content = ctx.ledger.textAt('content', i);
      const type = ctx.ledger.textAt('callbackType', i);
      if ((content !== null && p.carriers!.words.some((w) => content.includes(w))) || (type !== null && p.carriers!.words.some((w) => type.includes(w)))) continue;
      if (content === null) ctx.emit(rule, { status: 'indeterminate', customer: c, record: i, field: 'content', messageId: 'carrier-unknown', data, severity: 'info' });
      else ctx.emit(rule, { status: 'violation', customer: c, record: i, field: 'channel', messageId: 'carrier-callback', data: { ...data, content: content.slice(0, 40) } });
      continue;
    }
    ctx.emit(rule, { status: 'violation', customer: c, record: i, field: 'channel', messageId: 'wrong-channel', data });
  }
}

const CHANNEL_NAMES: Record<string, { zh: string; en: string }> = {
  phone: { zh: '电话', en: 'phone' },
  visit: { zh: '上门', en: 'visit' },
  sms: { zh: '短信', en: 'SMS' },
  wechat: { zh: '微信', en: 'WeChat' },
  email: { zh: '邮件', en: 'e-mail' },
  qq: { zh: 'QQ', en: 'QQ' },
  letter: { zh: '信函', en: 'letter' },
  fax: { zh: '传真', en: 'fax' },
  meeting: { zh: '会议', en: 'meeting' },
};

/**
 * A channel's name in one language, for messages (an unknown code as it is).
 * @example channelName('sms', 'zh') // '短信'
 */
export function channelName(channel: string, locale: 'zh' | 'en'): string {
  return CHANNEL_NAMES[channel]?.[locale] ?? channel;
}
