// The built add-in (addin/dist, from `pnpm build`): the manifest checked offline, the page's
// Content-Security-Policy, the size budget, zod's jitless mode; and, with office-addin-mock standing
// for Excel, the load-then-sync discipline of the adapter's smallest read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { saveSheetSettings } from '../src/office/adapter';
import type { ExcelHost, XContext } from '../src/office/excel-slice';

const dist = (p: string) => fileURLToPath(new URL(`../dist/${p}`, import.meta.url));
const built = existsSync(dist('taskpane.html'));

/** A small XML reader: checks well-formedness and gives a tree (elements, attributes, text). */
interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}
export function parseXml(xml: string): XmlNode {
  const body = xml.replace(/^\uFEFF/, '').replace(/<\?xml[^?]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[6]) throw new Error(`malformed markup at ${m.index}`);
    if (m[5] !== undefined) {
      if (m[5].trim() && stack.length === 1) throw new Error('text outside the root element');
      stack[stack.length - 1].text += m[5];
      continue;
    }
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
      attrs[a[1]] = a[2];
    }
    const node: XmlNode = { name, attrs, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    if (!selfClose) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  if (root.children.length !== 1) throw new Error('one root element expected');
  return root.children[0];
}
const child = (n: XmlNode, name: string) => n.children.find((c) => c.name === name);
const all = (n: XmlNode): XmlNode[] => [n, ...n.children.flatMap(all)];

describe('manifest.xml (offline check; the online validator cannot be reached from here)', () => {
  const source = readFileSync(fileURLToPath(new URL('../manifest.xml', import.meta.url)), 'utf8');
  for (const [label, text] of [['source', source.replaceAll('{BASE}', 'https://localhost:3000')], ...(built ? [['dist', readFileSync(dist('manifest.xml'), 'utf8')]] : [])] as const) {
    it(`${label}: well-formed, a task pane for Excel with the required elements, ids, version, hosts, permissions`, () => {
      const app = parseXml(text);
      expect(app.name).toBe('OfficeApp');
      expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
      expect(app.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
      // Order of the required elements as the 1.1 schema wants them.
      const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
      expect(app.children.map((c) => c.name)).toEqual(order);
      expect(child(app, 'Id')!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(child(app, 'Version')!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(child(app, 'DefaultLocale')!.text).toBe('zh-CN');
      const name = child(app, 'DisplayName')!;
      expect(name.attrs.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
      expect(name.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
      expect(child(name, 'Override')!.attrs).toMatchObject({ Locale: 'en-US', Value: expect.stringMatching(/[A-Za-z]/) });
      expect(child(child(app, 'Hosts')!, 'Host')!.attrs.Name).toBe('Workbook');
      expect(child(app, 'Permissions')!.text).toBe('ReadWriteDocument');
      const sets = child(child(app, 'Requirements')!, 'Sets')!;
      expect(child(sets, 'Set')!.attrs).toEqual({ Name: 'ExcelApi', MinVersion: '1.2' });
      // Every URL is https, on one base, and every resid points at a resource.
      const urls = all(app).flatMap((n) => Object.entries(n.attrs).filter(([k, v]) => !k.startsWith('xmlns') && /^[a-z]+:\/\//i.test(v)).map(([, v]) => v));
      expect(urls.length).toBeGreaterThan(5);
      for (const u of urls) expect(u).toMatch(/^https:\/\//);
      expect(new Set(urls.map((u) => new URL(u).origin)).size).toBe(1);
      const ids = new Set(all(app).filter((n) => n.name.startsWith('bt:') && n.attrs.id).map((n) => n.attrs.id));
      for (const n of all(app)) if (n.attrs.resid) expect(ids.has(n.attrs.resid), n.attrs.resid).toBe(true);
      for (const n of all(app).filter((x) => x.name === 'bt:ShortStrings').flatMap((x) => x.children)) expect(n.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    });
  }
  it('rejects malformed XML (the checker itself)', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
  });
});

describe.skipIf(!built)('built page', () => {
  const html = built ? readFileSync(dist('taskpane.html'), 'utf8') : '';
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `))?.slice(name.length + 1).split(/\s+/) ?? [];

  it('has a CSP: scripts from itself and Office\'s CDN only, no eval, no inline, no connections but Office\'s', () => {
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directive('connect-src')).toEqual(['https://appsforoffice.microsoft.com']);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(directive('object-src')).toEqual(["'none'"]);
    // Office.js from Microsoft's CDN; no inline script.
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/);
  });

  // The initial JavaScript: the page's own <script src> files and, transitively, every file they
  // import statically (`import ... from "./x.js"`; not `import("./x.js")`, which loads on first use).
  const initial = (() => {
    if (!built) return [];
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(dist(file), 'utf8');
      for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) visit(posix.normalize(posix.join(posix.dirname(file), m[1])));
    };
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (!/^[a-z]+:/i.test(m[1])) visit(m[1]);
    return [...seen];
  })();
  const allJs = built ? readdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => f.split('\\').join('/')) : [];
  const gz = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(dist(f)), { level: 9 }).length, 0);

  it('initial JavaScript (what the page loads before it paints) at most 250 KB gzipped; the rest loads on first use', () => {
    expect(html).toContain('<script type="module" src="taskpane.js"></script>');
    expect(initial[0]).toBe('taskpane.js');
    const initialGz = gz(initial);
    expect(initialGz).toBeLessThanOrEqual(250 * 1024);
    // The build's own report agrees.
    const size = JSON.parse(readFileSync(dist('size.json'), 'utf8'));
    expect(size.initial.files.map((f: { file: string }) => f.file).sort()).toEqual([...initial].sort());
    expect(Math.abs(size.gzip - initialGz)).toBeLessThan(64);
    expect(size.total.files.length).toBe(allJs.length);
    // The profiles and the engine are not in it: the initial files stay small as profiles are added.
    const lazy = allJs.filter((f) => !initial.includes(f));
    expect(lazy.length).toBeGreaterThan(0);
    expect(initial.map((f) => readFileSync(dist(f), 'utf8')).join('')).not.toMatch(/_zod|quote:"|Invalid DateTime/);
  });

  it('loads its chunks from its own origin only (the CSP\'s script-src \'self\')', () => {
    for (const f of allJs) {
      const code = readFileSync(dist(f), 'utf8');
      for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']/g)) expect(m[1]).toMatch(/^\.\.?\//);
      for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) expect(m[1]).toMatch(/^\.\.?\//);
    }
  });

  it('sets zod jitless in the chunk that brings zod, and calls no network API', () => {
    const withZod = allJs.filter((f) => readFileSync(dist(f), 'utf8').includes('_zod'));
    expect(withZod.length).toBeGreaterThan(0);
    expect(withZod.some((f) => /jitless:\s*!0|jitless:\s*true/.test(readFileSync(dist(f), 'utf8')))).toBe(true);
    for (const f of allJs) expect(readFileSync(dist(f), 'utf8')).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket\(/);
  });

  it('bundles nothing of Office.js: the page takes it from the CDN (the npm package serves tests and offline development only)', () => {
    for (const f of allJs) expect(readFileSync(dist(f), 'utf8')).not.toMatch(/Microsoft\.Office\.WebExtension|OSF\.OUtil|OfficeExtension\.ClientRequestContext/);
  });

  it('ships the icons the manifest names', () => {
    for (const s of [16, 32, 64, 80]) expect(readFileSync(dist(`assets/icon-${s}.png`)).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('office-addin-mock as Excel: the adapter loads and syncs before it reads', () => {
  // office-addin-mock answers a property read before load() and sync() with an error string, as
  // Excel throws PropertyNotLoaded: here it stands for Excel, independent of our fake-excel.ts.
  it('saveSheetSettings reads the stored mappings after load and sync, and keeps the other sheets\' mappings', async () => {
    const stored = { tool: 'ledgerlint', version: 2, sheets: { s1: { name: '一月', columns: { customer: '客户名称' } } } };
    const written: [key: string, value: string][] = [];
    const context = new OfficeMockObject({
      workbook: {
        settings: {
          item: { value: JSON.stringify(stored) },
          getItemOrNullObject(this: { item: unknown }) {
            return this.item;
          },
          add(key: string, value: string) {
            written.push([key, value]);
          },
        },
      },
    }) as unknown as { workbook: { settings: { item: { isNullObject: boolean } } } };
    // Excel gives every object it returns an isNullObject, loaded or not.
    context.workbook.settings.item.isNullObject = false;
    const host: ExcelHost = {
      run: (batch) => batch(context as unknown as XContext),
      isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 4, // workbook.settings, no more
    };
    await saveSheetSettings(host, { id: 's2', name: '二月' }, { columns: { customer: '客户' } });
    expect(written.map(([key, value]) => [key, JSON.parse(value)])).toEqual([
      ['ledgerlint', { tool: 'ledgerlint', version: 2, sheets: { s1: { name: '一月', columns: { customer: '客户名称' } }, s2: { name: '二月', columns: { customer: '客户' } } } }],
    ]);
  });
});
