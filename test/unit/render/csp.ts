/**
 * Reading a Content-Security-Policy and checking it against the rules the preview and the
 * HTML export promise: nothing by default, scripts only by nonce (the export: none at all),
 * no eval, no remote origin, no wildcard. Used by the unit tests and the browser tests.
 */

export type Csp = Map<string, string[]>;

export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins (CSP 3, §2.2.1); later ones are ignored.
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), values);
  }
  return csp;
}

export interface CspRules {
  /** The only host source allowed (the webview's `cspSource`); none for the export. */
  ownOrigin?: string;
  /** Scripts: `nonce` (the preview) or `none` (the export). */
  scripts: 'nonce' | 'none';
}

/** What is wrong with `policy` under `rules`, one line per problem (empty when it is fine). */
export function cspProblems(policy: string, rules: CspRules): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const defaults = csp.get('default-src');
  if (defaults?.join(' ') !== "'none'") problems.push(`default-src is ${JSON.stringify(defaults)}, not 'none'`);
  const scripts = csp.get('script-src') ?? defaults ?? [];
  if (rules.scripts === 'none' && csp.has('script-src') && scripts.join(' ') !== "'none'") problems.push(`scripts allowed: ${scripts.join(' ')}`);
  if (rules.scripts === 'nonce' && (scripts.length !== 1 || !/^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(scripts[0]!))) problems.push(`script-src is not one nonce: ${scripts.join(' ')}`);
  for (const [name, values] of csp) {
    for (const v of values) {
      const keyword = /^'(none|self|unsafe-inline|nonce-[^']+)'$/.exec(v);
      if (keyword) {
        if (keyword[1] === 'unsafe-inline' && name !== 'style-src') problems.push(`'unsafe-inline' in ${name}`);
        continue;
      }
      if (rules.ownOrigin !== undefined && v === rules.ownOrigin) continue;
      // Anything else is a way to run or load something: 'unsafe-eval', 'strict-dynamic',
      // hashes we do not use, schemes (data:, https:, blob:), hosts, wildcards.
      problems.push(`${name} allows ${v}`);
    }
  }
  for (const closed of ['base-uri', 'form-action']) if (csp.get(closed)?.join(' ') !== "'none'") problems.push(`${closed} is not 'none'`);
  return problems;
}
