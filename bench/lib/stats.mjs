// Timing helpers: a warm-up, then N repetitions, reported as the median (and min/max).
import { performance } from 'node:perf_hooks';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summary(samples) {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), n: samples.length };
}

/** Times a synchronous function: `warmup` untimed calls, then `reps` timed ones (ms). */
export function timeSync(fn, options) {
  let i = 0;
  return timeWithSetup(() => i++, fn, options);
}

/** Times `measure(setup())`, with `setup` run before each call and not timed. */
export function timeWithSetup(setup, measure, { warmup = 2, reps = 10 } = {}) {
  for (let i = 0; i < warmup; i++) measure(setup());
  const samples = [];
  for (let i = 0; i < reps; i++) {
    const input = setup();
    const t = performance.now();
    measure(input);
    samples.push(performance.now() - t);
  }
  return summary(samples);
}

/** Times an async function the same way; `fn` may return its own duration in ms. */
export async function timeAsync(fn, { warmup = 1, reps = 5 } = {}) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const own = await fn(warmup + i);
    samples.push(typeof own === 'number' ? own : performance.now() - t);
  }
  return summary(samples);
}

/** Rejects after `ms` with `what` in the message: a hung server never hangs the bench. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}
