import type { CoverageEntries } from './types';

/** Catalog IDs of 003-7 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '003-7-1.7-PERIODIC': { title: 'Periodic callbacks and satisfaction surveys (basis for the departments\' assessment), no period given', state: 'undecided' },
  '003-7-1.4-REG-5WD': { title: 'New customer → registered (备案) with 市场推广部 within 5 working days of first contact', state: 'undecided' },
  '003-7-1.4-CHG-5WD': { title: 'Changes to a registered customer reported within 5 working days', state: 'undecided' },
  '003-7-1.8-NO-REIMB': { title: 'Unregistered customer → no reimbursement of related entertainment, travel or gift expenses', state: 'undecided' },
  '003-7-1.8-KPI': { title: 'Repeated failure to file or register customers despite reminders → month-end KPI penalty', state: 'undecided' },
  '003-7-1.3-NEW-FILE': { title: 'Every new customer gets a file (客户档案户头)', state: 'undecided' },
  '003-7-1.3-FIELDS': { title: 'File basics: name, category, ownership type, supervising body, address, contact person, phone', state: 'undecided' },
  '003-7-1.3-CHANGES': { title: 'Major changes on the customer\'s side, and major matters between the company and the customer, entered in the file', state: 'undecided' },
  '003-7-1.6.2-CORRESP': { title: 'All letters, faxes and long-distance calls with customers recorded and integrated into the customer file', state: 'undecided' },
  '003-7-1.2-FOUR': { title: 'Customer categories: target, ordinary, key, potential; a customer = a party with business dealings', state: 'undecided' },
  '003-7-1.6.3-HIGH-POTENTIAL': { title: 'Important or high-potential new customers: two or more staff in contact, plus contact reporting', state: 'undecided' },
  '003-7-1.5-FILE-ACCESS': { title: 'Customer files: own department\'s files with the department manager\'s approval; other departments\' files with the general manager\'s approval', state: 'undecided' },
  '003-7-1.6.4-HANDOVER': { title: 'When the employee responsible for a customer leaves, the company informs the customer promptly and assigns a replacement who quickly makes contact', state: 'undecided' },
  '003-7-1.7-RESULTS-TO-DEPT': { title: 'Periodic callbacks and satisfaction surveys are a basis for the business departments\' assessment; departments provide name lists for company-wide customer-appreciation events', state: 'undecided' },
  '003-7-1.7-CATEGORY-PLANS': { title: 'Category-specific visit and maintenance plans must exist for each customer category', state: 'undecided' },
};
