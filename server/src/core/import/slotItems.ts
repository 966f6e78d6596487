/**
 * Only the slots of an imported programme, as YAML list items: what "Paste as programme
 * slots" and the drop of a file onto a programme's editor insert. Every day's agenda, in
 * order, comments kept.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';

export function slotItems(programmeYaml: string): { yaml: string; slots: number } {
  const doc = parseDocument(programmeYaml);
  const items: unknown[] = [];
  const collect = (seq: unknown) => {
    if (isSeq(seq)) items.push(...(seq as YAMLSeq).items);
  };
  const root = doc.contents;
  if (isMap(root)) {
    collect(root.get('agenda', true));
    const days = root.get('days', true);
    if (isSeq(days)) for (const day of days.items) if (isMap(day)) collect(day.get('agenda', true));
  }
  const out = new Document(items);
  return { yaml: items.length ? out.toString({ lineWidth: 0 }) : '', slots: items.length };
}
