/**
 * A Keystone v3 session: authenticates once (password or application credential), keeps the token until shortly
 * before it expires or an API answers 401, finds endpoints in the token's catalog by service type, interface and
 * region, and sends JSON requests with the retry rules of the CLI wrapper: connection failures and 5xx answers are
 * retried for idempotent requests only, never a 4xx. Failures become `OpenStackError`s naming the operation's
 * `openstack …` equivalent.
 */
import type { Readable } from 'node:stream';

import { OpenStackError } from '../errors.js';
import type { CloudAuth, CloudConfig, ScopedName } from './cloud-config.js';
import { HttpConnectionError, type HttpResponse, type HttpTransport } from './http.js';

/** The services the toolkit calls, by catalog type, with the API version path their endpoint gets when it has none. */
export const SERVICES = {
  compute: '',
  network: 'v2.0',
  image: 'v2',
  'load-balancer': 'v2',
} as const;

/** A catalog service type the client calls. */
export type ServiceType = keyof typeof SERVICES;

/** One API call. */
export interface ApiCall {
  service: ServiceType;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the versioned endpoint, e.g. `/ports/ID`. */
  path: string;
  query?: Record<string, string | undefined>;
  /** A JSON document, or a stream sent as `application/octet-stream`. */
  body?: unknown;
  /** Extra headers (e.g. a Nova microversion). */
  headers?: Record<string, string>;
  /** The `openstack …` command doing the same, for messages and diagnostics. */
  equivalent: string;
}

/** Retry and timeout knobs. */
export interface SessionOptions {
  /** Total attempts for retryable failures (default 4). */
  attempts?: number;
  /** First backoff delay, doubled each time (default 1000 ms), capped at `maxDelayMs` (default 10 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** One request's timeout (default 120 s). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Receives `openstack …` equivalents and HTTP lines at debug level. */
  debug?: (line: string) => void;
  /** Learns each new token (to mask it). */
  onToken?: (token: string) => void;
  signal?: AbortSignal;
}

interface Token {
  value: string;
  expiresAt: number;
  projectId?: string;
  catalog: { type: string; endpoints: { interface: string; region?: string; region_id?: string; url: string }[] }[];
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD']);

/** An authenticated session with one cloud. */
export class KeystoneSession {
  private token?: Token;
  private pending?: Promise<Token>;
  private readonly opts: Required<Omit<SessionOptions, 'debug' | 'signal' | 'onToken'>> &
    Pick<SessionOptions, 'debug' | 'signal' | 'onToken'>;

  private resolved?: CloudConfig;
  private httpTransport?: HttpTransport;

  /**
   * `config` may be a function: it is then read on the first request, so that a cloud missing from clouds.yaml
   * fails that request (with its ConfigurationError) rather than the construction, which happens before a stage
   * has written its results.
   */
  constructor(
    private readonly configSource: CloudConfig | (() => CloudConfig),
    private readonly transport: HttpTransport | ((config: CloudConfig) => HttpTransport),
    options: SessionOptions = {},
  ) {
    this.opts = {
      attempts: 4,
      baseDelayMs: 1000,
      maxDelayMs: 10_000,
      timeoutMs: 120_000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      // an option given as undefined keeps its default
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    };
  }

  /** The cloud's configuration (read now if it was deferred). */
  get config(): CloudConfig {
    this.resolved ??= typeof this.configSource === 'function' ? this.configSource() : this.configSource;
    return this.resolved;
  }

  /** The transport (built from the configuration, e.g. its CA bundle, when a factory was given). */
  private get http(): HttpTransport {
    this.httpTransport ??= typeof this.transport === 'function' ? this.transport(this.config) : this.transport;
    return this.httpTransport;
  }

  /** Closes idle connections. */
  close(): void {
    this.httpTransport?.close();
  }

  /** The project the token is scoped to (undefined for an unscoped token). */
  async projectId(): Promise<string | undefined> {
    return (await this.currentToken()).projectId;
  }

  /** Sends `call` and returns the parsed JSON body (`undefined` for an empty one). */
  async json<T = unknown>(call: ApiCall): Promise<T> {
    const res = await this.send(call);
    const text = res.body.toString('utf8');
    if (text.trim() === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw this.failure(call, {
        status: res.status,
        apiMessage: `the API answered with non-JSON: ${text.slice(0, 200)}`,
      });
    }
  }

  /** Sends `call`, retrying what may be retried; any status outside 2xx becomes an `OpenStackError`. */
  async send(call: ApiCall): Promise<HttpResponse> {
    this.opts.debug?.(call.equivalent);
    let reauthed = false;
    for (let attempt = 1; ; attempt++) {
      const token = await this.currentToken();
      let res: HttpResponse;
      try {
        res = await this.http.request({
          method: call.method,
          url: this.url(token, call),
          headers: headersFor(call, token.value),
          body: bodyOf(call.body),
          timeoutMs: this.opts.timeoutMs,
          signal: this.opts.signal,
        });
      } catch (err) {
        if (!(err instanceof HttpConnectionError)) throw err;
        const retry =
          !err.aborted &&
          !err.timedOut &&
          !err.certificate &&
          (IDEMPOTENT.has(call.method) || err.unsent) &&
          !isStream(call.body);
        if (!retry || attempt >= this.opts.attempts) throw this.connectionFailure(call, err, attempt);
        await this.backoff(attempt);
        continue;
      }
      this.opts.debug?.(`${call.method} ${this.url(token, call)} -> ${res.status}`);
      if (res.status === 401 && !reauthed) {
        reauthed = true;
        this.token = undefined;
        attempt--;
        continue;
      }
      if (res.status < 400) return res;
      const transient = res.status >= 500 && IDEMPOTENT.has(call.method) && !isStream(call.body);
      if (!transient || attempt >= this.opts.attempts) {
        throw this.failure(call, { status: res.status, apiMessage: apiMessageOf(res), attempts: attempt });
      }
      await this.backoff(attempt);
    }
  }

  /** An `OpenStackError` for `call` (also for failures the caller detects itself, such as an ambiguous name). */
  failure(
    call: Pick<ApiCall, 'equivalent'>,
    what: { status?: number; apiMessage: string; attempts?: number; notFound?: boolean },
  ): OpenStackError {
    const status = what.status;
    return new OpenStackError({
      command: call.equivalent,
      exitCode: null,
      stderr: status ? `HTTP ${status}: ${what.apiMessage}` : what.apiMessage,
      attempts: what.attempts,
      http: {
        status,
        apiMessage: what.apiMessage,
        transient: status !== undefined && status >= 500,
        notFound: what.notFound ?? status === 404,
        what: status ? `failed (HTTP ${status})` : 'failed',
      },
    });
  }

  private connectionFailure(
    call: Pick<ApiCall, 'equivalent'>,
    err: HttpConnectionError,
    attempts: number,
  ): OpenStackError {
    return new OpenStackError({
      command: call.equivalent,
      exitCode: null,
      stderr: err.message,
      timedOut: err.timedOut,
      attempts,
      cause: err,
      http: {
        apiMessage: err.message,
        transient: !err.aborted && !err.certificate,
        notFound: false,
        what: err.aborted ? 'cancelled' : 'failed',
      },
    });
  }

  private backoff(attempt: number): Promise<void> {
    return this.opts.sleep(Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (attempt - 1)));
  }

  private url(token: Token, call: ApiCall): string {
    const base = endpointOf(token, call.service, this.config);
    const query = Object.entries(call.query ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
    const qs = query.length ? `?${new URLSearchParams(query).toString()}` : '';
    return `${base}${call.path}${qs}`;
  }

  private async currentToken(): Promise<Token> {
    // a token is renewed a minute before it expires; concurrent callers share one authentication
    if (this.token && this.token.expiresAt - Date.now() > 60_000) return this.token;
    this.pending ??= this.authenticate().finally(() => (this.pending = undefined));
    this.token = await this.pending;
    return this.token;
  }

  private async authenticate(): Promise<Token> {
    const url = `${identityBase(this.config.authUrl)}/auth/tokens`;
    const call = { equivalent: 'openstack token issue' };
    for (let attempt = 1; ; attempt++) {
      let res: HttpResponse;
      try {
        res = await this.http.request({
          method: 'POST',
          url,
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(authBody(this.config.auth)),
          timeoutMs: this.opts.timeoutMs,
          signal: this.opts.signal,
        });
      } catch (err) {
        // asking for a token twice is harmless: retried like an idempotent request
        if (!(err instanceof HttpConnectionError) || err.aborted || err.certificate || attempt >= this.opts.attempts) {
          throw err instanceof HttpConnectionError ? this.connectionFailure(call, err, attempt) : err;
        }
        await this.backoff(attempt);
        continue;
      }
      if (res.status >= 500 && attempt < this.opts.attempts) {
        await this.backoff(attempt);
        continue;
      }
      if (res.status !== 201 && res.status !== 200) {
        throw this.failure(call, {
          status: res.status,
          apiMessage: `authentication at ${url} for cloud '${this.config.name}' (${this.config.source}) failed: ${apiMessageOf(res)}`,
        });
      }
      const token = tokenOf(res, call.equivalent);
      this.opts.onToken?.(token.value);
      return token;
    }
  }
}

function isStream(body: unknown): body is Readable {
  return body !== null && typeof body === 'object' && typeof (body as Readable).pipe === 'function';
}

function bodyOf(body: unknown): string | Readable | undefined {
  if (body === undefined) return undefined;
  return isStream(body) ? body : JSON.stringify(body);
}

function headersFor(call: ApiCall, token: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Auth-Token': token, Accept: 'application/json', ...call.headers };
  if (call.body !== undefined) {
    headers['Content-Type'] ??= isStream(call.body) ? 'application/octet-stream' : 'application/json';
  }
  return headers;
}

/** Keystone's v3 base: the auth URL with `/v3` appended unless it ends with it. */
export function identityBase(authUrl: string): string {
  const trimmed = authUrl.replace(/\/+$/, '');
  return /\/v3$/.test(trimmed) ? trimmed : `${trimmed}/v3`;
}

function ref(r: ScopedName | undefined): Record<string, unknown> | undefined {
  if (!r) return undefined;
  if (r.id) return { id: r.id };
  const domain = r.domainId ? { id: r.domainId } : r.domainName ? { name: r.domainName } : { id: 'default' };
  return { name: r.name, domain };
}

/** The body of `POST /v3/auth/tokens` for `auth`. */
export function authBody(auth: CloudAuth): Record<string, unknown> {
  if (auth.type === 'application_credential') {
    const credential = auth.id
      ? { id: auth.id, secret: auth.secret }
      : { name: auth.name, secret: auth.secret, user: ref(auth.user) };
    return { auth: { identity: { methods: ['application_credential'], application_credential: credential } } };
  }
  const identity = { methods: ['password'], password: { user: { ...ref(auth.user), password: auth.password } } };
  const scope = auth.project ? { project: ref(auth.project) } : undefined;
  return { auth: scope ? { identity, scope } : { identity } };
}

function tokenOf(res: HttpResponse, equivalent: string): Token {
  const value = res.headers['x-subject-token'];
  const body = JSON.parse(res.body.toString('utf8')) as {
    token?: { expires_at?: string; project?: { id?: string }; catalog?: Token['catalog'] };
  };
  if (typeof value !== 'string' || !body.token) {
    throw new OpenStackError({
      command: equivalent,
      exitCode: null,
      stderr: 'Keystone answered without a token',
      http: { apiMessage: 'Keystone answered without a token', transient: false, notFound: false },
    });
  }
  const expires = Date.parse(body.token.expires_at ?? '');
  return {
    value,
    expiresAt: Number.isNaN(expires) ? Date.now() + 3_600_000 : expires,
    projectId: body.token.project?.id,
    catalog: body.token.catalog ?? [],
  };
}

/** The versioned endpoint of `service` in the token's catalog. */
function endpointOf(token: Token, service: ServiceType, config: CloudConfig): string {
  const entry = token.catalog.find((c) => c.type === service);
  const candidates = (entry?.endpoints ?? []).filter((e) => e.interface === config.interface);
  const endpoint =
    candidates.find((e) => !config.regionName || (e.region_id ?? e.region) === config.regionName) ??
    (config.regionName ? undefined : candidates[0]);
  if (!endpoint) {
    const region = config.regionName ? ` in region ${config.regionName}` : '';
    throw new OpenStackError({
      command: 'openstack catalog list',
      exitCode: null,
      stderr: `no ${config.interface} endpoint for service type '${service}'${region} in the catalog of cloud '${config.name}'`,
      http: {
        apiMessage: `no ${config.interface} endpoint for service type '${service}'${region} in the catalog of cloud '${config.name}'`,
        transient: false,
        notFound: false,
      },
    });
  }
  const base = endpoint.url.replace(/\/+$/, '');
  const version = SERVICES[service];
  return version === '' || new RegExp(`/${version.replace('.', '\\.')}$`).test(base) ? base : `${base}/${version}`;
}

/** The API's own message from an error body (Neutron, Nova, Octavia, Keystone and Glance each shape it differently). */
export function apiMessageOf(res: HttpResponse): string {
  const text = res.body.toString('utf8').trim();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // Glance and some proxies answer with text or HTML
    const plain = text
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return plain || `HTTP ${res.status}`;
  }
  const message = messageIn(doc);
  return message ? plainText(message) : text.slice(0, 300) || `HTTP ${res.status}`;
}

/** `text` without HTML tags and runs of white space (Glance wraps its messages in `<br />`). */
function plainText(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function messageIn(doc: unknown): string | undefined {
  if (doc === null || typeof doc !== 'object') return undefined;
  const o = doc as Record<string, unknown>;
  for (const key of ['message', 'faultstring', 'description', 'detail']) {
    if (typeof o[key] === 'string' && o[key] !== '') return o[key];
  }
  // {"NeutronError": {...}}, {"itemNotFound": {...}}, {"error": {...}}
  for (const value of Object.values(o)) {
    const inner = value !== null && typeof value === 'object' ? messageIn(value) : undefined;
    if (inner) return inner;
  }
  return undefined;
}
