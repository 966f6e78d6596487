// The core in-process: each phase separately, the full check, and the lexer floor.
import { createRequire } from 'node:module';
import { timeSync } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);

/** Fewer repetitions for the large files keep the whole bench within its time budget. */
export function repsFor(size) {
  return size <= 100 ? { warmup: 20, reps: 40 } : size <= 1000 ? { warmup: 3, reps: 10 } : { warmup: 1, reps: 3 };
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
      model: timeSync(() => core.model(doc), options),
      schema: timeSync(() => core.schema(doc), options),
      rules: timeSync(() => core.rules(doc, built), options),
      check: timeSync(() => core.check(uri, text), options),
      lexer: timeSync(() => core.lex(text), options),
      byCode,
    };
  }
  return results;
}
