"""The policy driver's handlers against a cluster directory on disk and a recording stand-in for Neutron (the real
one runs in test/e2e/network-policy.test.ts): what is converged when, which Neutron calls an idle round makes, the
KuryrNetworkPolicy objects written and removed.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import json
import os
import tempfile
import types
import unittest
import uuid

from kdfkuryr import cloud, policies, store

SPA, DEFAULT = 'sg-spa', 'sg-default'
SERVICE_CIDR = None  # no load-balancer rules here: test_netpol covers them


class FakeNeutron:
    """Security groups, rules and ports in memory; every call is recorded as (method, args)."""

    def __init__(self):
        self.calls = []
        self.groups = {}
        self.portmap = {}

    def _rec(self, name, *args):
        self.calls.append((name,) + args)

    def find_security_group(self, sg_id, ignore_missing=True):
        self._rec('find_security_group', sg_id)
        return self._sg(sg_id) if sg_id in self.groups else None

    def security_groups(self, **filters):
        self._rec('security_groups')
        return [self._sg(i) for i, g in self.groups.items() if g['name'] == filters.get('name', g['name'])]

    def create_security_group(self, name, description, project_id):
        self._rec('create_security_group', name)
        sg_id = 'sg-%d' % len(self.groups)
        # Neutron's two allow-all egress rules of every new group
        egress = [self._rule(sg_id, direction='egress', ethertype=e) for e in ('IPv4', 'IPv6')]
        self.groups[sg_id] = {'name': name, 'description': description, 'rules': egress}
        return self._sg(sg_id)

    def get_security_group(self, sg_id):
        self._rec('get_security_group', sg_id)
        return self._sg(sg_id)

    def delete_security_group(self, sg_id, ignore_missing=True):
        self._rec('delete_security_group', sg_id)
        if any(sg_id in p['sgs'] for p in self.portmap.values()):
            raise RuntimeError('409: security group %s in use' % sg_id)
        self.groups.pop(sg_id, None)

    def create_security_group_rules(self, data):
        # Neutron's bulk create: one request, every rule made or none
        self._rec('create_security_group_rules', len(data))
        made = []
        for attrs in data:
            attrs = dict(attrs)
            sg_id = attrs.pop('security_group_id')
            attrs.pop('project_id')
            made.append(self._rule(sg_id, **attrs))
        for r in made:
            self.groups[r['security_group_id']]['rules'].append(r)
        return iter(made)

    def delete_security_group_rule(self, rule_id, ignore_missing=True):
        self._rec('delete_security_group_rule', rule_id)
        for g in self.groups.values():
            g['rules'] = [r for r in g['rules'] if r['id'] != rule_id]

    def ports(self, **filters):
        self._rec('ports')
        return [types.SimpleNamespace(id=i, security_group_ids=list(p['sgs'])) for i, p in self.portmap.items()]

    def update_port(self, port_id, security_group_ids):
        self._rec('update_port', port_id, tuple(security_group_ids))
        self.portmap[port_id]['sgs'] = list(security_group_ids)

    @staticmethod
    def _rule(sg_id, **attrs):
        r = {k: None for k in ('protocol', 'port_range_min', 'port_range_max', 'remote_ip_prefix', 'remote_group_id',
                               'description')}
        r.update(attrs, id=str(uuid.uuid4()), security_group_id=sg_id)
        return r

    def _sg(self, sg_id):
        g = self.groups[sg_id]
        return types.SimpleNamespace(id=sg_id, name=g['name'], description=g['description'], project_id='k8s',
                                     security_group_rules=[dict(r) for r in g['rules']])


class Ctx:
    def __init__(self):
        self.lines = []

    def log(self, msg):
        self.lines.append(msg)


class Handlers(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = os.path.join(self.tmp.name, 'kube', 'clusters', 'c1')
        self.cfg = {'name': 'c1', 'drivers': {'podSecurityGroups': 'policy'}}
        store.write_json(os.path.join(self.dir, 'cluster.json'), self.cfg)
        self.neutron = FakeNeutron()
        self._saved = (cloud.conn, dict(cloud._cache))
        cloud.conn = lambda: types.SimpleNamespace(network=self.neutron)
        cloud._cache[('sgs', 'k8s')] = [DEFAULT, SPA]
        cloud._cache[('project', 'k8s')] = 'k8s'
        cloud._cache[('subnet', 'k8s-service-subnet')] = types.SimpleNamespace(cidr=SERVICE_CIDR)
        policies._applied.clear()
        self.ctx = Ctx()
        self.namespace('a', {})
        self.pod('a', 'server', {'app': 'server'}, '10.0.0.10')
        self.pod('a', 'client', {'app': 'client'}, '10.0.0.11')

    def tearDown(self):
        cloud.conn = self._saved[0]
        cloud._cache.clear()
        cloud._cache.update(self._saved[1])
        self.tmp.cleanup()

    # --- the store -----------------------------------------------------------------------------------------------
    def obj(self, plural, ns, name, body):
        store.write_json(os.path.join(self.dir, 'objects', plural, ns, name + '.json'), body)

    def namespace(self, name, lbls):
        self.obj('namespaces', '_', name, {'metadata': {'name': name, 'labels': lbls}})

    def pod(self, ns, name, lbls, ip):
        uid = 'uid-' + name
        self.obj('pods', ns, name, {'metadata': {'namespace': ns, 'name': name, 'uid': uid, 'labels': lbls},
                                    'spec': {'containers': [{'name': 'c'}]}, 'status': {'podIP': ip}})
        port = 'port-' + name
        store.write_json(store.kuryr_path(self.dir, 'pods', ns, name), {'portId': port, 'ip': ip, 'podUid': uid})
        self.neutron.portmap[port] = {'sgs': [DEFAULT, SPA]}

    def policy(self, name, spec, uid='p-uid'):
        self.obj('networkpolicies', 'a', name, {'apiVersion': 'networking.k8s.io/v1', 'kind': 'NetworkPolicy',
                                                'metadata': {'namespace': 'a', 'name': name, 'uid': uid}, 'spec': spec})

    def knp(self, name):
        return store.read_json(os.path.join(self.dir, 'objects', 'kuryrnetworkpolicies', 'a', name + '.json'))

    def round(self):
        """One planning round with its tasks run inline; returns the task names."""
        self.neutron.calls.clear()
        names = []
        for key, fn, args in policies.plan(self.ctx, self.dir, self.cfg):
            names.append(fn.__name__)
            fn(*args)
        return names

    def settle(self):
        """Rounds until one plans nothing (a group's first round, then its ports the next); returns every task."""
        names = []
        for _ in range(5):
            got = self.round()
            if not got:
                return names
            names += got
        self.fail('still converging after 5 rounds: %s' % names)

    # --- the tests -----------------------------------------------------------------------------------------------
    ALLOW_CLIENT = {'podSelector': {'matchLabels': {'app': 'server'}},
                    'ingress': [{'from': [{'podSelector': {'matchLabels': {'app': 'client'}}}],
                                 'ports': [{'port': 8080}]}]}

    def test_policy_driver_off_does_nothing(self):
        self.cfg = {'name': 'c1'}
        self.policy('p', self.ALLOW_CLIENT)
        self.assertEqual(self.round(), [])
        self.assertEqual(self.neutron.calls, [])

    def test_create_converge_then_idle_rounds_make_no_calls(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.assertEqual(self.settle(), ['converge_policy', 'sync_ports'])  # the group onto the port at once
        sg_id, = self.neutron.groups
        self.assertEqual(self.neutron.groups[sg_id]['name'], 'sg-a-p')
        rules = self.neutron.groups[sg_id]['rules']
        self.assertEqual(sorted((r['direction'], r['ethertype'], r['remote_ip_prefix'], r['port_range_min'])
                                for r in rules),
                         [('egress', 'IPv4', None, None), ('ingress', 'IPv4', '10.0.0.11/32', 8080)])
        self.assertEqual(self.neutron.portmap['port-server']['sgs'], [sg_id])
        self.assertEqual(self.neutron.portmap['port-client']['sgs'], [DEFAULT, SPA])
        knp = self.knp('p')
        self.assertEqual((knp['apiVersion'], knp['kind']), ('openstack.org/v1', 'KuryrNetworkPolicy'))
        self.assertEqual(knp['status']['securityGroupId'], sg_id)
        self.assertEqual(sorted(r['id'] for r in knp['status']['securityGroupRules']), sorted(r['id'] for r in rules))
        self.assertEqual(knp['status']['podSelector'], {'matchLabels': {'app': 'server'}})
        self.assertEqual([x['sgRule']['remote_ip_prefix'] for x in knp['spec']['ingressSgRules']], ['10.0.0.11/32'])
        self.assertTrue(knp['metadata']['resourceVersion'])
        for _ in range(3):  # idle: nothing planned, no Neutron call at all (settle() ended on such a round)
            self.assertEqual(self.round(), [])
            self.assertEqual(self.neutron.calls, [])

    def test_a_sync_planned_before_the_group_existed_does_not_undo_it(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.round()  # converge and the port sync planned in the same round (from the store as it was before)
        sg_id, = self.neutron.groups
        self.assertEqual(self.neutron.portmap['port-server']['sgs'], [sg_id])
        updates = [c for c in self.neutron.calls if c[0] == 'update_port']
        self.assertEqual(updates, [('update_port', 'port-server', (sg_id,))])

    def test_resync_of_ports_is_one_list_call(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.settle()
        policies._applied[self.dir] = (policies._applied[self.dir][0], 0)  # PORT_RESYNC elapsed
        self.assertEqual(self.round(), ['sync_ports'])
        self.assertEqual(self.neutron.calls, [('ports',)])

    def test_a_rule_removed_behind_kuryrs_back_is_not_restored_until_something_changes(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.settle()
        sg_id, = self.neutron.groups
        ingress = [r for r in self.neutron.groups[sg_id]['rules'] if r['direction'] == 'ingress'][0]
        self.neutron.delete_security_group_rule(ingress['id'])  # `kdf sandbox fault drop-sg-rule`
        self.assertEqual(self.round(), [])
        self.pod('a', 'client2', {'app': 'client'}, '10.0.0.12')
        self.assertEqual(self.settle(), ['converge_policy', 'sync_ports'])  # the new pod's port: nothing to change
        got = sorted(r['remote_ip_prefix'] for r in self.neutron.groups[sg_id]['rules'] if r['direction'] == 'ingress')
        self.assertEqual(got, ['10.0.0.11/32', '10.0.0.12/32'])

    def test_new_peer_pod_adds_only_its_rule(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.settle()
        self.pod('a', 'client2', {'app': 'client'}, '10.0.0.12')
        self.neutron.calls.clear()
        for key, fn, args in policies.plan(self.ctx, self.dir, self.cfg):
            fn(*args)
        made = [c for c in self.neutron.calls if c[0].startswith(('create_', 'delete_', 'update_'))]
        self.assertEqual(made, [('create_security_group_rules', 1)])  # one rule; no port update

    def test_namespace_labels_change_the_rules(self):
        self.namespace('b', {'team': 'x'})
        self.pod('b', 'other', {'app': 'other'}, '10.0.0.20')
        team_y = {'namespaceSelector': {'matchLabels': {'team': 'y'}}}
        self.policy('p', {'podSelector': {}, 'ingress': [{'from': [team_y]}]})
        self.settle()
        sg_id, = self.neutron.groups
        self.assertEqual([r for r in self.neutron.groups[sg_id]['rules'] if r['direction'] == 'ingress'], [])
        self.namespace('b', {'team': 'y'})
        self.assertEqual(self.round(), ['converge_policy'])
        ingress = [r for r in self.neutron.groups[sg_id]['rules'] if r['direction'] == 'ingress']
        self.assertEqual([r['remote_ip_prefix'] for r in ingress],
                         ['10.0.0.20/32'])

    def test_two_policies_on_one_pod_and_delete_restores(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.policy('q', {'podSelector': {}, 'policyTypes': ['Ingress']}, uid='q-uid')
        self.settle()
        groups = {g['name']: i for i, g in self.neutron.groups.items()}
        self.assertEqual(self.neutron.portmap['port-server']['sgs'], [groups['sg-a-p'], groups['sg-a-q']])
        self.assertEqual(self.neutron.portmap['port-client']['sgs'], [groups['sg-a-q']])
        os.unlink(os.path.join(self.dir, 'objects', 'networkpolicies', 'a', 'q.json'))
        self.assertIn('delete_policy', self.settle())
        self.assertNotIn(groups['sg-a-q'], self.neutron.groups)
        self.assertIsNone(self.knp('q'))
        self.assertEqual(self.neutron.portmap['port-server']['sgs'], [groups['sg-a-p']])
        self.assertEqual(self.neutron.portmap['port-client']['sgs'], [DEFAULT, SPA])  # back to Kuryr's defaults
        os.unlink(os.path.join(self.dir, 'objects', 'networkpolicies', 'a', 'p.json'))
        self.settle()
        self.assertEqual(self.neutron.groups, {})
        self.assertEqual(self.neutron.portmap['port-server']['sgs'], [DEFAULT, SPA])
        self.assertEqual(self.round(), [])

    def test_policy_recreated_with_another_uid_is_converged_again(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.settle()
        uid = self.knp('p')['metadata']['uid']
        self.policy('p', self.ALLOW_CLIENT, uid='other')
        self.assertEqual(self.round(), ['converge_policy'])
        self.assertNotEqual(self.knp('p')['metadata']['uid'], uid)
        self.assertEqual(self.knp('p')['metadata']['annotations']['networkPolicyUid'], 'other')

    def test_knp_marked_for_deletion_is_cleaned_up_then_made_again_for_a_live_policy(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.settle()
        old_sg, = self.neutron.groups
        knp = self.knp('p')
        knp['metadata']['deletionTimestamp'] = '2026-01-01T00:00:00Z'  # kdfkube's Cluster.delete: finalizer pending
        self.obj('kuryrnetworkpolicies', 'a', 'p', knp)
        self.assertEqual(self.round()[:1], ['delete_policy'])
        self.assertIsNone(self.knp('p'))
        self.assertNotIn(old_sg, self.neutron.groups)
        self.settle()
        new_sg, = self.neutron.groups
        self.assertEqual(self.knp('p')['status']['securityGroupId'], new_sg)
        self.assertEqual(self.neutron.portmap['port-server']['sgs'], [new_sg])

    def test_a_deletion_mark_set_while_converging_is_kept(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.settle()
        knp = self.knp('p')
        (key, fn, args), = [t for t in self.plan_after(lambda: self.pod('a', 'client2', {'app': 'client'}, '10.0.0.12'))
                            if t[1].__name__ == 'converge_policy']
        marked = dict(knp, metadata=dict(knp['metadata'], deletionTimestamp='2026-01-01T00:00:00Z'))
        self.obj('kuryrnetworkpolicies', 'a', 'p', marked)  # kdfkube's Cluster.delete, between plan and write
        fn(*args)
        self.assertEqual(self.knp('p')['metadata']['deletionTimestamp'], '2026-01-01T00:00:00Z')
        self.assertIn('delete_policy', self.settle())
        self.assertEqual(self.knp('p')['metadata'].get('deletionTimestamp'), None)  # made again for the live policy

    def plan_after(self, change):
        change()
        return list(policies.plan(self.ctx, self.dir, self.cfg))

    def test_knp_is_real_crd_json(self):
        self.policy('p', self.ALLOW_CLIENT)
        self.settle()
        with open(os.path.join(self.dir, 'objects', 'kuryrnetworkpolicies', 'a', 'p.json')) as f:
            knp = json.load(f)
        self.assertEqual(knp['metadata']['namespace'], 'a')
        self.assertEqual(knp['metadata']['selfLink'], '/apis/openstack.org/v1/namespaces/a/kuryrnetworkpolicies/p')
        self.assertEqual(knp['metadata']['finalizers'], ['kuryr.openstack.org/networkpolicy-finalizer'])
        self.assertEqual(knp['spec']['policyTypes'], ['Ingress'])


if __name__ == '__main__':
    unittest.main()
