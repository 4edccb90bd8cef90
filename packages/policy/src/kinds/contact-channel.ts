/**
 * Contacts of the selected kinds use only the allowed channels: "order and process queries are
 * clarified by telephone" (004-J 5.2). A blank channel proves nothing; an unreadable one is
 * already an `invalid` finding.
 */
import { CHANNELS } from '../ledger/cells';
import { defineKind } from '../rule/kind';
import { channelName } from './event-window';
import { type ContactChannelParams, contactChannelParams } from './params';
import { hasContact } from './shared';

const messages = {
  'wrong-channel': { zh: '「{rule}」：此次联络方式为「{channel}」，规定应为 {allowed}。', en: '"{rule}": this contact was by {channelEn}; it must be by {allowedEn}.' },
  'carrier-callback': { zh: '「{rule}」：此次以「{channel}」回访（“{content}”），回访应为 {allowed}；{channel}只用于发送文件和资料。', en: '"{rule}": this callback was made by {channelEn} ("{content}"); callbacks must be by {allowedEn}, and {channelEn} only carries files and materials.' },
  'carrier-unknown': { zh: '「{rule}」无法判断：这条「{channel}」记录没有写内容，看不出是发送文件资料还是以{channel}回访。', en: '"{rule}" indeterminate: this {channelEn} row has no content, so it cannot be told whether it sent files or was a callback by {channelEn}.' },
};

export const contactChannel = defineKind({
  id: 'contact-channel',
  params: contactChannelParams,
  messages,
  needs: (p) => ['contactAt', 'channel'],
  check(rule, ctx) {
    const p = rule.params;
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
  },
});
