export const id = 700;
export const ids = [700];
export const modules = {

/***/ 8806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   rZ: () => (/* binding */ ProcessCommandRunner)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BUFFER_BYTES, DEFAULT_STDERR_TAIL_LINES, quoteArg, formatCommandLine, getDefaultCommandRunner, setDefaultCommandRunner */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5027);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6210);
/**
 * The command-runner port. Every external program (stack.sh, openstack, kubectl, ovs-vsctl, ...) runs through a
 * `CommandRunner`, so tests swap in a fake and production gets one place that handles timeouts, cancellation, process
 * groups, stdin, output limits and secret masking.
 */





/** Default cap on captured stdout/stderr. */
const DEFAULT_MAX_BUFFER_BYTES = 16 * 1024 * 1024;
/** Default number of stderr lines kept in a `CommandError`. */
const DEFAULT_STDERR_TAIL_LINES = 20;
// ---------------------------------------------------------------------------------------------------------------------
// Display
// Characters that never need quoting in a POSIX shell word.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Quotes one argument shell-style for display (`it's` → `'it'\''s'`). For humans only: never feed it to a shell. */
function quoteArg(arg) {
    if (arg === '')
        return "''";
    if (SAFE_WORD.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** The masked, shell-quoted command line for logs and error messages. */
function formatCommandLine(command, args, masker = _secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultMasker */ .JC) {
    // Mask each word before quoting (quoting could split a secret that contains a quote), then the whole line.
    return masker.mask([command, ...args].map((word) => quoteArg(masker.mask(word))).join(' '));
}
/** A command that failed: disallowed exit code, killed, timed out, cancelled, or could not be started. */
class CommandError extends Error {
    exitCode;
    signal;
    timedOut;
    cancelled;
    /** The last stderr lines (masked). */
    stderrTail;
    /** The masked command line. */
    command;
    result;
    /** The errno code when the program could not be started. */
    code;
    constructor(init) {
        const { result } = init;
        const stderrTail = tailLines(result.stderr, init.stderrTailLines ?? DEFAULT_STDERR_TAIL_LINES);
        super(`\`${result.command}\` ${init.reason ?? describeFailure(init, stderrTail)}`, { cause: init.cause });
        this.name = 'CommandError';
        this.exitCode = result.exitCode;
        this.signal = result.signal;
        this.timedOut = init.timedOut ?? false;
        this.cancelled = init.cancelled ?? false;
        this.stderrTail = stderrTail;
        this.command = result.command;
        this.result = result;
        this.code = init.code;
    }
    /**
     * The error for a finished command, or `undefined` when it succeeded (not timed out or cancelled, and its exit code
     * is allowed). Runner implementations, fakes included, use this so they fail the same way.
     */
    static fromResult(result, options = {}) {
        const allowed = options.allowedExitCodes ?? [0];
        const ok = !options.timedOut && !options.cancelled && result.exitCode !== null && allowed.includes(result.exitCode);
        if (ok)
            return undefined;
        return new CommandError({
            result,
            timedOut: options.timedOut,
            cancelled: options.cancelled,
            timeoutMs: options.timeoutMs,
            stderrTailLines: options.stderrTailLines,
        });
    }
}
function describeFailure(init, stderrTail) {
    if (init.timedOut) {
        const after = init.timeoutMs === undefined ? '' : ` after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(init.timeoutMs)}`;
        return `timed out${after} and was killed`;
    }
    if (init.cancelled)
        return 'was cancelled';
    const { exitCode, signal } = init.result;
    const what = exitCode === null ? `was killed by signal ${signal ?? 'unknown'}` : `exited with code ${exitCode}`;
    const last = [...stderrTail].reverse().find((line) => line.trim() !== '');
    return last === undefined ? what : `${what}: ${truncate(last.trim(), 500)}`;
}
function tailLines(text, count) {
    if (count <= 0 || text === '')
        return [];
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.slice(-count);
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
// ---------------------------------------------------------------------------------------------------------------------
// Output collection
/** Longest partial line (in characters) buffered for a line callback before it is emitted anyway. */
const MAX_PENDING_LINE = 1024 * 1024;
/** Captures one output stream with a byte cap (keeping the tail) and splits it into masked lines for a callback. */
class OutputCollector {
    maxBytes;
    masker;
    onLine;
    chunks = [];
    bytes = 0;
    truncated = false;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
    pending = '';
    /** The first error a line callback threw; the run rejects with it. */
    callbackError;
    constructor(maxBytes, masker, onLine) {
        this.maxBytes = maxBytes;
        this.masker = masker;
        this.onLine = onLine;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.bytes += chunk.length;
        // Compact only at twice the cap, so copying stays linear in the output size.
        if (this.bytes > 2 * this.maxBytes)
            this.compact();
        if (this.onLine)
            this.feed(this.decoder.write(chunk));
    }
    /** Flushes the final partial line and returns the captured (masked) text. */
    finish() {
        if (this.onLine) {
            this.feed(this.decoder.end());
            if (this.pending !== '')
                this.emit(this.pending);
            this.pending = '';
        }
        if (this.bytes > this.maxBytes)
            this.compact();
        let buffer = Buffer.concat(this.chunks);
        if (this.truncated) {
            // Don't start the kept tail in the middle of a UTF-8 sequence.
            let start = 0;
            while (start < buffer.length && start < 4 && ((buffer[start] ?? 0) & 0xc0) === 0x80)
                start++;
            buffer = buffer.subarray(start);
        }
        return { text: this.masker.mask(buffer.toString('utf8')), truncated: this.truncated };
    }
    compact() {
        const all = Buffer.concat(this.chunks);
        const kept = all.subarray(all.length - this.maxBytes);
        this.chunks = [kept];
        this.bytes = kept.length;
        this.truncated = true;
    }
    feed(text) {
        if (text === '')
            return;
        this.pending += text;
        let newline;
        while ((newline = this.pending.indexOf('\n')) !== -1) {
            const line = this.pending.slice(0, newline);
            this.pending = this.pending.slice(newline + 1);
            this.emit(line.endsWith('\r') ? line.slice(0, -1) : line);
        }
        if (this.pending.length > MAX_PENDING_LINE) {
            this.emit(this.pending);
            this.pending = '';
        }
    }
    emit(line) {
        if (!this.onLine || this.callbackError !== undefined)
            return;
        try {
            this.onLine(this.masker.mask(line));
        }
        catch (err) {
            this.callbackError = err ?? new Error('line callback threw');
        }
    }
}
/**
 * Runs programs with node:child_process. No shell is involved; each child leads its own process group, and timeouts
 * and cancellation kill the whole group (SIGTERM, then SIGKILL after `killGraceMs`).
 */
class ProcessCommandRunner {
    masker;
    logger;
    killGraceMs;
    stdioDrainMs;
    defaultTimeoutMs;
    constructor(options = {}) {
        this.masker = options.masker ?? _secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultMasker */ .JC;
        this.logger = options.logger;
        this.killGraceMs = options.killGraceMs ?? 5000;
        this.stdioDrainMs = options.stdioDrainMs ?? 1000;
        this.defaultTimeoutMs = options.defaultTimeoutMs;
    }
    /** {@inheritDoc CommandRunner.run} */
    async run(command, args, options = {}) {
        validateCommand(command, args);
        const display = formatCommandLine(command, args, this.masker);
        const prefix = options.label ? `[${this.masker.mask(options.label)}] ` : '';
        const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
        const started = performance.now();
        const emptyResult = () => ({
            exitCode: null,
            signal: null,
            stdout: '',
            stderr: '',
            stdoutTruncated: false,
            stderrTruncated: false,
            durationMs: Math.round(performance.now() - started),
            command: display,
        });
        if (options.signal?.aborted)
            throw new CommandError({ result: emptyResult(), cancelled: true });
        this.logger?.debug(`${prefix}$ ${display}`);
        const result = await new Promise((resolve, reject) => {
            const maxBytes = options.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES;
            const stdout = new OutputCollector(maxBytes, this.masker, options.onStdoutLine);
            const stderr = new OutputCollector(maxBytes, this.masker, options.onStderrLine);
            let child;
            try {
                child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
                    cwd: options.cwd,
                    env: buildEnv(options),
                    shell: false,
                    // A new session, hence a new process group led by the child: killing -pid reaches its descendants too.
                    detached: true,
                    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                    windowsHide: true,
                });
            }
            catch (err) {
                reject(this.spawnError(err, command, options, emptyResult()));
                return;
            }
            let settled = false;
            let exitCode = null;
            let exitSignal = null;
            let timedOut = false;
            let cancelled = false;
            let killRequested = false;
            let timeoutTimer;
            let graceTimer;
            let drainTimer;
            const signalGroup = (sig) => {
                if (child.pid === undefined)
                    return;
                try {
                    process.kill(-child.pid, sig);
                }
                catch {
                    // ESRCH: the group is already gone. Anything else: fall back to the direct child.
                    try {
                        child.kill(sig);
                    }
                    catch {
                        /* already dead */
                    }
                }
            };
            const killGroup = () => {
                if (killRequested)
                    return;
                killRequested = true;
                signalGroup('SIGTERM');
                graceTimer = setTimeout(() => signalGroup('SIGKILL'), options.killGraceMs ?? this.killGraceMs);
                // The child handle keeps the loop alive while it runs; the escalation timer alone must not.
                graceTimer.unref();
            };
            const onAbort = () => {
                cancelled = true;
                killGroup();
            };
            const finish = () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timeoutTimer);
                clearTimeout(drainTimer);
                options.signal?.removeEventListener('abort', onAbort);
                if (killRequested && !groupExists(child.pid))
                    clearTimeout(graceTimer);
                const out = stdout.finish();
                const err = stderr.finish();
                const result = {
                    exitCode,
                    signal: exitSignal,
                    stdout: out.text,
                    stderr: err.text,
                    stdoutTruncated: out.truncated,
                    stderrTruncated: err.truncated,
                    durationMs: Math.round(performance.now() - started),
                    command: display,
                };
                const callbackError = stdout.callbackError ?? stderr.callbackError;
                if (callbackError !== undefined) {
                    reject(callbackError);
                    return;
                }
                const failure = CommandError.fromResult(result, {
                    allowedExitCodes: options.allowedExitCodes,
                    stderrTailLines: options.stderrTailLines,
                    timeoutMs,
                    timedOut,
                    cancelled,
                });
                if (failure)
                    reject(failure);
                else
                    resolve(result);
            };
            child.on('error', (err) => {
                // Without a pid the program never started (ENOENT, EACCES, bad cwd); later errors come from kill() and are
                // handled by the exit/close path.
                if (child.pid !== undefined || settled)
                    return;
                settled = true;
                clearTimeout(timeoutTimer);
                options.signal?.removeEventListener('abort', onAbort);
                reject(this.spawnError(err, command, options, emptyResult()));
            });
            child.stdout?.on('data', (chunk) => stdout.push(chunk));
            child.stderr?.on('data', (chunk) => stderr.push(chunk));
            if (child.stdin) {
                // EPIPE when the program exits without reading its input is not our failure; its exit code tells the story.
                child.stdin.on('error', () => undefined);
                child.stdin.end(options.input);
            }
            child.on('exit', (code, sig) => {
                exitCode = code;
                exitSignal = sig;
                // The program is done: a timeout or abort while its pipes drain must not turn a finished run into a failure.
                clearTimeout(timeoutTimer);
                options.signal?.removeEventListener('abort', onAbort);
                drainTimer = setTimeout(() => {
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    finish();
                }, this.stdioDrainMs);
            });
            child.on('close', (code, sig) => {
                exitCode ??= code;
                exitSignal ??= sig;
                finish();
            });
            if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
                timeoutTimer = setTimeout(() => {
                    timedOut = true;
                    killGroup();
                }, timeoutMs);
            }
            options.signal?.addEventListener('abort', onAbort, { once: true });
        }).catch((err) => {
            this.logger?.debug(`${prefix}${this.masker.mask(err instanceof Error ? err.message : String(err))}`);
            throw err;
        });
        this.logger?.debug(`${prefix}exit ${result.exitCode ?? result.signal} after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(result.durationMs)}`);
        return result;
    }
    spawnError(err, command, options, result) {
        const code = err?.code;
        const name = this.masker.mask(command);
        let reason;
        if (code === 'ENOENT' && options.cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.cwd)) {
            reason = `could not start: working directory '${this.masker.mask(options.cwd)}' does not exist`;
        }
        else if (code === 'ENOENT') {
            reason = command.includes('/')
                ? `could not start: ${name} does not exist`
                : `could not start: '${name}' was not found on PATH`;
        }
        else if (code === 'EACCES') {
            reason = `could not start: ${name} is not executable (permission denied)`;
        }
        else {
            const message = err instanceof Error ? err.message : String(err);
            reason = `could not start: ${this.masker.mask(message)}`;
        }
        return new CommandError({ result, reason, code, cause: err });
    }
}
function validateCommand(command, args) {
    if (typeof command !== 'string' || command === '') {
        throw new TypeError('CommandRunner.run: command must be a non-empty string');
    }
    if (command.includes('\0'))
        throw new TypeError('CommandRunner.run: command contains a NUL byte');
    if (!Array.isArray(args)) {
        throw new TypeError('CommandRunner.run: args must be an array of strings (no shell strings)');
    }
    args.forEach((arg, index) => {
        if (typeof arg !== 'string')
            throw new TypeError(`CommandRunner.run: args[${index}] is not a string`);
        if (arg.includes('\0'))
            throw new TypeError(`CommandRunner.run: args[${index}] contains a NUL byte`);
    });
}
function buildEnv(options) {
    const env = options.replaceEnv ? {} : { ...process.env };
    for (const [key, value] of Object.entries(options.env ?? {})) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
function groupExists(pid) {
    if (pid === undefined)
        return false;
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
// ---------------------------------------------------------------------------------------------------------------------
// The process-wide default
let defaultRunner;
/**
 * The runner entry points use when none is injected (a `ProcessCommandRunner` on the default masker). Prefer passing
 * a `CommandRunner` explicitly; this exists for entry points and end-to-end tests.
 */
function getDefaultCommandRunner() {
    defaultRunner ??= new ProcessCommandRunner();
    return defaultRunner;
}
/** Replaces the default runner (e.g. with a fake) and returns the previous one so it can be restored. */
function setDefaultCommandRunner(runner) {
    const previous = defaultRunner;
    defaultRunner = runner;
    return previous;
}


/***/ }),

/***/ 993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ CoreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5994);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5027);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6210);
/** The `Logger` for GitHub Actions: workflow commands through @actions/core, with annotations, groups and masking. */



/** Logs through @actions/core. Messages are masked locally too, so a secret never depends on the runner alone. */
class CoreLogger {
    core;
    masker;
    now;
    depth = 0;
    constructor(options = {}) {
        this.core = options.core ?? _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .actionsCore */ .v;
        this.masker = options.masker ?? _secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultMasker */ .JC;
        this.now = options.now ?? (() => performance.now());
    }
    /** Step-debug output (shown when ACTIONS_STEP_DEBUG is set). */
    debug(message) {
        this.core.debug(this.masker.mask(message));
    }
    /** A plain log line. */
    info(message) {
        this.core.info(this.masker.mask(message));
    }
    /** A notice annotation. */
    notice(message, props) {
        this.core.notice(this.masker.mask(message), this.toCore(props));
    }
    /** A warning annotation. */
    warning(message, props) {
        this.core.warning(this.masker.mask(message), this.toCore(props));
    }
    /** An error annotation (does not fail the step; `runWrapper` does that). */
    error(message, props) {
        this.core.error(this.masker.mask(message), this.toCore(props));
    }
    /**
     * Runs `fn` in a collapsible group, then prints `✓ name (12.3s)` (or `✗ name (failed after 12.3s)`) outside it so
     * the timing is visible while the group is collapsed. The log viewer cannot nest groups, so an inner group becomes
     * a `▶ name` line inside the outer one.
     */
    async group(name, fn) {
        const title = this.masker.mask(name);
        const nested = this.depth > 0;
        const started = this.now();
        if (nested)
            this.core.info(`▶ ${title}`);
        else
            this.core.startGroup(title);
        this.depth++;
        let ok = false;
        try {
            const result = await fn();
            ok = true;
            return result;
        }
        finally {
            this.depth--;
            if (!nested)
                this.core.endGroup();
            const elapsed = (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.now() - started);
            this.core.info(ok ? `✓ ${title} (${elapsed})` : `✗ ${title} (failed after ${elapsed})`);
        }
    }
    open = [];
    /** Opens a streaming group (see Logger.startGroup). */
    startGroup(name) {
        const title = this.masker.mask(name);
        const nested = this.depth > 0;
        if (nested)
            this.core.info(`▶ ${title}`);
        else
            this.core.startGroup(title);
        this.depth++;
        this.open.push({ title, started: this.now(), nested });
    }
    /** Closes the last streaming group, printing its elapsed time. */
    endGroup() {
        const g = this.open.pop();
        if (!g)
            return;
        this.depth--;
        if (!g.nested)
            this.core.endGroup();
        this.core.info(`✓ ${g.title} (${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.now() - g.started)})`);
    }
    /** Registers a secret with the runner (`::add-mask::`) and with the local masker. */
    addSecret(value) {
        if (value.trim() === '')
            return;
        this.core.setSecret(value);
        this.masker.add(value);
    }
    toCore(props) {
        if (!props)
            return undefined;
        const out = {};
        if (props.title !== undefined)
            out.title = this.masker.mask(props.title);
        if (props.file !== undefined)
            out.file = props.file;
        if (props.startLine !== undefined)
            out.startLine = props.startLine;
        if (props.endLine !== undefined)
            out.endLine = props.endLine;
        return out;
    }
}


/***/ })

};
