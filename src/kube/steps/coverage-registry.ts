// ---- part "coverage" of #16: registry and schema additions, kept apart from part engine's files -----------------
// The lead moves these into the files part engine owns, then deletes this file:
//   src/kube/steps/actions/index.ts   import { applyManifest } from './apply-manifest.js';
//                                     'apply-manifest': applyManifest,
//   src/kube/suite.ts                 STEP_ACTION_NAMES gains 'apply-manifest'; SuiteStep gains
//                                     'apply-manifest'?: ApplyManifestArg (from ./steps/actions/apply-manifest.js)
//   schemas/suite.schema.json         a step's properties gain:
//     "apply-manifest": {
//       "description": "kubectl apply of an inline object; expect: accepted (default) or rejected (the API server
//                       answers 'is invalid', naming `field` when given)",
//       "type": "object", "additionalProperties": false, "required": ["manifest"],
//       "properties": {
//         "manifest": { "type": "object", "required": ["apiVersion", "kind", "metadata"],
//                       "properties": { "apiVersion": { "type": "string", "minLength": 1 },
//                                       "kind": { "type": "string", "minLength": 1 },
//                                       "metadata": { "type": "object", "required": ["name"] } } },
//         "expect": { "enum": ["accepted", "rejected"] },
//         "field": { "type": "string", "minLength": 1 },
//         "namespace": { "type": "string", "minLength": 1 }
//       }
//     }
import type { StepAction } from './types.js';
import { applyManifest } from './actions/apply-manifest.js';

/** The step actions part coverage adds (one line each in the actions registry). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COVERAGE_STEP_ACTIONS: Record<string, StepAction<any>> = {
  'apply-manifest': applyManifest,
};
