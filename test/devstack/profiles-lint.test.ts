import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createPlan } from '../../src/devstack/plan.js';
import { lintPlan } from '../../src/devstack/plan-lint.js';
import { extractLocalrc } from '../../src/devstack/lint/index.js';
import { PROFILES } from '../../src/devstack/profiles/index.js';
import { TRAINS } from '../../src/devstack/trains.js';

const COMBOS = Object.values(PROFILES).flatMap((p) =>
  Object.values(TRAINS)
    .filter((t) => p.backend === 'none' || t.backends.includes(p.backend))
    .flatMap((t) => [true, false].map((pool) => [p.name, t.name, pool] as const)),
);
const SET = { SERVICE_HOST: '192.0.2.10', KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID: '6c6b1f5e-5b8c-4a34-9d6e-0f1f0c2f9a11' };

describe("every generated local.conf passes the project's own linter and real bash -n", () => {
  it.each(COMBOS)('%s on %s (ports pool %s)', (profile, release, pool) => {
    const plan = createPlan({
      profile,
      release,
      set: profile === 'overcloud-nested-vlan' ? SET : {},
      portsPool: { enabled: pool, min: 2, max: 0, batch: 5, updateFrequency: 30 },
    });
    const findings = lintPlan(plan);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // Only the documented ports-pool note may appear: pools on, in a profile that runs Kuryr (not an undercloud).
    expect(findings.map((f) => f.rule)).toEqual(pool && PROFILES[profile]!.role !== 'undercloud' ? ['LC607'] : []);

    const { script } = extractLocalrc(plan.conf);
    const bash = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(bash.stderr).toBe('');
    expect(bash.status).toBe(0);
  });

  it('a user fragment error is reported at the fragment file and line', () => {
    const plan = createPlan({
      profile: 'dragonflow',
      fragment: {
        file: 'ci/extra.conf',
        text: '[[local|localrc]]\nLOGFILE=devstack.log\n[[post-config|$NOVA_CONF]]\n;comment\n',
      },
    });
    const findings = lintPlan(plan, { syntaxCheck: false });
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['ci/extra.conf', 2, 'LC403'], // relative LOGFILE (replaced the profile's in place)
      ['ci/extra.conf', 4, 'LC501'], // `;` comment
      ['ci/extra.conf', 4, 'LC504'], // ... which is also a key before any section
    ]);
    expect(errors[0]?.message).toMatch(/generated local.conf line \d+/);
  });
});
