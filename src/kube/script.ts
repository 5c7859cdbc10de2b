/**
 * The probe model and the batch script: all probes of one source pod run concurrently (background jobs) inside ONE
 * `kubectl exec POD -- sh -c SCRIPT`, and the script prints one machine-readable line per probe:
 *
 *     KDF<TAB>id<TAB>exit code<TAB>curl -w (http code and time)<TAB>first stderr line<TAB>first body line
 *
 * then `KDF-END <count>`, so a cut-off exec is recognised as a transport failure. Every value that reaches the script
 * is shell-quoted; probe ids are generated (`p1`, `p2`, …).
 */

/** What one probe does. */
export type ProbeProtocol = 'http' | 'tcp' | 'icmp' | 'udp';

/** One probe: from a source pod to a target, one attempt. */
export interface Probe {
  /** Generated, `[a-z0-9]+`, unique within a batch. */
  id: string;
  /** `suite/scenario`: the case the probe belongs to. */
  caseId: string;
  /** Round (1-based) of a `repeat`. */
  round: number;
  /** The pod that runs the probe. */
  source: string;
  protocol: ProbeProtocol;
  /** IP address or host name. */
  host: string;
  port?: number;
  /** For http: the full URL (default `http://host:port/`). */
  url?: string;
  /** Display name of the target: a pod name, `svc/NAME`, or the external target. */
  target: string;
  /** For pod targets: the pod name the reply must carry. */
  expectPod?: string;
  /** curl --connect-timeout, seconds. */
  connectTimeoutS: number;
  /** curl --max-time, ping -W, nc -w, seconds. */
  maxTimeS: number;
}

/** Options of {@link buildBatchScript}. */
export interface BatchOptions {
  /** At most this many probes run at once; the script `wait`s between chunks (default 32). */
  parallel?: number;
}

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one word for a POSIX shell (`it's` → `'it'\''s'`). */
export function shQuote(word: string): string {
  if (word !== '' && SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

const ID = /^[a-z0-9]+$/;

function seconds(n: number): string {
  // curl accepts decimals; ping -W and nc -w want whole seconds (at least 1).
  return String(Math.max(1, Math.ceil(n)));
}

/** The shell command of one probe; its outputs go to `$d/ID.{w,e,b,rc}`. */
export function probeCommand(p: Probe): string {
  if (!ID.test(p.id)) throw new Error(`probe id '${p.id}' must match ${ID.source}`);
  const f = (ext: string): string => `"$d/${p.id}.${ext}"`;
  const host = shQuote(p.host);
  const port = p.port === undefined ? '' : shQuote(String(p.port));
  let cmd: string;
  switch (p.protocol) {
    case 'http': {
      const url = p.url ?? `http://${p.host.includes(':') ? `[${p.host}]` : p.host}:${p.port ?? 80}/`;
      cmd =
        `curl --silent --show-error --fail --connect-timeout ${seconds(p.connectTimeoutS)} ` +
        `--max-time ${seconds(p.maxTimeS)} -o ${f('b')} -w '%{http_code} %{time_total}' ${shQuote(url)} ` +
        `>${f('w')} 2>${f('e')}`;
      break;
    }
    case 'tcp':
      cmd = `nc -z -w ${seconds(p.maxTimeS)} ${host} ${port} </dev/null >${f('b')} 2>${f('e')}`;
      break;
    case 'icmp':
      cmd = `ping -c 1 -W ${seconds(p.maxTimeS)} ${host} >/dev/null 2>${f('e')}`;
      break;
    case 'udp':
      cmd = `printf hello | nc -u -w ${seconds(p.maxTimeS)} ${host} ${port} >${f('b')} 2>${f('e')}`;
      break;
  }
  return `( ${cmd}; echo $? >${f('rc')} ) &`;
}

/** The prologue: a private temp dir removed on exit, and `r ID` printing one result line. */
const PROLOGUE = [
  'd=$(mktemp -d /tmp/kdf-probe.XXXXXX) || exit 97',
  `trap 'rm -rf "$d"' EXIT`,
  'l() { head -n 1 "$1" 2>/dev/null | tr -d \'\\t\\r\' | cut -c1-300; }',
  'r() { printf \'KDF\\t%s\\t%s\\t%s\\t%s\\t%s\\n\' "$1" "$(cat "$d/$1.rc" 2>/dev/null)" ' +
    '"$(cat "$d/$1.w" 2>/dev/null)" "$(l "$d/$1.e")" "$(l "$d/$1.b")"; }',
];

/**
 * The `sh -c` script that runs `probes` concurrently (in chunks of `parallel`) and prints their result lines in
 * order, then `KDF-END <count>`.
 */
export function buildBatchScript(probes: readonly Probe[], options: BatchOptions = {}): string {
  const parallel = Math.max(1, options.parallel ?? 32);
  const ids = new Set<string>();
  const lines = [...PROLOGUE];
  probes.forEach((p, i) => {
    if (ids.has(p.id)) throw new Error(`probe id '${p.id}' is used twice in one batch`);
    ids.add(p.id);
    lines.push(probeCommand(p));
    if ((i + 1) % parallel === 0 && i + 1 < probes.length) lines.push('wait');
  });
  lines.push('wait');
  for (const p of probes) lines.push(`r ${p.id}`);
  lines.push(`echo 'KDF-END ${probes.length}'`);
  return lines.join('\n') + '\n';
}

/** One parsed result line. */
export interface RawProbeResult {
  id: string;
  /** The probe's exit code; `undefined` when the script lost it (empty rc file). */
  exitCode?: number;
  httpCode?: number;
  timeS?: number;
  stderr: string;
  body: string;
}

/** What {@link parseBatchOutput} found. */
export interface ParsedBatch {
  results: Map<string, RawProbeResult>;
  /** `KDF-END n` was printed with the right count: the exec ran to its end. */
  complete: boolean;
}

/** Parses the script's stdout (other lines, e.g. from a login banner, are ignored). */
export function parseBatchOutput(stdout: string, expected: number): ParsedBatch {
  const results = new Map<string, RawProbeResult>();
  let complete = false;
  for (const line of stdout.split(/\r?\n/)) {
    if (line === `KDF-END ${expected}`) complete = true;
    if (!line.startsWith('KDF\t')) continue;
    const [, id, rc, w, stderr, ...body] = line.split('\t');
    if (id === undefined || !ID.test(id)) continue;
    const [code, time] = (w ?? '').trim().split(/\s+/);
    results.set(id, {
      id,
      exitCode: rc !== undefined && /^\d+$/.test(rc) ? Number(rc) : undefined,
      httpCode: code !== undefined && /^\d{3}$/.test(code) && code !== '000' ? Number(code) : undefined,
      timeS: time !== undefined && /^[\d.]+$/.test(time) ? Number(time) : undefined,
      stderr: stderr ?? '',
      body: body.join('\t'),
    });
  }
  return { results, complete: complete && results.size === expected };
}
