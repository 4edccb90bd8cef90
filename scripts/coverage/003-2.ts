import type { CoverageEntries } from './types';

/** Catalog IDs of 003-2 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '003-2-5-PROJECT-M-Q': { title: 'Delivered projects: monthly phone callback in year 1, quarterly afterwards', state: 'undecided' },
  '003-2-3-DECEMBER': { title: 'Every December: New-Year gift and next-year needs survey for all new and old customers', state: 'undecided' },
  '003-2-2.3-ONE-STOP': { title: 'Matters that can be completed in one contact must be; the customer must not have to call twice', state: 'undecided' },
  '003-2-2.3-ONSITE': { title: 'On-site service requests handled promptly', state: 'undecided' },
  '003-2-2.7-SHIRK': { title: 'First-responder shirking (推诿、扯皮) → criticism, education, discipline; serious cases transferred', state: 'undecided' },
  '003-2-2.4-TRANSFER': { title: 'Matter outside the first responder\'s remit → registered and transferred to the responsible leader, or to the colleague in charge if the leader is absent', state: 'undecided' },
  '003-2-2.5-MAJOR-GM': { title: 'Major matters → first responder reports to the general manager immediately', state: 'undecided' },
  '003-2-2.7-ANY-EMPLOYEE': { title: 'Any employee receiving a customer call (request or complaint) → responds politely, records the details and forwards them promptly to customer service or the executing department', state: 'undecided' },
  '003-2-6-OFFICE': { title: 'Cross-department disagreement blocking work → the departments\' views go to the office, which rules', state: 'undecided' },
  '003-2-7-FAILURE': { title: 'Major project failure → immediate notification with time, place, symptoms and contingency plan; leadership informed; post-incident analysis report to the customer and 业务部', state: 'undecided' },
  '003-2-2.2-RECORD': { title: 'First responder records the services, issues and requests handled', state: 'undecided' },
  '003-2-7-FAILURE-FIELDS': { title: 'Failure notification: time, place, symptoms, contingency plan. Analysis report: impact, handling, cause, corrective and preventive actions', state: 'undecided' },
  '003-2-5-PHONE': { title: 'Delivered-project callbacks are by phone', state: 'undecided' },
  '003-2-8-HOLIDAYS': { title: 'Holiday-support period: national statutory holidays, listed as 五一, 国庆, 元旦 and 春节', state: 'undecided' },
  '003-2-1-TWO-LINES': { title: 'Service and supervision separated: 技术服务部 delivers service, 业务部 supervises and assesses it monthly', state: 'undecided' },
  '003-2-2.1-FIRST-RESPONDER': { title: 'Whoever first receives a customer inquiry is the first responsible person', state: 'undecided' },
  '003-2-1-MONTHEND-REPORT': { title: 'IT-service profile: 业务部 assesses 技术服务部 monthly and compiles the 《服务监督报告》 at month end for the GM', state: 'undecided' },
  '003-2-4-FRIDAY': { title: 'IT-service profile: weekly Friday-afternoon meeting; technical service staff must submit the week\'s customer-service situation and customer feedback', state: 'undecided' },
  '003-2-2.6-SOLVE-FIRST': { title: 'Exception to paperwork-first: the first responder (and 技术服务部 in emergencies) may solve the problem first and file the work-contact form afterwards', state: 'undecided' },
};
