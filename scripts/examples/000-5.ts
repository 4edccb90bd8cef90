/** The 000-5 example: a restaurant's guest birthday/celebration register with callbacks, a mistake of each kind. */
import type { ExampleLedger } from './types';

// 客人编号, 客人姓名, 单位, 联系电话, 特别爱好, 消费情况, 活动类型, 就餐日期, 生日/寿辰, 农历生日, 庆典日期,
// 上交时间, 上报时间, 录入时间, 回访时间, 回访方式, 回访类型, 回访人, 回访内容, 销毁日期
type Row = ExampleLedger['rows'][number];
/** A guest's information row, from the dining sheet through marketing's entry; a birthday like 九月初六 is lunar. */
const info = (id: string, name: string, employer: string | null, phone: string, likes: string | null, spend: string, occasion: string | null, meal: string, birthday: string | null, celebration: string | null, handedIn: string, reported: string | null, recorded: string | null, destroyed: string | null = null): Row => [
  id, name, employer, phone, likes, spend, occasion, meal, ...(birthday && !/^\d/.test(birthday) ? [null, birthday] : [birthday, null]), celebration, handedIn, reported, recorded, null, null, null, null, null, destroyed,
];
/** A callback row by marketing. */
const call = (id: string, name: string, at: string, channel: string, type: string, by: string, talk: string): Row => [
  id, name, null, null, null, null, null, null, null, null, null, null, null, null, at, channel, type, by, talk, null,
];

const rows: ExampleLedger['rows'] = [
  // Birthday called on the 10th day before: compliant.
  info('G001', '王建国', '市建一公司', '13905310001', '爱吃清淡，不吃辣', '人均180元', '生日', '2025-03-12', '1962-07-20', null, '2025-03-13 08:40', '2025-03-13 15:30', '2025-03-14 10:00'),
  call('G001', '王建国', '2025-07-10 10:30', '电话', '生日回访', '李婷', '祝贺生日，客人预订7月20日晚生日宴包厢一间'),
  // 寿辰 on lunar 九月初六 (2025-10-26): the call is due by 10-16, tomorrow.
  info('G002', '刘淑芬', '退休（原市一中）', '13905310002', '喜欢软烂菜品', '整桌1880元', '寿辰', '2025-08-02', '九月初六', null, '2025-08-03 08:30', '2025-08-03 14:50', '2025-08-04 09:20'),
  // Birthday never called back.
  info('G003', '陈志强', '恒通物流公司', '13905310003', '喜欢海鲜', '人均260元', '生日', '2025-06-14', '1980-09-05', null, '2025-06-15 08:50', '2025-06-15 16:10', '2025-06-16 11:00'),
  // Birthday called 5 days before: late.
  info('G004', '周丽', '市第二医院', '13905310004', '素食', '人均120元', '生日', '2025-05-20', '1975-09-20', null, '2025-05-21 08:45', '2025-05-21 15:00', '2025-05-22 09:30'),
  call('G004', '周丽', '2025-09-15 14:00', '电话', '生日回访', '王磊', '祝贺生日，介绍生日套餐，客人表示考虑'),
  // Birthday greeted by SMS only: not a callback.
  info('G005', '赵明', '新华书店', '13905310005', '喜欢红酒', '人均200元', '生日', '2025-04-26', '1990-08-30', null, '2025-04-27 08:30', '2025-04-27 15:20', '2025-04-28 10:10'),
  call('G005', '赵明', '2025-08-18 09:00', '短信', '生日回访', '王磊', '赵先生生日快乐，梦都餐饮恭候光临'),
  // Company celebration, visited 31 days before: compliant.
  info('G006', '华兴建材公司', '华兴建材有限公司', '05318880006', '宴会要求红色布置', '宴会20桌', '企业庆典', '2025-08-09', null, '2025-09-26', '2025-08-10 08:35', '2025-08-10 15:40', '2025-08-11 09:00'),
  call('G006', '华兴建材公司', '2025-08-26 10:00', '上门', '庆典回访', '李婷', '登门确认十周年庆典宴会菜单和布置'),
  // Celebration on 10-18: entered 67 hours after the report, and nobody called by 09-18.
  info('G007', '东方医药公司', '东方医药有限公司', '05318880007', '需要投影设备', '宴会12桌', '企业庆典', '2025-08-05', null, '2025-10-18', '2025-08-06 08:20', '2025-08-06 15:00', '2025-08-09 10:00'),
  // Dinner on 10-13, reported 10-14: the entry is due tomorrow afternoon.
  info('G008', '马晓东', '市税务局', '13905310008', '喜欢鲁菜', '人均150元', '生日', '2025-10-13', '1970-12-05', null, '2025-10-14 08:30', '2025-10-14 16:00', null),
  // The floor supervisor handed the sheets in at 10:15.
  info('G009', '孙红', '市图书馆', '13905310009', '喜欢甜品', '人均90元', '生日', '2025-09-20', '1988-01-16', null, '2025-09-21 10:15', '2025-09-21 16:00', '2025-09-22 09:00'),
  // Saturday dinner reported on Monday morning instead of Sunday afternoon.
  info('G010', '钱伟', '宏达律师事务所', '13905310010', '喜欢安静包厢', '人均300元', '生日', '2025-09-27', '1983-02-11', null, '2025-09-28 08:50', '2025-09-29 10:00', '2025-09-29 15:00'),
  // Employer and preferences not recorded.
  info('G011', '郭静', null, '13905310011', null, '人均100元', '生日', '2025-07-05', '1985-12-20', null, '2025-07-06 08:40', '2025-07-06 14:30', '2025-07-07 09:00'),
  // Two years of 寿辰 calls; the information destroyed after 20 months (kept at least 3 years).
  info('G012', '何秀英', '退休（原纺织厂）', '13905310012', '喜欢清蒸鱼', '整桌1280元', '寿辰', '2023-09-15', '1952-04-18', null, '2023-09-16 08:30', '2023-09-16 15:00', '2023-09-17 10:00', '2025-05-20'),
  call('G012', '何秀英', '2024-04-05 10:00', '电话', '寿辰回访', '李婷', '祝寿，客人家属预订寿宴两桌'),
  call('G012', '何秀英', '2025-04-03 10:30', '电话', '寿辰回访', '李婷', '祝寿，客人今年在家过寿，感谢关心'),
  // A wedding banquet sheet destroyed after eight months (kept at least 1 year).
  info('G013', '林涛', '市电力公司', '13905310013', null, '婚宴30桌', '婚宴', '2025-01-18', null, null, '2025-01-19 08:30', null, null, '2025-09-30'),
  // A birthday without the occasion noted.
  info('G014', '罗平', '市邮政局', '13905310014', '喜欢川菜', '人均160元', null, '2025-06-28', '1979-12-30', null, '2025-06-29 08:55', '2025-06-29 15:10', '2025-06-30 09:40'),
  // A regular guest: 寿辰 calls in both years, 17 and 11 days before.
  info('G015', '杨桂兰', '退休（原市供销社）', '13905310015', '喜欢家常菜', '整桌980元', '寿辰', '2024-02-10', '1950-05-06', null, '2024-02-11 08:40', '2024-02-11 14:00', '2024-02-12 09:30'),
  call('G015', '杨桂兰', '2024-04-19 09:30', '电话', '寿辰回访', '王磊', '祝寿，客人子女预订寿宴三桌'),
  call('G015', '杨桂兰', '2025-04-25 15:00', '上门', '寿辰回访', '王磊', '登门祝寿，送上寿桃，客人预订家宴一桌'),
];

const header = ['客人编号', '客人姓名', '单位', '联系电话', '特别爱好', '消费情况', '活动类型', '就餐日期', '生日/寿辰', '农历生日', '庆典日期', '上交时间', '上报时间', '录入时间', '回访时间', '回访方式', '回访类型', '回访人', '回访内容', '销毁日期'];

export const example: ExampleLedger = {
  file: '000-5-restaurant',
  sheet: '客人生日庆典登记',
  title: ['梦都餐饮发展有限责任公司 市场部 客人生日、寿辰、庆典信息登记及回访表', '填表说明：上报、录入、回访时间填到时、分；农历寿辰填“农历生日”（如 九月初六）；生日或寿辰前10天、庆典前30天电话或登门回访；信息保管不少于3年。'],
  header,
  types: { 7: 'date', 8: 'date', 10: 'date', 11: 'datetime', 12: 'datetime', 13: 'datetime', 14: 'datetime', 19: 'date' },
  widths: [8, 14, 18, 14, 18, 12, 10, 12, 12, 10, 12, 17, 17, 17, 17, 8, 10, 8, 36, 12],
  rows,
};
