/**
 * The training sheet's fields (FORMAT.md 7.3: `duration`, `price`, `access`, `contact`,
 * `methods`, `participants` as places, and the `prerequisites`, `evaluation` and
 * `accessibility` the header reader already knows) read wherever they stand, before or
 * after the agenda, then written in the value shapes of 7.3 by the readers of `fields/`.
 * A value those readers cannot shape (« Durée : 2 jours », no hours) is kept as written in
 * the public `context`, under its « non reconnu » comment: never in `notes`.
 */
import { contactOf, durationOf, methodsOf, placesOf, priceOf, textOf, trainingFieldLine, type TrainingKey } from './fields/index';
import type { Line } from './lines';
import { nameCase } from './people';
import { closeSection, openSection } from './sections';
import { warn, type ReadState } from './state';
import type { Field } from './vocabulary';
import { addKeyComment, type CommentPlan } from './yamlWriter';

/** Keys the header reader already fills (its lists and sections), given to it. */
const HEADER_KEYS = new Set<TrainingKey>(['prerequisites', 'evaluation', 'accessibility']);

/**
 * A line that gives a training field (true: it was taken). `Label : value` stores the value;
 * a label alone (`Méthodes pédagogiques :`, `## Accessibilité`) opens a section whose lines
 * are the value. A label alone must look like a heading or end with a colon, so that a word
 * such as « Information » in a paragraph is no label.
 */
export function trainingLine(r: ReadState, l: Line, keyValue: (key: TrainingKey & Field, value: string) => boolean): boolean {
  if (l.long || l.heading === 1) return false;
  const hit = trainingFieldLine(l.text);
  if (!hit) return false;
  const labelOnly = !hit.value;
  if (labelOnly && !(l.heading || l.emphasised || /:\s*$/.test(l.text) || /^\p{Lu}[^\p{Ll}]*$/u.test(l.text))) return false;
  if (HEADER_KEYS.has(hit.key)) {
    if (labelOnly) {
      closeSection(r);
      openSection(r, hit.key as TrainingKey & Field, '', l.no);
      return true;
    }
    return keyValue(hit.key as TrainingKey & Field, hit.value);
  }
  closeSection(r);
  if (hit.key === 'participants' && hit.value) {
    const places = placesOf(hit.value);
    if (places === undefined) r.fields.audience.push(hit.value);
    else if (!r.fields.participants) r.fields.participants = places;
    else return false;
    return true;
  }
  const field = (r.fields.training[hit.key] ??= { lines: [], line: l.no });
  if (hit.value) field.lines.push(hit.value);
  else {
    openSection(r, 'training', '', l.no);
    r.cursor.section!.trainingKey = hit.key;
  }
  return true;
}

/** Writes the training fields into `data`, each in its FORMAT.md 7.3 shape; a value not understood goes to `context`. */
export function writeTraining(r: ReadState, data: Record<string, unknown>, comments: CommentPlan): void {
  const t = r.fields.training;
  const joined = (key: TrainingKey) => t[key]?.lines.join(' ') ?? '';
  const keep = (key: TrainingKey, label: string) => {
    const field = t[key]!;
    const text = `${label} : ${field.lines.join('\n')}`;
    r.fields.context.push(text);
    addKeyComment(comments, 'context', r.m.unrecognisedComment(text.length > 70 ? `${text.slice(0, 70)}…` : text));
    warn(r, (m) => m.unrecognisedWarn(field.line, text.slice(0, 70), m.contextWhere));
  };
  if (t.duration?.lines.length) {
    const d = durationOf(joined('duration'));
    if (d) data.duration = d;
    else keep('duration', r.m.durationLabel);
  }
  if (t.price?.lines.length) {
    const p = priceOf(joined('price'));
    if (p) {
      data.price = p.value;
      if (p.note) addKeyComment(comments, 'price', r.m.taxNote(p.note));
    }
  }
  const access = textOf(t.access?.lines ?? []);
  if (access) data.access = access;
  if (t.contact?.lines.length) {
    const c = contactOf(joined('contact'));
    if (c) data.contact = typeof c === 'object' && c.name ? { ...c, name: nameCase(c.name) } : c;
  }
  const methods = methodsOf(t.methods?.lines ?? []);
  if (methods) data.methods = methods;
  if (t.participants?.lines.length) {
    const places = placesOf(joined('participants'));
    if (places !== undefined && !r.fields.participants) r.fields.participants = places;
    else r.fields.audience.push(...t.participants.lines);
  }
}
