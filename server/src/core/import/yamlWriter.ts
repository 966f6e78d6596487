/**
 * Writing the imported programme as YAML: a `yaml` Document built from the data (never by
 * pasting user text into YAML syntax), keys in FORMAT.md's order, blank lines between
 * sections and slots, and the importer's comments placed above the keys, slots, days and
 * deliverables they speak of.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { collapse } from './text';

/** Top-level keys in the order of FORMAT.md's example. */
export const KEY_ORDER = [
  'title', 'subtitle', 'format', 'language', 'organiser', 'audience', 'participants', 'location', 'objectives', 'duration', 'price', 'access', 'contact', 'methods', 'prerequisites', 'evaluation', 'accessibility',
  'context', 'date', 'start', 'people', 'groups', 'deliverables', 'agenda', 'days', 'notes',
];

export interface CommentPlan {
  /** Top-level key → comment lines. */
  keys: Map<string, string[]>;
  /** Path of a slot (joined with NUL) → comment lines before it. */
  slots: Map<string, string[]>;
  /** Path of a slot key → comment lines before the key. */
  slotKeys: Map<string, string[]>;
  /** Day index → comment lines before the day. */
  days: Map<number, string[]>;
  /** Deliverable index → comment lines before it. */
  deliverables: Map<number, string[]>;
}

function commentText(lines: string[]): string {
  return lines.map((l) => ` ${collapse(l)}`).join('\n');
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, Node> | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, Node> | undefined;
}

function keyComment(map: YAMLMap, key: string, lines: string[]): void {
  const pair = pairOf(map, key);
  if (!pair || !isScalar(pair.key)) return;
  const k = pair.key;
  k.commentBefore = k.commentBefore ? `${k.commentBefore}\n${commentText(lines)}` : commentText(lines);
}

function styleSlots(agenda: unknown): void {
  if (!isSeq(agenda)) return;
  agenda.items.forEach((slot, i) => {
    if (!isMap(slot)) return;
    if (i > 0) slot.spaceBefore = true;
    const start = pairOf(slot, 'start')?.value;
    if (isScalar(start)) start.type = 'QUOTE_DOUBLE';
    for (const key of ['speakers', 'groups', 'produces']) {
      const v = pairOf(slot, key)?.value;
      if (isSeq(v)) v.flow = true;
    }
  });
}

export function toYaml(data: Record<string, unknown>, plan: CommentPlan): string {
  const doc = new Document(data);
  const root = doc.contents as YAMLMap;
  for (const [key, lines] of plan.keys) keyComment(root, key, lines);
  for (const key of ['people', 'groups', 'deliverables', 'agenda', 'days', 'notes', 'objectives', 'context']) {
    const pair = pairOf(root, key);
    if (pair && root.items.indexOf(pair) > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
  }
  const daysSeq = pairOf(root, 'days')?.value;
  if (isSeq(daysSeq)) {
    daysSeq.items.forEach((day, k) => {
      if (!isMap(day)) return;
      if (k > 0) day.spaceBefore = true;
      const comments = plan.days.get(k);
      if (comments) day.commentBefore = commentText(comments);
      styleSlots(pairOf(day, 'agenda')?.value);
    });
  }
  styleSlots(pairOf(root, 'agenda')?.value);
  const deliverables = pairOf(root, 'deliverables')?.value;
  if (isSeq(deliverables))
    for (const [k, lines] of plan.deliverables) {
      const item = deliverables.items[k];
      if (isMap(item)) item.commentBefore = commentText(lines);
    }
  for (const [path, lines] of plan.slots) {
    const node = doc.getIn(path.split('\u0000').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true);
    if (isMap(node)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${commentText(lines)}` : commentText(lines);
  }
  for (const [path, lines] of plan.slotKeys) {
    const parts = path.split('\u0000').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const key = parts.pop() as string;
    const node = doc.getIn(parts, true);
    if (isMap(node)) keyComment(node, key, lines);
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false, blockQuote: 'literal' });
}

export function emptyCommentPlan(): CommentPlan {
  return { keys: new Map(), slots: new Map(), slotKeys: new Map(), days: new Map(), deliverables: new Map() };
}

/** One more comment line above a top-level key. */
export function addKeyComment(plan: CommentPlan, key: string, text: string): void {
  plan.keys.set(key, [...(plan.keys.get(key) ?? []), text]);
}
