/**
 * A small OpenStack API on 127.0.0.1 for the REST client's unit tests: Keystone's token call (with a catalog that
 * points every service at this server) and whatever routes a test adds, answering with shapes recorded from the
 * sandbox's real services (test/__fixtures__/openstack/rest). The real services are exercised by
 * test/e2e/openstack-rest.test.ts; this stub exists for what they cannot be made to do on demand (a 503, an expired
 * token, a refused connection).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import type { OpenStackError } from '../../../src/openstack/errors.js';
import type { CloudConfig } from '../../../src/openstack/rest/cloud-config.js';
import { REPO_ROOT } from '../../helpers/paths.js';

/** One recorded request. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What a route answers. */
export interface StubAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Route = (req: SeenRequest) => StubAnswer;

/** A fixture recorded from the sandbox. */
export const recorded = <T = Record<string, unknown>>(name: string): T =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'test', '__fixtures__', 'openstack', 'rest', `${name}.json`), 'utf8')) as T;

/** The stub: `route('GET /network/v2.0/ports', …)`; unknown routes answer 404 the way Neutron does. */
export class ApiStub {
  readonly requests: SeenRequest[] = [];
  private readonly routes = new Map<string, Route[]>();
  private server?: Server;
  /** Tokens handed out; a test may revoke one (the next call answers 401). */
  readonly tokens: string[] = [];
  revoked = new Set<string>();
  url = '';

  /** Adds a route; several for the same key answer in turn, the last one for ever. */
  route(key: string, answer: StubAnswer | Route): this {
    const list = this.routes.get(key) ?? [];
    list.push(typeof answer === 'function' ? answer : () => answer);
    this.routes.set(key, list);
    return this;
  }

  /** Requests to `path` (without the query), e.g. `/network/v2.0/ports`. */
  calls(method: string, path: string): SeenRequest[] {
    return this.requests.filter((r) => r.method === method && r.path.split('?')[0] === path);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const seen = {
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        };
        this.requests.push(seen);
        const answer = this.answer(seen);
        res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(
          answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
        );
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private answer(req: SeenRequest): StubAnswer {
    if (req.method === 'POST' && req.path === '/identity/v3/auth/tokens') return this.issueToken();
    const token = String(req.headers['x-auth-token'] ?? '');
    if (!this.tokens.includes(token) || this.revoked.has(token)) {
      return {
        status: 401,
        body: {
          error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' },
        },
      };
    }
    const key = `${req.method} ${req.path.split('?')[0]}`;
    const list = this.routes.get(key);
    if (!list?.length)
      return {
        status: 404,
        body: { NeutronError: { type: 'HTTPNotFound', message: `The resource could not be found.`, detail: '' } },
      };
    const route = list.length > 1 ? (list.shift() as Route) : (list[0] as Route);
    return route(req);
  }

  private issueToken(): StubAnswer {
    const token = `gAAAAAtoken${this.tokens.length}`;
    this.tokens.push(token);
    const endpoint = (type: string, path: string): unknown => ({
      type,
      endpoints: [
        { interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url: `${this.url}${path}` },
        { interface: 'internal', region: 'RegionOne', region_id: 'RegionOne', url: `${this.url}/internal${path}` },
      ],
    });
    return {
      status: 201,
      headers: { 'X-Subject-Token': token },
      body: {
        token: {
          expires_at: new Date(Date.now() + 3_600_000).toISOString(),
          project: { id: 'p-demo', name: 'demo' },
          catalog: [
            endpoint('identity', '/identity'),
            endpoint('network', '/network'),
            endpoint('compute', '/compute/v2.1'),
            endpoint('image', '/image'),
            endpoint('load-balancer', '/lb'),
          ],
        },
      },
    };
  }
}

/** The error `p` rejects with (the test fails if it resolves). */
export const failure = (p: Promise<unknown>): Promise<OpenStackError> =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as OpenStackError,
  );

/** A password cloud of project demo at `authUrl` (Keystone's path included), with `over` on top. */
export const passwordCloud = (authUrl: string, over: Partial<CloudConfig> = {}): CloudConfig => ({
  name: 'devstack',
  authUrl,
  auth: {
    type: 'password',
    user: { name: 'demo', domainId: 'default' },
    password: 's3cret',
    project: { name: 'demo', domainId: 'default' },
  },
  interface: 'public',
  insecure: false,
  source: 'test',
  ...over,
});
