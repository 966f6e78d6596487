/**
 * The files Déroulé imports (issue 17), listed once for the CLI, the language server and the
 * extension (open dialog filters, drop onto an editor). The core's importer picks its reader
 * from the same extensions; a name with another extension is refused by the shells before
 * any byte is read, with the list below, rather than read as text and turned into nonsense
 * (an .rtf, an old binary .doc, a spreadsheet).
 */

/** Extensions without the dot, lower case, in the order they are named to users. */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'odt', 'pdf'] as const;

export type ImportExtension = (typeof IMPORT_EXTENSIONS)[number];

/** The extension of a file name or path (after the last dot of its last part), lower case; '' when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Whether a file of this name is imported. A name with no extension is read as plain text. */
export function isImportable(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return ext === '' || (IMPORT_EXTENSIONS as readonly string[]).includes(ext);
}

/** `.txt, .md, .html, .docx, .odt, .pdf`: the list as messages name it (.markdown and .htm go without saying). */
export const IMPORT_EXTENSION_LIST = IMPORT_EXTENSIONS.filter((e) => e !== 'markdown' && e !== 'htm')
  .map((e) => `.${e}`)
  .join(', ');
