/**
 * Canonical ledger fields and the headers clerks write for them.
 * A header is matched after normalising (full-width to half-width, spaces, `*`, and a trailing
 * unit or hint in brackets removed), so `回访时间（时:分）` and ` 回访时间* ` both match 回访时间.
 */

/** How a field's cells are read. */
export type FieldType = 'key' | 'text' | 'datetime' | 'date' | 'clock' | 'tier' | 'channel' | 'outcome' | 'number';

export interface FieldSpec {
  type: FieldType;
  zh: string;
  en: string;
  /** Default header synonyms, most specific first. */
  headers: readonly string[];
}

export const FIELDS = {
  customerId: { type: 'key', zh: '客户编号', en: 'customer number', headers: ['客户编号', '客户ID', '客户id', '客户代码', '编号', 'customer id', 'customer_id', 'id'] },
  customerName: { type: 'text', zh: '客户名称', en: 'customer name', headers: ['客户名称', '客户姓名', '客户', '姓名', '名称', 'customer name', 'customer_name', 'name'] },
  phone: { type: 'text', zh: '联系电话', en: 'phone', headers: ['联系电话', '电话', '手机', '手机号', '手机号码', '电话号码', '联系方式', 'phone'] },
  tier: { type: 'tier', zh: '客户等级', en: 'tier', headers: ['客户等级', '客户类别', '客户级别', '客户星级', '意向等级', '意向级别', '等级', '级别', '类别', '星级', 'tier', 'class'] },
  receptionAt: { type: 'datetime', zh: '接待时间', en: 'reception time', headers: ['接待时间', '接待日期', '来店时间', '来店日期', 'reception time', 'reception_datetime'] },
  contactAt: { type: 'datetime', zh: '回访时间', en: 'contact time', headers: ['回访时间', '回访日期', '最近回访时间', '最近回访日期', '跟进时间', '跟进日期', '联系时间', '联系日期', 'contact time', 'contact_datetime'] },
  contactClock: { type: 'clock', zh: '回访时刻', en: 'contact clock time', headers: ['回访时刻', '跟进时刻', '时刻'] },
  channel: { type: 'channel', zh: '回访方式', en: 'channel', headers: ['回访方式', '跟进方式', '联系方式类型', '回访形式', 'channel'] },
  topic: { type: 'text', zh: '回访主题', en: 'topic', headers: ['回访主题', '主题', 'topic'] },
  content: { type: 'text', zh: '回访内容', en: 'content', headers: ['回访内容', '跟进内容', '回访记录', '跟进记录', '沟通内容', 'content'] },
  outcome: { type: 'outcome', zh: '回访结果', en: 'outcome', headers: ['回访结果', '跟进结果', '结果', '是否接通', '接通情况', '接通状态', '通话状态', 'outcome'] },
  performer: { type: 'text', zh: '回访人', en: 'performer', headers: ['回访人', '回访人员', '业务员', '跟进人', '销售顾问', '回访员', 'performer'] },
  callbackType: { type: 'text', zh: '回访类型', en: 'callback type', headers: ['回访类型', '跟进类型', 'callback type'] },
  accountManager: { type: 'text', zh: '客户经理', en: 'account manager', headers: ['理财经理', '客户经理', 'account manager'] },
  signedAt: { type: 'date', zh: '签约日期', en: 'signing date', headers: ['签约日期', '签约时间', 'signing date'] },
  pickupAt: { type: 'datetime', zh: '提车时间', en: 'pickup time', headers: ['提车时间', '提车日期', '交车日期', '交车时间', 'pickup time', 'delivery_datetime'] },
  firstServiceAt: { type: 'date', zh: '首保日期', en: 'first-service date', headers: ['首保日期', '首保时间', '首次保养日期', 'first service date'] },
  birthday: { type: 'date', zh: '生日', en: 'birthday', headers: ['生日', '出生日期', 'birthday'] },
  recordedAt: { type: 'datetime', zh: '录入时间', en: 'recorded at', headers: ['录入时间', '登记日期', '登记时间', '录入日期', 'recorded at'] },
  annualVolume: { type: 'number', zh: '年销量', en: 'annual volume', headers: ['年销量', '年销售量', 'annual volume'] },
  intendedModel: { type: 'text', zh: '意向车型', en: 'intended model', headers: ['意向车型', '意向产品', 'intended model'] },
  openQuestion: { type: 'text', zh: '存在的问题', en: 'open question', headers: ['存在的问题', '存在问题', '客户问题', '遗留问题', 'open question'] },
  resolution: { type: 'text', zh: '处理结果', en: 'resolution', headers: ['处理结果', '处理情况', '答复情况', 'resolution'] },
  lunarBirthday: { type: 'text', zh: '农历生日', en: 'lunar birthday', headers: ['农历生日', '农历寿辰', '寿辰农历', 'lunar birthday'] },
  celebrationAt: { type: 'date', zh: '庆典日期', en: 'celebration date', headers: ['庆典日期', '庆典时间', '庆典活动日期', 'celebration date'] },
  occasion: { type: 'text', zh: '活动类型', en: 'occasion', headers: ['活动类型', '宴会类型', '庆祝事由', 'occasion'] },
  responseAt: { type: 'datetime', zh: '答复时间', en: 'response time', headers: ['答复时间', '回复时间', '响应时间', '答复日期', '回复日期', 'response time'] },
  deletedAt: { type: 'date', zh: '销毁日期', en: 'deletion date', headers: ['销毁日期', '删除日期', '销毁时间', '删除时间', 'deleted at'] },
  recordingRef: { type: 'text', zh: '录音编号', en: 'recording id', headers: ['录音编号', '录音文件', '录音文件名', '录音号', 'recording id'] },
  employer: { type: 'text', zh: '工作单位', en: 'employer', headers: ['工作单位', '所在单位', '单位名称', 'employer'] },
  preferences: { type: 'text', zh: '特别爱好', en: 'preferences', headers: ['特别爱好', '爱好', '喜好', '特殊喜好', 'preferences'] },
  spending: { type: 'text', zh: '消费情况', en: 'spending', headers: ['消费情况', '消费金额', '消费额', 'spending'] },
  importance: { type: 'text', zh: '重要程度', en: 'importance', headers: ['重要程度', '是否重要', '重要问题', 'importance'] },
  feedback: { type: 'text', zh: '顾客反馈', en: 'customer feedback', headers: ['顾客反馈', '客户反馈', '反馈意见', '顾客反馈意见', 'feedback'] },
  filledAt: { type: 'datetime', zh: '填单时间', en: 'form filled at', headers: ['填单时间', '填单日期', '填表时间', '填表日期', 'filled at'] },
  handedInAt: { type: 'datetime', zh: '上交时间', en: 'handed in at', headers: ['上交时间', '上交日期', '交单时间', 'handed in at'] },
  signedOffAt: { type: 'date', zh: '签阅日期', en: 'signed off at', headers: ['签阅日期', '签阅时间', '签批日期', 'signed at'] },
  reportedAt: { type: 'datetime', zh: '报送时间', en: 'reported at', headers: ['报送时间', '报送日期', '提交时间', '提交日期', '发送日期', '发送时间', 'reported at'] },
  reportPeriod: { type: 'date', zh: '报告所属期', en: 'report period', headers: ['报告所属期', '所属期', '报告期', '所属期间', '报告期间', 'report period'] },
  submitter: { type: 'text', zh: '报送人', en: 'submitter', headers: ['报送人', '提交人', '上报人', '填报人', 'submitter'] },
  eventAt: { type: 'datetime', zh: '活动时间', en: 'event time', headers: ['活动时间', '活动日期', '会议时间', '会议日期', '举办时间', 'event time'] },
  confirmedAt: { type: 'datetime', zh: '敲定时间', en: 'confirmed at', headers: ['敲定时间', '敲定日期', '确认时间', '确认日期', 'confirmed at'] },
  creditedTo: { type: 'text', zh: '业绩归属', en: 'credited to', headers: ['业绩归属', '业绩归属人', '业绩计入', 'credited to'] },
  auditedAt: { type: 'datetime', zh: '抽查日期', en: 'spot-check date', headers: ['抽查日期', '抽查时间', '核查日期', '核查时间', 'audited at'] },
  auditor: { type: 'text', zh: '抽查人', en: 'auditor', headers: ['抽查人', '核查人', '监督岗', '监督人', 'auditor'] },
  useAt: { type: 'date', zh: '使用日期', en: 'use date', headers: ['使用日期', '出行日期', '出游日期', '游玩日期', 'use date'] },
  useEndAt: { type: 'date', zh: '使用结束日期', en: 'use end date', headers: ['使用结束日期', '返程日期', '行程结束日期', 'use end date'] },
  custodian: { type: 'text', zh: '保管人', en: 'custodian', headers: ['保管人', '档案保管人', '资料保管人', 'custodian'] },
  age: { type: 'text', zh: '年龄', en: 'age', headers: ['年龄', 'age'] },
  plannedAt: { type: 'date', zh: '计划回访日期', en: 'planned date', headers: ['计划回访日期', '计划回访时间', '预约回访时间', 'planned at'] },
  purpose: { type: 'text', zh: '回访目的', en: 'purpose', headers: ['回访目的', '拜访目的', 'purpose'] },
  feedbackAt: { type: 'date', zh: '反馈日期', en: 'feedback date', headers: ['反馈日期', '反馈时间', 'feedback at'] },
  instructedAt: { type: 'date', zh: '批示日期', en: 'instruction date', headers: ['批示日期', '领导批示日期', '批示时间', 'instructed at'] },
  purchaseAt: { type: 'date', zh: '购买日期', en: 'purchase date', headers: ['购买日期', '购买时间', '购车日期', '购机日期', '购货日期', 'purchase date'] },
  unitsPurchased: { type: 'number', zh: '购买数量', en: 'units purchased', headers: ['购买数量', '购买台数', '购车数量', '购买台量', 'units purchased'] },
  warrantyEndAt: { type: 'date', zh: '三包到期日', en: 'warranty end', headers: ['三包到期日', '三包到期日期', '三包截止日期', '保修到期日', '保修截止日期', 'warranty end'] },
  installAt: { type: 'datetime', zh: '安装完成时间', en: 'installation finished', headers: ['安装完成时间', '安装调试完成时间', '安装调试日期', '安装日期', '调试日期', 'install date'] },
  repairAt: { type: 'datetime', zh: '维修完成时间', en: 'repair finished', headers: ['维修完成时间', '维修完成日期', '维修日期', 'repair date'] },
  performerDept: { type: 'text', zh: '回访部门', en: 'performer department', headers: ['回访部门', '回访人部门', '跟进部门', 'department'] },
  dispatchAt: { type: 'datetime', zh: '派工时间', en: 'dispatch time', headers: ['派工时间', '派工日期', '派修时间', '派修日期', '安排维修时间', 'dispatch time'] },
  // Customer files and registration (003-7), inquiries under 首问制 (003-2).
  registeredAt: { type: 'date', zh: '备案日期', en: 'registration date', headers: ['备案日期', '备案时间', '建档日期', 'registered at'] },
  changedAt: { type: 'date', zh: '变动日期', en: 'change date', headers: ['变动日期', '变更日期', '变动时间', 'changed at'] },
  changeReportedAt: { type: 'date', zh: '变动反馈日期', en: 'change reported', headers: ['变动反馈日期', '变更反馈日期', '维护表日期', 'change reported at'] },
  ownerDept: { type: 'text', zh: '所属部门', en: 'owning department', headers: ['所属部门', '归属部门', '客户所属部门', 'owner department'] },
  companyType: { type: 'text', zh: '企业性质', en: 'ownership type', headers: ['企业性质', '单位性质', 'ownership type'] },
  supervisingBody: { type: 'text', zh: '主管单位', en: 'supervising body', headers: ['主管单位', '上级主管单位', 'supervising body'] },
  address: { type: 'text', zh: '地址', en: 'address', headers: ['地址', '客户地址', '通讯地址', 'address'] },
  contactPerson: { type: 'text', zh: '联系人', en: 'contact person', headers: ['联系人', '客户联系人', 'contact person'] },
  accessAt: { type: 'date', zh: '查阅日期', en: 'file access date', headers: ['查阅日期', '查阅时间', '调阅日期', 'accessed at'] },
  viewer: { type: 'text', zh: '查阅人', en: 'viewer', headers: ['查阅人', '调阅人', 'viewer'] },
  viewerDept: { type: 'text', zh: '查阅人部门', en: 'viewer department', headers: ['查阅人部门', '查阅部门', '调阅部门', 'viewer department'] },
  approverRole: { type: 'text', zh: '批准人职务', en: 'approver role', headers: ['批准人职务', '审批人职务', '批准人岗位', 'approver role'] },
  approvedAt: { type: 'date', zh: '批准日期', en: 'approval date', headers: ['批准日期', '审批日期', '批准时间', '审批时间', 'approved at'] },
  expenseAt: { type: 'date', zh: '费用日期', en: 'expense date', headers: ['费用日期', '费用发生日期', '发生日期', 'expense date'] },
  expenseType: { type: 'text', zh: '费用类别', en: 'expense type', headers: ['费用类别', '费用类型', '费用项目', 'expense type'] },
  reimbursedAt: { type: 'date', zh: '报销日期', en: 'reimbursement date', headers: ['报销日期', '报销时间', 'reimbursed at'] },
  ownerLeftAt: { type: 'date', zh: '离职日期', en: 'owner leave date', headers: ['离职日期', '调离日期', '离职时间', 'left at'] },
  handedOverAt: { type: 'date', zh: '交接日期', en: 'handover date', headers: ['交接日期', '交接时间', 'handed over at'] },
  successor: { type: 'text', zh: '接替人', en: 'successor', headers: ['接替人', '接手人', '新负责人', 'successor'] },
  reminderCount: { type: 'number', zh: '督促次数', en: 'reminders', headers: ['督促次数', '催办次数', '提醒次数', 'reminders'] },
  deliveredAt: { type: 'date', zh: '交付日期', en: 'delivery date', headers: ['交付日期', '交付使用日期', '验收日期', '上线日期', 'delivered at'] },
  inquiryAt: { type: 'datetime', zh: '来询时间', en: 'inquiry time', headers: ['来询时间', '来询日期', '问询时间', '来电时间', '问询日期', '咨询时间', '咨询日期', 'inquiry time'] },
  firstReceiver: { type: 'text', zh: '首问人', en: 'first receiver', headers: ['首问人', '首问责任人', '第一责任者', '第一责任人', 'first receiver'] },
  handler: { type: 'text', zh: '办结人', en: 'closed by', headers: ['办结人', '经办人', 'closed by'] },
  transferTo: { type: 'text', zh: '移交对象', en: 'transferred to', headers: ['移交对象', '移交给', '转交给', 'transferred to'] },
  transferAt: { type: 'datetime', zh: '移交时间', en: 'transfer time', headers: ['移交时间', '移交日期', '转交时间', 'transferred at'] },
  closedAt: { type: 'datetime', zh: '办结时间', en: 'closing time', headers: ['办结时间', '办结日期', 'closed at'] },
  issueId: { type: 'key', zh: '事项编号', en: 'matter number', headers: ['事项编号', '工单号', '受理编号', '问题编号', 'issue id'] },
  inquiryContent: { type: 'text', zh: '来询内容', en: 'inquiry content', headers: ['来询内容', '问题描述', '受理内容', '服务请求内容', 'inquiry content'] },
  workForm: { type: 'text', zh: '工作联络单', en: 'work-contact form', headers: ['工作联络单', '工作联络单号', '联络单编号', 'work form'] },
  gmReportedAt: { type: 'datetime', zh: '汇报总经理时间', en: 'reported to the GM', headers: ['汇报总经理时间', '向总经理汇报时间', '总经理汇报时间', 'reported to gm at'] },
  failureAt: { type: 'datetime', zh: '故障发生时间', en: 'failure time', headers: ['故障发生时间', '故障时间', '故障发生日期', 'failure time'] },
  failureNotifiedAt: { type: 'datetime', zh: '故障通知时间', en: 'failure notified', headers: ['故障通知时间', '通知时间', '通报时间', 'notified at'] },
  failurePlace: { type: 'text', zh: '故障地点', en: 'failure place', headers: ['故障地点', '发生地点', 'failure place'] },
  failureSymptom: { type: 'text', zh: '故障现象', en: 'failure symptom', headers: ['故障现象', '故障描述', 'failure symptom'] },
  contingencyPlan: { type: 'text', zh: '处理预案', en: 'contingency plan', headers: ['处理预案', '应急预案', 'contingency plan'] },
  failureAnalysis: { type: 'text', zh: '故障分析报告', en: 'failure analysis', headers: ['故障分析报告', '故障分析', '原因分析', 'failure analysis'] },
  // Orders and shipments (004-J), site visits (001-3b), gifts (001-3c), customer cards and maintenance work (001-1, 001-2, 001-TPL).
  orderNo: { type: 'text', zh: '订单编号', en: 'order number', headers: ['订单编号', '订单号', '订单号码', 'order no'] },
  shipAt: { type: 'datetime', zh: '出货时间', en: 'shipping time', headers: ['出货时间', '出货日期', '发货时间', '发货日期', 'ship date'] },
  formNo: { type: 'text', zh: '单据编号', en: 'form number', headers: ['单据编号', '表单编号', '报告编号', 'form no'] },
  customerConfirmedAt: { type: 'date', zh: '客户确认日期', en: 'customer confirmation date', headers: ['客户确认日期', '客户确认时间', 'customer confirmed at'] },
  improvement: { type: 'text', zh: '改善措施', en: 'improvement', headers: ['改善措施', '改善情况', '纠正措施', '整改措施', 'improvement'] },
  position: { type: 'text', zh: '职位', en: 'position', headers: ['职位', '职务', 'position'] },
  contactFrequency: { type: 'text', zh: '联系频率', en: 'contact frequency', headers: ['联系频率', '沟通频率', '回访频率', '客户服务沟通频率', 'contact frequency'] },
  passNo: { type: 'text', zh: '参观凭证编号', en: 'visit pass number', headers: ['参观凭证编号', '参观凭证', '凭证编号', 'pass no'] },
  bookedAt: { type: 'date', zh: '预约日期', en: 'booking date', headers: ['预约日期', '预约申请日期', '申请日期', 'booked at'] },
  headcount: { type: 'number', zh: '人数', en: 'headcount', headers: ['参观人数', '来访人数', '人数', 'headcount'] },
  dueDate: { type: 'date', zh: '完成期限', en: 'due date', headers: ['完成期限', '截止日期', '要求完成日期', 'due date'] },
  completedAt: { type: 'date', zh: '完成日期', en: 'completion date', headers: ['完成日期', '实际完成日期', '完成时间', 'completed at'] },
  archivedAt: { type: 'date', zh: '归档日期', en: 'archiving date', headers: ['归档日期', '归档时间', 'archived at'] },
  budget: { type: 'number', zh: '费用预算', en: 'budget', headers: ['费用预算', '预算金额', '预算', 'budget'] },
  serviceNeeds: { type: 'text', zh: '服务需求', en: 'service needs', headers: ['服务需求', '客户需求', 'service needs'] },
  schedule: { type: 'text', zh: '时间安排', en: 'schedule', headers: ['时间安排', '进度安排', 'schedule'] },
  giftAt: { type: 'date', zh: '赠送日期', en: 'gift date', headers: ['赠送日期', '馈赠日期', 'gift date'] },
  giftValue: { type: 'number', zh: '礼品金额', en: 'gift value', headers: ['礼品金额', '礼品价值', '馈赠金额', 'gift value'] },
  score: { type: 'number', zh: '最终得分', en: 'score', headers: ['最终得分', '评估得分', '综合得分', 'score'] },
  // Pharma distributors (000-2): box codes, regions, returns, collections.
  productCode: { type: 'text', zh: '产品编码', en: 'product code', headers: ['产品编码', '箱码', '盒码', '追溯码', 'product code'] },
  region: { type: 'text', zh: '指定区域', en: 'assigned region', headers: ['指定区域', '所属区域', '管理区域', 'assigned region'] },
  soldRegion: { type: 'text', zh: '流向区域', en: 'region sold in', headers: ['流向区域', '实际销售区域', '销售流向', 'region sold'] },
  returnAt: { type: 'date', zh: '退货日期', en: 'return date', headers: ['退货日期', '退换货日期', '退回日期', 'return date'] },
  goodsValue: { type: 'number', zh: '货值', en: 'goods value', headers: ['货值', '货款金额', '发货金额', 'goods value'] },
  returnValue: { type: 'number', zh: '退货金额', en: 'value returned', headers: ['退货金额', '退货货值', '退回货值', 'value returned'] },
  collected: { type: 'number', zh: '回款额', en: 'collections', headers: ['回款额', '回款金额', '实际回款', 'collections'] },
  salesTarget: { type: 'number', zh: '销售指标', en: 'sales target', headers: ['销售指标', '销售任务', '销售目标', 'sales target'] },
  // Callback attempts and wealth-client records (000-3).
  ringSeconds: { type: 'number', zh: '响铃时长', en: 'ring seconds', headers: ['响铃时长', '响铃秒数', '振铃时长', '等待时长', '响铃时间(秒)', 'ring seconds'] },
  terminatedAt: { type: 'date', zh: '解约日期', en: 'termination date', headers: ['解约日期', '解约时间', '协议解除日期', 'termination date'] },
  exitReason: { type: 'text', zh: '解约原因', en: 'termination reason', headers: ['解约原因', '解约原因及意见', 'termination reason'] },
  callerLine: { type: 'text', zh: '外呼线路', en: 'caller line', headers: ['外呼线路', '外呼号码', '拨出号码', '主叫号码', 'caller line'] },
  lineReason: { type: 'text', zh: '未用400原因', en: 'reason for another line', headers: ['未用400原因', '非400原因', '使用其他电话原因', 'line reason'] },
  language: { type: 'text', zh: '回访语言', en: 'language', headers: ['回访语言', '通话语言', '语言', 'language'] },
  dialectRequest: { type: 'text', zh: '客户要求方言', en: 'dialect requested', headers: ['客户要求方言', '方言要求', '客户要求用本地话', 'dialect requested'] },
  refusesPhone: { type: 'text', zh: '不接受电话回访', en: 'refuses phone', headers: ['不接受电话回访', '不愿接电话', '拒绝电话回访', 'refuses phone'] },
  planId: { type: 'text', zh: '回访计划编号', en: 'plan id', headers: ['回访计划编号', '计划编号', '专项回访计划', 'plan id'] },
  majorAnomaly: { type: 'text', zh: '重大异常', en: 'major anomaly', headers: ['重大异常', '重大异常问题', '是否重大异常', 'major anomaly'] },
  escalatedAt: { type: 'datetime', zh: '上报时间', en: 'escalated at', headers: ['上报主管时间', '上报领导时间', '上报上级时间', 'escalated at'] },
  secondCallbackAt: { type: 'datetime', zh: '二次回访时间', en: 'second callback', headers: ['二次回访时间', '二次回访日期', 'second callback at'] },
  finalDecision: { type: 'text', zh: '最终处理意见', en: 'final decision', headers: ['最终处理意见', '理财管理部处理意见', '总部处理意见', 'final decision'] },
  recordingDeletedAt: { type: 'date', zh: '录音销毁日期', en: 'recording destroyed', headers: ['录音销毁日期', '录音删除日期', 'recording deleted at'] },
  attitudeComplaint: { type: 'text', zh: '态度投诉核实结果', en: 'attitude complaint verified', headers: ['态度投诉核实结果', '态度投诉核实', '服务态度投诉', 'attitude complaint'] },
  falsified: { type: 'text', zh: '弄虚作假', en: 'falsification found', headers: ['弄虚作假', '信息弄虚作假', '资料造假', 'falsified'] },
  followUpAt: { type: 'datetime', zh: '确认回访时间', en: 'follow-up callback', headers: ['确认回访时间', '确认回访日期', '投诉回访日期', '核实回访日期', 'follow-up at'] },
  indicator: { type: 'text', zh: '分析指标', en: 'indicator', headers: ['分析指标', '评估指标', 'indicator'] },
  weight: { type: 'number', zh: '指标权重', en: 'weight', headers: ['指标权重', '权重', 'weight'] },
  handlingStatus: { type: 'text', zh: '处理状态', en: 'handling status', headers: ['处理状态', '处理进度', '办理状态', 'handling status'] },
} as const satisfies Record<string, FieldSpec>;

export type Field = keyof typeof FIELDS;

/**
 * Headers naming a company in a roster of companies (企(事)业单位名称 in the customer template of a
 * widely used open-source call-centre product, 单位名称, 公司名称 ...), normalised. Such a column is
 * the customer's name when the ledger has no customer-name column; beside one (姓名 + 单位名称 in a
 * restaurant's guest file) it stays the guest's employer.
 */
export const COMPANY_NAME_HEADERS: readonly string[] = [
  ...['企事业单位名称', '企业单位名称', '事业单位名称', '单位名称', '公司名称', '企业名称', '客户单位', '客户单位名称', '客户公司', '客户公司名称', 'company name', 'company'],
  // Traditional forms (NFKC does not map them to simplified).
  ...['企事業單位名稱', '企業單位名稱', '單位名稱', '公司名稱', '企業名稱', '客戶單位', '客戶公司'],
].map((h) => normalizeHeader(h));

/** True for a normalised header that names a company (it contains one of COMPANY_NAME_HEADERS). */
export function isCompanyNameHeader(normalized: string): boolean {
  return COMPANY_NAME_HEADERS.some((h) => normalized === h || (h.length >= 4 && normalized.includes(h)));
}

/**
 * True for a normalised header of a rating, level, class or category (客户级别 ★★★, 客户类别 VIP客户,
 * 客户星级, 意向等级, 客户类型 ...). Such a column holds a few values shared by many customers: it is
 * never the customer, even where its header contains 客户.
 */
export function isRatingHeader(normalized: string): boolean {
  return /级别|类别|星级|等级|分类|类型|评级|档次|级$|类$|級別|類別|星級|等級|分類|類型|評級|檔次|級$|類$|tier|class|level|rating|grade|category|type/.test(normalized);
}
export const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/**
 * Normalise a header for matching: NFKC, lower case, no spaces, no `*` or `:`, no bracketed hint.
 * @example normalizeHeader(' 回访时间（时:分）* ') // '回访时间'
 */
export function normalizeHeader(text: string): string {
  return stripHints(text.normalize('NFKC').toLowerCase()).replace(/[\s*:：]/g, '');
}

/**
 * Remove bracketed hints. An opening bracket with no closing one after it never matches, but the
 * regex would scan to the end from each one (quadratic: seconds for a cell of 32,767 `（`), so
 * only the text up to the last closing bracket is searched.
 */
function stripHints(s: string): string {
  const last = Math.max(s.lastIndexOf(')'), s.lastIndexOf(']'));
  if (last < 0) return s;
  return s.slice(0, last + 1).replace(/[(\[][^)\]]*[)\]]/g, '') + s.slice(last + 1);
}
