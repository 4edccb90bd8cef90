// exceljs's table of built-in number formats (numFmtId -> format code, or codes per locale for the
// East Asian ids 27-36 and 50-58). Not part of its typed API; see registerZhCnBuiltinFormats.
declare module 'exceljs/lib/xlsx/defaultnumformats.js' {
  const formats: Record<string, { f?: string; [locale: string]: string | undefined }>;
  export default formats;
}
