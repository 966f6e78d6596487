/**
 * SARIF `partialFingerprints` that follow a finding, not its line number: code scanning
 * matches an alert from one run to the next by them, so inserting lines above a finding must
 * not make it a new alert. The hash covers the rule code, the file's path and the text of
 * the finding's own line (trimmed, so re-indenting does not count either), plus the rank of
 * the finding among those with the same three (two identical lines stay two alerts).
 */
import { createHash } from 'node:crypto';

export const FINGERPRINT_KEY = 'derouleFinding/v1';

export class Fingerprints {
  private readonly seen = new Map<string, number>();

  /** The fingerprint of the next finding of `code` in `path` whose line reads `lineText`. */
  next(code: string, path: string, lineText: string): string {
    const key = [code, path.replace(/\\/g, '/'), lineText.trim()].join('\u0000');
    const rank = this.seen.get(key) ?? 0;
    this.seen.set(key, rank + 1);
    return createHash('sha256').update(`${key}\u0000${rank}`).digest('hex').slice(0, 32);
  }
}
