/**
 * setup-devstack's clouds.yaml output is usable by the real `openstack` CLI: the bundled action stacks the DevStack
 * double with Keystone pointed at the sandbox cloud, and the CLI, inside the sandbox namespace, authenticates with
 * the file the action reported — as the later actions will.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { NetnsCommandRunner } from '../../src/runtime/netns-runner.js';
import {
  createDoubleWorld,
  destroyDoubleWorld,
  runSetupJob,
  writeDoubleControl,
  type DoubleWorld,
} from '../helpers/double-world.js';
import { host, layout, sandboxState } from './cloud.js';

let w: DoubleWorld | undefined;

describe('setup-devstack → clouds.yaml → openstack CLI against the sandbox', () => {
  beforeAll(() => {
    w = createDoubleWorld(sandboxState().adminPassword);
  }, 120_000);
  afterAll(() => destroyDoubleWorld(w));

  it('the reported clouds.yaml authenticates as demo and admin with DevStack cloud names', async () => {
    const world = w as DoubleWorld;
    const sandboxClouds = parseYaml(readFileSync(layout.cloudsYaml, 'utf8')) as {
      clouds: Record<string, { auth: { auth_url: string } }>;
    };
    const authUrl = sandboxClouds.clouds['devstack-admin']?.auth.auth_url as string;
    writeDoubleControl(world, { KDF_DOUBLE_KEYSTONE_URI: authUrl });
    const { main } = await runSetupJob(world, { clean: 'never' });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['keystone-url']).toBe(authUrl.replace(/\/$/, ''));
    const clouds = main.outputs['clouds-yaml'] as string;
    const cli = new NetnsCommandRunner(host, sandboxState().namespace, { env: { OS_CLIENT_CONFIG_FILE: clouds } });
    for (const [cloud, project] of [
      ['devstack', 'demo'],
      ['devstack-admin', 'admin'],
    ] as const) {
      const r = await cli.run('openstack', ['--os-cloud', cloud, 'token', 'issue', '-f', 'json'], {
        timeoutMs: 120_000,
        env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
      });
      const token = JSON.parse(r.stdout) as { project_id: string };
      const p = await cli.run(
        'openstack',
        ['--os-cloud', 'devstack-admin', 'project', 'show', token.project_id, '-f', 'json'],
        {
          timeoutMs: 120_000,
          env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
        },
      );
      expect((JSON.parse(p.stdout) as { name: string }).name).toBe(project);
    }
    const nets = await cli.run('openstack', ['--os-cloud', 'devstack', 'network', 'list', '-f', 'json'], {
      timeoutMs: 120_000,
      env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
    });
    expect((JSON.parse(nets.stdout) as { Name: string }[]).map((n) => n.Name)).toEqual(
      expect.arrayContaining(['private', 'public']),
    );
  }, 300_000);
});
