// exceljs's table of built-in number formats (numFmtId -> format code, or codes per locale for the
// East Asian ids 27-36 and 50-58). Not part of its typed API; see registerZhCnBuiltinFormats.
declare module 'exceljs/lib/xlsx/defaultnumformats.js' {
  const formats: Record<string, { f?: string; [locale: string]: string | undefined }>;
  export default formats;
}

// The exceljs modules fidelity.ts patches or reuses (CommonJS, untyped): see fidelity.ts for why.
declare module 'exceljs/lib/utils/utils.js' {
  const utils: { dateToExcel(d: Date, date1904?: boolean): number; excelToDate(v: number, date1904?: boolean): Date };
  export default utils;
}
declare module 'exceljs/lib/doc/column.js' {
  const Column: { prototype: object };
  export default Column;
}
declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  const StylesXform: { new (initialise?: boolean): unknown; prototype: object };
  export default StylesXform;
}
declare module 'exceljs/lib/xlsx/xform/comment/comments-xform.js' {
  const CommentsXform: new () => { parseStream(input: Iterable<string>): Promise<unknown> };
  export default CommentsXform;
}
declare module 'exceljs/lib/xlsx/xform/comment/vml-notes-xform.js' {
  const VmlNotesXform: new () => { parseStream(input: Iterable<string>): Promise<unknown> };
  export default VmlNotesXform;
}
declare module 'exceljs/lib/xlsx/xform/sheet/sheet-format-properties-xform.js' {
  const SheetFormatPropertiesXform: { prototype: object };
  export default SheetFormatPropertiesXform;
}
declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform.js' {
  const WorkSheetXform: { prototype: object };
  export default WorkSheetXform;
}
declare module 'exceljs/lib/doc/row.js' {
  const Row: { prototype: object };
  export default Row;
}
declare module 'exceljs/lib/xlsx/xform/sheet/page-setup-xform.js' {
  const PageSetupXform: { prototype: object };
  export default PageSetupXform;
}
declare module 'exceljs/lib/xlsx/xform/strings/text-xform.js' {
  const TextXform: { prototype: object };
  export default TextXform;
}
declare module 'exceljs/lib/xlsx/xform/sheet/data-validations-xform.js' {
  const DataValidationsXform: { prototype: object };
  export default DataValidationsXform;
}
declare module 'exceljs/lib/xlsx/xform/sheet/cf/cf-rule-xform.js' {
  const CfRuleXform: { prototype: object };
  export default CfRuleXform;
}
