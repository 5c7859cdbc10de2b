/**
 * Pins `createPlan`'s complete result (refs, services, commands, local.conf, origins, secrets, service events) for
 * representative requests, so restructuring it cannot change any field.
 */
import { describe, expect, it } from '@jest/globals';

import { parseLocalConf } from '../../src/devstack/localconf/parse.js';
import { createPlan, type PlanRequest } from '../../src/devstack/plan.js';

let counter = 0;
const fixedPassword = (): string => `pw${++counter}Xy`;

/**
 * The plan as JSON, without its parsed model: that one must be exactly the re-parse of the rendered local.conf
 * (checked here), so the snapshot does not depend on the parser's internal shape.
 */
function plan(req: Omit<PlanRequest, 'generatePassword'>): unknown {
  counter = 0;
  const { conf, ...rest } = createPlan({ ...req, generatePassword: fixedPassword });
  if (rest.preflight.ok) expect(conf).toEqual(parseLocalConf(rest.localConf, 'local.conf'));
  return JSON.parse(JSON.stringify(rest));
}

describe('createPlan (full result)', () => {
  it('plans the dragonflow profile with its defaults', () => {
    expect(plan({ profile: 'dragonflow', distro: 'ubuntu-18.04' })).toMatchSnapshot();
  });

  it('plans an overcloud with placeholders, --set overrides, fragments, refs and options', () => {
    expect(
      plan({
        profile: 'overcloud-nested-vlan',
        distro: 'ubuntu-18.04',
        set: {
          SERVICE_HOST: '172.24.4.1',
          KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID: 'pool-1',
          KURYR_NEUTRON_DEFAULT_ROUTER: 'router-1',
          HOST_IP: '10.0.0.5',
          LOGFILE: '/opt/stack/logs/stack.sh.log',
        },
        fragment: { text: '[[local|localrc]]\nMY_SECRET=s3cr3tvalue\ndisable_service tempest\n', file: 'a.conf' },
        fragments: [{ text: '[[post-config|$NOVA_CONF]]\n[DEFAULT]\ndebug = True\n', file: 'b.conf' }],
        adminPassword: 'AdminPass1',
        pluginRefs: { 'kuryr-kubernetes': 'refs/changes/1' },
        octavia: false,
        nat: false,
        dest: '/srv/stack',
        stackUser: 'deploy',
      }),
    ).toMatchSnapshot();
  });

  it('returns the skeleton of a refused combination', () => {
    const refused = plan({ profile: 'dragonflow', release: 'kuryr-last' }) as { preflight: { ok: boolean } };
    expect(refused.preflight.ok).toBe(false);
    expect(refused).toMatchSnapshot();
  });
});
