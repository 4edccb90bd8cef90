/**
 * The task pane: plain DOM, no framework. It talks to Excel only through the engine (the adapter
 * in src/office/ and the library), which is a separate chunk loaded on first use: this file and
 * what it imports are the initial JavaScript, so it imports only types from the library.
 */
import type { Field, Finding, FieldSpec, Profile } from '@ledgerlint/policy';
import type { AnnotateResult, CheckResult, ClearResult, CommandOptions, Progress, Removal, SheetRef } from '../office/adapter';
import { t, type Key, type Lang } from './i18n';
import type { ProfileEntry } from './profile-list';

/** What the pane needs from the lazily loaded chunk: the Excel commands and a few library functions. */
export interface Engine {
  check(o: { profile: Profile; asOf?: string; columns?: Partial<Record<Field, string>> } & CommandOptions): Promise<CheckResult>;
  annotate(o: { profile: Profile; asOf?: string; columns?: Partial<Record<Field, string>> } & CommandOptions): Promise<AnnotateResult>;
  clear(o: CommandOptions): Promise<ClearResult>;
  selectRow(sheet: SheetRef, row: number, lastColumn?: number): Promise<void>;
  saveSheetSettings(sheet: SheetRef, settings: { profile?: string; columns: Record<string, string> }): Promise<void>;
  getProfile(id: string): Profile;
  parseProfile(input: unknown): Profile;
  renderFinding(f: Finding, profile: Profile, lang: Lang): string;
  isLedgerlintError(e: unknown): e is ShownError;
  FIELDS: Record<Field, FieldSpec>;
  FIELD_NAMES: readonly Field[];
  columnLetter(index: number): string;
}

/** What the task pane shows of an error the library raised: its code and its text per locale. */
type ShownError = { code: string; render(locale: 'zh' | 'en', separator?: string): string };

/** Customer groups drawn at first, and per "more" click; findings drawn per group at first. */
const GROUPS_PAGE = 25;
const FINDINGS_PAGE = 10;
const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };
/** The clerk's cells kept in our columns named in the message at most. */
const KEPT_SHOWN = 12;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

function today(): string {
  // Asia/Shanghai, as the library reads dates.
  const d = new Date(Date.now() + 8 * 3600_000);
  return d.toISOString().slice(0, 10);
}

function fineText(f: Finding): string {
  const fine = f.fine;
  if (!fine) return '';
  if ('min' in fine) return `${fine.min}-${fine.max} 元`;
  return fine.amount === null ? '—' : `${fine.amount} 元`;
}

export function createApp(root: HTMLElement, load: () => Promise<Engine>, profiles: readonly ProfileEntry[], options: { lang?: Lang } = {}): { render(): void } {
  let lang: Lang = options.lang ?? 'zh';
  let engine: Engine | null = null;
  let profileId = profiles[0]?.id ?? '';
  let custom: { profile: Profile; name: string } | null = null;
  let last: { result: CheckResult; profile: Profile; groups: Group[] } | null = null;
  let shownGroups = GROUPS_PAGE;
  const shownInGroup = new Map<string, number>();
  let lastMs = 0;
  let message: { kind: 'error' | 'info' | 'ok'; text: string } | null = null;
  let busy: { label: string; progress: number; controller: AbortController; cancellable: boolean } | null = null;
  let asOf = today();
  let columns: Partial<Record<Field, string>> | undefined;

  async function ready(): Promise<Engine> {
    if (!engine) engine = await load();
    return engine;
  }
  const currentProfile = (e: Engine): Profile => custom?.profile ?? e.getProfile(profileId);

  const tt = (key: Key, p?: Record<string, string | number>) => t(lang, key, p);

  const isLedgerlintError = (e: unknown): e is ShownError => !!engine && engine.isLedgerlintError(e);

  function errorText(e: unknown): string {
    // A bad profile's issues one per line (the message box keeps line breaks).
    if (isLedgerlintError(e)) return lang === 'zh' ? `${e.render('zh', '\n')}\n${e.render('en', '\n')}` : e.render('en', '\n');
    return tt('unexpected', { reason: e instanceof Error ? e.message.split('\n', 1)[0] : String(e) });
  }

  function onProgress(p: Progress): void {
    if (!busy) return;
    busy.label = p.phase === 'read' ? tt('reading', { done: p.done.toLocaleString(), total: p.total.toLocaleString() }) : p.phase === 'check' ? tt('checking') : tt('writing');
    busy.progress = p.phase === 'read' ? (p.done / Math.max(1, p.total)) * 0.6 : p.phase === 'check' ? 0.7 : 0.7 + 0.3 * (p.done / Math.max(1, p.total));
    busy.cancellable = p.phase !== 'write';
    paintProgress();
  }

  async function run<T>(label: Key, work: (e: Engine, o: CommandOptions) => Promise<T>, done: (r: T) => void): Promise<void> {
    if (busy) return;
    const controller = new AbortController();
    busy = { label: tt(label), progress: 0, controller, cancellable: true };
    message = null;
    render();
    // Let the pane paint before the work starts.
    await new Promise((r) => setTimeout(r, 0));
    let r0 = 0;
    try {
      const e = await ready();
      const r = await work(e, { signal: controller.signal, onProgress });
      r0 = performance.now();
      done(r);
    } catch (e) {
      message = { kind: 'error', text: errorText(e) };
    } finally {
      busy = null;
      if (!r0) r0 = performance.now();
      render();
      // Grouping the findings and drawing the pane (the browser paints after this).
      root.dataset.renderMs = String(Math.round(performance.now() - r0));
    }
  }

  function setResult(r: CheckResult, profile: Profile): void {
    last = { result: r, profile, groups: r.report ? groupFindings(r.report.findings) : [] };
    shownGroups = GROUPS_PAGE;
    shownInGroup.clear();
  }

  function doCheck(): Promise<void> {
    const t0 = performance.now();
    root.dataset.clickAt = String((performance.timeOrigin ?? Date.now() - t0) + t0);
    let used: Profile;
    return run('checking', (e, o) => e.check({ profile: (used = currentProfile(e)), asOf, columns, ...o }), (r) => {
      // From the click to the report in hand: engine chunk (if not yet loaded), read, evaluate.
      lastMs = performance.now() - t0;
      setResult(r, used);
      if (r.error) message = { kind: 'error', text: errorText(r.error) };
      root.dataset.checkMs = String(Math.round(lastMs));
      root.dataset.readMs = String(Math.round(r.timings.readMs));
      root.dataset.evaluateMs = String(Math.round(r.timings.evaluateMs));
    });
  }

  function doAnnotate(): Promise<void> {
    let used: Profile;
    return run('writing', (e, o) => e.annotate({ profile: (used = currentProfile(e)), asOf, columns, ...o }), (r) => {
      setResult(r, used);
      const degraded = r.degraded.filter((d) => d !== 'no-workbook-settings');
      message = {
        kind: 'ok',
        text:
          tt('annotated', { rows: r.plan.rows.toLocaleString(), status: r.plan.statusColumn, due: r.plan.nextDueColumn, notes: r.plan.notes.toLocaleString(), sheet: r.plan.summarySheet }) +
          (degraded.length ? `\n${tt('degraded', { list: degraded.map((d) => tt(d)).join('；') })}` : '') +
          (r.dateSystem.date1904 ? `\n${tt('written1904')}` : '') +
          (r.prior ? removalNotes(r.prior) : ''),
      };
    });
  }

  /** Sheet names as the pane lists them: 「a」、「b」 or "a", "b". */
  const sheetList = (names: readonly string[]) => (lang === 'zh' ? names.map((n) => `「${n}」`).join('、') : names.map((n) => `"${n}"`).join(', '));

  /** What removing an annotation left alone, one line each: the clerk's cells, an edited summary, columns not found. */
  function removalNotes(r: Removal): string {
    const lines: string[] = [];
    const cells = r.kept.flatMap((k) => k.cells.map((c) => (r.kept.length > 1 ? `${k.sheet}!${c}` : c)));
    const shown = cells.slice(0, KEPT_SHOWN).join(lang === 'zh' ? '、' : ', ') + (cells.length > KEPT_SHOWN ? '…' : '');
    if (cells.length) lines.push(tt('keptCells', { n: cells.length, cells: shown }));
    if (r.keptSummary.length) lines.push(tt('keptSummary', { sheets: sheetList(r.keptSummary) }));
    if (r.missingColumns.length === 2) lines.push(tt('missingColumns'));
    else for (const header of r.missingColumns) lines.push(tt('missingColumn', { header }));
    return lines.map((l) => `\n${l}`).join('');
  }

  function doClear(): Promise<void> {
    return run('writing', (e, o) => e.clear(o), (r) => {
      message = { kind: 'ok', text: (r.sheets.length ? tt('cleared', { sheets: sheetList(r.sheets) }) : tt('clearedNoSheet')) + removalNotes(r) };
    });
  }

  async function loadCustom(file: File): Promise<void> {
    try {
      const text = await file.text();
      const e = await ready();
      custom = { profile: e.parseProfile(JSON.parse(text)), name: file.name };
      message = { kind: 'info', text: tt('customLoaded', { name: file.name }) };
    } catch (e) {
      message = { kind: 'error', text: isLedgerlintError(e) ? errorText(e) : tt('profileError', { reason: e instanceof Error ? e.message.slice(0, 200) : String(e) }) };
    }
    render();
  }

  function toolbar(): HTMLElement {
    const select = h('select', { id: 'profile', 'aria-label': tt('profile') });
    for (const p of profiles) {
      const opt = h('option', { value: p.id }, `${p.id} ${p.title[lang]}`);
      if (!custom && profileId === p.id) opt.selected = true;
      select.append(opt);
    }
    if (custom) {
      const opt = h('option', { value: '__custom' }, `${custom.profile.id} (${custom.name})`);
      opt.selected = true;
      select.append(opt);
    }
    select.append(h('option', { value: '__load' }, tt('customProfile')));
    const file = h('input', { type: 'file', accept: '.json,application/json', class: 'hidden', id: 'profile-file' });
    file.addEventListener('change', () => file.files?.[0] && void loadCustom(file.files[0]));
    select.addEventListener('change', () => {
      if (select.value === '__load') {
        file.click();
        return;
      }
      if (select.value === '__custom') return;
      profileId = select.value;
      custom = null;
    });
    const date = h('input', { type: 'date', id: 'as-of', value: asOf, 'aria-label': tt('asOf') });
    date.addEventListener('change', () => (asOf = date.value || today()));
    const button = (id: string, key: Key, primary: boolean, fn: () => void) => {
      const b = h('button', { id, class: primary ? 'btn primary' : 'btn', type: 'button' }, tt(key));
      if (busy) b.disabled = true;
      b.addEventListener('click', fn);
      return b;
    };
    return h(
      'section',
      { class: 'card' },
      h('label', { class: 'field' }, h('span', {}, tt('profile')), select),
      file,
      h('label', { class: 'field' }, h('span', {}, tt('asOf')), date),
      h('div', { class: 'buttons' }, button('check', 'check', true, () => void doCheck()), button('annotate', 'annotate', false, () => void doAnnotate()), button('clear', 'clear', false, () => void doClear())),
    );
  }

  let progressEl: HTMLElement | null = null;
  function paintProgress(): void {
    if (!progressEl || !busy) return;
    const bar = progressEl.querySelector<HTMLElement>('.bar > div');
    const label = progressEl.querySelector<HTMLElement>('.label');
    const cancel = progressEl.querySelector<HTMLButtonElement>('button');
    if (bar) bar.style.width = `${Math.round(busy.progress * 100)}%`;
    if (label) label.textContent = busy.label;
    if (cancel) cancel.disabled = !busy.cancellable;
  }

  function progress(): HTMLElement | null {
    if (!busy) return (progressEl = null);
    const cancel = h('button', { class: 'btn small', type: 'button', id: 'cancel' }, tt('cancel'));
    cancel.addEventListener('click', () => busy?.controller.abort());
    progressEl = h('section', { class: 'progress', role: 'status' }, h('div', { class: 'label' }, busy.label), h('div', { class: 'bar' }, h('div', {})), cancel);
    return progressEl;
  }

  function mappingEditor(r: CheckResult, profile: Profile): HTMLElement | null {
    if (!r.headers.length || !engine) return null;
    const { FIELDS, FIELD_NAMES, columnLetter } = engine;
    const letters = r.headers.map((hd, i) => `${columnLetter(r.firstColumn + i)} ${hd}`.trim());
    const rows: HTMLElement[] = [];
    const chosen: Partial<Record<Field, string>> = {};
    const shown = FIELD_NAMES.filter((f) => r.fields[f] !== undefined || profile.essentialColumns.includes(f) || f === 'customerId' || f === 'customerName');
    for (const f of shown) {
      const select = h('select', { 'data-field': f });
      select.append(h('option', { value: '' }, tt('notMapped')));
      r.headers.forEach((hd, i) => {
        if (hd === '') return;
        const opt = h('option', { value: hd }, letters[i]);
        if (r.fields[f] === i) opt.selected = true;
        select.append(opt);
      });
      if (r.fields[f] !== undefined) chosen[f] = r.headers[r.fields[f]!];
      select.addEventListener('change', () => {
        if (select.value) chosen[f] = select.value;
        else delete chosen[f];
      });
      rows.push(h('label', { class: 'map-row' }, h('span', {}, lang === 'zh' ? FIELDS[f].zh : FIELDS[f].en), select));
    }
    const save = h('button', { class: 'btn', type: 'button', id: 'save-mapping' }, tt('saveMapping'));
    save.addEventListener('click', () =>
      void run('writing', async (e) => {
        columns = { ...chosen };
        await e.saveSheetSettings(r.sheet, { profile: profile.id, columns: columns as Record<string, string> });
        return r.sheet;
      }, (sheet) => {
        message = { kind: 'ok', text: tt('mappingSaved', { sheet: sheet.name }) };
      }),
    );
    const details = h('details', { class: 'card mapping' }, h('summary', {}, tt('mapping')), h('p', { class: 'hint' }, tt('mappingHint')), ...rows, save);
    // Open on a problem with the columns; merged cells Excel cannot read are not one.
    if (r.error && r.error.code !== 'merged-cells-unreadable') details.open = true;
    return details;
  }

  function findingItem(f: Finding, r: CheckResult, profile: Profile, lastColumn: number): HTMLElement {
    const meta = [f.row !== null ? tt('row', { row: f.row }) : tt('wholeLedger'), f.dueAt ? tt('due', { due: f.dueAt.replace('T', ' ').replace('+08:00', '') }) : '', fineText(f) ? tt('fine', { fine: fineText(f) }) : ''].filter(Boolean).join(' · ');
    const item = h(
      'li',
      { class: `finding sev-${f.severity}`, tabindex: '0', 'data-row': String(f.row ?? '') },
      h('div', { class: 'line' }, h('span', { class: `badge sev-${f.severity}` }, tt(`severity_${f.severity}` as Key)), h('span', { class: 'status' }, tt(`status_${f.status}` as Key)), h('span', { class: 'meta' }, meta)),
      h('div', { class: 'msg' }, engine!.renderFinding(f, profile, lang)),
      h('div', { class: 'cite' }, `${tt('clause')}：${f.citation.section}「${f.citation.quote}」`),
    );
    if (f.row !== null) {
      const go = () => void engine!.selectRow(r.sheet, f.row!, lastColumn).catch((e) => ((message = { kind: 'error', text: errorText(e) }), render()));
      item.addEventListener('click', go);
      item.addEventListener('keydown', (ev) => ev.key === 'Enter' && go());
    }
    return item;
  }

  /** One customer's group: its first findings, and a button for the next page of them. */
  function groupEl(g: Group, r: CheckResult, profile: Profile, lastColumn: number): HTMLElement {
    const shown = Math.min(g.count, shownInGroup.get(g.k) ?? FINDINGS_PAGE);
    const ul = h('ul', {}, ...g.list.slice(0, shown).map((f) => findingItem(f, r, profile, lastColumn)));
    if (g.count > shown) {
      const more = h('button', { class: 'btn link more', type: 'button' }, tt('moreFindings', { n: (g.count - shown).toLocaleString() }));
      more.addEventListener('click', (ev) => {
        ev.stopPropagation();
        shownInGroup.set(g.k, shown + FINDINGS_PAGE * 5);
        el.replaceWith(groupEl(g, r, profile, lastColumn));
      });
      ul.append(h('li', { class: 'more' }, more));
    }
    const el = h('details', { class: 'group', open: '' }, h('summary', {}, h('strong', {}, g.k || tt('wholeLedger')), h('span', { class: 'count' }, String(g.count))), ul);
    return el;
  }

  /**
   * The results: counts by status, then customer groups worst first, drawn a page at a time
   * (never one DOM node per finding of a 100,000-row ledger; all are in the sheet after Annotate).
   */
  function findings(r: CheckResult, profile: Profile, groups: Group[]): HTMLElement | null {
    const report = r.report;
    if (!report) return null;
    const s = report.summary;
    const head = h('div', { class: 'summary' }, tt('summary', { records: s.records.toLocaleString(), customers: s.customers.toLocaleString(), findings: report.findings.length.toLocaleString() }));
    const counts = h('div', { class: 'chips' });
    for (const [status, n] of Object.entries(s.byStatus)) counts.append(h('span', { class: `chip st-${status}` }, `${tt(`status_${status}` as Key)} ${n.toLocaleString()}`));
    const note1904 = r.dateSystem.date1904 ? h('p', { class: 'message info', id: 'date-system' }, tt(r.dateSystem.source === 'api' ? 'date1904Api' : 'date1904Text')) : null;
    if (report.findings.length === 0) return h('section', { class: 'card results', id: 'results' }, head, note1904, h('p', { class: 'ok' }, tt('noFindings')));
    const list = h('div', { class: 'groups' });
    const lastColumn = r.firstColumn + r.headers.length - 1;
    for (const g of groups.slice(0, shownGroups)) list.append(groupEl(g, r, profile, lastColumn));
    let more: HTMLElement | null = null;
    if (groups.length > shownGroups) {
      const rest = groups.length - shownGroups;
      const button = h('button', { class: 'btn', type: 'button', id: 'more-groups' }, tt('moreCustomers', { n: rest.toLocaleString(), page: Math.min(rest, GROUPS_PAGE) }));
      button.addEventListener('click', () => {
        const from = shownGroups;
        shownGroups += GROUPS_PAGE;
        for (const g of groups.slice(from, shownGroups)) list.append(groupEl(g, r, profile, lastColumn));
        const left = groups.length - shownGroups;
        if (left > 0) button.textContent = tt('moreCustomers', { n: left.toLocaleString(), page: Math.min(left, GROUPS_PAGE) });
        else button.parentElement?.remove();
      });
      more = h('p', { class: 'hint' }, button);
    }
    const timing = tt('timing', { ms: Math.round(lastMs), read: Math.round(r.timings.readMs), evaluate: Math.round(r.timings.evaluateMs) });
    return h('section', { class: 'card results', id: 'results' }, head, counts, note1904, list, more, h('p', { class: 'hint timing' }, timing));
  }

  function render(): void {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    const langButton = h('button', { class: 'btn link', type: 'button', id: 'lang' }, tt('lang'));
    langButton.addEventListener('click', () => {
      lang = lang === 'zh' ? 'en' : 'zh';
      render();
    });
    const header = h('header', {}, h('div', {}, h('h1', {}, tt('title')), h('p', { class: 'sub' }, tt('subtitle'))), langButton);
    const msg = message ? h('div', { class: `message ${message.kind}`, role: message.kind === 'error' ? 'alert' : 'status', id: 'message' }, message.text) : null;
    root.replaceChildren(header, toolbar(), progress() ?? '', msg ?? '', last ? (mappingEditor(last.result, last.profile) ?? '') : '', last ? (findings(last.result, last.profile, last.groups) ?? '') : '', h('footer', {}, tt('privacy')));
    paintProgress();
  }

  return { render };
}

interface Group {
  k: string;
  /** Findings worst severity first (stable), built on first use: most groups are never drawn. */
  readonly list: Finding[];
  count: number;
  worst: number;
}

/**
 * Findings by customer, each group worst severity first, groups worst first (the whole-sheet
 * group leading its rank), otherwise in report order. Linear: buckets, no sort; a group's list is
 * only put together when it is drawn.
 */
export function groupFindings(all: readonly Finding[]): Group[] {
  const byKey = new Map<string, { k: string; buckets: Finding[][]; count: number; worst: number; flat: Finding[] | null }>();
  for (const f of all) {
    const k = f.customer ?? '';
    let g = byKey.get(k);
    if (!g) byKey.set(k, (g = { k, buckets: [[], [], [], []], count: 0, worst: 3, flat: null }));
    const rank = SEVERITY_RANK[f.severity] ?? 3;
    g.buckets[rank].push(f);
    g.count++;
    if (rank < g.worst) g.worst = rank;
  }
  const ranks: Group[][] = [[], [], [], []];
  for (const g of byKey.values()) {
    const group: Group = {
      k: g.k,
      count: g.count,
      worst: g.worst,
      get list() {
        return (g.flat ??= g.buckets[0].concat(g.buckets[1], g.buckets[2], g.buckets[3]));
      },
    };
    if (g.k === '') ranks[g.worst].unshift(group);
    else ranks[g.worst].push(group);
  }
  return ranks[0].concat(ranks[1], ranks[2], ranks[3]);
}
