/**
 * Classification of probe results with curl exit-code semantics (docs/connectivity.md#curl-exit-codes): 0 ok, 28
 * timeout (silent drop), 7 refused, 22 HTTP error (>= 400 with --fail), 6 resolve, 35 TLS. ping: 1 = no reply
 * (timeout). UDP: no reply within -w = timeout. The demo server's reply names the pod that answered (backend identity).
 */
import type { ProbeOutcomeName } from './suite.js';
import type { Probe, RawProbeResult } from './script.js';

/** What a probe observed. `transport` = the exec itself failed (never a verdict about the network). */
export type Observed = 'ok' | 'timeout' | 'refused' | 'http-error' | 'resolve' | 'tls' | 'unreachable' | 'error';

/** The demo server's reply (docs/connectivity.md#demo-image): `<pod>: HELLO! I AM ALIVE!!!` (docs: `HELLO,`). */
export const DEMO_REPLY = /^(?<pod>[a-z0-9.-]+): HELLO[,!] I AM ALIVE!!!$/;

/** A classified probe. */
export interface ProbeVerdict {
  probe: Probe;
  observed: Observed;
  /** The exit code used (recovered from `curl: (N)` when the exec lost it). */
  exitCode?: number;
  httpCode?: number;
  timeS?: number;
  /** The pod named in the reply, when it matched the demo reply. */
  backend?: string;
  body: string;
  stderr: string;
  /** The probe met its expectation. */
  passed: boolean;
  /** Why it did not (one line). */
  reason?: string;
}

/** The curl exit code a `curl: (N) …` stderr line names. */
export function curlCodeFromStderr(stderr: string): number | undefined {
  const m = /curl: \((\d+)\)/.exec(stderr);
  return m ? Number(m[1]) : undefined;
}

/** Maps a curl exit code to an outcome. */
export function curlOutcome(code: number, stderr = ''): Observed {
  switch (code) {
    case 0:
      return 'ok';
    case 28:
      return 'timeout';
    case 7:
      return /no route to host|network is unreachable/i.test(stderr) ? 'unreachable' : 'refused';
    case 22:
      return 'http-error';
    case 6:
      return 'resolve';
    case 35:
      return 'tls';
    default:
      return 'error';
  }
}

/** Classifies one raw result (before the expectation is applied). */
export function classifyRaw(probe: Probe, raw: RawProbeResult): { observed: Observed; exitCode?: number } {
  const fromStderr = curlCodeFromStderr(raw.stderr);
  switch (probe.protocol) {
    case 'http': {
      // A lost exit status: the exec said 0 (or nothing) while curl printed `curl: (N)`.
      const code =
        (raw.exitCode === undefined || raw.exitCode === 0) && fromStderr !== undefined ? fromStderr : raw.exitCode;
      if (code === undefined) return { observed: 'error' };
      return { observed: curlOutcome(code, raw.stderr), exitCode: code };
    }
    case 'icmp':
      if (raw.exitCode === 0) return { observed: 'ok', exitCode: 0 };
      if (raw.exitCode === 1) return { observed: 'timeout', exitCode: 1 };
      return { observed: /unreachable/i.test(raw.stderr) ? 'unreachable' : 'error', exitCode: raw.exitCode };
    case 'tcp':
    case 'udp': {
      if (/refused/i.test(raw.stderr)) return { observed: 'refused', exitCode: raw.exitCode };
      if (/timed out/i.test(raw.stderr)) return { observed: 'timeout', exitCode: raw.exitCode };
      if (/unreachable|no route/i.test(raw.stderr)) return { observed: 'unreachable', exitCode: raw.exitCode };
      if (raw.exitCode === undefined) return { observed: 'error' };
      if (raw.exitCode !== 0) return { observed: 'error', exitCode: raw.exitCode };
      // UDP: nc exits 0 whether or not a reply came; no reply within -w is a drop.
      if (probe.protocol === 'udp' && raw.body === '') return { observed: 'timeout', exitCode: 0 };
      return { observed: 'ok', exitCode: 0 };
    }
  }
}

/** The expectation a probe is judged against. */
export interface ProbeExpectation {
  outcome: ProbeOutcomeName;
  /** Regex the first reply line must match (outcome ok only). */
  body?: RegExp;
}

/** Classifies a raw result and applies the expectation. */
export function judge(probe: Probe, raw: RawProbeResult, expect: ProbeExpectation): ProbeVerdict {
  const { observed, exitCode } = classifyRaw(probe, raw);
  const backend = DEMO_REPLY.exec(raw.body)?.groups?.pod;
  const verdict: ProbeVerdict = {
    probe,
    observed,
    exitCode,
    httpCode: raw.httpCode,
    timeS: raw.timeS,
    backend,
    body: raw.body,
    stderr: raw.stderr,
    passed: false,
  };
  const shown = (): string => `${observed}${exitCode === undefined ? '' : ` (exit ${exitCode})`}`;
  if (expect.outcome !== 'any' && observed !== expect.outcome) {
    const why = raw.stderr !== '' ? `: ${raw.stderr}` : '';
    verdict.reason = `expected ${expect.outcome}, got ${shown()}${why}`;
    return verdict;
  }
  if (expect.outcome === 'ok' && expect.body !== undefined && probe.protocol !== 'icmp' && probe.protocol !== 'tcp') {
    if (!expect.body.test(raw.body)) {
      verdict.reason = `reply ${JSON.stringify(raw.body)} does not match /${expect.body.source}/`;
      return verdict;
    }
  }
  if (
    expect.outcome === 'ok' &&
    probe.expectPod !== undefined &&
    backend !== undefined &&
    backend !== probe.expectPod
  ) {
    verdict.reason = `answered by ${backend}, not ${probe.expectPod}`;
    return verdict;
  }
  verdict.passed = true;
  return verdict;
}

/** A verdict for a probe whose exec failed on every attempt. */
export function transportVerdict(probe: Probe, message: string): ProbeVerdict {
  return {
    probe,
    observed: 'error',
    body: '',
    stderr: message,
    passed: false,
    reason: `kubectl exec failed: ${message}`,
  };
}
