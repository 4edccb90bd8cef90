/** The real Office host: Excel.run, requirement checks and the common settings, from Office.js. */
import type { DocumentSettings, ExcelHost, XContext } from './excel-slice';

export function officeHost(): ExcelHost {
  const doc = Office.context.document;
  const url = (doc as { url?: string } | undefined)?.url ?? '';
  const name = decodeURIComponent(url.split(/[\\/]/).pop() ?? '').replace(/[?#].*$/, '');
  return {
    run: (batch, options) =>
      options ? Excel.run(options as Excel.RunOptions, (ctx) => batch(ctx as unknown as XContext)) : Excel.run((ctx) => batch(ctx as unknown as XContext)),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    documentSettings: doc?.settings as unknown as DocumentSettings | undefined,
    documentName: name || undefined,
  };
}
