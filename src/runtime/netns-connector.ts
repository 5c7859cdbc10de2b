/**
 * TCP connections from inside a network namespace, for clients on Node's HTTP stack (the OpenStack REST client with
 * `--prefix-netns`): a Node process cannot enter a namespace, so each connection is a small pipe process,
 * `ip netns exec NS node -e <pipe> HOST PORT`, whose stdin/stdout carry the connection's bytes. This is a byte stream,
 * not a command with a result, so it does not go through the command-runner port; the argv holds no secret.
 */
import { spawn } from 'node:child_process';
import { Duplex } from 'node:stream';

import { assertNamespaceArgument, netnsExecArgv } from './netns-runner.js';

// The pipe: connects, copies stdin to the socket and the socket to stdout, and says why it failed on stderr.
const PIPE = [
  "const s = require('node:net').connect(Number(process.argv[2]), process.argv[1]);",
  'process.stdin.pipe(s); s.pipe(process.stdout);',
  "s.on('error', (e) => { process.stderr.write(e.code || e.message); process.exit(3); });",
  "s.on('close', () => process.exit(0));",
].join(' ');

/** A connection error carrying the code the pipe reported (`ECONNREFUSED`, …), as net.connect's would. */
class NetnsConnectError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'NetnsConnectError';
  }
}

/**
 * A connector opening each connection inside network namespace `namespace` (see the module comment). The returned
 * stream errors with the pipe's code (`ECONNREFUSED`, …) when the connection fails.
 */
export function netnsConnector(namespace: string): (host: string, port: number) => Duplex {
  assertNamespaceArgument(namespace);
  return (host, port) => {
    const [ip, ...args] = netnsExecArgv(namespace, [process.execPath, '-e', PIPE, host, String(port)]) as [
      string,
      ...string[],
    ];
    const child = spawn(ip, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let reason = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (reason += d));
    // The stream ends when the pipe process has exited (not when its stdout closes), so that a failed connection
    // errors with the pipe's code instead of looking like a connection the server closed.
    const stream = new Duplex({
      read: () => child.stdout.resume(),
      write: (chunk: Buffer, _enc, done) => void child.stdin.write(chunk, done),
      final: (done) => void child.stdin.end(done),
      destroy: (err, done) => {
        if (child.exitCode === null) child.kill();
        done(err);
      },
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (!stream.push(chunk)) child.stdout.pause();
    });
    child.stdin.on('error', () => undefined); // a write after the pipe exited: the close handler reports why
    child.on('error', (err) => stream.destroy(err));
    child.on('close', (code) => {
      if (stream.destroyed) return;
      if (code === 0) {
        stream.push(null);
        return;
      }
      const why = reason.trim() || `exit ${String(code)}`;
      const codeName = /^E[A-Z]+$/.test(why) ? why : 'ECONNRESET';
      stream.destroy(
        new NetnsConnectError(`connect ${host}:${port} in network namespace ${namespace}: ${why}`, codeName),
      );
    });
    // http.Agent calls the socket knobs below; a free keep-alive connection is unref'ed so it never keeps the
    // process alive (the pipe process and its stdio are the handles to release).
    const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as { ref?(): void; unref?(): void }[];
    Object.assign(stream, {
      setKeepAlive: () => stream,
      setNoDelay: () => stream,
      setTimeout: () => stream,
      ref: () => (handles.forEach((h) => h.ref?.()), stream),
      unref: () => (handles.forEach((h) => h.unref?.()), stream),
    });
    return stream;
  };
}
