/**
 * The bounds of an import. What is imported comes from outside (a file someone sent, a
 * clipboard), so a hostile or broken document must be refused before the work, with a
 * message that says which bound it passed, instead of exhausting memory or time: a .docx of
 * 2 million empty paragraphs is 537 KB, a zip bomb 1.4 MB. The core checks the size, the
 * paragraphs and the characters; the runner (`server/src/importRunner`) enforces the
 * memory and the time, by running the import in a worker thread it can stop.
 */
import { messagesFor } from '../messages';
import type { Language } from '../types';

const MB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** Size of the file as given (a .docx is compressed). */
  fileBytes: 20 * MB,
  /** The XML of a Word document once unzipped: declared in the zip AND counted while inflating. */
  wordXmlBytes: 16 * MB,
  /** Paragraphs of a Word document (counted in its XML before it is read) or lines of a text. */
  paragraphs: 10_000,
  /** Characters of the text that is read (after decoding, or as mammoth gives it). */
  characters: 1_000_000,
  /**
   * The worker's JavaScript heap: what a reader builds (mammoth's tree, pdf.js's objects, the
   * blocks) must fit, or the worker is stopped and the import refused as `memory`.
   */
  memoryMb: 512,
  /** Time the worker is given before it is stopped (a PDF's fonts and streams included). */
  seconds: 60,
  /** Pages of a PDF, checked on its page tree before any page's text is extracted. */
  pages: 200,
} as const;

export type ImportLimits = { readonly [K in keyof typeof IMPORT_LIMITS]: number };

/** Why an import was refused. */
export type ImportRefusal =
  | { reason: 'fileSize'; bytes: number }
  | { reason: 'wordXmlSize' }
  | { reason: 'paragraphs'; count: number }
  | { reason: 'lines'; count: number }
  | { reason: 'characters'; count: number }
  | { reason: 'memory' }
  | { reason: 'time' }
  | { reason: 'binary' }
  /** Not a readable document of the kind its name or content says (damaged, another format, XML with a DOCTYPE). */
  | { reason: 'corrupt'; format: 'docx' | 'odt' | 'pdf' }
  /** Password-protected: a .docx saved with a password, an .odt with encrypted parts, a PDF that needs a password to open. */
  | { reason: 'encrypted'; format: 'docx' | 'odt' | 'pdf' }
  /** A PDF with pages but no text layer (a scan). */
  | { reason: 'noText' }
  | { reason: 'pages'; count: number };

/** Thrown when an import passes a bound; its message is English (`refusalMessage` for French). */
export class ImportRefused extends Error {
  constructor(
    readonly refusal: ImportRefusal,
    limits: ImportLimits = IMPORT_LIMITS,
  ) {
    super(refusalMessage(refusal, 'en', limits));
    this.name = 'ImportRefused';
  }
}

/**
 * The refusal carried by an error, if it is one. By shape, not `instanceof`: the Word
 * reader is a bundle of its own (esbuild.mjs), with its own copy of the class.
 */
export function refusalOf(error: unknown): ImportRefusal | undefined {
  const refusal = (error as { refusal?: ImportRefusal } | null)?.refusal;
  return typeof refusal?.reason === 'string' ? refusal : undefined;
}

export function refusalMessage(refusal: ImportRefusal, language: Language, limits: ImportLimits = IMPORT_LIMITS): string {
  return messagesFor(language).importRefused(refusal, limits);
}
