/**
 * TLS of the REST client against a real HTTPS server on 127.0.0.1 whose certificate a test CA signed (made with the
 * openssl command line here): a CA bundle makes it trusted, `insecure` skips verification, the netns connector path
 * verifies the same way, and an untrusted certificate fails at once with the settings that fix it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { OpenStackError } from '../../../src/openstack/errors.js';
import type { CloudConfig } from '../../../src/openstack/rest/cloud-config.js';
import { HttpConnectionError, HttpTransport } from '../../../src/openstack/rest/http.js';
import { KeystoneSession } from '../../../src/openstack/rest/session.js';
import { passwordCloud } from './api-stub.js';

const dir = mkdtempSync(join(tmpdir(), 'kdf-tls-'));
const file = (name: string): string => join(dir, name);
let server: https.Server;
let origin = '';
/** TLS handshakes the server saw begin (a refused certificate still starts one). */
let handshakes = 0;

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

beforeAll(async () => {
  const ca = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=kdf test CA'];
  openssl(...ca, '-keyout', 'ca.key', '-out', 'ca.pem');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=kdf');
  writeFileSync(file('san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'san.ext',
  );
  server = https.createServer(
    { key: readFileSync(file('server.key')), cert: readFileSync(file('server.pem')) },
    (req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.method === 'POST' && req.url === '/identity/v3/auth/tokens') {
        res.setHeader('X-Subject-Token', 'tok');
        res.statusCode = 201;
        const expires = new Date(Date.now() + 3600_000).toISOString();
        res.end(JSON.stringify({ token: { expires_at: expires, project: { id: 'p1' }, catalog: [] } }));
        return;
      }
      res.end(JSON.stringify({ path: req.url }));
    },
  );
  server.on('connection', () => handshakes++);
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((res) => server.close(() => res()));
  rmSync(dir, { recursive: true, force: true });
});

async function get(transport: HttpTransport): Promise<unknown> {
  try {
    const res = await transport.request({ method: 'GET', url: `${origin}/network/v2.0/ports`, timeoutMs: 10_000 });
    return { status: res.status, body: JSON.parse(res.body.toString()) as unknown };
  } finally {
    transport.close();
  }
}

describe('HttpTransport over TLS', () => {
  it('trusts a server whose CA is the given bundle', async () => {
    expect(await get(new HttpTransport({ cacert: file('ca.pem') }))).toEqual({
      status: 200,
      body: { path: '/network/v2.0/ports' },
    });
  });

  it('skips verification when insecure', async () => {
    expect(await get(new HttpTransport({ insecure: true }))).toEqual({
      status: 200,
      body: { path: '/network/v2.0/ports' },
    });
  });

  it('verifies through a connector too (the netns path): trusted with the bundle, refused without', async () => {
    const connector = (host: string, port: number) => net.connect(port, host);
    expect(await get(new HttpTransport({ cacert: file('ca.pem'), connector }))).toEqual({
      status: 200,
      body: { path: '/network/v2.0/ports' },
    });
    const refused = await get(new HttpTransport({ connector })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpConnectionError);
    expect((refused as HttpConnectionError).certificate).toBe(true);
  });

  it('refuses an untrusted certificate with a message that names the code and the settings that fix it', async () => {
    const err = await get(new HttpTransport()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpConnectionError);
    const e = err as HttpConnectionError;
    expect({ certificate: e.certificate, timedOut: e.timedOut, unsent: e.unsent }).toEqual({
      certificate: true,
      timedOut: false,
      unsent: false,
    });
    expect(e.message).toMatch(
      /^GET https:\/\/127\.0\.0\.1:\d+\/network\/v2\.0\/ports: Unable to establish connection: /,
    );
    expect(e.message).toContain('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect(e.message).toContain("give its CA bundle as 'cacert' in clouds.yaml or OS_CACERT");
    expect(e.message).toContain("'verify: false' / OS_INSECURE=true");
  });

  it('refuses a bundle of another CA', async () => {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=other CA',
      '-keyout',
      'o.key',
      '-out',
      'o.pem',
    );
    const err = await get(new HttpTransport({ cacert: file('o.pem') })).catch((e: unknown) => e);
    expect((err as HttpConnectionError).certificate).toBe(true);
  });

  it('names a CA bundle it cannot read', () => {
    expect(() => new HttpTransport({ cacert: file('missing.pem') })).toThrow(
      `the CA bundle ${file('missing.pem')} (cacert / OS_CACERT) cannot be read: ENOENT`,
    );
  });
});

describe('KeystoneSession over TLS', () => {
  const config = (over: Partial<CloudConfig>): CloudConfig => passwordCloud(`${origin}/identity`, over);

  it('does not retry an untrusted certificate: one handshake, an error that is not transient', async () => {
    const sleeps: number[] = [];
    const http = new HttpTransport();
    const before = handshakes;
    const s = new KeystoneSession(config({}), http, { sleep: async (ms) => void sleeps.push(ms), attempts: 4 });
    const err = await s.projectId().catch((e: unknown) => e);
    http.close();
    expect(err).toBeInstanceOf(OpenStackError);
    const e = err as OpenStackError;
    expect({ handshakes: handshakes - before, sleeps, transient: e.transient }).toEqual({
      handshakes: 1,
      sleeps: [],
      transient: false,
    });
    expect(e.message).toContain('OS_CACERT');
  });

  it('authenticates with the CA bundle', async () => {
    const http = new HttpTransport({ cacert: file('ca.pem') });
    const s = new KeystoneSession(config({ cacert: file('ca.pem') }), http);
    await expect(s.projectId()).resolves.toBe('p1');
    http.close();
  });
});
