/** Message tables and their `{placeholder}` templates, zh and en: the words of every error and issue. */

export type Locale = 'zh' | 'en';
export type MessageParams = Record<string, string | number | undefined>;
export type MessageTable<C extends string = string> = Record<C, Record<Locale, string>>;

/**
 * Fill `{name}` placeholders from params.
 * @example renderTemplate('第 {row} 行', { row: 5 }) // '第 5 行'
 */
export function renderTemplate(template: string, params: MessageParams): string {
  return renderTemplateWith(template, (key) => params[key]);
}

/**
 * Fill `{name}` placeholders from a lookup (no params object to build per message).
 * @example renderTemplateWith('第 {row} 行', (key) => (key === 'row' ? 5 : undefined)) // '第 5 行'
 */
export function renderTemplateWith(template: string, lookup: (key: string) => string | number | undefined): string {
  const parts = templateParts(template);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const v = lookup(parts[k]);
    out += (v === undefined ? '' : String(v)) + parts[k + 1];
  }
  return out;
}

/** A template split once into text and placeholder names (text at even indices, names at odd). */
const PARTS = new Map<string, string[]>();
function templateParts(template: string): string[] {
  let parts = PARTS.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    // Message tables are finite; the bound only guards callers that build templates on the fly.
    if (PARTS.size < 5000) PARTS.set(template, parts);
  }
  return parts;
}
