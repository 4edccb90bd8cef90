/**
 * Deterministic benchmark data for profile 002-1 (car-dealer callbacks, H/A/B/C tiers): a
 * realistic 客户回访记录表 LOG, one row per callback, about 10 rows per customer, rows in the
 * order a clerk appends them (chronological by 回访时间).
 *
 *   generateTable(rows)      -> a policy `Table` (row 0 = header); date cells are Excel serials,
 *                               as the .xlsx reader and Office.js `values` give them.
 *   writeCsv(path, rows)     -> the same data as UTF-8 CSV (BOM, like Excel's "CSV UTF-8"),
 *                               dates as text (`2025-03-05 14:30`, date-only cells `2025-03-05`),
 *                               written in chunks (never one big string).
 *
 * The same `rows` (and seed) always give the same data. Everything is generated into typed
 * columns first (`generateLog`), so both outputs share one source of truth.
 *
 * What is in it (so that every kind of 002-1 finding shows up, at realistic rates):
 * - tiers H 12% / A 28% / B 32% / C 28%, spaced per tier (H 1-3 days, A 2-7, B 6-14, C 15-28),
 *   about 6% of gaps deliberately too long; 8% of customers upgrade and 4% downgrade mid-way;
 * - the first callback within 24 h of 接待时间 for ~88% (else late, or by SMS); 15% of customers
 *   come back to the store (a second 接待时间 with its own 24-hour callback);
 * - 90% of customers are still in the pipeline at year end, 10% were dropped part-way (their
 *   cadence then runs overdue until the as-of date); 70% of unanswered calls are retried in 1-2 days;
 * - with `{ lapsed: share }` (the CLI bench's log), that share of customers is called 2-5 times in
 *   the first months of the year and never again: an A customer not called since spring misses
 *   every week up to the check, as on the real logs that made `check --format json` slow;
 * - 春节 (2025-01-28..02-04): 70% of callbacks that fall in it are put off until after it;
 *   国庆 (2025-10-01..10-08): 30%;
 * - about 1% date-only 回访时间, ~4% calls in rest hours (12-14h, after 21h), ~3% short or empty
 *   回访内容, not-reached outcomes (未接通/关机/无人接听), a few blank or odd tier cells, a few
 *   customers without phone or model.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';

export const HEADERS = ['客户编号', '客户名称', '客户等级', '联系电话', '意向车型', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果', '回访人'];
export const SHEET = '客户回访记录表';
const SEED = 20250630;

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (day numbers since 1970-01-01, minute stamps in Shanghai wall time).

const MIN_PER_DAY = 1440;
/** Excel serial of 1970-01-01 (1900 date system). */
const SERIAL_1970 = 25569;

function dayFromYmd(y, m, d) {
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}
const YEAR_START = dayFromYmd(2025, 1, 1);
const YEAR_END = dayFromYmd(2025, 12, 31);
const SPRING = [dayFromYmd(2025, 1, 28), dayFromYmd(2025, 2, 4)];
const NATIONAL = [dayFromYmd(2025, 10, 1), dayFromYmd(2025, 10, 8)];
/** Last minute a callback may be logged (the bench checks as of 2025-12-31). */
const LAST_MINUTE = YEAR_END * MIN_PER_DAY + 20 * 60;

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32).

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽'.split('');
const MODELS = ['朗逸', '速腾', '迈腾', '帕萨特', '途观L', '探岳', '卡罗拉', '凯美瑞', '雷凌', '汉兰达', '雅阁', '思域', '型格', '皓影', '轩逸', '天籁', '逍客', '奇骏', '比亚迪秦PLUS', '比亚迪汉', '比亚迪宋PLUS', '比亚迪海豹', '理想L6', '问界M7', '小米SU7', '吉利星越L', '长安CS75PLUS', '哈弗H6', '别克GL8', '奥迪A4L', '宝马3系', '奔驰C级', '凯迪拉克CT5', '沃尔沃XC60'];
const PERFORMERS = ['刘洋', '王磊', '张静', '李强', '陈晨', '赵敏', '孙浩', '周婷', '吴昊', '郑爽', '冯凯', '何婷婷', '许超', '邓丽', '曹阳', '彭飞', '曾敏', '谢娜', '韩雪', '唐宁', '罗斌', '梁欣', '宋佳', '蒋涛', '沈悦', '杜鹏', '叶青', '程亮', '苏晴', '魏巍', '吕薇', '丁一', '任杰', '姚瑶', '卢森', '姜涛', '崔健', '钟鸣', '谭亮', '汪洋'];

/** Content pieces per situation; `{m}` is the intended model. Joined into sentences >= 10 chars. */
const REACHED_OPEN = ['客户表示', '与客户沟通，客户', '电话联系客户，客户', '回访客户，客户', '客户本人接听，', '客户爱人接听，转达后客户'];
const REACHED_BODY = {
  H: ['对{m}非常满意，准备本周来店签单', '已确认{m}配置和颜色，等待贷款审批结果', '对{m}报价基本认可，希望再优惠两千元', '约定周末带家人来店试驾{m}并商谈订车', '已交意向金，询问{m}现车和提车时间', '对比了竞品后仍倾向{m}，要求尽快给出最终报价'],
  A: ['对{m}比较感兴趣，还在比较其他品牌', '想了解{m}的置换补贴和金融政策', '计划一个月内购车，倾向{m}中配', '询问{m}的保养费用和油耗情况', '下周有空再来店试驾{m}', '家人对{m}外观满意，价格还在考虑'],
  B: ['暂时不急着买车，先了解{m}的价格', '预算有限，等{m}有优惠活动再考虑', '还在看车阶段，{m}是备选之一', '近期工作较忙，过段时间再联系', '对{m}空间比较满意，动力还在犹豫', '打算年底前购车，{m}和其他车型都在看'],
  C: ['目前没有购车计划，有活动可以通知', '只是随便看看，{m}暂不考虑', '明年再考虑换车，可以保持联系', '已在别家看车，对{m}兴趣一般', '购车时间未定，有新款{m}再通知', '暂时不需要，以后有需要再联系'],
};
const REACHED_CLOSE = ['。', '，已记录。', '，下次回访跟进。', '，已发送报价单。', '，已邀约到店。', '。客户态度良好。'];
const VISIT_CONTENT = ['上门拜访客户，送去{m}资料并讲解金融方案', '到客户单位拜访，客户对{m}试驾感受很好', '上门送{m}车型手册，客户约下周到店', '陪同客户家人看车，重点介绍{m}安全配置'];
const SMS_CONTENT = ['发送{m}最新优惠信息及到店邀约短信', '短信告知客户{m}本月置换补贴政策', '发送{m}试驾邀请，客户回复会考虑', '短信发送报价单及销售顾问联系方式'];
const MISSED_CONTENT = ['电话无人接听，稍后再次联系客户', '客户手机关机，明天上午再打', '客户正在开会，约定改天再回访', '拨打两次未接通，已发短信说明来意'];
const SHORT_CONTENT = ['考虑中', '已回访', '再联系', '没兴趣', '在忙', '无', '已沟通', '同上'];

const TIER_CODES = ['H', 'A', 'B', 'C'];
const TIER_SHARE = [0.12, 0.28, 0.32, 0.28];
/** Normal and deliberately-late gaps between callbacks, in days, per tier. */
const GAP = [
  { lo: 1, hi: 3, lateLo: 4, lateHi: 7 },
  { lo: 2, hi: 7, lateLo: 9, lateHi: 16 },
  { lo: 6, hi: 14, lateLo: 18, lateHi: 30 },
  { lo: 15, hi: 28, lateLo: 35, lateHi: 55 },
];
const LATE_GAP = 0.06;

// Channel codes in the typed log, and their cell text.
const CH_TEXT = ['电话', '上门', '短信'];
// Outcome codes -> text (-1 blank).
const OUT_TEXT = ['已接通', '已沟通', '已回复', '未接通', '关机', '无人接听', '未回复'];

// ---------------------------------------------------------------------------------------------
// The log, as typed columns.

/**
 * Generate `rows` callback records as typed columns (grouped by customer) and `order`, the ledger
 * (chronological) order of the records.
 * @returns {{ size: number, order: Int32Array, customers: { id: string[], name: string[], phone: (string|null)[], model: (string|null)[] },
 *   customer: Int32Array, contact: Float64Array, dateOnly: Uint8Array, reception: Float64Array,
 *   tierText: (string|null)[], channel: Int8Array, outcome: Int8Array, content: (string|null)[], performer: Uint8Array }}
 */
export function generateLog(rows, seed = SEED, { lapsed = 0 } = {}) {
  if (!Number.isInteger(rows) || rows < 0) throw new TypeError(`rows must be a non-negative integer, got ${rows}`);
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const chance = (p) => rnd() < p;

  // Records in generation order (grouped by customer); `order` sorts them at the end.
  const customer = new Int32Array(rows);
  const contact = new Float64Array(rows);
  const dateOnly = new Uint8Array(rows);
  const reception = new Float64Array(rows);
  const tierText = new Array(rows);
  const channel = new Int8Array(rows);
  const outcome = new Int8Array(rows);
  const content = new Array(rows);
  const performer = new Uint8Array(rows);
  const ids = [];
  const names = [];
  const phones = [];
  const models = [];

  /** A clock time for a callback: business hours mostly, some in rest hours. */
  const callClock = () => {
    const r = rnd();
    if (r < 0.42) return int(9 * 60, 11 * 60 + 59);
    if (r < 0.88) return int(14 * 60, 17 * 60 + 59);
    if (r < 0.975) return int(18 * 60, 20 * 60 + 59);
    if (r < 0.995) return int(12 * 60, 13 * 60 + 59); // lunch rest
    return int(21 * 60, 21 * 60 + 50); // late evening
  };
  const holidayShift = (day) => {
    if (day >= SPRING[0] && day <= SPRING[1] && chance(0.7)) return SPRING[1] + 1 + int(0, 2);
    if (day >= NATIONAL[0] && day <= NATIONAL[1] && chance(0.3)) return NATIONAL[1] + 1 + int(0, 1);
    return day;
  };
  const tierLabel = (t) => {
    const r = rnd();
    if (r < 0.02) return null; // clerk left it blank (carried forward by the engine)
    if (r < 0.0203) return pick(['D', '待定', 'E类']); // unreadable
    const code = TIER_CODES[t];
    if (r < 0.8) return code;
    if (r < 0.95) return `${code}类`;
    return `${code}级`;
  };
  const fill = (s, model) => s.replace('{m}', model ?? '意向车型');
  // Join, not `+`: V8 keeps `a + b` of long strings as a rope (ConsString), which every reader
  // then has to flatten. Cells from the xlsx reader or Office.js are flat strings; so are these.
  const flat = (...parts) => parts.join('');

  let n = 0;
  const gapDays = [];
  const tierAt = [];
  while (n < rows) {
    const c = ids.length;
    ids.push(`KH${String(c + 1).padStart(6, '0')}`);
    const surname = pick(SURNAMES);
    const r = rnd();
    names.push(r < 0.35 ? `${surname}${r < 0.18 ? '先生' : '女士'}` : r < 0.75 ? `${surname}${pick(GIVEN)}` : `${surname}${pick(GIVEN)}${pick(GIVEN)}`);
    phones.push(chance(0.01) ? null : `1${pick('3456789')}${String(int(0, 999999999)).padStart(9, '0')}`);
    const model = chance(0.008) ? null : pick(MODELS);
    models.push(model);
    const owner = int(0, PERFORMERS.length - 1);

    // Tier and plan: how many callbacks, the gaps between them, the tier in force at each.
    let t = 0;
    for (let x = rnd(), acc = 0; t < 3; t++) if (x < (acc += TIER_SHARE[t])) break;
    // Drawn only when asked for, so that the default log stays the same draw for draw.
    const isLapsed = lapsed > 0 && chance(lapsed);
    const count = Math.min(isLapsed ? int(2, 5) : int(6, 14), rows - n);
    const change = count >= 5 && chance(0.12) ? int(2, count - 2) : -1;
    const upgrade = change > 0 && chance(2 / 3);
    gapDays.length = 0;
    tierAt.length = 0;
    let span = 0;
    let tier = t;
    for (let k = 0; k < count; k++) {
      if (k === change) tier = upgrade ? Math.max(0, tier - 1) : Math.min(3, tier + 1);
      tierAt.push(tier);
      if (k === 0) continue;
      const g = GAP[tierAt[k - 1]];
      const d = chance(LATE_GAP) ? int(g.lateLo, g.lateHi) : int(g.lo, g.hi);
      gapDays.push(d);
      span += d;
    }
    // Start: still in the pipeline at year end (80%), or dropped part-way through the year.
    const active = chance(0.9);
    const latestStart = YEAR_END - span - (active ? int(0, GAP[tierAt[count - 1]].hi) : int(7, 120));
    let day = latestStart <= YEAR_START ? YEAR_START + int(0, 20) : active ? latestStart : int(YEAR_START, latestStart);
    if (isLapsed) day = YEAR_START + int(0, 45);
    day = holidayShift(day);

    // Reception (来店) and the first callback, normally within 24 hours.
    let recv = day * MIN_PER_DAY + int(9 * 60, 18 * 60 + 30);
    const secondAt = chance(0.15) && count >= 4 ? int(2, count - 1) : -1;
    let prevMinute = -Infinity;
    for (let k = 0; k < count; k++) {
      let minute;
      if (k === 0 || k === secondAt) {
        if (k === secondAt) {
          // The customer came back to the store between two callbacks.
          const d = day + gapDays[k - 1];
          const back = d * MIN_PER_DAY - int(1, Math.max(1, gapDays[k - 1] - 1)) * MIN_PER_DAY + int(9 * 60, 18 * 60);
          if (back > prevMinute + 60) recv = back;
        }
        const recvClock = recv % MIN_PER_DAY;
        const recvDay = Math.floor(recv / MIN_PER_DAY);
        const r0 = rnd();
        if (r0 < 0.3 && recvClock < 17 * 60) minute = recv + int(60, Math.min(20 * 60, recvClock + 240) - recvClock); // same day, later
        else if (r0 < 0.88) minute = (recvDay + 1) * MIN_PER_DAY + int(9 * 60, Math.max(9 * 60, recvClock - 5)); // next day, within 24 h
        else if (r0 < 0.96) minute = (recvDay + 1) * MIN_PER_DAY + int(Math.min(recvClock + 10, 20 * 60), 20 * 60 + 30); // next day, too late
        else minute = (recvDay + int(2, 3)) * MIN_PER_DAY + callClock(); // forgot for days
        day = Math.floor(minute / MIN_PER_DAY);
      } else {
        day = holidayShift(day + gapDays[k - 1]);
        minute = day * MIN_PER_DAY + callClock();
      }
      if (minute <= prevMinute) minute = prevMinute + int(30, 240);
      if (minute > LAST_MINUTE) break; // past the as-of date: not logged yet
      prevMinute = minute;
      day = Math.floor(minute / MIN_PER_DAY);

      const i = n++;
      customer[i] = c;
      contact[i] = minute;
      dateOnly[i] = chance(0.01) ? 1 : 0;
      reception[i] = recv;
      tierText[i] = tierLabel(tierAt[k]);
      performer[i] = chance(0.05) ? int(0, PERFORMERS.length - 1) : owner;

      // Channel, outcome, content. The 24-hour callback is occasionally (wrongly) an SMS.
      const rc = rnd();
      const ch = (k === 0 || k === secondAt) ? (rc < 0.05 ? 2 : rc < 0.08 ? 1 : 0) : rc < 0.06 ? 2 : rc < 0.12 ? 1 : 0;
      channel[i] = ch;
      let text;
      const ro = rnd();
      if (ch === 0) {
        if (ro < 0.86) outcome[i] = 0;
        else if (ro < 0.94) outcome[i] = 3;
        else if (ro < 0.97) outcome[i] = 4;
        else if (ro < 0.99) outcome[i] = 5;
        else outcome[i] = -1; // left blank (read as reached)
        text = outcome[i] >= 3 ? fill(pick(MISSED_CONTENT), model) : flat(pick(REACHED_OPEN), fill(pick(REACHED_BODY[TIER_CODES[tierAt[k]]]), model), pick(REACHED_CLOSE));
        // A call that did not get through is usually retried within a day or two.
        if (outcome[i] >= 3 && k < count - 1 && chance(0.7)) gapDays[k] = Math.min(gapDays[k], int(1, 2));
      } else if (ch === 1) {
        outcome[i] = ro < 0.97 ? 1 : -1;
        text = flat(fill(pick(VISIT_CONTENT), model), pick(REACHED_CLOSE));
      } else {
        outcome[i] = ro < 0.5 ? 2 : 6;
        text = fill(pick(SMS_CONTENT), model);
      }
      const rs = rnd();
      if (rs < 0.025) text = pick(SHORT_CONTENT);
      else if (rs < 0.03) text = null;
      content[i] = text;
    }
  }

  // Ledger order: chronological by callback time (a counting sort on the minute), stable.
  const size = n;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < size; i++) {
    if (contact[i] < lo) lo = contact[i];
    if (contact[i] > hi) hi = contact[i];
  }
  const order = new Int32Array(size);
  if (size > 0) {
    const buckets = new Int32Array(hi - lo + 2);
    for (let i = 0; i < size; i++) buckets[contact[i] - lo + 1]++;
    for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
    for (let i = 0; i < size; i++) order[buckets[contact[i] - lo]++] = i;
  }
  return {
    size,
    /** Ledger row k (0-based, below the header) is record order[k]. */
    order,
    customers: { id: ids, name: names, phone: phones, model: models },
    customer,
    contact,
    dateOnly,
    reception,
    tierText,
    channel,
    outcome,
    content,
    performer,
  };
}

// ---------------------------------------------------------------------------------------------
// Outputs.

/** Excel serial (1900 system) of a minute stamp; date-only cells are whole numbers. */
function serialOf(minute, dateOnly) {
  const day = Math.floor(minute / MIN_PER_DAY);
  return dateOnly ? day + SERIAL_1970 : day + SERIAL_1970 + (minute - day * MIN_PER_DAY) / MIN_PER_DAY;
}

/**
 * A policy `Table` of `rows` callback records plus the header row (rows[0]). Date cells are Excel
 * serial numbers; no number formats are attached (the reader recognises serials in range).
 * @example generateTable(1000).rows.length // 1001
 */
export function generateTable(rows, seed = SEED) {
  const log = generateLog(rows, seed);
  const { id, name, phone, model } = log.customers;
  const out = new Array(log.size + 1);
  out[0] = HEADERS.slice();
  for (let k = 0; k < log.size; k++) {
    const i = log.order[k];
    const c = log.customer[i];
    const o = log.outcome[i];
    out[k + 1] = [
      id[c],
      name[c],
      log.tierText[i],
      phone[c],
      model[c],
      serialOf(log.reception[i], false),
      serialOf(log.contact[i], log.dateOnly[i] === 1),
      CH_TEXT[log.channel[i]],
      log.content[i],
      o < 0 ? null : OUT_TEXT[o],
      PERFORMERS[log.performer[i]],
    ];
  }
  return { sheet: SHEET, rows: out, firstRow: 1, firstColumn: 1 };
}

const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
const CLOCK_TEXT = Array.from({ length: MIN_PER_DAY }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);
const dateTextCache = new Map();
function dateText(day) {
  let s = dateTextCache.get(day);
  if (s === undefined) {
    const d = new Date(day * 86400000);
    s = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    dateTextCache.set(day, s);
  }
  return s;
}
function timeText(minute, dateOnly) {
  const day = Math.floor(minute / MIN_PER_DAY);
  return dateOnly ? dateText(day) : `${dateText(day)} ${CLOCK_TEXT[minute - day * MIN_PER_DAY]}`;
}
function csvField(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Write the same `rows` records as {@link generateTable} to a UTF-8 CSV (with BOM, CRLF line ends
 * as Excel writes them), in chunks. `options` as for `generateLog` ({ lapsed }). Resolves with the number of bytes written.
 */
export async function writeCsv(path, rows, seed = SEED, options = {}) {
  const log = generateLog(rows, seed, options);
  const { id, name, phone, model } = log.customers;
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path);
  const done = new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  const write = async (chunk) => {
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), done]);
  };
  await write(`\uFEFF${HEADERS.join(',')}\r\n`);
  const CHUNK = 5000;
  for (let from = 0; from < log.size; from += CHUNK) {
    const lines = [];
    const to = Math.min(log.size, from + CHUNK);
    for (let k = from; k < to; k++) {
      const i = log.order[k];
      const c = log.customer[i];
      const o = log.outcome[i];
      lines.push(
        [
          id[c],
          csvField(name[c]),
          csvField(log.tierText[i]),
          csvField(phone[c]),
          csvField(model[c]),
          timeText(log.reception[i], false),
          timeText(log.contact[i], log.dateOnly[i] === 1),
          CH_TEXT[log.channel[i]],
          csvField(log.content[i]),
          o < 0 ? '' : OUT_TEXT[o],
          PERFORMERS[log.performer[i]],
        ].join(','),
      );
    }
    lines.push('');
    await write(lines.join('\r\n'));
  }
  stream.end();
  await done;
  return stream.bytesWritten;
}

// ---------------------------------------------------------------------------------------------
// The same log as a wealth firm's 客户回访记录表 for profile 000-3 (the richest profile).

export const HEADERS_000_3 = ['客户编号', '理财客户', '联系电话', '理财经理', '签约日期', '回访类型', '回访时间', '回访方式', '响铃时长', '回访结果', '回访专员', '录音编号', '回访内容'];

/**
 * The callback log of `generateTable` re-dressed for 000-3: the reception becomes the signing date,
 * the customer's first callback a 新签约回访 and the rest 持续回访; each client has a financial
 * manager (about 3% of callbacks are made by the client's own manager, a conflict of interest);
 * reached phone calls carry a recording number (about 3% missing), unanswered ones a ring time of
 * 10-40 seconds. Same rows and seed, same data.
 * @example generateTable000_3(1000).rows[0][4] // '签约日期'
 */
export function generateTable000_3(rows, seed = SEED) {
  const log = generateLog(rows, seed);
  const rnd = mulberry32(seed + 3);
  const { id, name, phone } = log.customers;
  const manager = new Int32Array(id.length);
  for (let c = 0; c < id.length; c++) manager[c] = Math.floor(rnd() * PERFORMERS.length);
  const seen = new Uint8Array(id.length);
  const out = new Array(log.size + 1);
  out[0] = HEADERS_000_3.slice();
  for (let k = 0; k < log.size; k++) {
    const i = log.order[k];
    const c = log.customer[i];
    const o = log.outcome[i];
    const phoneCall = CH_TEXT[log.channel[i]] === '电话';
    const reached = o >= 0 && OUT_TEXT[o] === '已接通';
    const performer = rnd() < 0.03 ? manager[c] : log.performer[i];
    out[k + 1] = [
      id[c],
      name[c],
      phone[c],
      PERFORMERS[manager[c]],
      serialOf(log.reception[i], true),
      seen[c] ? '持续回访' : '新签约回访',
      serialOf(log.contact[i], log.dateOnly[i] === 1),
      CH_TEXT[log.channel[i]],
      phoneCall && !reached ? 10 + Math.floor(rnd() * 31) : null,
      o < 0 ? null : OUT_TEXT[o],
      PERFORMERS[performer],
      phoneCall && reached && rnd() > 0.03 ? `REC-${100000 + k}` : null,
      log.content[i],
    ];
    seen[c] = 1;
  }
  return { sheet: SHEET, rows: out, firstRow: 1, firstColumn: 1 };
}
