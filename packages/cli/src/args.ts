/** Command-line arguments: a small hand-written parser (no dependency), with usage errors as data. */
import { LedgerlintError, type MessageTable } from '@ledgerlint/policy';

export const USAGE_ERRORS: MessageTable = {
  'unknown-command': { zh: '未知命令「{command}」。可用命令：todo、check、annotate、clear、profiles、help。', en: 'Unknown command "{command}". Commands: todo, check, annotate, clear, profiles, help.' },
  'output-and-in-place': { zh: '-o 和 --in-place 只能选一个。', en: 'Use either -o or --in-place, not both.' },
  'csv-in-place': { zh: 'CSV 文件无法保存批注（颜色、批注、汇总表）；请去掉 --in-place，将另存为 .xlsx。', en: 'A CSV file cannot hold an annotation (colours, notes, a summary sheet); drop --in-place and a new .xlsx is written.' },
  'unknown-option': { zh: '未知选项「{option}」。运行 ledgerlint help 查看用法。', en: 'Unknown option "{option}". Run ledgerlint help for usage.' },
  'missing-value': { zh: '选项 {option} 需要一个值。', en: 'Option {option} needs a value.' },
  'missing-file': { zh: '请指定要检查的台账文件（.xlsx 或 .csv）。', en: 'Name the ledger file to check (.xlsx or .csv).' },
  'missing-profile': { zh: '请用 --profile 指定规则配置，例如 --profile 002-1。可用：{ids}。', en: 'Choose a profile with --profile, e.g. --profile 002-1. Available: {ids}.' },
  'bad-format': { zh: '--format 只能是 {allowed}，而不是「{value}」。', en: '--format must be {allowedEn}, not "{value}".' },
  'bad-days': { zh: '--days 应为 0 到 366 之间的整数，而不是「{value}」。', en: '--days takes a whole number from 0 to 366, not "{value}".' },
  'bad-by': { zh: '--by 目前只能是 performer（按回访人分组），而不是「{value}」。', en: '--by can only be performer (group by the person), not "{value}".' },
  'option-not-for-command': { zh: '选项 {option} 只能用于 {commands} 命令。', en: 'Option {option} only goes with {commands}.' },
  'bad-column': { zh: '--column 应写成 字段=列名（例如 contactAt=跟进日期），而不是「{value}」。', en: '--column takes field=header (e.g. contactAt=跟进日期), not "{value}".' },
  'extra-argument': { zh: '多余的参数「{value}」。', en: 'Unexpected argument "{value}".' },
  'profile-file': { zh: '无法读取规则配置文件「{file}」：{reason}', en: 'Cannot read the profile file "{file}": {reason}' },
};

export interface CheckArgs {
  command: 'check';
  file: string;
  profile: string;
  asOf?: string;
  sheet?: string;
  columns: Record<string, string>;
  format: 'text' | 'json';
  quiet: boolean;
  /** Text report: every finding of a rule that cannot run for lack of a column, not one line for all. */
  verbose: boolean;
}

export interface TodoArgs extends Omit<CheckArgs, 'command' | 'format' | 'verbose'> {
  command: 'todo';
  /** Include what falls due within this many days after the check day (default 7). */
  days: number;
  by?: 'performer';
  format: 'text' | 'json' | 'csv';
}

export interface AnnotateArgs extends Omit<CheckArgs, 'command' | 'format' | 'verbose'> {
  command: 'annotate';
  output?: string;
  inPlace: boolean;
}

export interface ClearArgs {
  command: 'clear';
  file: string;
  output?: string;
  inPlace: boolean;
  quiet: boolean;
}

export type Args = CheckArgs | TodoArgs | AnnotateArgs | ClearArgs | { command: 'profiles'; format: 'text' | 'json'; id?: string } | { command: 'help' } | { command: 'version' };

const VALUE_OPTIONS = new Set(['--profile', '--as-of', '--sheet', '--column', '--format', '--output', '-o', '--days', '--by']);
const COMMANDS = new Set(['todo', 'check', 'annotate', 'clear', 'profiles']);

/**
 * Parse argv (without `node` and the script).
 * @example parseArgs(['check', 'a.xlsx', '--profile', '002-1']).command // 'check'
 */
export function parseArgs(argv: readonly string[], profileIds: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'version' || command === '--version' || command === '-v') return { command: 'version' };
  if (!COMMANDS.has(command)) throw new LedgerlintError(USAGE_ERRORS, 'unknown-command', { command });
  const options: Record<string, string[]> = {};
  const positional: string[] = [];
  let quiet = false;
  let inPlace = false;
  let verbose = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--quiet' || a === '-q') {
      quiet = true;
      continue;
    }
    if (a === '--verbose') {
      verbose = true;
      continue;
    }
    if (a === '--in-place') {
      inPlace = true;
      continue;
    }
    if (a === '-o') {
      const value = rest[++i];
      if (value === undefined) throw new LedgerlintError(USAGE_ERRORS, 'missing-value', { option: '-o' });
      (options['--output'] ??= []).push(value);
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (!VALUE_OPTIONS.has(name)) throw new LedgerlintError(USAGE_ERRORS, 'unknown-option', { option: name });
      const value = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new LedgerlintError(USAGE_ERRORS, 'missing-value', { option: name });
      (options[name] ??= []).push(value);
      continue;
    }
    positional.push(a);
  }
  const format = options['--format']?.at(-1) ?? 'text';
  const formats = command === 'todo' ? ['text', 'json', 'csv'] : ['text', 'json'];
  if (!formats.includes(format)) {
    const head = formats.slice(0, -1);
    throw new LedgerlintError(USAGE_ERRORS, 'bad-format', { value: format, allowed: `${head.join('、')} 或 ${formats.at(-1)}`, allowedEn: `${head.join(', ')} or ${formats.at(-1)}` });
  }
  for (const option of ['--days', '--by']) if (options[option] && command !== 'todo') throw new LedgerlintError(USAGE_ERRORS, 'option-not-for-command', { option, commands: 'todo' });
  if (verbose && command !== 'check') throw new LedgerlintError(USAGE_ERRORS, 'option-not-for-command', { option: '--verbose', commands: 'check' });
  if (command === 'profiles') {
    if (positional.length > 1) throw new LedgerlintError(USAGE_ERRORS, 'extra-argument', { value: positional[1] });
    return { command, format: format as 'text' | 'json', id: positional[0] };
  }
  if (positional.length === 0) throw new LedgerlintError(USAGE_ERRORS, 'missing-file');
  if (positional.length > 1) throw new LedgerlintError(USAGE_ERRORS, 'extra-argument', { value: positional[1] });
  const output = options['--output']?.at(-1);
  if (output !== undefined && inPlace) throw new LedgerlintError(USAGE_ERRORS, 'output-and-in-place');
  if (command === 'clear') return { command, file: positional[0], output, inPlace, quiet };
  const profile = options['--profile']?.at(-1);
  if (!profile) throw new LedgerlintError(USAGE_ERRORS, 'missing-profile', { ids: profileIds.join(', ') });
  // A Map, then own properties: `--column __proto__=A` must stay a (refused) field name, not
  // become the prototype of the object.
  const chosen = new Map<string, string>();
  for (const c of options['--column'] ?? []) {
    const eq = c.indexOf('=');
    if (eq <= 0 || eq === c.length - 1) throw new LedgerlintError(USAGE_ERRORS, 'bad-column', { value: c });
    chosen.set(c.slice(0, eq).trim(), c.slice(eq + 1).trim());
  }
  const columns: Record<string, string> = Object.fromEntries(chosen);
  const common = { file: positional[0], profile, asOf: options['--as-of']?.at(-1), sheet: options['--sheet']?.at(-1), columns, quiet };
  if (command === 'annotate') {
    if (inPlace && /\.(csv|tsv|txt)$/i.test(positional[0])) throw new LedgerlintError(USAGE_ERRORS, 'csv-in-place');
    return { command, ...common, output, inPlace };
  }
  if (command === 'todo') {
    const daysText = options['--days']?.at(-1) ?? '7';
    if (!/^\d{1,3}$/.test(daysText) || +daysText > 366) throw new LedgerlintError(USAGE_ERRORS, 'bad-days', { value: daysText });
    const by = options['--by']?.at(-1);
    if (by !== undefined && by !== 'performer') throw new LedgerlintError(USAGE_ERRORS, 'bad-by', { value: by });
    return { command, ...common, days: +daysText, by, format: format as TodoArgs['format'] };
  }
  return { command: 'check', ...common, format: format as CheckArgs['format'], verbose };
}

export const HELP = `ledgerlint — 客户回访台账检查 / check customer follow-up ledgers

用法 Usage:
  ledgerlint todo <台账.xlsx|.csv> --profile <id|profile.json> [--days N] [--by performer] [--format text|json|csv]
  ledgerlint check <台账.xlsx|.csv> --profile <id|profile.json> [选项]
  ledgerlint annotate <台账.xlsx|.csv> --profile <id|profile.json> [-o 输出.xlsx | --in-place] [选项]
  ledgerlint clear <台账.xlsx> [-o 输出.xlsx | --in-place]
  ledgerlint profiles [--format json]
  ledgerlint profiles <id> > my-profile.json   某个内置规则配置的 JSON，供复制修改
                                              a built-in profile as JSON, to copy and change
  ledgerlint help | version

check 选项 options:
  --profile <id|file>     规则配置：内置 id（如 002-1）或自定义 JSON 文件
                          a built-in profile id (e.g. 002-1) or a custom profile JSON file
  --as-of <date>          检查时点，北京时间：YYYY-MM-DD（当天 24:00 前）或 YYYY-MM-DDTHH:mm；默认现在
                          as-of moment in Asia/Shanghai: YYYY-MM-DD (end of day) or YYYY-MM-DDTHH:mm; default now
  --sheet <name>          要检查的工作表（默认第一个有数据的）/ the sheet to check (default: first with data)
  --column <字段>=<列名>  指定列，可重复，如 --column contactAt=跟进日期 / map a column (repeatable)
  --format text|json      输出格式（默认 text，中文）/ output format (default text, in Chinese)
  --verbose               逐条列出因缺列无法检查的规则 / list each rule a missing column stops
  -q, --quiet             不显示进度 / no progress output

todo（待回访清单 / the call list）:
  已逾期、今天到期和 N 天内到期的事项，按应办日期排序（最早逾期的在前），每项一行。
  overdue, due today and due within N days, sorted by due date (the oldest overdue first), one a line.
  --days <N>              包含 N 天内到期的事项（默认 7）/ include what falls due within N days (default 7)
  --by performer          按回访人分组并计数 / group by the person named on the ledger, with counts
  --format text|json|csv  csv 为带 BOM 的 UTF-8，Excel 可直接打开 / csv is UTF-8 with a BOM for Excel
  --profile、--as-of、--sheet、--column 同 check / as for check; exit 0 unless the input cannot be read (2)

annotate / clear:
  -o, --output <file>     写到这个文件（默认 <名>.checked.xlsx / <名>.cleared.xlsx）
                          write here (default <name>.checked.xlsx / <name>.cleared.xlsx)
  --in-place              覆盖原文件；只在不会丢失任何内容时才这样做，否则拒绝（退出码 2）
                          overwrite the source, only when nothing would be lost; else refuse (exit 2)
  annotate 在表格右侧加“回访状态”“下次应办日期”两列、条件格式、批注和汇总表；clear 精确删除这些。
  annotate adds a status and a next-due column, conditional formats, notes and a summary sheet;
  clear removes exactly those.

退出码 Exit codes: 0 没有错误级发现 / no error findings; 1 有错误级发现 / error findings;
                   2 用法错误或无法检查 / usage error or the input cannot be checked.
`;
