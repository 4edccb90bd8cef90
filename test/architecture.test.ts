/**
 * The policy library's folders import one way: data flows table -> ledger -> rule -> kinds ->
 * profile -> engine -> report -> annotate, with errors and time below everything. A cycle between
 * folders (kinds <-> engine, say) makes a kind impossible to read or test on its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../packages/policy/src');

/**
 * Every source file of the library: tests, their helpers beside them (profiles/<id>/test-rows.ts)
 * and the package's entry points (index.ts and the subpaths in entry/), which re-export, aside.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    const entry = path === join(SRC, 'index.ts') || dirname(path) === join(SRC, 'entry');
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('test-') && !entry ? [path] : [];
  });
}

/** The folder a file belongs to: its first directory under src, or the file itself at the top. */
function folderOf(path: string): string {
  const rel = relative(SRC, path).split(sep);
  return rel.length === 1 ? rel[0].replace(/\.ts$/, '') : rel[0];
}

/** Folder -> folders it imports from (values and types alike: a type cycle is still a cycle for a reader). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(SRC)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)) {
      const to = folderOf(resolve(dirname(file), m[1]));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The folders of each cycle (strongly connected components larger than one folder), Tarjan's algorithm. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do component.push((w = stack.pop()!));
      while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('the policy library folders', () => {
  const graph = folderGraph();
  it('import one way: no cycle between folders', () => {
    expect(cycles(graph)).toEqual([]);
  });
  it('finds cycles where there are some (the check itself works)', () => {
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]))).toEqual([['a', 'b', 'c']]);
  });
  it('keeps the layers in order: nothing below imports from above', () => {
    const LAYERS = ['errors', 'time', 'calendar', 'table', 'ledger', 'rule', 'kinds', 'profile', 'profiles', 'engine', 'report', 'annotate', 'testing'];
    const upward: string[] = [];
    for (const [from, tos] of graph) {
      for (const to of tos) if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) upward.push(`${from} -> ${to}`);
    }
    expect([...graph.keys()].filter((f) => !LAYERS.includes(f))).toEqual([]);
    expect(upward).toEqual([]);
  });
});
