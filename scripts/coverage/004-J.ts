import type { CoverageEntries } from './types';

/** Catalog IDs of 004-J (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '004-J-5.10-QREC': { title: 'Quality records handled according to the quality-records procedure (not provided)', state: 'not-checkable', reason: { zh: '引用的《質量記錄管理程序》没有提供，不知道要求什么', en: 'refers to a quality-records procedure that is not provided, so its requirements are unknown' } },
  '004-J-5.8.1-COMPLAINT': { title: 'Factory profile: customer complaint or return → logged on the complaint form, passed to the deputy GM, corrective action; the completed form is confirmed by the customer', state: 'encoded' },
  '004-J-5.9-SURVEY': { title: 'Satisfaction-survey results → quality department analyses and proposes improvements; shipping department replies to the customer and notes the reply and the improvement on the survey form', state: 'encoded' },
  '004-J-5.2-ORDER-QUERY': { title: 'Factory: order queries → shipping department phones the customer; result, time and contact person recorded on the original order', state: 'encoded' },
  '004-J-5.3-PROCESS-QUERY': { title: 'Process-design queries → engineering phones the customer; the result is recorded in the customer\'s process documents and signed by the contact person', state: 'encoded' },
  '004-J-5.4-SAMPLE': { title: 'Sample confirmation: communication details, person and time recorded', state: 'encoded' },
  '004-J-5.5-PROD-CHANGE': { title: 'Production queries or delivery-date changes: contact result recorded on the original order and the delivery plan', state: 'encoded' },
  '004-J-5.6-ANOMALY': { title: 'Customer-supplied product anomalies: contact reflected in inspection, scrap and anomaly reports', state: 'encoded' },
  '004-J-5.8.1-XREF': { title: 'Complaint-form number recorded on the customer\'s original fax; the completed form is confirmed by the customer', state: 'encoded' },
  '004-J-5.9-SURVEY-REPLY': { title: 'Survey form notes the reply to the customer and the improvement made', state: 'encoded' },
  '004-J-5.2-PHONE': { title: 'Factory: order and process queries are clarified by telephone', state: 'encoded' },
  '004-J-5.7-PRESHIP': { title: 'Factory: before each shipment, reconfirm the shipping time and the product specification with the customer, and record it on the original order and the delivery plan', state: 'encoded' },
};
