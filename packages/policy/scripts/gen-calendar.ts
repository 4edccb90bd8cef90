/**
 * Writes src/calendar/cn-calendar.generated.ts, the pinned table of China's statutory holidays and
 * make-up working days (调休上班), from the npm package `chinese-days`.
 *
 * Run: cd packages/policy && pnpm gen:calendar
 *
 * Why the raw JSON: chinese-days builds its tables at import time with Date objects parsed as UTC
 * and read back in local time, so under any zone west of UTC its API shifts days (273 of the 1,096
 * days of 2024-2026 wrong under TZ=America/New_York). Its shipped dist/chinese-days.json was built
 * once by the author and does not depend on our zone, so we read that. As a cross-check we also ask
 * its API about every day, in a child process pinned to Asia/Shanghai, and refuse to write on any
 * disagreement. The output is the same whatever zone this script runs in.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayFromYmd, isoDate, isValidYmd, weekday } from '../src/time/day';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '../src/calendar/cn-calendar.generated.ts');
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('chinese-days/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const RAW_FILE = 'dist/chinese-days.json';

/** chinese-days' raw table: ISO date -> "English name,中文名,statutory days". */
interface RawTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function fail(message: string): never {
  console.error(`gen-calendar: ${message}`);
  process.exit(1);
}

function dayOfIso(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isValidYmd(+m[1], +m[2], +m[3])) fail(`${RAW_FILE}: bad date key ${iso}`);
  return dayFromYmd(+m[1], +m[2], +m[3]);
}

/** The Chinese name from "Spring Festival,春节,4"; the English name may itself hold no comma. */
function zhName(description: string, iso: string): string {
  const parts = description.split(',');
  if (parts.length !== 3 || !parts[1]) fail(`${RAW_FILE}: cannot read the name of ${iso}: "${description}"`);
  return parts[1].trim();
}

const raw = JSON.parse(readFileSync(join(pkgDir, RAW_FILE), 'utf8')) as RawTables;
if (!raw.holidays || !raw.workdays) fail(`${RAW_FILE} has no holidays/workdays tables`);

// day number -> name, one map per kind.
const holidays = new Map<number, string>();
const makeups = new Map<number, string>();
for (const [iso, d] of Object.entries(raw.holidays)) holidays.set(dayOfIso(iso), zhName(d, iso));
for (const [iso, d] of Object.entries(raw.workdays)) {
  const day = dayOfIso(iso);
  if (holidays.has(day)) fail(`${iso} is both a holiday and a make-up working day`);
  if (weekday(day) < 6) fail(`make-up working day ${iso} is not a Saturday or Sunday`);
  makeups.set(day, zhName(d, iso));
}

const yearOf = (day: number) => Number(isoDate(day).slice(0, 4));
const allYears = [...holidays.keys(), ...makeups.keys()].map(yearOf);
const firstYear = Math.min(...allYears);
const lastYear = Math.max(...allYears);
for (let y = firstYear; y <= lastYear; y++) {
  if (!allYears.includes(y)) fail(`no data for ${y} between ${firstYear} and ${lastYear}`);
}

// Cross-check against the package's own API, in a zone where it is correct.
const probe = `
  const cd = require(${JSON.stringify(pkgDir)});
  const out = [];
  for (let t = Date.UTC(${firstYear}, 0, 1); t < Date.UTC(${lastYear + 1}, 0, 1); t += 86400000) {
    out.push(cd.isWorkday(new Date(t).toISOString().slice(0, 10)) ? 1 : 0);
  }
  process.stdout.write(out.join(''));
`;
const apiBits = execFileSync(process.execPath, ['-e', probe], { env: { ...process.env, TZ: 'Asia/Shanghai' }, encoding: 'utf8' });
const firstDay = dayFromYmd(firstYear, 1, 1);
const endDay = dayFromYmd(lastYear + 1, 1, 1);
if (apiBits.length !== endDay - firstDay) fail(`API probe returned ${apiBits.length} days, expected ${endDay - firstDay}`);
for (let day = firstDay; day < endDay; day++) {
  const fromRaw = makeups.has(day) || (weekday(day) <= 5 && !holidays.has(day));
  if (fromRaw !== (apiBits[day - firstDay] === '1')) fail(`${isoDate(day)}: raw table and API disagree`);
}

/**
 * "name date date..; name date..date" in date order; a run of consecutive days with one name is
 * written as a range, as in the State Council notice (1月28日至2月4日).
 */
function compact(entries: Map<number, string>, year: number): string {
  const days = [...entries.keys()].filter((d) => yearOf(d) === year).sort((a, b) => a - b);
  const groups: { name: string; items: string[] }[] = [];
  for (let i = 0; i < days.length; ) {
    const name = entries.get(days[i])!;
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1 && entries.get(days[j + 1]) === name) j++;
    const item = j > i ? `${isoDate(days[i])}..${isoDate(days[j])}` : isoDate(days[i]);
    const last = groups[groups.length - 1];
    if (last && last.name === name) last.items.push(item);
    else groups.push({ name, items: [item] });
    i = j + 1;
  }
  return groups.map((g) => `${g.name} ${g.items.join(' ')}`).join('; ');
}

const rows: string[] = [];
for (let y = firstYear; y <= lastYear; y++) {
  rows.push(`  [${y}, '${compact(holidays, y)}', '${compact(makeups, y)}'],`);
}

const text = `// GENERATED FILE, do not edit by hand.
// Source: npm package chinese-days@${pkg.version} (MIT, https://github.com/vsme/chinese-days), file
// ${RAW_FILE}, cross-checked day by day against its isWorkday() run under TZ=Asia/Shanghai.
// Regenerate: cd packages/policy && pnpm gen:calendar   (script: scripts/gen-calendar.ts)
// Years the package lacks (e.g. the next one, published by the State Council each November) are
// added at run time as JSON with extendCalendar(), not by editing this file.
//
// One row per year: [year, holidays, make-up working days (调休上班)].
// Each string is "name item item; name item", in date order; an item is an ISO date or an
// inclusive range "from..to". Holidays are the days off the notice lists: a whole period where it
// says "X日至Y日放假", weekend days included, but only the holiday itself where it says "放假，与周末
// 连休". Make-up days are Saturdays or Sundays that are working days, named after the holiday they
// pay for. A period that starts in December is listed under the year of each date.

/** Source of the pinned table. */
export const CN_CALENDAR_SOURCE = { package: 'chinese-days', version: '${pkg.version}', file: '${RAW_FILE}' } as const;

/** China's working-day calendar ${firstYear}-${lastYear}: [year, holidays, make-up working days]. */
export const CN_CALENDAR_TABLE: readonly (readonly [year: number, holidays: string, makeupWorkdays: string])[] = [
${rows.join('\n')}
];
`;

writeFileSync(OUT, text);
console.log(`gen-calendar: wrote ${OUT} (${firstYear}-${lastYear}, ${holidays.size} holidays, ${makeups.size} make-up days)`);
