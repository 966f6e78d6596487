// The core in-process: each phase separately, the full check, and the lexer floor.
import { createRequire } from 'node:module';
import { lineWith, offsetOf } from '../lib/places.mjs';
import { timeSync, timeWithSetup } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);

/** Fewer repetitions for the large files keep the whole bench within its time budget. */
export function repsFor(size) {
  return size <= 100 ? { warmup: 20, reps: 40 } : size <= 1000 ? { warmup: 3, reps: 10 } : { warmup: 1, reps: 3 };
}

/** A long-lived service: one character typed into a title in the middle, then deleted, each checked. */
function timeEdits(core, uri, text) {
  const service = core.service();
  service.check(uri, text);
  const lines = text.split('\n');
  let at;
  try {
    at = offsetOf(lines, lineWith(lines, 'title'));
  } catch {
    return undefined; // no plain title in the second half: nothing to type into
  }
  let current = text;
  let step = 0;
  const next = () => {
    current = step++ % 2 === 0 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    current.charCodeAt(0); // the editor's text is flat (the server's document flattened it)
    return current;
  };
  return timeWithSetup(next, (edited) => service.check(uri, edited), { warmup: 4, reps: 21 });
}

/** inputs: [{ label, size, uri, text }]. Returns, per label, the phase timings and the diagnostics by code. */
export function measureCore(bundle, inputs) {
  const core = require(bundle);
  const results = {};
  for (const input of inputs) {
    const { uri, text } = input;
    const options = repsFor(input.size);
    // Each call parses again: `parse` and `check` never reuse an earlier result.
    const doc = core.parse(uri, text);
    const built = core.model(doc);
    const diagnostics = core.check(uri, text);
    const byCode = {};
    for (const d of diagnostics) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
    results[input.label] = {
      size: input.size,
      lines: text.split('\n').length,
      parse: timeSync(() => core.parse(uri, text), options),
      // Each phase on a document parsed anew, untimed: the model and the schema reuse what
      // they computed for the same data objects (days unchanged by an edit), so timing them
      // twice on one document would time the reuse.
      model: timeWithSetup(() => core.parse(uri, text), (fresh) => core.model(fresh), options),
      schema: timeWithSetup(() => core.parse(uri, text), (fresh) => core.schema(fresh), options),
      rules: timeWithSetup(() => core.model(core.parse(uri, text)), (fresh) => core.rules(doc, fresh), options),
      check: timeSync(() => core.check(uri, text), options),
      lexer: timeSync(() => core.lex(text), options),
      // One character typed in a title in the middle, then deleted, in a long-lived service.
      edit: timeEdits(core, uri, text),
      byCode,
    };
    void built;
  }
  return results;
}
