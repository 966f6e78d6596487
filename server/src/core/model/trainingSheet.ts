/**
 * The programme keys of FORMAT.md 7.3: the rest of the French training sheet (`duration`,
 * `price`, `access`, `contact`, `methods`), a slot's `visibility` and `pinned`, and steps
 * that are strings or `{ text, speakers, duration }`. Values of the wrong type, enum values
 * outside their list and durations that cannot be read are left out (the schema reports them).
 */
import { isOverlongDuration, parseDuration, parseTotalDuration } from '../time';
import { asArray, asObject, readEnum, readNumber, readRefs, readText, readTexts, setIf, valueAt, type Raw } from './read';
import { PRICE_PERS, VISIBILITIES, type Contact, type Path, type Price, type PricePer, type ProgrammeModel, type Slot, type Step, type TimeIssue, type Value, type Visibility } from './types';

const ROOT: Path = [];

/**
 * A duration of the training sheet (`total`: the programme's, which may exceed a day) or of
 * a step. A text that is no duration (`2 jours`) is a `time-format` issue, as for a slot;
 * other types are the schema's.
 */
function readDurationValue(raw: Raw, key: string, base: Path, issues: TimeIssue[], total = false): Value<number> | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  const minutes = total ? parseTotalDuration(value) : parseDuration(value);
  if (typeof value === 'string' && (minutes === undefined || minutes === 0)) {
    const tooLong = !total && isOverlongDuration(value);
    issues.push({ code: 'time-format', path: base.concat(key), message: { key: tooLong ? 'durationTooLong' : 'badDuration', value }, data: { key, value } });
    return undefined;
  }
  return minutes === undefined || minutes === 0 ? undefined : valueAt(minutes, base, key);
}


export function readTrainingSheet(data: Raw, model: ProgrammeModel): void {
  setIf(model, 'duration', readDurationValue(data, 'duration', ROOT, model.timeIssues, true));
  setIf(model, 'access', readText(data, 'access', ROOT));
  setIf(model, 'methods', readTexts(data, 'methods', ROOT));
  const priceText = readText(data, 'price', ROOT);
  const priceObject = asObject(data.price);
  if (priceText) model.price = { text: priceText };
  else if (priceObject) {
    const path = ['price'];
    const price: Price = { path };
    const amount = readNumber(priceObject, 'amount', path);
    if (amount && amount.value >= 0) price.amount = amount;
    setIf(price, 'currency', readText(priceObject, 'currency', path));
    setIf(price, 'per', readEnum<PricePer>(priceObject, 'per', path, PRICE_PERS));
    model.price = price;
  }
  const contactText = readText(data, 'contact', ROOT);
  const contactObject = asObject(data.contact);
  if (contactText) model.contact = { text: contactText };
  else if (contactObject) {
    const path = ['contact'];
    const contact: Contact = { path };
    for (const part of ['name', 'email', 'phone'] as const) setIf(contact, part, readText(contactObject, part, path));
    model.contact = contact;
  }
}

export function readSlotV2(raw: Raw, path: Path, slot: Slot): void {
  // A value that is not `public` or `team` (`privé`, `équipe seulement`, a number) is the
  // schema's error; until it is fixed the slot stays out of what participants receive, so a
  // typo never publishes what its author meant to keep for the team.
  if (raw.visibility !== undefined) slot.visibility = readEnum<Visibility>(raw, 'visibility', path, VISIBILITIES) ?? valueAt<Visibility>('team', path, 'visibility');
  if (typeof raw.pinned === 'boolean') slot.pinned = valueAt(raw.pinned, path, 'pinned');
}

/** `steps`: the texts (`slot.steps`, as before) and every step's details (`slot.stepDetails`). */
export function readSteps(raw: Raw, path: Path, slot: Slot, issues: TimeIssue[]): void {
  if (!Array.isArray(raw.steps)) return;
  const texts: Value<string>[] = [];
  const details: Step[] = [];
  const stepsPath = path.concat('steps');
  // The string steps, with their paths, read once (in order, so they are met in turn below).
  const strings = readTexts(raw, 'steps', path) ?? [];
  let next = 0;
  asArray(raw.steps).forEach((item, i) => {
    const stepPath = stepsPath.concat(i);
    if (typeof item === 'string') {
      const text = strings[next++];
      if (text) {
        texts.push(text);
        details.push({ path: stepPath, text, speakers: [] });
      }
      return;
    }
    const o = asObject(item);
    if (!o) return;
    const step: Step = { path: stepPath, speakers: readRefs(o.speakers, 'person', stepPath, 'speakers') };
    setIf(step, 'text', readText(o, 'text', stepPath));
    setIf(step, 'duration', readDurationValue(o, 'duration', stepPath, issues));
    if (step.text) texts.push(step.text);
    details.push(step);
  });
  slot.steps = texts;
  slot.stepDetails = details;
}
