/**
 * A stand-in for the GitHub Checks API on 127.0.0.1, for tests and benchmarks of publish-results.
 *
 * - Every request body and every response body is validated against GitHub's OpenAPI description (the committed
 *   check-runs extract of @octokit/openapi). An invalid request gets GitHub's 422; an invalid response of the stub
 *   itself is recorded in {@link GitHubStub.responseProblems} (a bug in the stub that tests assert never happens).
 * - It enforces what the server does beyond the schema: sizes counted in bytes, 50 annotations per request,
 *   columns only on single-line annotations, a read-only token's 403.
 * - It keeps state: check runs with their annotations (updates append), listed per commit and check name.
 * - Faults can be injected: 5xx (before or after the write took effect), 403 secondary rate limits and 429 with
 *   `retry-after`.
 *
 * It listens on 127.0.0.1 only. GitHub Enterprise layouts work with `basePath: '/api/v3'`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiValidator } from './validator.js';

/** A fault to inject into matching requests. */
export interface Fault {
  /** HTTP method to match (any when unset). */
  method?: string;
  /** Path (without the base path) to match: a substring or a regular expression (any when unset). */
  path?: string | RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** `before` (default): refused with no effect. `after`: the request takes effect, then the error is returned. */
  when?: 'before' | 'after';
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

/** Ready-made faults. */
export const faults = {
  /** GitHub's secondary rate limit: 403 (or 429) with `retry-after`, nothing applied. */
  secondaryRateLimit(
    options: { status?: 403 | 429; retryAfter?: number; method?: string; path?: string | RegExp } = {},
  ): Fault {
    return {
      method: options.method,
      path: options.path,
      status: options.status ?? 403,
      headers: { 'retry-after': String(options.retryAfter ?? 1), 'x-ratelimit-remaining': '4000' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
    };
  },
  /** A 502 from the edge; with `after`, the write happened anyway. */
  badGateway(options: { when?: 'before' | 'after'; method?: string; path?: string | RegExp } = {}): Fault {
    return {
      method: options.method,
      path: options.path,
      status: 502,
      when: options.when ?? 'before',
      body: { message: 'Server Error' },
    };
  },
};

/** One request as the stub saw it. */
export interface RecordedRequest {
  method: string;
  /** Path without the base path and query. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, if any. */
  body?: unknown;
  status: number;
  /** The injected fault, if one answered. */
  fault?: boolean;
  /** `performance.now()` when the request arrived and when the response was sent. */
  startedAt: number;
  endedAt: number;
}

/** An annotation as stored (and returned by the annotations endpoint). */
export interface StoredAnnotation {
  path: string;
  blob_href: string;
  start_line: number;
  end_line: number;
  start_column: number | null;
  end_column: number | null;
  annotation_level: string | null;
  title: string | null;
  message: string | null;
  raw_details: string | null;
}

/** A check run in the stub's state. */
export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  external_id: string | null;
  details_url: string | null;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: StoredAnnotation[];
}

/** Options of {@link GitHubStub.start}. */
export interface GitHubStubOptions {
  /** Port on 127.0.0.1 (default 0: any free port). */
  port?: number;
  /** API prefix, e.g. `/api/v3` for GitHub Enterprise Server (default none). */
  basePath?: string;
  /** Known tokens and their access; when unset any non-empty token may write. */
  tokens?: Record<string, 'write' | 'read'>;
}

const ACTIONS_OWNER = {
  login: 'github',
  id: 9919,
  node_id: 'MDEyOk9yZ2FuaXphdGlvbjk5MTk=',
  avatar_url: 'https://avatars.githubusercontent.com/u/9919?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github',
  html_url: 'https://github.com/github',
  followers_url: 'https://api.github.com/users/github/followers',
  following_url: 'https://api.github.com/users/github/following{/other_user}',
  gists_url: 'https://api.github.com/users/github/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/github/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/github/subscriptions',
  organizations_url: 'https://api.github.com/users/github/orgs',
  repos_url: 'https://api.github.com/users/github/repos',
  events_url: 'https://api.github.com/users/github/events{/privacy}',
  received_events_url: 'https://api.github.com/users/github/received_events',
  type: 'Organization',
  site_admin: false,
};

/** The app GITHUB_TOKEN check runs belong to. */
const ACTIONS_APP = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  owner: ACTIONS_OWNER,
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: 'https://github.com/apps/github-actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2019-12-10T19:04:12Z',
  permissions: { checks: 'write', contents: 'read', metadata: 'read' },
  events: ['check_run', 'check_suite', 'push', 'pull_request'],
};

const DOCS = 'https://docs.github.com/rest/checks/runs';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Routes → OpenAPI path templates. */
const ROUTES: Array<{ re: RegExp; template: string; names: string[] }> = [
  {
    re: /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/,
    template: '/repos/{owner}/{repo}/check-runs',
    names: ['owner', 'repo'],
  },
  {
    re: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/,
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    names: ['owner', 'repo', 'check_run_id'],
  },
  {
    re: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)\/annotations$/,
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    names: ['owner', 'repo', 'check_run_id'],
  },
  {
    re: /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/check-runs$/,
    template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    names: ['owner', 'repo', 'ref'],
  },
];

const bytes = (s: unknown): number => (typeof s === 'string' ? Buffer.byteLength(s, 'utf8') : 0);

/** The stub server. */
export class GitHubStub {
  readonly requests: RecordedRequest[] = [];
  readonly checkRuns = new Map<number, StoredCheckRun>();
  /** Responses of the stub that do not match GitHub's description (must stay empty). */
  readonly responseProblems: string[] = [];
  private readonly faults: Fault[] = [];
  private readonly validator = new OpenApiValidator();
  private nextId = 4_000_000_001;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
    private readonly basePath: string,
    private readonly tokens: Record<string, 'write' | 'read'> | undefined,
  ) {}

  /** Starts a stub on 127.0.0.1. */
  static async start(options: GitHubStubOptions = {}): Promise<GitHubStub> {
    const basePath = (options.basePath ?? '').replace(/\/+$/, '');
    const holder: { stub?: GitHubStub } = {};
    const server = createServer((req, res) => {
      void holder.stub?.handle(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    holder.stub = new GitHubStub(server, `http://127.0.0.1:${port}`, basePath, options.tokens);
    return holder.stub;
  }

  /** The API base URL (what GITHUB_API_URL would be). */
  get url(): string {
    return this.origin + this.basePath;
  }

  /** Queues a fault; faults are matched in the order they were added. */
  inject(...f: Fault[]): this {
    this.faults.push(...f.map((x) => ({ times: 1, ...x })));
    return this;
  }

  /** Requests with a method other than GET. */
  get writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  /** Every check run in creation order. */
  runs(): StoredCheckRun[] {
    return [...this.checkRuns.values()];
  }

  /** Stops the server. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const url = new URL(req.url ?? '/', this.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    let path = url.pathname;
    const query = Object.fromEntries(url.searchParams.entries());
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = { method, path, query, status: 0, startedAt, endedAt: 0 };
    this.requests.push(record);
    let status = 500;
    let payload: unknown;
    let headers: Record<string, string> = {};
    try {
      if (this.basePath) {
        if (!path.startsWith(this.basePath + '/')) throw new HttpError(404, 'Not Found');
        path = path.slice(this.basePath.length);
      }
      record.path = path;
      let body: unknown;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'Problems parsing JSON');
        }
        record.body = body;
      }
      const fault = this.takeFault(method, path);
      if (fault && (fault.when ?? 'before') === 'before') {
        record.fault = true;
        this.send(res, record, fault.status, fault.body ?? { message: 'fault' }, fault.headers ?? {});
        return;
      }
      const route = this.route(path);
      this.authorize(req, method);
      ({ status, payload } = this.dispatch(method, route, body, query));
      if (route) {
        const problems = this.validator.responseProblems(method, route.template, status, payload);
        if (problems.length)
          this.responseProblems.push(`${method} ${route.template} ${status}: ${problems.join('; ')}`);
      }
      if (fault) {
        record.fault = true;
        this.send(res, record, fault.status, fault.body ?? { message: 'fault' }, fault.headers ?? {});
        return;
      }
    } catch (err) {
      if (err instanceof HttpError) {
        status = err.status;
        headers = err.headers;
        payload = { message: err.message, documentation_url: DOCS, ...(status === 422 ? { status: '422' } : {}) };
      } else {
        status = 500;
        payload = { message: `stub error: ${err instanceof Error ? err.message : String(err)}` };
      }
    }
    this.send(res, record, status, payload, headers);
  }

  private send(
    res: ServerResponse,
    record: RecordedRequest,
    status: number,
    payload: unknown,
    headers: Record<string, string>,
  ): void {
    record.status = status;
    const text = payload === undefined ? '' : JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    res.end(text);
    record.endedAt = performance.now();
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const i = this.faults.findIndex(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.path === undefined || (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path))),
    );
    if (i === -1) return undefined;
    const f = this.faults[i] as Fault;
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) this.faults.splice(i, 1);
    return f;
  }

  private route(path: string): { template: string; params: Record<string, string> } | undefined {
    for (const r of ROUTES) {
      const m = r.re.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] ?? '')));
      return { template: r.template, params };
    }
    return undefined;
  }

  private authorize(req: IncomingMessage, method: string): void {
    const auth = req.headers.authorization ?? '';
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(auth);
    if (!m?.[1]) throw new HttpError(401, 'Requires authentication');
    const access = this.tokens ? this.tokens[m[1]] : 'write';
    if (!access) throw new HttpError(401, 'Bad credentials');
    if (method !== 'GET' && access !== 'write') throw new HttpError(403, 'Resource not accessible by integration');
  }

  private dispatch(
    method: string,
    route: { template: string; params: Record<string, string> } | undefined,
    body: unknown,
    query: Record<string, string>,
  ): { status: number; payload: unknown } {
    if (!route || !this.validator.has(method, route.template)) throw new HttpError(404, 'Not Found');
    const { owner, repo } = route.params as { owner: string; repo: string };
    if (method === 'POST' || method === 'PATCH') {
      const problems = this.validator.requestProblems(method, route.template, body);
      if (problems.length) throw new HttpError(422, `Invalid request.\n\n${problems.join('\n')}`);
      this.serverRules(body as Record<string, unknown>);
    }
    switch (`${method} ${route.template}`) {
      case 'POST /repos/{owner}/{repo}/check-runs':
        return { status: 201, payload: this.view(this.create(owner, repo, body as Record<string, unknown>)) };
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = this.find(owner, repo, route.params.check_run_id);
        this.update(run, body as Record<string, unknown>);
        return { status: 200, payload: this.view(run) };
      }
      case 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}':
        return { status: 200, payload: this.view(this.find(owner, repo, route.params.check_run_id)) };
      case 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': {
        const run = this.find(owner, repo, route.params.check_run_id);
        return { status: 200, payload: page(run.annotations, query) };
      }
      case 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': {
        let runs = this.runs().filter((r) => r.owner === owner && r.repo === repo && r.head_sha === route.params.ref);
        if (query.check_name) runs = runs.filter((r) => r.name === query.check_name);
        if (query.status) runs = runs.filter((r) => r.status === query.status);
        runs.reverse(); // newest first
        if ((query.filter ?? 'latest') === 'latest') {
          const seen = new Set<string>();
          runs = runs.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
        }
        return {
          status: 200,
          payload: { total_count: runs.length, check_runs: page(runs, query).map((r) => this.view(r)) },
        };
      }
      default:
        throw new HttpError(404, 'Not Found');
    }
  }

  /** Limits the server enforces beyond the schema (docs/github-limits.md#size-and-count-limits). */
  private serverRules(body: Record<string, unknown>): void {
    // Documented for both create and update ("Required if you provide completed_at or a status of completed"), but
    // only the update's schema encodes it.
    if ((body.status === 'completed' || body.completed_at !== undefined) && body.conclusion === undefined) {
      throw new HttpError(422, 'Invalid request.\n\nNo conclusion was supplied for a completed check run.');
    }
    const output = body.output as Record<string, unknown> | undefined;
    if (!output) return;
    for (const field of ['summary', 'text'] as const) {
      const n = bytes(output[field]);
      if (n > 65535)
        throw new HttpError(422, `Invalid request.\n\nOnly 65535 characters are allowed; ${n} were supplied.`);
    }
    const annotations = (output.annotations as Array<Record<string, unknown>> | undefined) ?? [];
    if (annotations.length > 50) {
      throw new HttpError(
        422,
        `Invalid request.\n\nNo more than 50 items are allowed; ${annotations.length} were supplied.`,
      );
    }
    annotations.forEach((a, i) => {
      for (const field of ['message', 'raw_details'] as const) {
        const n = bytes(a[field]);
        if (n > 65535)
          throw new HttpError(
            422,
            `Invalid request.\n\nannotations[${i}].${field} exceeds a maximum bytesize of 65535 (${n}).`,
          );
      }
      if (typeof a.title === 'string' && [...a.title].length > 255) {
        throw new HttpError(422, `Invalid request.\n\nannotations[${i}].title is longer than 255 characters.`);
      }
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
        throw new HttpError(
          422,
          `Invalid request.\n\nannotations[${i}]: start_column and end_column need start_line == end_line.`,
        );
      }
      if ((a.end_line as number) < (a.start_line as number)) {
        throw new HttpError(422, `Invalid request.\n\nannotations[${i}]: end_line is before start_line.`);
      }
    });
  }

  private create(owner: string, repo: string, body: Record<string, unknown>): StoredCheckRun {
    if (!/^[0-9a-f]{40}$/.test(String(body.head_sha)))
      throw new HttpError(422, 'Invalid request.\n\nNo commit found for SHA: ' + String(body.head_sha));
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const run: StoredCheckRun = {
      id: this.nextId++,
      owner,
      repo,
      name: String(body.name),
      head_sha: String(body.head_sha),
      external_id: typeof body.external_id === 'string' ? body.external_id : '',
      details_url: typeof body.details_url === 'string' ? body.details_url : null,
      status: 'queued',
      conclusion: null,
      started_at: (body.started_at as string | undefined) ?? now,
      completed_at: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    this.checkRuns.set(run.id, run);
    this.update(run, body);
    return run;
  }

  private update(run: StoredCheckRun, body: Record<string, unknown>): void {
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.external_id === 'string') run.external_id = body.external_id;
    if (typeof body.details_url === 'string') run.details_url = body.details_url;
    if (typeof body.status === 'string') run.status = body.status;
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed'; // "Providing conclusion will automatically set the status parameter to completed."
    }
    if (run.status === 'completed')
      run.completed_at ??=
        (body.completed_at as string | undefined) ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const output = body.output as Record<string, unknown> | undefined;
    if (output) {
      if (typeof output.title === 'string') run.output.title = output.title;
      if (typeof output.summary === 'string') run.output.summary = output.summary;
      if (typeof output.text === 'string') run.output.text = output.text;
      for (const a of (output.annotations as Array<Record<string, unknown>> | undefined) ?? []) {
        run.annotations.push({
          path: String(a.path),
          blob_href: `https://github.com/${run.owner}/${run.repo}/blob/${run.head_sha}/${String(a.path)}`,
          start_line: a.start_line as number,
          end_line: a.end_line as number,
          start_column: (a.start_column as number | undefined) ?? null,
          end_column: (a.end_column as number | undefined) ?? null,
          annotation_level: (a.annotation_level as string | undefined) ?? null,
          title: (a.title as string | undefined) ?? null,
          message: (a.message as string | undefined) ?? null,
          raw_details: (a.raw_details as string | undefined) ?? null,
        });
      }
    }
  }

  private find(owner: string, repo: string, id: string | undefined): StoredCheckRun {
    const run = this.checkRuns.get(Number(id));
    if (!run || run.owner !== owner || run.repo !== repo) throw new HttpError(404, 'Not Found');
    return run;
  }

  private view(run: StoredCheckRun): Record<string, unknown> {
    const api = `${this.url}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`;
    return {
      id: run.id,
      name: run.name,
      node_id: Buffer.from(`CheckRun${run.id}`).toString('base64'),
      head_sha: run.head_sha,
      external_id: run.external_id,
      url: api,
      html_url: `${this.origin}/${run.owner}/${run.repo}/runs/${run.id}`,
      details_url: run.details_url ?? `${this.origin}/${run.owner}/${run.repo}/actions/runs/1/job/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.annotations.length,
        annotations_url: `${api}/annotations`,
      },
      check_suite: { id: 1 },
      app: ACTIONS_APP,
      pull_requests: [],
    };
  }
}

function page<T>(items: readonly T[], query: Record<string, string>): T[] {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
  const pageNo = Math.max(1, Number(query.page ?? 1) || 1);
  return items.slice((pageNo - 1) * perPage, pageNo * perPage);
}
