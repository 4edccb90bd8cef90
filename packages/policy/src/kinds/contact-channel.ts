/**
 * Contacts of the selected kinds use only the allowed channels: "order and process queries are
 * clarified by telephone" (004-J 5.2). A blank channel proves nothing; an unreadable one is
 * already an `invalid` finding.
 */
import { CHANNELS } from '../ledger/cells';
import type { KindDef } from '../engine/types';
import { channelName } from './event-window';
import type { ContactChannelParams } from './params';
import { filterColumns, recordMask } from './record-filter';
import { hasContact } from './shared';

const messages = {
  'wrong-channel': { zh: '「{rule}」：此次联络方式为「{channel}」，规定应为 {allowed}。', en: '"{rule}": this contact was by {channelEn}; it must be by {allowedEn}.' },
};

export const contactChannel: KindDef<ContactChannelParams> = {
  kind: 'contact-channel',
  messages,
  needs: (p) => ['contactAt', 'channel', ...filterColumns(p.only)],
  check(rule, ctx) {
    const p = rule.params;
    const mask = recordMask(rule, ctx, p.only);
    if (!mask) return;
    const applies = ctx.applicable(rule);
    const ok = new Uint8Array(CHANNELS.length);
    for (const ch of p.allowed) ok[CHANNELS.indexOf(ch)] = 1;
    const allowed = p.allowed.map((ch) => channelName(ch, 'zh')).join('/');
    const allowedEn = p.allowed.map((ch) => channelName(ch, 'en')).join('/');
    const channel = ctx.ledger.channel;
    for (let i = 0; i < ctx.ledger.size; i++) {
      const ch = channel[i];
      if (ch < 0 || ok[ch] === 1 || mask[i] !== 1) continue;
      const c = ctx.ledger.customerOf[i];
      if (c < 0 || applies[c] !== 1 || !hasContact(ctx, i)) continue;
      const name = CHANNELS[ch];
      ctx.emit(rule, { status: 'violation', customer: c, record: i, field: 'channel', messageId: 'wrong-channel', data: { channel: channelName(name, 'zh'), channelEn: channelName(name, 'en'), allowed, allowedEn } });
    }
  },
};
