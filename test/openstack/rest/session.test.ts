/** The Keystone session: authentication, token reuse and renewal, catalog lookup, retry rules, error messages. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { OpenStackError } from '../../../src/openstack/errors.js';
import type { CloudConfig } from '../../../src/openstack/rest/cloud-config.js';
import { HttpTransport, type HttpRequest } from '../../../src/openstack/rest/http.js';
import { authBody, identityBase, KeystoneSession } from '../../../src/openstack/rest/session.js';
import { ApiStub, failure, passwordCloud, recorded } from './api-stub.js';

let stub: ApiStub;
let http: HttpTransport;
const sleeps: number[] = [];

const config = (over: Partial<CloudConfig> = {}): CloudConfig => passwordCloud(`${stub.url}/identity`, over);

const session = (over: Partial<CloudConfig> = {}, debug?: (l: string) => void): KeystoneSession =>
  new KeystoneSession(config(over), http, { sleep: async (ms) => void sleeps.push(ms), debug });

const getPorts = {
  service: 'network' as const,
  method: 'GET' as const,
  path: '/ports',
  equivalent: 'openstack port list',
};

beforeEach(async () => {
  stub = await new ApiStub().start();
  http = new HttpTransport();
  sleeps.length = 0;
});
afterEach(async () => {
  http.close();
  await stub.stop();
});

describe('authentication', () => {
  it('asks Keystone once for a project-scoped token and reuses it', async () => {
    stub.route('GET /network/v2.0/ports', { status: 200, body: recorded('ports') });
    const s = session();
    await s.json(getPorts);
    await s.json(getPorts);
    expect(stub.calls('POST', '/identity/v3/auth/tokens')).toHaveLength(1);
    expect(JSON.parse(stub.calls('POST', '/identity/v3/auth/tokens')[0]?.body ?? '')).toEqual({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'demo', domain: { id: 'default' }, password: 's3cret' } },
        },
        scope: { project: { name: 'demo', domain: { id: 'default' } } },
      },
    });
    expect(stub.calls('GET', '/network/v2.0/ports').map((r) => r.headers['x-auth-token'])).toEqual([
      stub.tokens[0],
      stub.tokens[0],
    ]);
    expect(await s.projectId()).toBe('p-demo');
  });

  it('authenticates again once when an API answers 401 (a token revoked or expired early)', async () => {
    stub.route('GET /network/v2.0/ports', { status: 200, body: { ports: [] } });
    const s = session();
    await s.json(getPorts);
    stub.revoked.add(stub.tokens[0] as string);
    await expect(s.json(getPorts)).resolves.toEqual({ ports: [] });
    expect(stub.tokens).toHaveLength(2);
  });

  it('a wrong password fails naming the cloud, where it was read and the API message', async () => {
    stub.route('GET /network/v2.0/ports', { status: 200, body: { ports: [] } });
    const s = new KeystoneSession(config(), {
      request: async (req: HttpRequest) =>
        req.url.endsWith('/auth/tokens')
          ? {
              status: 401,
              headers: {},
              body: Buffer.from(
                '{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}',
              ),
            }
          : http.request(req),
      close: () => undefined,
    } as unknown as HttpTransport);
    const err = await failure(s.json(getPorts));
    expect(err).toBeInstanceOf(OpenStackError);
    expect((err as OpenStackError).message).toMatch(
      /^`openstack token issue` failed \(HTTP 401\): authentication at http:\/\/127\.0\.0\.1:\d+\/identity\/v3\/auth\/tokens for cloud 'devstack' \(test\) failed: The request you have made requires authentication\.$/,
    );
    expect((err as OpenStackError).transient).toBe(false);
  });

  it('application credentials go without a scope; the Keystone URL gets /v3 once', () => {
    expect(authBody({ type: 'application_credential', id: 'ac1', secret: 'x' })).toEqual({
      auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac1', secret: 'x' } } },
    });
    expect(
      authBody({ type: 'application_credential', name: 'ci', secret: 'x', user: { name: 'u', domainName: 'Default' } }),
    ).toEqual({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: { name: 'ci', secret: 'x', user: { name: 'u', domain: { name: 'Default' } } },
        },
      },
    });
    expect(identityBase('http://h:5000')).toBe('http://h:5000/v3');
    expect(identityBase('http://h/identity/v3/')).toBe('http://h/identity/v3');
  });

  it('hands every new token to onToken (the masker)', async () => {
    stub.route('GET /network/v2.0/ports', { status: 200, body: { ports: [] } });
    const seen: string[] = [];
    const s = new KeystoneSession(config(), http, { onToken: (t) => seen.push(t) });
    await s.json(getPorts);
    expect(seen).toEqual(stub.tokens);
  });
});

describe('catalog', () => {
  it('uses the configured interface and appends the API version the endpoint lacks', async () => {
    stub.route('GET /internal/network/v2.0/ports', { status: 200, body: { ports: [] } });
    stub.route('GET /compute/v2.1/flavors/detail', { status: 200, body: recorded('flavors-detail') });
    stub.route('GET /lb/v2/lbaas/loadbalancers', { status: 200, body: recorded('loadbalancers') });
    await session({ interface: 'internal' }).json(getPorts);
    const s = session();
    await s.json({ service: 'compute', method: 'GET', path: '/flavors/detail', equivalent: 'openstack flavor list' });
    await s.json({
      service: 'load-balancer',
      method: 'GET',
      path: '/lbaas/loadbalancers',
      equivalent: 'openstack loadbalancer list',
    });
    expect(stub.requests.map((r) => `${r.method} ${r.path}`).filter((l) => !l.includes('auth'))).toEqual([
      'GET /internal/network/v2.0/ports',
      'GET /compute/v2.1/flavors/detail',
      'GET /lb/v2/lbaas/loadbalancers',
    ]);
  });

  it('a region the catalog does not have fails naming the service, interface and region', async () => {
    await expect(session({ regionName: 'RegionTwo' }).json(getPorts)).rejects.toThrow(
      "no public endpoint for service type 'network' in region RegionTwo in the catalog of cloud 'devstack'",
    );
  });

  it('passes the query through, leaving out undefined values', async () => {
    stub.route('GET /network/v2.0/ports', { status: 200, body: { ports: [] } });
    await session().json({
      ...getPorts,
      query: { name: 'port0', network_id: undefined, device_owner: 'compute:nova' },
    });
    expect(stub.calls('GET', '/network/v2.0/ports')[0]?.path).toBe(
      '/network/v2.0/ports?name=port0&device_owner=compute%3Anova',
    );
  });
});

describe('retries and errors', () => {
  it('retries a GET after a 503 with backoff, and succeeds', async () => {
    stub.route('GET /network/v2.0/ports', { status: 503, body: 'Service Unavailable' });
    stub.route('GET /network/v2.0/ports', { status: 200, body: { ports: [] } });
    await expect(session().json(getPorts)).resolves.toEqual({ ports: [] });
    expect(sleeps).toEqual([1000]);
  });

  it('never retries a POST after a 5xx (it may have happened), nor anything after a 4xx', async () => {
    stub.route('POST /network/v2.0/ports', {
      status: 500,
      body: { NeutronError: { message: 'Request Failed: internal server error while processing your request.' } },
    });
    stub.route('GET /network/v2.0/ports/x', {
      status: 409,
      body: { NeutronError: { type: 'Conflict', message: 'busy' } },
    });
    const s = session();
    const post = await failure(
      s.json({
        service: 'network',
        method: 'POST',
        path: '/ports',
        body: { port: {} },
        equivalent: 'openstack port create p',
      }),
    );
    expect(post.message).toBe(
      '`openstack port create p` failed (HTTP 500): Request Failed: internal server error while processing your request.',
    );
    expect(post.transient).toBe(true);
    const conflict = await failure(s.json({ ...getPorts, path: '/ports/x' }));
    expect(conflict.httpStatus).toBe(409);
    expect(stub.calls('POST', '/network/v2.0/ports')).toHaveLength(1);
    expect(stub.calls('GET', '/network/v2.0/ports/x')).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('gives up after the attempts, naming them', async () => {
    stub.route('GET /network/v2.0/ports', { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
    const err = await failure(session().json(getPorts));
    expect(err.message).toBe('`openstack port list` failed (HTTP 502) (after 4 attempts): 502 Bad Gateway');
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it.each([
    [
      'Neutron',
      { NeutronError: { type: 'PortNotFound', message: 'Port 0000 could not be found.', detail: '' } },
      'Port 0000 could not be found.',
    ],
    [
      'Nova',
      { itemNotFound: { code: 404, message: 'Instance 0000 could not be found.' } },
      'Instance 0000 could not be found.',
    ],
    [
      'Octavia',
      { faultcode: 'Client', faultstring: 'Load Balancer 0000 not found.', debuginfo: null },
      'Load Balancer 0000 not found.',
    ],
    [
      'Glance',
      { message: 'No image found with ID 0000<br /><br />\n\n\n', code: '404 Not Found', title: 'Not Found' },
      'No image found with ID 0000',
    ],
  ])('a 404 of %s is "not found" with the API message', async (_api, body, message) => {
    stub.route('GET /network/v2.0/ports/0000', { status: 404, body });
    const err = await failure(
      session().json({ ...getPorts, path: '/ports/0000', equivalent: 'openstack port show 0000' }),
    );
    expect(err).toBeInstanceOf(OpenStackError);
    expect(err.notFound).toBe(true);
    expect(err.apiMessage).toBe(message);
    expect(err.command).toBe('openstack port show 0000');
  });

  it('a refused connection is retried for a GET and reported as a connection failure', async () => {
    const url = stub.url;
    await stub.stop();
    const s = new KeystoneSession({ ...config(), authUrl: `${url}/identity` }, http, {
      sleep: async (ms) => void sleeps.push(ms),
    });
    const err = await failure(s.json(getPorts));
    expect(err.message).toMatch(
      /^`openstack token issue` failed \(after 4 attempts\): POST http:\/\/127\.0\.0\.1:\d+\/identity\/v3\/auth\/tokens: Unable to establish connection: .*ECONNREFUSED/,
    );
    expect(err.transient).toBe(true);
    stub = await new ApiStub().start(); // for afterEach
  });

  it("prints each operation's openstack equivalent at debug level", async () => {
    stub.route('GET /network/v2.0/ports', { status: 200, body: { ports: [] } });
    const lines: string[] = [];
    await session({}, (l) => lines.push(l)).json(getPorts);
    expect(lines[0]).toBe('openstack port list');
    expect(lines[1]).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/network\/v2\.0\/ports -> 200$/);
    expect(lines.join('\n')).not.toContain('s3cret');
    expect(lines.join('\n')).not.toContain(stub.tokens[0]);
  });
});
