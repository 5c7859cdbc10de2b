"""Security-group enforcement: the renderer (Neutron groups -> iptables-restore text), the rule the drop-sg-rule
fault picks, and (as root) the text applied in a network namespace the test makes.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import os
import shutil
import subprocess
import unittest

from kdfkuryr import secgroups, sgfault

DEFAULT, SPA, POL = 'sg-default', 'sg-spa', 'sg-pol'


def rule(id_, sg, direction='ingress', protocol=None, lo=None, hi=None, prefix=None, group=None, ethertype='IPv4'):
    return {'id': id_, 'security_group_id': sg, 'direction': direction, 'ethertype': ethertype, 'protocol': protocol,
            'port_range_min': lo, 'port_range_max': hi, 'remote_ip_prefix': prefix, 'remote_group_id': group}


# what Neutron gives project k8s: `default` (ingress from its own members, egress anywhere) and service_pod_access
KUBE_RULES = {
    DEFAULT: [rule('r-def-in4', DEFAULT, group=DEFAULT), rule('r-def-in6', DEFAULT, group=DEFAULT, ethertype='IPv6'),
              rule('r-def-eg4', DEFAULT, 'egress'), rule('r-def-eg6', DEFAULT, 'egress', ethertype='IPv6')],
    SPA: [rule('r-spa-tcp', SPA, protocol='tcp', prefix='10.0.0.128/26'),
          rule('r-spa-udp', SPA, protocol='udp', prefix='10.0.0.128/26'), rule('r-spa-eg4', SPA, 'egress')],
}
MEMBERS = {DEFAULT: ['10.0.0.70', '10.0.0.9', '10.0.0.65']}
POD = {'id': 'p1', 'security_groups': [DEFAULT, SPA], 'port_security_enabled': True}


def chain(text, name):
    return [line[len('-A %s ' % name):] for line in text.splitlines() if line.startswith('-A %s ' % name)]


class Render(unittest.TestCase):
    def test_kuryr_defaults(self):
        text = secgroups.render(POD, {}, KUBE_RULES, MEMBERS)
        self.assertEqual(text.splitlines()[:3], ['*filter', ':kdf-sg-ingress - [0:0]', ':kdf-sg-egress - [0:0]'])
        self.assertEqual(text.splitlines()[-1], 'COMMIT')
        self.assertEqual(chain(text, 'kdf-sg-ingress'), [
            '-m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
            '-i lo -j ACCEPT',
            # remote group: one line per member, in address order; IPv6 rules skipped
            '-s 10.0.0.9/32 -m comment --comment sg-rule:r-def-in4 -j ACCEPT',
            '-s 10.0.0.65/32 -m comment --comment sg-rule:r-def-in4 -j ACCEPT',
            '-s 10.0.0.70/32 -m comment --comment sg-rule:r-def-in4 -j ACCEPT',
            '-s 10.0.0.128/26 -p tcp -m comment --comment sg-rule:r-spa-tcp -j ACCEPT',
            '-s 10.0.0.128/26 -p udp -m comment --comment sg-rule:r-spa-udp -j ACCEPT',
            '-j DROP',
        ])
        self.assertEqual(chain(text, 'kdf-sg-egress'), [
            '-m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
            '-o lo -j ACCEPT',
            '-m comment --comment sg-rule:r-def-eg4 -j ACCEPT',
            '-m comment --comment sg-rule:r-spa-eg4 -j ACCEPT',
            '-j DROP',
        ])

    def test_every_rule_shape(self):
        rules = {POL: [
            rule('a', POL, protocol='tcp', lo=8080, hi=8080, prefix='10.0.0.70/32'),
            rule('b', POL, protocol='6', lo=8000, hi=8100),
            rule('c', POL, protocol='udp', lo=9090, hi=None, prefix='192.168.0.0/16'),
            rule('d', POL, protocol='icmp'),
            rule('e', POL, protocol='icmp', lo=8, hi=0, prefix='0.0.0.0/0'),
            rule('f', POL, protocol='ICMP', lo=3),
            rule('g', POL, protocol='any', prefix='10.1.2.3/24'),
            rule('h', POL, protocol='gre'),
            rule('i', POL, protocol='132', lo=1, hi=2),
            rule('j', POL, 'egress', protocol='tcp', lo=53, hi=53, prefix='10.0.0.2/32'),
            rule('k', POL, 'egress', protocol='udp', lo=53, hi=53, group=DEFAULT),
            rule('l', POL, protocol='tcp', prefix='2001:db8::/64', ethertype='IPv6'),
            rule('m', POL, group='sg-without-members'),
        ]}
        text = secgroups.render({'security_groups': [POL]}, {}, rules, {DEFAULT: ['10.0.0.65']})
        self.assertEqual(chain(text, 'kdf-sg-ingress')[2:], [
            '-s 10.0.0.70/32 -p tcp -m conntrack --ctorigdstport 8080 -m comment --comment sg-rule:a -j ACCEPT',
            '-p tcp -m conntrack --ctorigdstport 8000:8100 -m comment --comment sg-rule:b -j ACCEPT',
            '-s 192.168.0.0/16 -p udp -m conntrack --ctorigdstport 9090 -m comment --comment sg-rule:c -j ACCEPT',
            '-p icmp -m comment --comment sg-rule:d -j ACCEPT',
            '-p icmp --icmp-type 8/0 -m comment --comment sg-rule:e -j ACCEPT',
            '-p icmp --icmp-type 3 -m comment --comment sg-rule:f -j ACCEPT',
            '-s 10.1.2.0/24 -m comment --comment sg-rule:g -j ACCEPT',  # host bits of a prefix dropped
            '-p 47 -m comment --comment sg-rule:h -j ACCEPT',
            '-p sctp -m conntrack --ctorigdstport 1:2 -m comment --comment sg-rule:i -j ACCEPT',
            '-j DROP',  # l: IPv6; m: a group without members matches nobody
        ])
        self.assertEqual(chain(text, 'kdf-sg-egress')[2:], [
            '-d 10.0.0.2/32 -p tcp -m conntrack --ctorigdstport 53 -m comment --comment sg-rule:j -j ACCEPT',
            '-d 10.0.0.65/32 -p udp -m conntrack --ctorigdstport 53 -m comment --comment sg-rule:k -j ACCEPT',
            '-j DROP',
        ])

    def test_port_security_disabled_allows_all(self):
        port = dict(POD, port_security_enabled=False)
        text = secgroups.render(port, {}, KUBE_RULES, MEMBERS)
        self.assertEqual(chain(text, 'kdf-sg-ingress'), ['-j ACCEPT'])
        self.assertEqual(chain(text, 'kdf-sg-egress'), ['-j ACCEPT'])

    def test_no_group_with_port_security_drops_all_but_loopback(self):
        # as Neutron's firewall: removing every group of a port shuts it (only --disable-port-security opens it)
        text = secgroups.render({'security_groups': [], 'port_security_enabled': True}, {}, KUBE_RULES, MEMBERS)
        self.assertEqual(chain(text, 'kdf-sg-ingress'), [
            '-m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT', '-i lo -j ACCEPT', '-j DROP'])

    def test_stateless_groups_have_no_conntrack_line(self):
        stateful = secgroups.render(POD, {DEFAULT: {'stateful': True}}, KUBE_RULES, MEMBERS)
        stateless = secgroups.render(POD, {DEFAULT: {'stateful': False}, SPA: {'stateful': False}}, KUBE_RULES,
                                     MEMBERS)
        self.assertIn('--ctstate ESTABLISHED,RELATED', stateful)
        self.assertNotIn('--ctstate', stateless)
        self.assertEqual(chain(stateless, 'kdf-sg-ingress')[0], '-i lo -j ACCEPT')

    def test_a_removed_rule_disappears_and_its_traffic_is_dropped(self):
        before = secgroups.render(POD, {}, KUBE_RULES, MEMBERS)
        rules = dict(KUBE_RULES, **{DEFAULT: [r for r in KUBE_RULES[DEFAULT] if r['id'] != 'r-def-in4']})
        after = secgroups.render(POD, {}, rules, MEMBERS)
        self.assertNotEqual(before, after)
        self.assertNotIn('r-def-in4', after)
        self.assertEqual(chain(after, 'kdf-sg-ingress')[-1], '-j DROP')

    def test_idempotent_and_independent_of_listing_order(self):
        shuffled = {sg: list(reversed(rs)) for sg, rs in KUBE_RULES.items()}
        members = {DEFAULT: list(reversed(MEMBERS[DEFAULT]))}
        port = dict(POD, security_groups=[DEFAULT, SPA, DEFAULT])  # a group listed twice renders once
        self.assertEqual(secgroups.render(POD, {}, KUBE_RULES, MEMBERS), secgroups.render(port, {}, shuffled, members))

    def test_refuses_tokens_the_restore_parser_would_split(self):
        bad = {POL: [rule('x" -j ACCEPT', POL)]}
        with self.assertRaises(ValueError):
            secgroups.render({'security_groups': [POL]}, {}, bad, {})

    def test_jumps_are_appended_before_commit(self):
        text = secgroups.render(POD, {}, KUBE_RULES, MEMBERS)
        self.assertEqual(secgroups.with_jumps(text, []), text)
        both = secgroups.with_jumps(text, secgroups.JUMPS).splitlines()
        self.assertEqual(both[-3:], ['-A INPUT -j kdf-sg-ingress', '-A OUTPUT -j kdf-sg-egress', 'COMMIT'])

    def test_members_by_group(self):
        ports = [{'fixed_ips': [{'ip_address': '10.0.0.70'}, {'ip_address': 'fd00::5'}], 'security_groups': [DEFAULT]},
                 {'fixed_ips': [{'ip_address': '10.0.0.9'}], 'security_groups': [DEFAULT, SPA]},
                 {'fixed_ips': [], 'security_groups': [POL]}]
        self.assertEqual(secgroups.members_by_group(ports),
                         {DEFAULT: ['10.0.0.9', '10.0.0.70'], SPA: ['10.0.0.9'], POL: []})


class PickRule(unittest.TestCase):
    def test_default_group_pod_to_pod_rule(self):
        self.assertEqual(sgfault.pick_rule(KUBE_RULES[DEFAULT])['id'], 'r-def-in4')

    def test_prefers_the_rule_letting_8080_in_then_the_broadest(self):
        rules = [rule('icmp', POL, protocol='icmp'), rule('tcp9090', POL, protocol='tcp', lo=9090, hi=9090),
                 rule('one', POL, protocol='tcp', lo=8080, hi=8080, prefix='10.0.0.70/32'),
                 rule('range', POL, protocol='tcp', lo=8000, hi=8100, prefix='10.0.0.70/32'),
                 rule('egress', POL, 'egress')]
        self.assertEqual(sgfault.pick_rule(rules)['id'], 'range')
        self.assertEqual(sgfault.pick_rule([r for r in rules if r['id'] in ('icmp', 'tcp9090')])['id'], 'icmp')
        self.assertIsNone(sgfault.pick_rule([rules[-1]]))
        self.assertEqual(sgfault.describe(rules[3]), 'ingress IPv4 tcp 8000-8100 from 10.0.0.70/32')


def _can_netns():
    return os.geteuid() == 0 and shutil.which('iptables-restore') and shutil.which('ip')


@unittest.skipUnless(_can_netns(), 'needs root, ip and iptables-restore (a network namespace of its own)')
class Apply(unittest.TestCase):
    """The rendered text restored in a namespace made here: jumps once, kdf-fault's INPUT rule stays first."""

    def setUp(self):
        self.ns = 'kdf-sgut-%d' % os.getpid()
        subprocess.run(['ip', 'netns', 'add', self.ns], check=True)
        self.addCleanup(subprocess.run, ['ip', 'netns', 'delete', self.ns], check=False)

    def iptables(self, *args):
        return subprocess.run(['ip', 'netns', 'exec', self.ns, 'iptables'] + list(args), check=True,
                              capture_output=True, text=True).stdout.splitlines()

    def test_apply_twice_then_change(self):
        secgroups.apply(self.ns, secgroups.render(POD, {}, KUBE_RULES, MEMBERS))
        self.iptables('-I', 'INPUT', '-m', 'comment', '--comment', 'kdf-fault', '-j', 'DROP')
        rules = dict(KUBE_RULES, **{DEFAULT: KUBE_RULES[DEFAULT][1:]})
        secgroups.apply(self.ns, secgroups.render(POD, {}, rules, MEMBERS))
        secgroups.apply(self.ns, secgroups.render(POD, {}, rules, MEMBERS))
        self.assertEqual(self.iptables('-S', 'INPUT')[1:], [
            '-A INPUT -m comment --comment kdf-fault -j DROP', '-A INPUT -j kdf-sg-ingress'])
        self.assertEqual(self.iptables('-S', 'OUTPUT')[1:], ['-A OUTPUT -j kdf-sg-egress'])
        ingress = self.iptables('-S', 'kdf-sg-ingress')
        self.assertEqual(len(ingress), 6)  # -N, conntrack, lo, tcp, udp, DROP: the dropped rule's lines are gone
        self.assertFalse(any('r-def-in4' in line for line in ingress))
        self.assertEqual(ingress[-1], '-A kdf-sg-ingress -j DROP')


if __name__ == '__main__':
    unittest.main()
