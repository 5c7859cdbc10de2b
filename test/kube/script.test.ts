/**
 * The batch script: structure, quoting, and the real thing — the script run by the real /bin/sh with real curl and
 * nc against local servers on 127.0.0.1 (a demo-like HTTP server, a closed port, a server that never answers, a UDP
 * echo), parsed and classified end to end.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type AddressInfo } from 'node:net';
import { ProcessCommandRunner } from '../../src/runtime/process-runner.js';
import { classifyRaw, judge, DEMO_REPLY } from '../../src/kube/classify.js';
import { buildBatchScript, parseBatchOutput, probeCommand, shQuote, type Probe } from '../../src/kube/script.js';

const probe = (over: Partial<Probe>): Probe => ({
  id: 'p1',
  caseId: 's/c',
  round: 1,
  source: 'demo-a',
  protocol: 'http',
  host: '127.0.0.1',
  port: 8080,
  target: 'demo-b',
  connectTimeoutS: 1,
  maxTimeS: 2,
  ...over,
});

describe('shQuote', () => {
  it('leaves safe words alone and single-quotes the rest, escaping quotes', () => {
    expect(shQuote('10.0.0.70')).toBe('10.0.0.70');
    expect(shQuote('')).toBe("''");
    expect(shQuote("a b'c")).toBe(`'a b'\\''c'`);
    expect(shQuote('$(reboot)')).toBe(`'$(reboot)'`);
  });

  it('round-trips any string through a real shell', () => {
    for (const nasty of ["it's", '$(id)', '`id`', 'a\nb', '"; rm -rf / #', '\\', '*', '${HOME}']) {
      const out = execFileSync('/bin/sh', ['-c', `printf %s ${shQuote(nasty)}`], { encoding: 'utf8' });
      expect(out).toBe(nasty);
    }
  });
});

describe('buildBatchScript', () => {
  it('runs every probe as a background job, waits in chunks, prints lines in order and an end marker', () => {
    const probes = [1, 2, 3, 4, 5].map((i) => probe({ id: `p${i}` }));
    const script = buildBatchScript(probes, { parallel: 2 });
    expect(script.match(/\) &$/gm)).toHaveLength(5);
    expect(script.match(/^wait$/gm)).toHaveLength(3); // after 2, after 4, final
    expect(script).toMatch(/r p1\nr p2\nr p3\nr p4\nr p5\necho 'KDF-END 5'\n$/);
    expect(script).toContain('--connect-timeout 1 --max-time 2');
  });

  it('quotes hostile targets and refuses hostile ids', () => {
    const cmd = probeCommand(probe({ url: "http://x/'; touch /tmp/pwned; '" }));
    expect(cmd).toContain(`'http://x/'\\''; touch /tmp/pwned; '\\'''`);
    expect(() => probeCommand(probe({ id: 'p1;reboot' }))).toThrow(/must match/);
    expect(() => buildBatchScript([probe({}), probe({})])).toThrow(/used twice/);
  });

  it('builds ping and nc commands with whole-second timeouts', () => {
    expect(probeCommand(probe({ protocol: 'icmp', port: undefined, maxTimeS: 0.5 }))).toContain(
      'ping -c 1 -W 1 127.0.0.1',
    );
    expect(probeCommand(probe({ protocol: 'udp', port: 9090 }))).toContain('printf hello | nc -u -w 2 127.0.0.1 9090');
  });
});

describe('parseBatchOutput', () => {
  it('parses result lines, keeps tabs in bodies out, and needs the end marker', () => {
    const out =
      'noise\nKDF\tp1\t0\t200 0.004\t\tdemo-b: HELLO! I AM ALIVE!!!\nKDF\tp2\t\t000 0.000\tcurl: (7) Failed to connect\t\nKDF-END 2\n';
    const parsed = parseBatchOutput(out, 2);
    expect(parsed.complete).toBe(true);
    expect(parsed.results.get('p1')).toEqual({
      id: 'p1',
      exitCode: 0,
      httpCode: 200,
      timeS: 0.004,
      stderr: '',
      body: 'demo-b: HELLO! I AM ALIVE!!!',
    });
    expect(parsed.results.get('p2')).toMatchObject({
      exitCode: undefined,
      httpCode: undefined,
      stderr: 'curl: (7) Failed to connect',
    });
    expect(parseBatchOutput(out.replace('KDF-END 2\n', ''), 2).complete).toBe(false);
    expect(parseBatchOutput(out, 3).complete).toBe(false);
  });
});

const hasNc = spawnSync('sh', ['-c', 'command -v nc']).status === 0;

describe('the script in a real shell with real curl against local servers', () => {
  let http: Server;
  let silent: TcpServer;
  let udp: Socket;
  let httpPort = 0;
  let silentPort = 0;
  let closedPort = 0;
  let udpPort = 0;
  const sockets: import('node:net').Socket[] = [];

  beforeAll(async () => {
    http = createServer((req, res) => {
      if (req.url === '/missing') {
        res.writeHead(404).end('nope\n');
        return;
      }
      res.end('demo-b: HELLO! I AM ALIVE!!!\n');
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    httpPort = (http.address() as AddressInfo).port;
    silent = createTcpServer((sock) => sockets.push(sock)); // accepts, never answers: curl --max-time expires (28)
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    silentPort = (silent.address() as AddressInfo).port;
    const probeServer = createTcpServer();
    await new Promise<void>((r) => probeServer.listen(0, '127.0.0.1', r));
    closedPort = (probeServer.address() as AddressInfo).port;
    await new Promise<void>((r) => probeServer.close(() => r()));
    udp = createSocket('udp4');
    udp.on('message', (_m, rinfo) => udp.send('demo-c: HELLO! I AM ALIVE!!!\n', rinfo.port, rinfo.address));
    await new Promise<void>((r) => udp.bind(0, '127.0.0.1', r));
    udpPort = udp.address().port;
  });

  afterAll(async () => {
    http.closeAllConnections();
    await new Promise<void>((r) => http.close(() => r()));
    sockets.forEach((sock) => sock.destroy());
    await new Promise<void>((r) => silent.close(() => r()));
    udp.close();
  });

  it('classifies ok, refused (7), timeout (28), HTTP error (22) and a UDP reply, in one exec-like run', async () => {
    const probes = [
      probe({ id: 'p1', port: httpPort, expectPod: 'demo-b' }),
      probe({ id: 'p2', port: closedPort }),
      probe({ id: 'p3', port: silentPort, maxTimeS: 1 }),
      probe({ id: 'p4', port: httpPort, url: `http://127.0.0.1:${httpPort}/missing` }),
      probe({ id: 'p5', protocol: 'icmp', port: undefined }),
      ...(hasNc ? [probe({ id: 'p6', protocol: 'udp', port: udpPort, maxTimeS: 1 })] : []),
    ];
    const started = Date.now();
    // Asynchronous on purpose: the servers live in this process's event loop.
    const run = await new ProcessCommandRunner().run('/bin/sh', ['-c', buildBatchScript(probes)], {
      timeoutMs: 20_000,
    });
    expect(run.exitCode).toBe(0);
    // Concurrent: the 1 s timeouts overlap instead of adding up.
    expect(Date.now() - started).toBeLessThan(6000);
    const parsed = parseBatchOutput(run.stdout, probes.length);
    expect(parsed.complete).toBe(true);
    const verdict = (id: string) => {
      const p = probes.find((x) => x.id === id) as Probe;
      return judge(p, parsed.results.get(id)!, { outcome: 'ok', body: DEMO_REPLY });
    };
    expect(verdict('p1')).toMatchObject({ observed: 'ok', passed: true, backend: 'demo-b', httpCode: 200 });
    expect(verdict('p2')).toMatchObject({ observed: 'refused', exitCode: 7, passed: false });
    expect(verdict('p3')).toMatchObject({ observed: 'timeout', exitCode: 28, passed: false });
    expect(verdict('p4')).toMatchObject({ observed: 'http-error', exitCode: 22, passed: false });
    expect(verdict('p5')).toMatchObject({ observed: 'ok', passed: true });
    if (hasNc) expect(verdict('p6')).toMatchObject({ observed: 'ok', passed: true, backend: 'demo-c' });
    expect(classifyRaw(probes[1] as Probe, parsed.results.get('p2')!).observed).toBe('refused');
  }, 30_000);
});
