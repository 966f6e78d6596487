/**
 * The gesture shapes are written twice on purpose: in common/protocol.ts (what the preview
 * and the server exchange) and in server/src/core/gestures/types.ts (the core imports
 * nothing outside itself). This file does not compile if they drift apart.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Gesture as ProtocolGesture } from '../../../common/protocol';
import type { Gesture as CoreGesture } from '../../../server/src/core/gestures/types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<ProtocolGesture, CoreGesture> = true;

test('the protocol and the core describe the same gestures', () => {
  assert.equal(same, true);
});
