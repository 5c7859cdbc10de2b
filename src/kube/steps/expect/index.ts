// Registry of step expectations (design F): the key under a step's `expect` -> its module. One line per expectation.
import type { StepExpectation } from '../types.js';
import { controllerStable } from './controller-stable.js';
import { everyBackendExpectation } from './every-backend.js';
import { membersExpectation } from './members.js';
import { podsExpectation } from './pods.js';
import { policyObjects } from './policy-objects.js';
import { portsExpectation } from './ports.js';
import { reachability } from './reachability.js';
import { subnetPorts } from './subnet-ports.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STEP_EXPECTATIONS: Record<string, StepExpectation<any>> = {
  reachability,
  members: membersExpectation,
  everyBackend: everyBackendExpectation,
  ports: portsExpectation,
  pods: podsExpectation,
  'policy-objects': policyObjects,
  'controller-stable': controllerStable,
  'subnet-ports': subnetPorts,
};
