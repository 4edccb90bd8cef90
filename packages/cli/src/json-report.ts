/**
 * The JSON document of `check --format json`, as one object (`jsonReport`, for apps) or as the
 * same text in pieces (`jsonReportChunks`, what the CLI prints). A log with many missed weeks has
 * hundreds of thousands of findings: built as one object and one string, the document held the
 * findings twice over and then a string of hundreds of MB. In pieces, each finding is rendered and
 * serialised when it is printed, and what is the same for every finding of a rule (its citation)
 * is serialised once.
 */
import { renderFinding, type Finding, type Profile, type Report } from '@ledgerlint/policy';

/**
 * The JSON document of `check --format json`: the findings, the summary, and each rule of the
 * profile once (`rules`: title, short name, citation). Every finding keeps its `citation` too, as
 * the format has always documented.
 * @example JSON.stringify(jsonReport(report, profile))
 */
export function jsonReport(report: Report, profile: Profile): unknown {
  const performers = performersOf(report);
  return { profile: report.profile, asOf: report.asOf, findings: report.findings.map((f) => jsonFinding(f, profile, performers)), summary: report.summary, rules: rulesOf(profile) };
}

/**
 * The text of `JSON.stringify(jsonReport(report, profile))`, in pieces of about `size` findings
 * each: the same document, never one string of it all.
 * @example for (const piece of jsonReportChunks(report, profile)) out.write(piece)
 */
export function* jsonReportChunks(report: Report, profile: Profile, size = 2000): Generator<string> {
  const text = findingTexts(performersOf(report), profile);
  yield `${JSON.stringify({ profile: report.profile, asOf: report.asOf }).slice(0, -1)},"findings":[`;
  const findings = report.findings;
  for (let from = 0; from < findings.length; from += size) {
    const parts: string[] = [];
    for (let k = from; k < Math.min(findings.length, from + size); k++) parts.push(text(findings[k]!));
    yield (from === 0 ? '' : ',') + parts.join(',');
  }
  yield `],"summary":${JSON.stringify(report.summary)},"rules":${JSON.stringify(rulesOf(profile))}}`;
}

/** `,"key":value` as JSON.stringify writes a member, or nothing for a value it leaves out (undefined). */
function member(key: string, value: unknown): string {
  const v = JSON.stringify(value);
  return v === undefined ? '' : `,"${key}":${v}`;
}

/**
 * One finding as JSON.stringify writes jsonReport's object of it (same keys, same order, the same
 * ones left out), without building that object; what findings share (rule, status and severity; the
 * customer and performer; the column; the citation and code) is serialised once.
 */
function findingTexts(performers: ReadonlyMap<string, string | null>, profile: Profile): (f: Finding) => string {
  // Keys of strings seen together, joined by NUL (which no ID, status, key or header holds).
  const heads = new Map<string, string>();
  const customers = new Map<string, string>();
  const columns = new Map<string, string>();
  const citations = new Map<Finding['citation'], Map<string, string>>();
  return (f) => {
    // `{` and the first keys: a rule's ID is always there, so its member's comma gives way to `{`.
    const hk = `${f.ruleId}\u0000${f.status}\u0000${f.severity}`;
    let head = heads.get(hk);
    if (head === undefined) heads.set(hk, (head = `{${(member('ruleId', f.ruleId) + member('status', f.status) + member('severity', f.severity)).slice(1)}`));
    let body = head;
    // The person the ledger names for the customer (null when none) goes with every customer finding.
    if (f.customer === null) body += `,"customer":null${member('row', f.row)}`;
    else {
      let who = customers.get(f.customer);
      if (who === undefined) customers.set(f.customer, (who = member('performer', performers.get(f.customer) ?? null)));
      body += `${member('customer', f.customer)}${member('row', f.row)}${who}`;
    }
    if (f.column !== undefined) {
      const ck = f.columnLetter === undefined ? f.column : `${f.column}\u0000${f.columnLetter}`;
      let col = columns.get(ck);
      if (col === undefined) columns.set(ck, (col = member('column', f.column) + member('columnLetter', f.columnLetter)));
      body += col;
    }
    if (f.dueAt !== undefined) body += member('dueAt', f.dueAt);
    if (f.overdueDays !== undefined) body += member('overdueDays', f.overdueDays);
    if (f.fine) body += member('fine', f.fine);
    if (f.payer !== undefined) body += member('payer', f.payer);
    if (f.escalateTo) body += member('escalateTo', f.escalateTo);
    body += `,"message":{"zh":${JSON.stringify(renderFinding(f, profile, 'zh'))},"en":${JSON.stringify(renderFinding(f, profile, 'en'))}}`;
    // Citations are objects shared by a rule's findings: by identity, then by code.
    let byCode = citations.get(f.citation);
    if (!byCode) citations.set(f.citation, (byCode = new Map()));
    let tail = byCode.get(f.messageId);
    if (tail === undefined) byCode.set(f.messageId, (tail = member('citation', f.citation) + member('code', f.messageId)));
    body += tail;
    return f.explain ? `${body}${member('explain', f.explain)}}` : `${body}}`;
  };
}

/** The person the ledger names for each customer (回访人, 销售顾问, 理财经理 ...), by customer key. */
function performersOf(report: Report): ReadonlyMap<string, string | null> {
  return new Map(report.customers.map((c) => [c.key, c.performer]));
}

function rulesOf(profile: Profile): Record<string, unknown> {
  return Object.fromEntries(profile.rules.map((r) => [r.id, { title: r.title, short: r.short, citation: r.citation }]));
}

/** One finding as the JSON format documents it; keys in a fixed order, absent ones left out. */
function jsonFinding(f: Finding, profile: Profile, performers: ReadonlyMap<string, string | null>): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: f.ruleId, status: f.status, severity: f.severity, customer: f.customer, row: f.row };
  // The person the ledger names for the customer, null when none.
  if (f.customer !== null) out.performer = performers.get(f.customer) ?? null;
  if (f.column !== undefined) {
    out.column = f.column;
    out.columnLetter = f.columnLetter;
  }
  if (f.dueAt !== undefined) out.dueAt = f.dueAt;
  if (f.overdueDays !== undefined) out.overdueDays = f.overdueDays;
  if (f.fine) out.fine = f.fine;
  if (f.payer !== undefined) out.payer = f.payer;
  if (f.escalateTo) out.escalateTo = f.escalateTo;
  out.message = { zh: renderFinding(f, profile, 'zh'), en: renderFinding(f, profile, 'en') };
  out.citation = f.citation;
  out.code = f.messageId;
  if (f.explain) out.explain = f.explain;
  return out;
}
