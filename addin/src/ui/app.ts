/**
 * The task pane: plain DOM, no framework. It talks to Excel only through the engine (the adapter
 * in src/office/ and the library), which is a separate chunk loaded on first use: this file and
 * what it imports are the initial JavaScript, so it imports only types from the library.
 */
import type { Finding, Profile, TodoItem } from '@ledgerlint/policy';
import type { Field, FieldSpec } from '@ledgerlint/policy/ledger';
import type { AnnotateResult, CheckResult, ClearResult, CommandOptions, Progress, Removal, SheetRef } from '../office/adapter';
import { STRINGS, t, type Key, type Lang } from './i18n';
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
  /** The call list's words and groups, as `ledgerlint todo` says them. */
  todoStateWords(item: TodoItem, asOf: string): { zh: string; en: string };
  todoDueText(dueAt: string): string;
  byPerformer(items: readonly TodoItem[]): { performer: string | null; items: TodoItem[] }[];
  FIELDS: Record<Field, FieldSpec>;
  FIELD_NAMES: readonly Field[];
  columnLetter(index: number): string;
}

/** What the task pane shows of an error the library raised: its code and its text per locale. */
type ShownError = { code: string; render(locale: 'zh' | 'en', separator?: string): string };

/** Customer groups per page of the findings view; findings drawn per group at first. */
const GROUPS_PAGE = 25;
/** Items of the call list drawn at first, and per "more" click. */
const TODO_PAGE = 100;
/** The call list's look-ahead: the library's WORK_QUEUE_DAYS, which the host code's check uses (a value import would pull the library into the initial script). */
const TODO_DAYS = 7;
/** The call list's states, most urgent first (the chips' order). */
const TODO_STATES = ['overdue', 'due-today', 'due-soon', 'open'] as const;
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
  let last: { result: CheckResult; profile: Profile } | null = null;
  /** What the results show: the call list (after every check) or all findings. */
  let view: 'todo' | 'findings' = 'todo';
  /** The search box's text, and the chips pressed (none: all) in each view. */
  let query = '';
  const todoStates = new Set<string>();
  const findingStatuses = new Set<string>();
  let todoShown = TODO_PAGE;
  let page = 0;
  const shownInGroup = new Map<string, number>();
  /** The findings grouped for the last filter (grouping 300,000 findings is not redone per page). */
  let grouped: { key: string; groups: Group[] } | null = null;
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

  /** A status in words; one the pane has no word for (added to the library later) as itself. */
  const statusWord = (status: string) => (`status_${status}` in STRINGS[lang] ? tt(`status_${status}` as Key) : status);

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
    last = { result: r, profile };
    view = 'todo';
    query = '';
    todoStates.clear();
    findingStatuses.clear();
    todoShown = TODO_PAGE;
    page = 0;
    grouped = null;
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
      h('div', { class: 'line' }, h('span', { class: `badge sev-${f.severity}` }, tt(`severity_${f.severity}` as Key)), h('span', { class: 'status' }, statusWord(f.status)), h('span', { class: 'meta' }, meta)),
      h('div', { class: 'msg' }, engine!.renderFinding(f, profile, lang)),
      h('div', { class: 'cite' }, `${tt('clause')}：${f.citation.section}「${f.citation.quote}」`),
    );
    if (f.row !== null) selectOnClick(item, r, f.row, lastColumn);
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

  /** Whether a customer matches the search box: its number, name or phone (spaces and dashes ignored). */
  function matcher(r: CheckResult): (customer: string | null) => boolean {
    const norm = (v: string | null | undefined) => (v ?? '').toLowerCase().replace(/[\s-]/g, '');
    const q = norm(query);
    if (!q) return () => true;
    const byKey = new Map(r.report?.customers.map((c) => [c.key, c]) ?? []);
    return (customer) => {
      if (customer === null) return false;
      const c = byKey.get(customer);
      return norm(customer).includes(q) || norm(c?.name).includes(q) || norm(c?.phone).includes(q);
    };
  }

  /** A filter chip: pressed, it shows only its state (several may be pressed; none shows all). */
  function chip(key: string, label: string, n: number, pressed: Set<string>, refresh: () => void): HTMLElement {
    const b = h('button', { type: 'button', class: `chip st-${key}${pressed.has(key) ? ' on' : ''}`, 'data-state': key, 'aria-pressed': String(pressed.has(key)) }, `${label} ${n.toLocaleString()}`);
    b.addEventListener('click', () => {
      if (pressed.has(key)) pressed.delete(key);
      else pressed.add(key);
      refresh();
    });
    return b;
  }

  /** One item of the call list: due, state, customer, name, phone, what is owed, row; a click selects the row. */
  function todoItemEl(item: TodoItem, r: CheckResult, lastColumn: number): HTMLElement {
    const e = engine!;
    const cells = [
      h('span', { class: 'due' }, e.todoDueText(item.dueAt)),
      h('span', { class: `state st-${item.state}` }, e.todoStateWords(item, r.report!.asOf)[lang]),
      h('span', { class: 'cust' }, item.customer ?? tt('wholeLedger')),
      item.customerName ? h('span', { class: 'name' }, item.customerName) : null,
      item.phone ? h('span', { class: 'phone' }, item.phone) : null,
    ];
    const owed = h('div', { class: 'owed' }, h('span', { class: 'what' }, item.what[lang]), item.row !== null ? h('span', { class: 'meta' }, tt('row', { row: item.row })) : null);
    const el = h('li', { class: `todo-item st-${item.state}`, tabindex: '0', 'data-row': String(item.row ?? ''), 'data-customer': item.customer ?? '' }, h('div', { class: 'line' }, ...cells), owed);
    el.title = item.message[lang];
    if (item.row !== null) selectOnClick(el, r, item.row, lastColumn);
    return el;
  }

  /** Clicking (or Enter on) an element selects a row of the checked sheet, through the host code. */
  function selectOnClick(el: HTMLElement, r: CheckResult, row: number, lastColumn: number): void {
    const go = () => void engine!.selectRow(r.sheet, row, lastColumn).catch((e) => ((message = { kind: 'error', text: errorText(e) }), render()));
    el.addEventListener('click', go);
    el.addEventListener('keydown', (ev) => ev.key === 'Enter' && go());
  }

  /**
   * 今日待办: the call list filtered by the chips and the search, grouped by performer (the group
   * with the oldest overdue item first, with its counts), drawn TODO_PAGE items at a time.
   */
  function todoView(r: CheckResult, body: HTMLElement, chips: HTMLElement, lastColumn: number): void {
    const all = r.todo;
    const refresh = () => {
      todoShown = TODO_PAGE;
      todoView(r, body, chips, lastColumn);
    };
    chips.replaceChildren(...TODO_STATES.map((st) => chip(st, tt(`todo_${st}`), all.filter((i) => i.state === st).length, todoStates, refresh)));
    if (all.length === 0) {
      body.replaceChildren(h('p', { class: 'ok', id: 'todo-empty' }, tt('todoNone', { days: TODO_DAYS })));
      return;
    }
    const matches = matcher(r);
    const items = all.filter((i) => (todoStates.size === 0 || todoStates.has(i.state)) && matches(i.customer));
    if (items.length === 0) {
      body.replaceChildren(h('p', { class: 'hint', id: 'no-match' }, tt('noMatch')));
      return;
    }
    const nodes: HTMLElement[] = [];
    let budget = todoShown;
    for (const g of engine!.byPerformer(items)) {
      if (budget <= 0) break;
      const overdue = g.items.filter((i) => i.state === 'overdue').length;
      const count = tt('todoGroupCount', { n: g.items.length, overdue });
      const ul = h('ul', {}, ...g.items.slice(0, budget).map((i) => todoItemEl(i, r, lastColumn)));
      budget -= g.items.length;
      nodes.push(h('details', { class: 'group performer', open: '' }, h('summary', {}, h('strong', {}, g.performer ?? tt('noPerformer')), h('span', { class: 'count' }, count)), ul));
    }
    if (items.length > todoShown) {
      const left = items.length - todoShown;
      const more = h('button', { class: 'btn', type: 'button', id: 'more-todo' }, tt('moreItems', { page: Math.min(left, TODO_PAGE), n: left.toLocaleString() }));
      more.addEventListener('click', () => {
        todoShown += TODO_PAGE;
        todoView(r, body, chips, lastColumn);
      });
      nodes.push(h('p', { class: 'hint' }, more));
    }
    body.replaceChildren(h('div', { class: 'groups', id: 'todo-list' }, ...nodes));
  }

  /**
   * 全部发现: findings filtered by the status chips and the search, customer groups worst first,
   * a page of GROUPS_PAGE customers at a time (never one DOM node per finding of a 100,000-row
   * ledger), with first/previous/next/last so every page is reachable.
   */
  function findingsView(r: CheckResult, profile: Profile, body: HTMLElement, chips: HTMLElement, lastColumn: number): void {
    const report = r.report!;
    const refresh = () => {
      page = 0;
      findingsView(r, profile, body, chips, lastColumn);
    };
    chips.replaceChildren(...Object.entries(report.summary.byStatus).map(([status, n]) => chip(status, statusWord(status), n, findingStatuses, refresh)));
    if (report.findings.length === 0) {
      body.replaceChildren(h('p', { class: 'ok' }, tt('noFindings')));
      return;
    }
    const key = `${[...findingStatuses].sort().join(',')}\u0000${query}`;
    if (grouped?.key !== key) {
      const matches = matcher(r);
      const shown = findingStatuses.size === 0 && !query ? report.findings : report.findings.filter((f) => (findingStatuses.size === 0 || findingStatuses.has(f.status)) && (!query || matches(f.customer)));
      grouped = { key, groups: groupFindings(shown) };
    }
    const groups = grouped.groups;
    if (groups.length === 0) {
      body.replaceChildren(h('p', { class: 'hint', id: 'no-match' }, tt('noMatch')));
      return;
    }
    const pages = Math.ceil(groups.length / GROUPS_PAGE);
    page = Math.min(Math.max(0, page), pages - 1);
    const from = page * GROUPS_PAGE;
    const list = h('div', { class: 'groups', id: 'finding-list' }, ...groups.slice(from, from + GROUPS_PAGE).map((g) => groupEl(g, r, profile, lastColumn)));
    let pager: HTMLElement | null = null;
    if (pages > 1) {
      const go = (id: string, label: string, to: number) => {
        const b = h('button', { class: 'btn small', type: 'button', id, 'aria-label': tt(id as Key) }, label);
        if (to === page || to < 0 || to >= pages) b.disabled = true;
        b.addEventListener('click', () => {
          page = to;
          findingsView(r, profile, body, chips, lastColumn);
          body.scrollIntoView?.({ block: 'start' });
        });
        return b;
      };
      const where = tt('pageOf', { page: page + 1, pages, from: from + 1, to: Math.min(from + GROUPS_PAGE, groups.length), n: groups.length.toLocaleString() });
      pager = h('div', { class: 'pager', id: 'pager' }, go('page-first', '«', 0), go('page-prev', '‹', page - 1), h('span', { class: 'where' }, where), go('page-next', '›', page + 1), go('page-last', '»', pages - 1));
    }
    body.replaceChildren(list, pager ?? '');
  }

  /**
   * The results: the summary, the two views (今日待办 first), the search box and the chips; typing
   * and the chips redraw the view only, so the search box keeps its focus.
   */
  function results(r: CheckResult, profile: Profile): HTMLElement | null {
    const report = r.report;
    if (!report) return null;
    const s = report.summary;
    const head = h('div', { class: 'summary' }, tt('summary', { records: s.records.toLocaleString(), customers: s.customers.toLocaleString(), findings: report.findings.length.toLocaleString() }));
    const note1904 = r.dateSystem.date1904 ? h('p', { class: 'message info', id: 'date-system' }, tt(r.dateSystem.source === 'api' ? 'date1904Api' : 'date1904Text')) : null;
    const tab = (id: string, which: typeof view, label: string) => {
      const b = h('button', { type: 'button', id, role: 'tab', class: `tab${view === which ? ' on' : ''}`, 'aria-selected': String(view === which) }, label);
      b.addEventListener('click', () => {
        view = which;
        render();
      });
      return b;
    };
    const tabs = h('div', { class: 'tabs', role: 'tablist' }, tab('tab-todo', 'todo', tt('todoTab', { n: r.todo.length.toLocaleString() })), tab('tab-findings', 'findings', tt('findingsTab', { n: report.findings.length.toLocaleString() })));
    const search = h('input', { type: 'search', id: 'search', value: query, placeholder: tt('searchHint'), 'aria-label': tt('searchHint') });
    const chips = h('div', { class: 'chips' });
    const body = h('div', { class: 'view', id: view === 'todo' ? 'todo' : 'findings' });
    const lastColumn = r.firstColumn + r.headers.length - 1;
    const draw = () => (view === 'todo' ? todoView(r, body, chips, lastColumn) : findingsView(r, profile, body, chips, lastColumn));
    search.addEventListener('input', () => {
      query = search.value;
      todoShown = TODO_PAGE;
      page = 0;
      draw();
    });
    draw();
    const c = view === 'todo' ? countsOf(r.todo) : null;
    const lead = c ? h('p', { class: 'hint', id: 'todo-tally' }, tt('todoTally', { asOf: report.asOf.slice(0, 10), overdue: c.overdue, today: c['due-today'], days: TODO_DAYS, soon: c['due-soon'] + c.open })) : null;
    const timing = tt('timing', { ms: Math.round(lastMs), read: Math.round(r.timings.readMs), evaluate: Math.round(r.timings.evaluateMs) });
    return h('section', { class: 'card results', id: 'results' }, head, note1904, tabs, lead, search, chips, body, h('p', { class: 'hint timing' }, timing));
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
    root.replaceChildren(header, toolbar(), progress() ?? '', msg ?? '', last ? (mappingEditor(last.result, last.profile) ?? '') : '', last ? (results(last.result, last.profile) ?? '') : '', h('footer', {}, tt('privacy')));
    paintProgress();
  }

  return { render };
}

/** Items per state. */
function countsOf(items: readonly TodoItem[]): Record<(typeof TODO_STATES)[number], number> {
  const out = { overdue: 0, 'due-today': 0, 'due-soon': 0, open: 0 };
  for (const i of items) if (i.state in out) out[i.state]++;
  return out;
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
