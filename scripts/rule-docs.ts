/**
 * Rule doc pages, generated from rule metadata (never hand-written): `pnpm docs:rules` writes
 * docs/rules/<rule-id>.md and docs/rules/README.md; test/rules-complete.test.ts fails when a page is
 * missing, stale or has no rule. A profile's definition with a catalog ID (what counts as a
 * contact, `definitions.contact`) has its page too.
 */
import { getProfile, PROFILE_IDS, type ContactDefinition, type Profile, type Rule } from '@ledgerlint/policy';
import { factsOf, kindOf, paramAt } from '@ledgerlint/policy/kinds';
import { FIELDS } from '@ledgerlint/policy/ledger';

const MODALITY: Record<string, string> = {
  M: 'M：必须 / mandatory → 违规为错误 (error)',
  D: 'D：原则上 / default with exceptions → 违规为错误 (error) unless an exception is recorded',
  S: 'S：尽量、一般 / soft → 警告 (warning)',
  U: 'U：及时、定期，无具体数字 / unparameterised → 未配置 (not-configured)',
};

/** Repository path of a rule's (or a definition's) source and its table test. */
export function rulePaths(profile: Profile, rule: Pick<Rule, 'id'>): { source: string; test: string } {
  const base = `packages/policy/src/profiles/${profile.id}/rules/${rule.id}`;
  return { source: `${base}.ts`, test: `${base}.test.ts` };
}

/** The doc page of one rule. */
export function ruleDoc(profile: Profile, rule: Rule): string {
  const c = rule.citation;
  const paths = rulePaths(profile, rule);
  const lines = [
    `<!-- Generated from ${paths.source} by \`pnpm docs:rules\`; edit the rule, not this page. -->`,
    `# ${rule.id} · ${rule.title.zh}`,
    '',
    `*${rule.title.en}*`,
    '',
    '| | |',
    '|---|---|',
    `| 规则配置 Profile | \`${profile.id}\` ${profile.title.zh} / ${profile.title.en} |`,
    `| 出处 Source | \`${c.file}\` · ${c.section}${c.lines ? ` (${c.lines})` : ''} |`,
    `| 强制程度 Modality | ${MODALITY[rule.modality]} |`,
    `| 规则类型 Kind | \`${rule.kind}\` |`,
    `| 简称 Short name | ${rule.short.zh} / ${rule.short.en} |`,
  ];
  if (rule.fine) {
    const f = rule.fine;
    // An amount taken from the finding's row (货值) is named by its columns.
    const amount = f.amountFields ? `该行${f.amountFields.map((x) => `「${FIELDS[x].zh}」`).join('或')}的金额 / the row's ${f.amountFields.map((x) => FIELDS[x].en).join(' or ')}（没有时 / else ${f.amount ?? '未配置 not configured'}）` : `${f.min !== undefined ? `${f.min}–${f.max}` : f.amount ?? '未配置 not configured'} 元`;
    lines.push(`| 罚款 Fine | ${amount}${f.payer ? `，${f.payer}` : ''} |`);
  }
  if (rule.escalateTo?.length) lines.push(`| 上报 Escalate to | ${rule.escalateTo.join('、')} |`);
  lines.push('', `> ${c.quote}`, '', '## 解读 / Reading', '', rule.reading.zh, '', rule.reading.en, '', '## 参数 / Parameters', '', '```json', JSON.stringify(rule.params, null, 2), '```', '');
  // Numbers that are ours, not the document's, are said as such (their findings are warnings).
  const ours = Object.entries(rule.ours ?? {});
  if (ours.length) {
    lines.push('ledgerlint 的数 / Our numbers (not the document\'s):', '');
    for (const [at, why] of ours) lines.push(`- \`${at}\` = \`${JSON.stringify(paramAt(rule.params, at))}\`（ledgerlint 建议值，${why.zh}） / ledgerlint's suggested value; ${why.en}`);
    lines.push('');
  }
  // Which records the rule looks at is part of what it checks (only the technical department's visits).
  if (rule.records) lines.push('记录范围 / Records the rule looks at:', '', '```json', JSON.stringify(rule.records, null, 2), '```', '');
  if (rule.when) {
    lines.push('## 适用条件 / Applies when', '', '```json', JSON.stringify(rule.when, null, 2), '```', '');
    // A fact the profile declares means what its declaration says: show it beside the condition.
    const declared = Object.fromEntries(factsOf(rule.when).flatMap((f) => (profile.definitions?.facts?.[f] ? [[f, profile.definitions.facts[f]]] : [])));
    if (Object.keys(declared).length) lines.push('本规则配置声明的事实 / Facts the profile declares (`definitions.facts`):', '', '```json', JSON.stringify(declared, null, 2), '```', '');
  }
  const messages = Object.entries(kindOf(rule).messagesOf(rule));
  if (messages.length) {
    lines.push('## 发现 / Findings', '', '| code | 中文 | English |', '|---|---|---|');
    for (const [id, m] of messages) lines.push(`| \`${id}\` | ${m.zh.replace(/\|/g, '\\|')} | ${m.en.replace(/\|/g, '\\|')} |`);
    lines.push('');
  } else lines.push('## 发现 / Findings', '', '本规则本身不产生发现；它决定其他规则计入哪些回访。This rule has no findings of its own; it defines which contacts the other rules count.', '');
  lines.push('## 实现与测试 / Implementation and tests', '', `- Definition: \`${paths.source}\``, `- Table test (valid and invalid ledgers): \`${paths.test}\``, `- Kind: \`${rule.kind}\` in \`packages/policy/src/kinds/\``, '');
  return lines.join('\n');
}

/** A profile's definitions that carry a catalog ID and get a page: its contact definition. */
export function catalogDefinitions(profile: Profile): ContactDefinition[] {
  return profile.definitions?.contact ? [profile.definitions.contact] : [];
}

/** The doc page of a profile's definition of a qualifying contact. */
export function definitionDoc(profile: Profile, definition: ContactDefinition): string {
  const { id, title, short, citation: c, reading, ...criteria } = definition;
  const paths = rulePaths(profile, definition);
  const lines = [
    `<!-- Generated from ${paths.source} by \`pnpm docs:rules\`; edit the definition, not this page. -->`,
    `# ${id} · ${title.zh}`,
    '',
    `*${title.en}*`,
    '',
    '| | |',
    '|---|---|',
    `| 规则配置 Profile | \`${profile.id}\` ${profile.title.zh} / ${profile.title.en} |`,
    `| 出处 Source | \`${c.file}\` · ${c.section}${c.lines ? ` (${c.lines})` : ''} |`,
    `| 定义 Definition | \`definitions.contact\`：什么算一次合格（成功）的回访 / what counts as a qualifying (successful) contact |`,
  ];
  if (short) lines.push(`| 简称 Short name | ${short.zh} / ${short.en} |`);
  lines.push('', `> ${c.quote}`, '', '## 解读 / Reading', '', reading.zh, '', reading.en, '', '## 参数 / Parameters', '', '```json', JSON.stringify(criteria, null, 2), '```', '');
  lines.push('## 发现 / Findings', '', '本定义本身不产生发现；它决定各规则计入哪些回访。This definition has no findings of its own; it defines which contacts the rules count.', '');
  lines.push('## 实现与测试 / Implementation and tests', '', `- Definition: \`${paths.source}\``, `- Table test (valid and invalid ledgers): \`${paths.test}\``, '- Evaluated by: `packages/policy/src/engine/contacts.ts`', '');
  return lines.join('\n');
}

/** Every rule page by file name, plus the index. */
export function allRuleDocs(): Map<string, string> {
  const pages = new Map<string, string>();
  const index = ['<!-- Generated by `pnpm docs:rules`. -->', '# 规则 / Rules', '', '| ID | 规则 | Rule | Profile | Kind | Modality |', '|---|---|---|---|---|---|'];
  for (const id of PROFILE_IDS) {
    const profile = getProfile(id);
    for (const d of catalogDefinitions(profile)) {
      pages.set(`${d.id}.md`, definitionDoc(profile, d));
      index.push(`| [\`${d.id}\`](${d.id}.md) | ${d.title.zh} | ${d.title.en} | ${profile.id} | \`definitions.contact\` | — |`);
    }
    for (const rule of profile.rules) {
      pages.set(`${rule.id}.md`, ruleDoc(profile, rule));
      index.push(`| [\`${rule.id}\`](${rule.id}.md) | ${rule.title.zh} | ${rule.title.en} | ${profile.id} | \`${rule.kind}\` | ${rule.modality} |`);
    }
  }
  pages.set('README.md', index.join('\n') + '\n');
  return pages;
}
