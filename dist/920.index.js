export const id = 920;
export const ids = [920];
export const modules = {

/***/ 542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dv: () => (/* binding */ annotateFindings),
/* harmony export */   o1: () => (/* binding */ resultsDir),
/* harmony export */   tM: () => (/* binding */ resultsPathFor)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/** What every action adapter shares: where its results file goes, and findings turned into annotations. */



/** `$KDF_RESULTS_DIR`, default `$RUNNER_TEMP/kdf-results`: the one directory every stage writes its results to. */
function resultsDir() {
    return process.env.KDF_RESULTS_DIR ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'kdf-results');
}
/** `<resultsDir()>/<stage>.json`. */
function resultsPathFor(stage) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(resultsDir(), `${stage}.json`);
}
/** One annotation per finding, at its file and lines, with its level (failure → error). */
function annotateFindings(findings) {
    for (const f of findings) {
        const props = { title: f.title, file: f.file, startLine: f.line, endLine: f.endLine };
        const text = f.details ? `${f.message}\n${f.details}` : f.message;
        if (f.level === 'failure')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(text, props);
        else if (f.level === 'warning')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(text, props);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(text, props);
    }
}


/***/ }),

/***/ 8806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   _x: () => (/* binding */ ANY_EXIT_CODE),
/* harmony export */   d8: () => (/* binding */ terminateRunningCommands),
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
            if (child.pid !== undefined)
                LIVE_GROUPS.add(child.pid);
            child.on('exit', (code, sig) => {
                if (child.pid !== undefined)
                    LIVE_GROUPS.delete(child.pid);
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
/** `allowedExitCodes` that accept any exit status: for probes whose exit code is the answer. */
const ANY_EXIT_CODE = Array.from({ length: 256 }, (_, i) => i);
/** Process groups of programs a ProcessCommandRunner started that have not exited yet (their leaders' pids). */
const LIVE_GROUPS = new Set();
/**
 * Ends every program any ProcessCommandRunner of this process is still running, group by group: SIGTERM, then
 * SIGKILL for the groups still there after `graceMs`. For a process about to exit on cancellation: the children lead
 * their own process groups and would outlive it.
 */
async function terminateRunningCommands(graceMs = 2000) {
    const groups = [...LIVE_GROUPS];
    const signal = (pid, sig) => {
        try {
            process.kill(-pid, sig);
        }
        catch {
            /* already gone */
        }
    };
    for (const pid of groups)
        signal(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (groups.some(groupExists) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
    for (const pid of groups.filter(groupExists))
        signal(pid, 'SIGKILL');
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

/***/ 7186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ PipelineStageIO),
/* harmony export */   o: () => (/* binding */ actionsStageIO)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4634);
/**
 * What an action adapter reads and writes through the runner: inputs, outputs, failure and the main→post state.
 * Alone, an action uses the runner's own ({@link actionsStageIO}); inside the root action's pipeline each stage gets
 * a view with its own inputs, its outputs collected, and its state keys namespaced so stages never collide.
 */


/** The runner's own inputs, outputs, failure and state (a stage running as its own action). */
function actionsStageIO() {
    return {
        inputs: new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsInputSource */ .xq),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value),
        setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(message),
        saveState: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(name, value),
        getState: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(name),
    };
}
/** A pipeline stage's view: given inputs, outputs and failure recorded, state under `<stage>.` keys. */
class PipelineStageIO {
    stage;
    inputs;
    state;
    outputs = {};
    failure;
    constructor(stage, inputs, state = {
        save: (n, v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(n, v),
        get: (n) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(n),
    }) {
        this.stage = stage;
        this.inputs = inputs;
        this.state = state;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    setFailed(message) {
        this.failure = message;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(`${this.stage}: ${message}`);
    }
    saveState(name, value) {
        this.state.save(`${this.stage}.${name}`, value);
    }
    getState(name) {
        return this.state.get(`${this.stage}.${name}`);
    }
}


/***/ })

};
