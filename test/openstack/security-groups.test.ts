import { describe, expect, it } from '@jest/globals';

import { OpenStackClient } from '../../src/openstack/client.js';
import { parseSecurityGroupList, resolveSecurityGroupId } from '../../src/openstack/security-groups.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { FakeCommandRunner } from '../__fixtures__/fake-command-runner.js';
import { fixture } from './fixtures.js';

const OWN_PROJECT = 'a8b3e2d1c4f5467890ab1c2d3e4f5a6b';

function cloud(project: string, groups = fixture('sg-list-admin.json')): FakeCommandRunner {
  return new FakeCommandRunner()
    .on('openstack', ['--os-cloud', 'devstack-admin', 'token', 'issue', '-c', 'project_id', '-f', 'json'], {
      stdout: JSON.stringify({ project_id: project }),
    })
    .on('openstack', ['--os-cloud', 'devstack-admin', 'security', 'group', 'list', '-f', 'json'], { stdout: groups });
}
const client = (runner: FakeCommandRunner): OpenStackClient => new OpenStackClient({ runner, cloud: 'devstack-admin' });

describe('security groups by project', () => {
  it('parses the list with each group’s project', () => {
    expect(parseSecurityGroupList(fixture('sg-list-admin.json'))[1]).toEqual({
      id: '9e2a7c41-3b5d-4f08-8d61-2c4b9a7e0f33',
      name: 'default',
      projectId: OWN_PROJECT,
    });
  });

  it('picks the default group of the cloud’s own project among two', async () => {
    const runner = cloud(OWN_PROJECT);
    await expect(resolveSecurityGroupId(client(runner), 'default')).resolves.toBe(
      '9e2a7c41-3b5d-4f08-8d61-2c4b9a7e0f33',
    );
    const other = cloud('5d1f0a3c1b2e4f6a8c9d0e1f2a3b4c5d');
    await expect(resolveSecurityGroupId(client(other), 'default')).resolves.toBe(
      '0b6c3f3e-52a4-4d0e-9a3c-6f1d7f0c2a11',
    );
  });

  it('takes an id as is, without a call', async () => {
    const runner = cloud(OWN_PROJECT);
    await expect(resolveSecurityGroupId(client(runner), '0B6C3F3E-52a4-4d0e-9a3c-6f1d7f0c2a11')).resolves.toBe(
      '0B6C3F3E-52a4-4d0e-9a3c-6f1d7f0c2a11',
    );
    expect(runner.calls).toHaveLength(0);
  });

  it('refuses an ambiguous name none of whose groups is the project’s own, listing them', async () => {
    const run = resolveSecurityGroupId(client(cloud('ffffffffffffffffffffffffffffffff')), 'default');
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow(
      /security group 'default' is ambiguous .*0b6c3f3e-52a4-4d0e-9a3c-6f1d7f0c2a11 \(project 5d1f.*9e2a7c41-3b5d-4f08-8d61-2c4b9a7e0f33 \(project a8b3/,
    );
  });

  it('names a missing group and the input', async () => {
    await expect(resolveSecurityGroupId(client(cloud(OWN_PROJECT)), 'nope', 'security-group')).rejects.toMatchObject({
      input: 'security-group',
      message: expect.stringMatching(/security group 'nope' does not exist for cloud 'devstack-admin'/),
    });
  });
});
