/**
 * The `security-group-rule` step over the scripted cluster and cloud: which groups it reads from the pods' Neutron
 * ports, the exact `openstack security group rule` lines it runs, that an existing equal rule is not made twice nor
 * deleted, that the scenario's clean-up deletes exactly the rules it made, and its load-time rules.
 */
import { describe, expect, it } from '@jest/globals';
import { STEP_ACTIONS } from '../../../src/kube/steps/actions/index.js';
import { removeAddedRules, securityGroupRuleAction } from '../../../src/kube/steps/actions/security-group-rule.js';
import type { SuiteDocument } from '../../../src/kube/suite.js';
import { IPS, LifecycleWorld, POD_A, POD_B, portRow, stepContext } from './lifecycle-world.js';

const GROUP = '5b0b6b5e-6f0c-4a55-9a0b-0c3f2f1c8e11';
const OTHER = 'f3a1c1de-97d4-4c2b-8d7e-2d6a3c9b4f20';

/** A world whose pod ports carry security groups and whose rule commands answer as the openstack CLI does. */
function groupWorld(groups: Record<string, string[]>, existing: Record<string, unknown>[] = []): LifecycleWorld {
  let n = 0;
  return new LifecycleWorld(undefined, (a) => {
    if (a.includes('port list --long')) {
      const rows = [POD_A, POD_B].map((p, i) => ({
        ...portRow(`port-${i}`, p, IPS[p] as string),
        'Security Groups': groups[p] ?? [],
      }));
      return { stdout: JSON.stringify(rows) };
    }
    if (/security group rule list /.test(a)) return { stdout: JSON.stringify(existing) };
    if (/security group rule create /.test(a)) {
      const ip = /--remote-ip (\S+)/.exec(a)?.[1];
      const rule = {
        id: `rule-${++n}`,
        protocol: /--protocol (\S+)/.exec(a)?.[1],
        ether_type: 'IPv4',
        direction: 'ingress',
        remote_ip_prefix: ip,
        remote_group_id: null,
        port_range_min: null,
        port_range_max: null,
      };
      return { stdout: JSON.stringify(rule) };
    }
    if (/security group rule delete /.test(a)) return { stdout: '' };
    return undefined;
  });
}

const ruleLines = (world: LifecycleWorld): string[] =>
  world.lines('openstack').filter((l) => l.includes('security group rule'));

describe('security-group-rule', () => {
  it('is registered under its name', () => {
    expect(STEP_ACTIONS['security-group-rule']).toBe(securityGroupRuleAction);
  });

  it("adds one ingress rule per source address to every group of the target pods' ports", async () => {
    const world = groupWorld({ [POD_A]: [GROUP], [POD_B]: [GROUP, OTHER] });
    const ctx = await stepContext(world);
    const said = await securityGroupRuleAction.run(ctx, { to: 'demo', from: 'demo', protocol: 'tcp', port: 8080 });
    const creates = ruleLines(world).filter((l) => l.includes(' create '));
    expect(creates).toEqual(
      [GROUP, OTHER].flatMap((g) =>
        ['10.0.0.90', '10.0.0.117'].map(
          (ip) =>
            `--os-cloud devstack-admin security group rule create --ingress --ethertype IPv4 --protocol tcp --remote-ip ${ip}/32 --dst-port 8080 ${g} -f json`,
        ),
      ),
    );
    expect(said).toBe(
      `added 4 ingress tcp/8080 rule(s) from 10.0.0.90, 10.0.0.117 to security group(s) ${GROUP}, ${OTHER} of demo's ports`,
    );
    await removeAddedRules(ctx);
    expect(ruleLines(world).filter((l) => l.includes(' delete '))).toEqual(
      ['rule-1', 'rule-2', 'rule-3', 'rule-4'].map(
        (id) => `--os-cloud devstack-admin security group rule delete ${id}`,
      ),
    );
    // a second clean-up has nothing left to delete
    await removeAddedRules(ctx);
    expect(ruleLines(world).filter((l) => l.includes(' delete '))).toHaveLength(4);
  });

  it('neither makes again nor deletes a rule that was there before', async () => {
    const equal = {
      ID: 'kept',
      'IP Protocol': 'icmp',
      Ethertype: 'IPv4',
      'IP Range': '10.0.0.90/32',
      'Port Range': '',
      Direction: 'ingress',
      'Remote Security Group': null,
    };
    const world = groupWorld({ [POD_A]: [GROUP], [POD_B]: [GROUP] }, [equal]);
    const ctx = await stepContext(world);
    const said = await securityGroupRuleAction.run(ctx, { to: 'demo', from: 'demo', protocol: 'icmp' });
    expect(said).toMatch(/^added 1 ingress icmp rule\(s\)/);
    await removeAddedRules(ctx);
    expect(ruleLines(world).filter((l) => l.includes(' delete '))).toEqual([
      '--os-cloud devstack-admin security group rule delete rule-1',
    ]);
  });

  it('fails when the target pods have no port or no group, and without the cloud', async () => {
    const bare = await stepContext(groupWorld({}));
    await expect(securityGroupRuleAction.run(bare, { to: 'demo', from: 'demo', protocol: 'icmp' })).rejects.toThrow(
      "the ports of demo's pods have no security group to add a rule to",
    );
    const noCloud = await stepContext(new LifecycleWorld(), { noCloud: true });
    await expect(securityGroupRuleAction.run(noCloud, { to: 'demo', from: 'demo', protocol: 'icmp' })).rejects.toThrow(
      'security-group-rule needs the OpenStack cloud (os-cloud)',
    );
  });

  it("refuses a port with icmp at load time, naming the step's field", () => {
    const doc = { name: 'd', scenarios: [] } as SuiteDocument;
    expect(securityGroupRuleAction.validate?.({ to: 'a', from: 'b', protocol: 'icmp', port: 80 }, doc)).toEqual([
      { path: ['security-group-rule', 'port'], message: "'port' applies to tcp and udp only, not icmp" },
    ]);
    expect(securityGroupRuleAction.validate?.({ to: 'a', from: 'b', protocol: 'udp', port: 53 }, doc)).toEqual([]);
  });
});
