/**
 * The JSON Schema of profiles as JSON-Schema tools (editors, ajv) follow it. zod writes a union
 * told apart by a property (a rule's `kind`, a mode's `mode`) as a plain `oneOf`: a validator then
 * tries all 28 kinds and reports every failure, 200-odd errors for one typo, the first of them
 * "kind must be equal to constant". Rewritten as `if kind is X then X's schema`, a typo in one rule
 * gives one or two errors, at its own path.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A schema with `$ref`s into `$defs` followed (only local `#/$defs/...` references are written here). */
function resolved(schema: unknown, defs: Json): Json | undefined {
  let s = schema;
  for (let hops = 0; isObject(s) && typeof s.$ref === 'string' && hops < 10; hops++) {
    const m = /^#\/\$defs\/(.+)$/.exec(s.$ref);
    s = m ? defs[m[1]] : undefined;
  }
  return isObject(s) ? s : undefined;
}

/** The constant a branch gives a property (`const`, or a one-value `enum`), if it gives one. */
function constOf(branch: Json, key: string, defs: Json): unknown {
  const props = isObject(branch.properties) ? branch.properties : undefined;
  const p = props ? resolved(props[key], defs) : undefined;
  if (!p) return undefined;
  if ('const' in p) return p.const;
  return Array.isArray(p.enum) && p.enum.length === 1 ? p.enum[0] : undefined;
}

/** The property every branch gives a distinct constant to (`kind`, `mode`), if there is one. */
function discriminator(branches: Json[], defs: Json): string | undefined {
  const keys = Object.keys(isObject(branches[0].properties) ? branches[0].properties : {});
  return keys.find((key) => {
    const values = branches.map((b) => constOf(b, key, defs));
    return values.every((v) => typeof v === 'string') && new Set(values).size === values.length;
  });
}

const requires = (branch: Json, key: string) => Array.isArray(branch.required) && branch.required.includes(key);

/**
 * For a union without a constant to tell its branches apart (a condition: a leaf, `all`, `any` or
 * `not`): each branch but one by a key it alone has, the rest by the one left (the one with the
 * most properties), as an if/then/else chain. Undefined when the branches have no such keys.
 */
function byOwnKey(raw: unknown[], branches: Json[]): Json | undefined {
  const propsOf = (b: Json) => Object.keys(isObject(b.properties) ? b.properties : {});
  const size = (b: Json) => propsOf(b).length;
  const last = branches.reduce((best, b, i) => (size(b) > size(branches[best]) ? i : best), 0);
  const keys = branches.map((b, i) => (i === last ? '' : propsOf(b).find((k) => requires(b, k) && branches.every((o, j) => j === i || !propsOf(o).includes(k)))));
  if (keys.some((k) => k === undefined)) return undefined;
  let chain: Json = { ...(raw[last] as Json) };
  for (let i = branches.length - 1; i >= 0; i--) {
    if (i !== last) chain = { if: { type: 'object', required: [keys[i]] }, then: raw[i], else: chain };
  }
  return chain;
}

/** `anyOf: [X, { type: 'null' }]` (zod's nullable) as X with `type: [X's type, 'null']`: one error, not three. */
function nullableNode(node: Json): void {
  const list = node.anyOf;
  if (!Array.isArray(list) || list.length !== 2 || Object.keys(node).length !== 1) return;
  const k = list.findIndex((b) => isObject(b) && b.type === 'null' && Object.keys(b).length === 1);
  const other = list[1 - k];
  if (k < 0 || !isObject(other) || typeof other.type !== 'string' || '$ref' in other) return;
  delete node.anyOf;
  Object.assign(node, other, { type: [other.type, 'null'] });
}

/** One union node rewritten in place, when its branches are objects told apart by a constant or a key of their own. */
function discriminateNode(node: Json, defs: Json): void {
  nullableNode(node);
  const word = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
  if (!word) return;
  const raw = node[word] as unknown[];
  const branches = raw.map((b) => resolved(b, defs));
  if (branches.length < 2 || !branches.every((b): b is Json => b !== undefined && b.type === 'object')) return;
  const key = discriminator(branches, defs);
  if (key === undefined) {
    const chain = byOwnKey(raw, branches);
    if (!chain) return;
    delete node[word];
    node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), chain];
    return;
  }
  const values = branches.map((b) => constOf(b, key, defs));
  delete node[word];
  node.type = 'object';
  // A branch with a default for the key (field-deadline's mode: 'within') also takes objects without it.
  if (branches.every((b) => requires(b, key))) node.required = [key];
  node.properties = { ...(isObject(node.properties) ? node.properties : {}), [key]: { enum: values } };
  node.allOf = [
    ...(Array.isArray(node.allOf) ? node.allOf : []),
    ...raw.map((branch, i) => ({
      // `type: object` in the condition: a value that is no object fails once (above), not once per branch.
      if: { type: 'object', properties: { [key]: { const: values[i] } }, ...(requires(branches[i], key) ? { required: [key] } : {}) },
      then: branch,
    })),
  ];
}

/** Every schema object inside a JSON Schema, the root first. */
function* schemaNodes(schema: unknown): Generator<Json> {
  if (Array.isArray(schema)) for (const s of schema) yield* schemaNodes(s);
  else if (isObject(schema)) {
    yield schema;
    for (const v of Object.values(schema)) yield* schemaNodes(v);
  }
}

/**
 * A JSON Schema whose unions of objects told apart by a constant property (`kind`, `mode`) are
 * rewritten as `if`/`then` on that property (draft 2020-12), so that validators report the errors
 * of the branch the data names only; `$defs` and their references are kept. Changes and returns
 * `schema`.
 * @example discriminateUnions(z.toJSONSchema(profileSchema, { reused: 'ref' }))
 */
export function discriminateUnions<T>(schema: T): T {
  const defs = isObject(schema) && isObject(schema.$defs) ? schema.$defs : {};
  // Collected first: a rewritten node's new branches are visited by the same walk otherwise.
  for (const node of [...schemaNodes(schema)]) discriminateNode(node, defs);
  return schema;
}
