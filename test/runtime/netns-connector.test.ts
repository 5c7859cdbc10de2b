/**
 * Connections from inside a network namespace: a namespace this test makes (loopback only, no route out), an HTTP
 * server on its 127.0.0.1, and the REST client's transport reaching it through the connector.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { HttpTransport } from '../../src/openstack/rest/http.js';
import { netnsConnector } from '../../src/runtime/netns-connector.js';

const NS = `kdf-t-conn-${process.pid}`;
let server: ChildProcess | undefined;
const canNetns = process.getuid?.() === 0 && spawnSync('ip', ['netns', 'list']).status === 0;

beforeAll(async () => {
  if (!canNetns) return;
  spawnSync('ip', ['netns', 'add', NS]);
  spawnSync('ip', ['netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up']);
  const script =
    "require('node:http').createServer((q, r) => r.end('inside ' + q.url)).listen(18080, '127.0.0.1', () => console.log('up'))";
  server = spawn('ip', ['netns', 'exec', NS, process.execPath, '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => server?.stdout?.once('data', () => resolve()));
});

afterAll(() => {
  server?.kill();
  if (canNetns) spawnSync('ip', ['netns', 'delete', NS]);
});

(canNetns ? describe : describe.skip)('netnsConnector', () => {
  it('carries HTTP to a server on the namespace loopback, over kept-alive connections', async () => {
    const http = new HttpTransport({ connector: netnsConnector(NS) });
    const answers = [];
    for (const path of ['/a', '/b', '/c']) {
      const res = await http.request({ method: 'GET', url: `http://127.0.0.1:18080${path}`, timeoutMs: 10_000 });
      answers.push(`${res.status} ${res.body.toString()}`);
    }
    http.close();
    expect(answers).toEqual(['200 inside /a', '200 inside /b', '200 inside /c']);
  });

  it('a refused connection fails with ECONNREFUSED and the namespace, and counts as never sent', async () => {
    const http = new HttpTransport({ connector: netnsConnector(NS) });
    const err = await http
      .request({ method: 'POST', url: 'http://127.0.0.1:18081/', timeoutMs: 10_000 })
      .catch((e: unknown) => e);
    http.close();
    expect((err as Error).message).toBe(
      `POST http://127.0.0.1:18081/: Unable to establish connection: connect 127.0.0.1:18081 in network namespace ${NS}: ECONNREFUSED`,
    );
    expect((err as { unsent: boolean }).unsent).toBe(true);
  });

  it('refuses a namespace name ip would read as an option or a path', () => {
    expect(() => netnsConnector('-n')).toThrow("invalid network namespace name '-n'");
    expect(() => netnsConnector('a/b')).toThrow("invalid network namespace name 'a/b'");
  });
});
