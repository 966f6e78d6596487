/** pdf.js's worker code, loaded into the importing thread (pdf.ts); pdfjs-dist types only its API. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
