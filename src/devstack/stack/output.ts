/**
 * A streaming reader of stack.sh's console output (docs/devstack-operations.md#console-output). It strips the outfilter
 * timestamp prefix, follows xtrace lines (`+ file:function:line :   command`) to know where the run is, notices phases
 * (`run_phase stack <phase>`), and collects what matters for triage: `[ERROR]` lines with their `[Call Trace]`,
 * `stack.sh failed`, `Error on exit`, password prompts that would hang, the distro refusal, and the success tail.
 * Memory stays bounded: only a ring of recent meaningful lines is kept.
 */

export interface TraceFrame {
  file: string;
  line: number;
  func: string;
}

export interface StackError {
  /** The file DevStack named (`/opt/stack/dragonflow/devstack/plugin.sh`, `./stack.sh`, `lib/neutron`). */
  file: string;
  /** The line, when DevStack gave a number (`die` without `$LINENO` gives none). */
  line?: number;
  message: string;
  callTrace: TraceFrame[];
}

export interface StackOutcome {
  /** Exit code 0 is also required; this is the `stack.sh completed in N seconds.` line. */
  completed: boolean;
  completedSeconds?: number;
  hostIp?: string;
  hostIpv6?: string;
  keystoneUrl?: string;
  horizonUrl?: string;
  /** The real log file from `stack.sh log <file>`. */
  logFile?: string;
  /** `stack.sh failed` (top-level failure) with its text. */
  stackFailed?: string;
  errorOnExit: boolean;
  worlddump?: string;
  errors: StackError[];
  warnings: { file: string; line?: number; message: string }[];
  /** bash's own error lines (`<file>: line N: <msg>`, e.g. `command not found`), the last ones kept. */
  bashErrors: { file: string; line: number; message: string }[];
  /** A `read_password` banner: the run would wait for input (a password variable is not set). */
  passwordPrompt?: string;
  /** stack.sh refused the distro (`WARNING: this script has not been tested on <DISTRO>`). */
  distroRefused?: string;
  /** stack.sh refused to run as root. */
  rootRefused: boolean;
  /** The last xtrace location before the end: where a failure without `[ERROR]` happened. */
  lastTrace?: TraceFrame & { command: string };
  /** Phases seen, in order (`pre-install`, `install`, `post-config`, `extra`, `test-config`). */
  phases: string[];
  /** Component timing table rows (seconds). */
  timing: Record<string, number>;
  /** The last meaningful lines (no xtrace, no blank), for the summary. */
  tail: string[];
}

export type StackEvent =
  | { kind: 'phase'; phase: string }
  | { kind: 'error'; error: StackError }
  | { kind: 'password-prompt'; banner: string }
  | { kind: 'completed'; seconds: number }
  | { kind: 'failed'; text: string };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? \| /;
const XTRACE = /^\++ (\S+?):(\S*?):(\d+)\s+:\s+(.*)$/;
const ERROR = /^\[ERROR\] (\S+?):(\S*) ?(.*)$/;
const WARNING = /^\[WARNING\] (\S+?):(\S*) ?(.*)$/;
const FRAME = /^(\S+?):(\d+):(\S+)$/;
const PHASE = /\brun_phase stack (\S+)/;
const BASH_ERROR = /^(\S+): line (\d+): (.+)$/;
const INTERESTING =
  /^(?:stack\.sh |Error on exit|World dumping|This is your host|Keystone is serving|Horizon is now|WARNING: this script|DevStack |ENTER A |DevStack Component Timing)/;

/** Removes the outfilter timestamp prefix (present unless VERBOSE_NO_TIMESTAMP=True). */
export function stripTimestamp(line: string): string {
  // Fast path for the common `YYYY-MM-DD HH:MM:SS.mmm | ` shape; the regex handles other precisions.
  if (line.length < 22 || line.charCodeAt(4) !== 45 /* - */ || line.charCodeAt(10) !== 32 /* space */) return line;
  if (line.charCodeAt(24) === 124 /* | */ && line.charCodeAt(19) === 46 /* . */) return line.slice(26);
  return line.replace(TIMESTAMP, '');
}

/** Feeds stack.sh output line by line; `outcome()` summarizes. */
export class StackOutputParser {
  private readonly tailSize: number;
  private readonly state: StackOutcome = {
    completed: false,
    errorOnExit: false,
    errors: [],
    warnings: [],
    bashErrors: [],
    rootRefused: false,
    phases: [],
    timing: {},
    tail: [],
  };
  private inCallTrace = false;
  private pendingTrace: TraceFrame[] = [];
  private inTiming = false;
  private lastXtrace?: string;

  constructor(options: { tailSize?: number } = {}) {
    this.tailSize = options.tailSize ?? 40;
  }

  /** Consumes one line (without the newline) and returns what it meant. */
  push(rawLine: string): StackEvent[] {
    const line = stripTimestamp(rawLine.replace(/\r$/, ''));
    const events: StackEvent[] = [];
    if (line.charCodeAt(0) === 43 /* + */ && this.readXtrace(line, events)) return events;
    const trimmed = line.trim();
    if (trimmed === '') return events;
    this.remember(line);
    if (this.readCallTrace(trimmed)) return events;
    if (this.readError(trimmed, events) || this.readWarning(trimmed) || this.readBashError(trimmed)) return events;
    // One cheap test for the lines that can matter below; everything else (pip, apt, plugin chatter) stops here.
    if (!this.inTiming && !INTERESTING.test(trimmed)) return events;
    if (!this.readRunReport(trimmed, events)) this.readTiming(trimmed);
    return events;
  }

  /**
   * An xtrace line (`+ file:function:line :   command`): remembers it and notes a new phase. True when it is a well
   * formed xtrace line (nothing else to read in it).
   */
  private readXtrace(line: string, events: StackEvent[]): boolean {
    // Only the last xtrace matters for triage, so keep the text and parse it lazily (the hot path).
    this.lastXtrace = line;
    const phaseAt = line.indexOf('run_phase stack ');
    if (phaseAt >= 0) {
      const phase = PHASE.exec(line.slice(phaseAt))?.[1];
      if (phase && !this.state.phases.includes(phase)) {
        this.state.phases.push(phase);
        events.push({ kind: 'phase', phase });
      }
    }
    return XTRACE.test(line);
  }

  /** `[Call Trace]` and the frames after it (kept for the next `[ERROR]`). True when the line was one of them. */
  private readCallTrace(trimmed: string): boolean {
    if (trimmed === '[Call Trace]') {
      this.inCallTrace = true;
      this.pendingTrace = [];
      return true;
    }
    if (!this.inCallTrace) return false;
    const f = FRAME.exec(trimmed);
    if (f) {
      this.pendingTrace.push({ file: f[1] as string, line: Number(f[2]), func: f[3] as string });
      return true;
    }
    this.inCallTrace = false;
    return false;
  }

  /** `[ERROR] <file>:<line> <message>`, with the call trace read before it. */
  private readError(trimmed: string, events: StackEvent[]): boolean {
    const e = ERROR.exec(trimmed);
    if (!e) return false;
    const lineNo = /^\d+$/.test(e[2] as string) ? Number(e[2]) : undefined;
    // `die "msg"` without $LINENO prints `[ERROR] <file>:msg ` — the message sits where the line would.
    const message = lineNo === undefined ? [e[2], e[3]].filter(Boolean).join(' ').trim() : (e[3] as string).trim();
    const error: StackError = { file: e[1] as string, line: lineNo, message, callTrace: this.pendingTrace };
    this.pendingTrace = [];
    this.state.errors.push(error);
    events.push({ kind: 'error', error });
    return true;
  }

  /** `[WARNING] <file>:<line> <message>`. */
  private readWarning(trimmed: string): boolean {
    const w = WARNING.exec(trimmed);
    if (!w) return false;
    const lineNo = /^\d+$/.test(w[2] as string) ? Number(w[2]) : undefined;
    this.state.warnings.push({
      file: w[1] as string,
      line: lineNo,
      message: (lineNo === undefined ? `${w[2]} ${w[3]}` : (w[3] as string)).trim(),
    });
    return true;
  }

  /** bash's own `<file>: line N: <message>`; the last ten are kept. */
  private readBashError(trimmed: string): boolean {
    const b = trimmed.includes(': line ') ? BASH_ERROR.exec(trimmed) : null;
    if (!b) return false;
    const bashErrors = this.state.bashErrors;
    bashErrors.push({ file: b[1] as string, line: Number(b[2]), message: b[3] as string });
    if (bashErrors.length > 10) bashErrors.shift();
    return true;
  }

  /**
   * The lines stack.sh prints about the run as a whole: log file, completion or failure, world dump, endpoints,
   * refusals, password prompts, the start of the timing table. True when the line was one of them.
   */
  private readRunReport(trimmed: string, events: StackEvent[]): boolean {
    const s = this.state;
    let m: RegExpExecArray | null;
    if ((m = /^stack\.sh log (\S+)$/.exec(trimmed))) s.logFile = m[1];
    else if ((m = /^stack\.sh completed in (\d+) seconds\.$/.exec(trimmed))) {
      s.completed = true;
      s.completedSeconds = Number(m[1]);
      events.push({ kind: 'completed', seconds: s.completedSeconds });
    } else if (/^stack\.sh failed/.test(trimmed)) {
      s.stackFailed = trimmed;
      events.push({ kind: 'failed', text: trimmed });
    } else if (trimmed === 'Error on exit') s.errorOnExit = true;
    else if ((m = /^World dumping\.\.\. see (\S+) for details/.exec(trimmed))) s.worlddump = m[1];
    else if ((m = /^This is your host IP address: (\S+)/.exec(trimmed))) s.hostIp = m[1];
    else if ((m = /^This is your host IPv6 address: (\S+)/.exec(trimmed))) s.hostIpv6 = m[1];
    else if ((m = /^Keystone is serving at (\S+?)\/?$/.exec(trimmed))) s.keystoneUrl = m[1];
    else if ((m = /^Horizon is now available at (\S+)/.exec(trimmed))) s.horizonUrl = m[1];
    else if ((m = /^WARNING: this script has not been tested on (\S+)/.exec(trimmed))) s.distroRefused = m[1];
    else if (/^DevStack should be run as a user with sudo permissions,?/.test(trimmed)) s.rootRefused = true;
    else if (
      /^ENTER A (?:PASSWORD|SERVICE_PASSWORD|SECRET)/.test(trimmed) ||
      /^ENTER A PASSWORD TO USE FOR/.test(trimmed)
    ) {
      s.passwordPrompt = trimmed;
      events.push({ kind: 'password-prompt', banner: trimmed });
    } else if (trimmed === 'DevStack Component Timing') this.inTiming = true;
    else return false;
    return true;
  }

  /** A row of the component timing table (`osc   42`), up to `Total runtime`. */
  private readTiming(trimmed: string): void {
    if (!this.inTiming) return;
    const t = /^(\S[\S ]*?)\s+(\d+)$/.exec(trimmed);
    if (/^Total runtime/.test(trimmed)) this.inTiming = false;
    if (t && !/^\(times/.test(trimmed)) this.state.timing[(t[1] as string).trim()] = Number(t[2]);
  }

  private remember(line: string): void {
    const tail = this.state.tail;
    tail.push(line);
    if (tail.length > this.tailSize) tail.shift();
  }

  /** What the run amounted to so far. */
  outcome(): StackOutcome {
    const out = structuredClone(this.state);
    const x = this.lastXtrace === undefined ? null : XTRACE.exec(this.lastXtrace);
    if (x) out.lastTrace = { file: x[1] as string, func: x[2] as string, line: Number(x[3]), command: x[4] as string };
    return out;
  }
}

/** Which password variable a `read_password` banner asks for (docs/devstack-operations.md#password-prompts). */
export function passwordVariableOfBanner(banner: string): string | undefined {
  const table: [RegExp, string][] = [
    [/DATABASE/, 'DATABASE_PASSWORD'],
    [/RABBIT/, 'RABBIT_PASSWORD'],
    [/SERVICE_PASSWORD|SERVICE AUTHENTICATION/, 'SERVICE_PASSWORD'],
    [/HORIZON AND KEYSTONE|ADMIN/, 'ADMIN_PASSWORD'],
    [/LDAP/, 'LDAP_PASSWORD'],
    [/SWIFT/, 'SWIFT_HASH'],
  ];
  return table.find(([re]) => re.test(banner))?.[1];
}
