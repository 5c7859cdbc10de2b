// Registry of step actions (design F): the YAML key of a step -> its module. One line per action.
import type { StepAction } from '../types.js';
import { applyManifest } from './apply-manifest.js';
import { applyPolicy } from './apply-policy.js';
import { createNamespace } from './create-namespace.js';
import { deleteListenerAction } from './delete-listener.js';
import { deleteLoadBalancerAction } from './delete-loadbalancer.js';
import { deleteNamespace } from './delete-namespace.js';
import { deletePodsAction } from './delete-pods.js';
import { deletePolicy } from './delete-policy.js';
import { kuryrConfigAction } from './kuryr-config.js';
import { labelNamespace } from './label-namespace.js';
import { restartKuryrAction } from './restart.js';
import { rolloutRestartAction } from './rollout-restart.js';
import { scaleAction } from './scale.js';
import { securityGroupRuleAction } from './security-group-rule.js';
import { updatePolicy } from './update-policy.js';
import { waitAction } from './wait.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STEP_ACTIONS: Record<string, StepAction<any>> = {
  'apply-policy': applyPolicy,
  'delete-policy': deletePolicy,
  'update-policy': updatePolicy,
  'label-namespace': labelNamespace,
  scale: scaleAction,
  'delete-pods': deletePodsAction,
  'rollout-restart': rolloutRestartAction,
  'delete-loadbalancer': deleteLoadBalancerAction,
  'delete-listener': deleteListenerAction,
  restart: restartKuryrAction,
  'kuryr-config': kuryrConfigAction,
  'security-group-rule': securityGroupRuleAction,
  wait: waitAction,
  'apply-manifest': applyManifest,
  'delete-namespace': deleteNamespace,
  'create-namespace': createNamespace,
};
