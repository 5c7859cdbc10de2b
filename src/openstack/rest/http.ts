/**
 * HTTP for the REST client on Node's own stack: keep-alive agents per client, a timeout and an abort signal per
 * request, TLS with a CA bundle or without verification, and an optional connector that opens the TCP connection
 * some other way (inside a network namespace: rest/netns-connector.ts).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { Duplex, Readable } from 'node:stream';
import tls from 'node:tls';

/** Opens a byte stream to host:port (instead of a TCP connection from this process). */
export type Connector = (host: string, port: number) => Duplex;

/** One request. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'PATCH';
  url: string;
  headers?: Record<string, string>;
  /** A JSON document, bytes, or a stream (sent chunked). */
  body?: string | Buffer | Readable;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** The whole answer (bodies of OpenStack's APIs are small; console logs are capped by the caller). */
export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A failure before any HTTP status arrived: refused, reset, timed out, aborted. */
export class HttpConnectionError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
    readonly aborted: boolean,
    /** The request never reached the server (refused, or a kept-alive connection the server had closed). */
    readonly unsent = false,
    options?: { cause?: unknown; certificate?: boolean },
  ) {
    super(message, options);
    this.name = 'HttpConnectionError';
    this.certificate = options?.certificate ?? false;
  }

  /** TLS refused the server's certificate: retrying cannot help, the CA bundle or `verify` setting must change. */
  readonly certificate: boolean;
}

/**
 * Node's codes for a server certificate that TLS would not trust (OpenSSL verify errors and the host-name check).
 * Any other TLS failure (a reset during the handshake, a protocol mismatch) stays an ordinary connection error.
 */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Options of {@link HttpTransport}. */
export interface HttpTransportOptions {
  connector?: Connector;
  /** A CA bundle file. */
  cacert?: string;
  insecure?: boolean;
}

/** Sends requests over keep-alive connections. */
export class HttpTransport {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  /** @throws Error naming the CA bundle when `options.cacert` cannot be read. */
  constructor(options: HttpTransportOptions = {}) {
    const ca = options.cacert ? readCaBundle(options.cacert) : undefined;
    const connector = options.connector;
    const base = { keepAlive: true, maxSockets: 8 };
    this.httpAgent = new http.Agent(base);
    this.httpsAgent = new https.Agent({ ...base, ca, rejectUnauthorized: !options.insecure });
    if (connector) {
      // The agents' own pooling stays; only how a new connection is opened changes.
      const plain = (o: { host?: string | null; port?: number | string | null }): Duplex =>
        connector(o.host ?? 'localhost', Number(o.port));
      Object.assign(this.httpAgent, { createConnection: plain });
      Object.assign(this.httpsAgent, {
        createConnection: (o: tls.ConnectionOptions & { host?: string; port?: number }) =>
          tls.connect({
            ...o,
            socket: plain(o),
            servername: o.servername ?? o.host,
            ca,
            rejectUnauthorized: !options.insecure,
          }),
      });
    }
  }

  /** Sends `req`; rejects with {@link HttpConnectionError} when no answer arrives. */
  request(req: HttpRequest): Promise<HttpResponse> {
    const url = new URL(req.url);
    const secure = url.protocol === 'https:';
    const send = secure ? https.request : http.request;
    return new Promise<HttpResponse>((resolve, reject) => {
      let settled = false;
      const fail = (err: HttpConnectionError): void => {
        if (settled) return;
        settled = true;
        request.destroy();
        reject(err);
      };
      const request = send(url, {
        method: req.method,
        headers: req.headers,
        agent: secure ? this.httpsAgent : this.httpAgent,
        signal: req.signal,
      });
      const timer = setTimeout(
        () =>
          fail(
            new HttpConnectionError(
              `${req.method} ${url.origin}${url.pathname} timed out after ${req.timeoutMs} ms`,
              true,
              false,
            ),
          ),
        req.timeoutMs,
      );
      request.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          if (settled) return;
          settled = true;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', (err) => fail(connectionError(req, url, err)));
      });
      request.on('error', (err) => {
        clearTimeout(timer);
        fail(connectionError(req, url, err, request.reusedSocket));
      });
      writeBody(request, req.body);
    });
  }

  /** Closes idle keep-alive connections (the process can exit). */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

function writeBody(request: http.ClientRequest, body: HttpRequest['body']): void {
  if (body === undefined) request.end();
  else if (typeof body === 'string' || Buffer.isBuffer(body)) request.end(body);
  else body.on('error', (err) => request.destroy(err)).pipe(request);
}

function readCaBundle(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new Error(`the CA bundle ${path} (cacert / OS_CACERT) cannot be read: ${why}`, { cause: err });
  }
}

function connectionError(req: HttpRequest, url: URL, err: Error, reused = false): HttpConnectionError {
  const aborted = err.name === 'AbortError' || req.signal?.aborted === true;
  const code = (err as NodeJS.ErrnoException).code;
  const detail = code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  const certificate = !aborted && code !== undefined && CERTIFICATE_CODES.has(code);
  const hint = certificate
    ? ` (the server's certificate is not trusted: give its CA bundle as 'cacert' in clouds.yaml or OS_CACERT, ` +
      `or turn verification off with 'verify: false' / OS_INSECURE=true)`
    : '';
  return new HttpConnectionError(
    `${req.method} ${url.origin}${url.pathname}: ${aborted ? 'cancelled' : `Unable to establish connection: ${detail}${hint}`}`,
    false,
    aborted,
    code === 'ECONNREFUSED' || (reused && code === 'ECONNRESET'),
    { cause: err, certificate },
  );
}
