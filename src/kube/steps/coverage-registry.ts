// ---- part "coverage" of #16: registry and schema additions, kept apart from part engine's files -----------------
// The lead moves these into the files part engine owns, then deletes this file:
//   src/kube/steps/actions/index.ts   import { applyManifest } from './apply-manifest.js';
//                                     import { createNamespace } from './create-namespace.js';
//                                     import { deleteNamespace } from './delete-namespace.js';
//                                     'apply-manifest': applyManifest,
//                                     'delete-namespace': deleteNamespace,
//                                     'create-namespace': createNamespace,
//   src/kube/steps/expect/index.ts    import { controllerStable } from './controller-stable.js';
//                                     import { policyObjects } from './policy-objects.js';
//                                     'policy-objects': policyObjects,
//                                     'controller-stable': controllerStable,
//   src/kube/suite-objects.ts         STEP_ACTION_NAMES gains 'apply-manifest', 'delete-namespace', 'create-namespace';
//                                     STEP_EXPECTATION_NAMES gains 'policy-objects', 'controller-stable'; SuiteStep gains
//                                     'apply-manifest'?: ApplyManifestArg, 'delete-namespace'?: string,
//                                     'create-namespace'?: string; StepExpect gains 'policy-objects'?: PolicyObjectsArg,
//                                     'controller-stable'?: 'record' | 'unchanged'
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
//     },
//     "delete-namespace": { "type": "string", "minLength": 1, "description": "a key of namespaces: deleted (--wait)" },
//     "create-namespace": { "type": "string", "minLength": 1,
//                           "description": "a key of namespaces: created again, its deployments and services re-applied" }
//   and a step's expect properties gain:
//     "policy-objects": { "type": "object", "additionalProperties": false, "required": ["policy", "present"],
//                         "properties": { "policy": { "type": "string" }, "present": { "type": "boolean" } } },
//     "controller-stable": { "enum": ["record", "unchanged"] }
import { applyManifest } from './actions/apply-manifest.js';
import { createNamespace } from './actions/create-namespace.js';
import { deleteNamespace } from './actions/delete-namespace.js';
import { controllerStable } from './expect/controller-stable.js';
import { policyObjects } from './expect/policy-objects.js';
import type { StepAction, StepExpectation } from './types.js';

/** The step actions part coverage adds (one line each in the actions registry). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COVERAGE_STEP_ACTIONS: Record<string, StepAction<any>> = {
  'apply-manifest': applyManifest,
  'delete-namespace': deleteNamespace,
  'create-namespace': createNamespace,
};

/** The step expectations part coverage adds. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COVERAGE_STEP_EXPECTATIONS: Record<string, StepExpectation<any>> = {
  'policy-objects': policyObjects,
  'controller-stable': controllerStable,
};
