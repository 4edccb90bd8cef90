/**
 * The JSON document of `check --format json`, as one object (`jsonReport`, for apps) or as the
 * same text in pieces (`jsonReportChunks`, what the CLI prints). A log with many missed weeks has
 * hundreds of thousands of findings: built as one object and one string, the document held the
 * findings twice over and then a string of hundreds of MB. In pieces, each finding is rendered and
 * serialised when it is printed, and a rule's citation, the same for all its findings, is
 * serialised once. Both forms take a finding's keys from the same two builders (head and tail).
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
  const performers = performersOf(report);
  // A citation is one object per rule, shared by its findings: serialised once per object.
  const citations = new Map<Finding['citation'], string | undefined>();
  const citation = (f: Finding) => {
    if (!citations.has(f.citation)) citations.set(f.citation, JSON.stringify(f.citation));
    const text = citations.get(f.citation);
    return text === undefined ? '' : `"citation":${text},`;
  };
  yield `${JSON.stringify({ profile: report.profile, asOf: report.asOf }).slice(0, -1)},"findings":[`;
  const findings = report.findings;
  for (let from = 0; from < findings.length; from += size) {
    const parts: string[] = [];
    for (let k = from; k < Math.min(findings.length, from + size); k++) {
      const f = findings[k]!;
      // jsonFinding's keys in its order: the head (never empty), the citation, the tail (never empty).
      const head = JSON.stringify(jsonFindingHead(f, profile, performers));
      const tail = JSON.stringify(jsonFindingTail(f));
      parts.push(`${head.slice(0, -1)},${citation(f)}${tail.slice(1)}`);
    }
    yield (from === 0 ? '' : ',') + parts.join(',');
  }
  yield `],"summary":${JSON.stringify(report.summary)},"rules":${JSON.stringify(rulesOf(profile))}}`;
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
  return { ...jsonFindingHead(f, profile, performers), citation: f.citation, ...jsonFindingTail(f) };
}

/** A finding's keys before its citation (a new key goes here or in the tail, never in both). */
function jsonFindingHead(f: Finding, profile: Profile, performers: ReadonlyMap<string, string | null>): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: f.ruleId, status: f.status, severity: f.severity, customer: f.customer, row: f.row };
  // The person the ledger names for the customer (回访人, 销售顾问, 理财经理 ...), null when none.
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
  // A run of missed periods (its fine is once per period) and a quota in progress, as data.
  if (f.missed) out.missed = f.missed;
  if (f.quota) out.quota = f.quota;
  out.message = { zh: renderFinding(f, profile, 'zh'), en: renderFinding(f, profile, 'en') };
  return out;
}

/** A finding's keys after its citation. */
function jsonFindingTail(f: Finding): Record<string, unknown> {
  return f.explain ? { code: f.messageId, explain: f.explain } : { code: f.messageId };
}
