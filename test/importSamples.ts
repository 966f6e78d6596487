/**
 * One small programme (a morning of three slots) in every format Déroulé imports, made in
 * the tests: the CLI tests and the e2e set-up import them. The same agenda in each, so a
 * reader that works finds the same three slots: 09:00 Accueil café, 09:30 Atelier en
 * sous-groupes, 11:00 Restitution.
 */
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

export const SAMPLE_TITLE = 'Atelier mobilités du Vimeu';
export const SAMPLE_SLOTS: [string, string, string][] = [
  ['9h00', '9h30', 'Accueil café'],
  ['9h30', '11h00', 'Atelier en sous-groupes'],
  ['11h00', '11h15', 'Restitution'],
];
const lines = SAMPLE_SLOTS.map(([a, b, t]) => `${a} - ${b} : ${t}`);

export const sampleText = () => `${SAMPLE_TITLE}\n\nDate : 5 juin 2025\n\n${lines.join('\n')}\n`;
export const sampleMarkdown = () => `# ${SAMPLE_TITLE}\n\nDate : 5 juin 2025\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;

export function sampleHtml(): string {
  const rows = SAMPLE_SLOTS.map(([a, b, t]) => `<tr><td>${a} - ${b}</td><td>${t}</td></tr>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${SAMPLE_TITLE}</title></head><body><h1>${SAMPLE_TITLE}</h1><p>Date : 5 juin 2025</p><table><tr><th>Horaire</th><th>Séquence</th></tr>${rows}</table></body></html>\n`;
}

/** A Word document laid out as most are: the title, the date, then a table (Horaire | Séquence). */
export async function sampleDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph, Table, TableRow, TableCell } = await import('docx');
  const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
  const table = new Table({ rows: [row(['Horaire', 'Séquence']), ...SAMPLE_SLOTS.map(([a, b, t]) => row([`${a} - ${b}`, t]))] });
  const doc = new Document({ sections: [{ children: [new Paragraph(SAMPLE_TITLE), new Paragraph('Date : 5 juin 2025'), table] }] });
  return Packer.toBuffer(doc);
}

/** A LibreOffice Writer document: its content.xml with paragraphs (the manifest and mimetype as LibreOffice writes them). */
export async function sampleOdt(): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = [SAMPLE_TITLE, 'Date : 5 juin 2025', ...lines].map((l) => `<text:p>${esc(l)}</text:p>`).join('');
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A one-page PDF with a text layer (Helvetica, WinAnsi: é is \351), its content stream
 * compressed as PDF writers do, its cross-reference table at the right offsets.
 */
export function samplePdf(): Buffer {
  const winAnsi = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[é]/g, '\\351').replace(/[à]/g, '\\340');
  const text = [SAMPLE_TITLE, 'Date : 5 juin 2025', ...lines].map((l, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td (${winAnsi(l)}) Tj ET`).join('\n');
  const stream = deflateSync(Buffer.from(text, 'latin1'));
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(length);
    length += obj.length;
    parts.push(obj);
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
