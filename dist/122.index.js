export const id = 122;
export const ids = [122];
export const modules = {

/***/ 9691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ StepRecorder),
/* harmony export */   qn: () => (/* binding */ configurationFinding)
/* harmony export */ });
/* unused harmony export statusOfError */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);
/**
 * One timed step of a stage → one results case (and, when it fails, optionally one finding). Every stage records its
 * steps through {@link StepRecorder}, so a step's status always follows the one rule of {@link statusOfError}.
 */

/**
 * The one mapping from a thrown error to a case status: `failed` = a check failed, `error` = the stage could not do
 * its job. A configuration error (a bad input, a refused combination) always means the stage could not do its job;
 * any other error counts as a failed check only where the step says so (`isCheck`), e.g. a VM the cloud under test
 * put into ERROR.
 */
function statusOfError(err, isCheck = () => false) {
    if (err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 || err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusedCombinationError */ .Ix)
        return 'error';
    return isCheck(err) ? 'failed' : 'error';
}
/** The case of a failed step, before it is recorded. */
function failedCase(id, name, o, status, err) {
    // `err` is the error, or the text that describes it
    const text = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err);
    const first = text.split('\n')[0] ?? text;
    return {
        id,
        name,
        suite: o.suite,
        status,
        message: first,
        details: text.includes('\n') ? text : undefined,
        location: o.location,
        tags: o.tags,
    };
}
/** Records timed steps as cases of one results document. */
class StepRecorder {
    sink;
    defaults;
    constructor(sink, defaults) {
        this.sink = sink;
        this.defaults = defaults;
    }
    /**
     * Runs `fn` as step `id` (`name` in logs and the check run): a passed case with its duration when it returns, a
     * failed or error case (see {@link statusOfError}) plus the optional finding when it throws; the error is then
     * thrown again, unchanged.
     */
    async step(id, name, fn, options = {}) {
        const { verdict: _verdict, judgedFinding: _judged, ...overrides } = options;
        const o = { ...this.defaults, ...overrides };
        const now = o.now ?? Date.now;
        const t0 = now();
        let value;
        try {
            value = await (o.group ? o.group(name, fn) : fn());
        }
        catch (err) {
            if (o.unrecorded?.(err))
                throw err;
            const status = statusOfError(err, o.isCheck);
            const finding = o.finding?.(err, status);
            // the case's message is one line; the finding's words win over the error's
            const c = failedCase(id, name, o, status, finding?.message ?? err);
            if (finding?.details !== undefined)
                c.details = finding.details;
            await this.sink.addCase({ ...c, durationMs: now() - t0 });
            if (finding)
                await this.sink.addFindings([{ caseId: id, ...finding }]);
            throw err;
        }
        await this.recordJudged(id, name, o, now() - t0, options.verdict?.(value), options.judgedFinding);
        return value;
    }
    /** The case of a step that returned: passed, or what its verdict says, plus the finding of a judged failure. */
    async recordJudged(id, name, o, durationMs, verdict, judgedFinding) {
        const c = { id, name, suite: o.suite, status: 'passed', durationMs, location: o.location, tags: o.tags };
        // a verdict's unset fields keep the step's own (a probe without its batch's time keeps the step's)
        for (const [k, v] of Object.entries(verdict ?? {}))
            if (v !== undefined)
                Object.assign(c, { [k]: v });
        if (c.status === 'skipped' && verdict?.durationMs === undefined)
            delete c.durationMs;
        await this.sink.addCase(c);
        const finding = c.status === 'passed' || c.status === 'skipped' ? undefined : judgedFinding?.(c);
        if (finding)
            await this.sink.addFindings([{ ...finding, caseId: id }]);
    }
}
/** A finding for a configuration error at `file` line 1, titled by the input it names (`<prefix>: input 'x'`). */
function configurationFinding(err, file, prefix, rule) {
    return {
        file,
        line: 1,
        level: 'failure',
        title: `${prefix}: input '${err.input ?? 'unknown'}'`,
        message: err.message,
        rule,
    };
}


/***/ }),

/***/ 40993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ CoreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95994);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5027);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86210);
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
    /**
     * Registers a secret with the runner (`::add-mask::`, one per line of a multi-line value, because the runner masks
     * line by line) and with the local masker.
     */
    addSecret(value) {
        if (value.trim() === '')
            return;
        for (const line of (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerMaskValues */ .XL)(value))
            this.core.setSecret(line);
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


/***/ }),

/***/ 5342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ netnsExecArgv),
/* harmony export */   WT: () => (/* binding */ inNetns),
/* harmony export */   zh: () => (/* binding */ assertNamespaceArgument)
/* harmony export */ });
/* unused harmony export NetnsCommandRunner */
/**
 * The argument vector that runs `argv` inside network namespace `namespace`: `['ip', 'netns', 'exec', namespace,
 * ...argv]`. For callers that must keep the command as data (setup-devstack stores its NAT rule's argv for the post
 * step, behind `sudo -n`); everyone else takes a {@link NetnsCommandRunner}.
 */
function netnsExecArgv(namespace, argv) {
    return ['ip', 'netns', 'exec', namespace, ...argv];
}
/**
 * Throws a TypeError for a name `ip netns exec` could not take as a namespace: empty, a path, or one that starts with
 * `-` and would be read as an option. Stricter rules (the sandbox's) stay with their callers.
 */
function assertNamespaceArgument(namespace) {
    if (namespace === '' || namespace.startsWith('-') || /[/\0]/.test(namespace)) {
        throw new TypeError(`invalid network namespace name '${namespace}'`);
    }
}
/**
 * A `CommandRunner` that runs every command inside network namespace `namespace`: `run(cmd, args)` becomes
 * `ip netns exec NAMESPACE cmd args…` on the inner runner, with the same options, the runner's extra environment under
 * the call's, and the label defaulting to `cmd` rather than `ip`.
 */
class NetnsCommandRunner {
    inner;
    namespace;
    env;
    constructor(inner, namespace, options = {}) {
        this.inner = inner;
        this.namespace = namespace;
        assertNamespaceArgument(namespace);
        this.env = options.env ?? {};
    }
    /** {@inheritDoc CommandRunner.run} */
    run(command, args, options = {}) {
        const [ip, ...rest] = netnsExecArgv(this.namespace, [command, ...args]);
        const merged = { ...options, label: options.label ?? command };
        // without extra variables the call's env (or its absence) passes through untouched
        if (Object.keys(this.env).length > 0 || options.env !== undefined)
            merged.env = { ...this.env, ...options.env };
        return this.inner.run(ip, rest, merged);
    }
}
/**
 * `inner` wrapped to run inside `namespace`, or `inner` itself when no namespace is given (an unset or empty
 * `--prefix-netns` / environment knob means "run on the host").
 */
function inNetns(inner, namespace, options = {}) {
    return namespace === undefined || namespace === '' ? inner : new NetnsCommandRunner(inner, namespace, options);
}


/***/ }),

/***/ 50275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ groupExists),
/* harmony export */   Tq: () => (/* binding */ trackGroup),
/* harmony export */   d8: () => (/* binding */ terminateRunningCommands),
/* harmony export */   eY: () => (/* binding */ untrackGroup)
/* harmony export */ });
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21166);
/**
 * The process groups ProcessCommandRunner's children lead (each child starts a new session), tracked so a process
 * about to exit on cancellation can end them: they would outlive it otherwise.
 */

/** Process groups of programs a ProcessCommandRunner started that have not exited yet (their leaders' pids). */
const LIVE_GROUPS = new Set();
/** Records that a child leading process group `pid` is running. */
function trackGroup(pid) {
    LIVE_GROUPS.add(pid);
}
/** Records that the leader of process group `pid` has exited. */
function untrackGroup(pid) {
    LIVE_GROUPS.delete(pid);
}
/** True when process group `pid` still has a member. */
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
    await (0,_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)(() => !groups.some(groupExists), { timeoutMs: graceMs, intervalMs: 50 });
    for (const pid of groups.filter(groupExists))
        signal(pid, 'SIGKILL');
}


/***/ }),

/***/ 5857:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ ProcessCommandRunner)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/runtime/command.js
var runtime_command = __webpack_require__(38806);
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./build/runtime/output-collector.js
/** Capturing one output stream of a running program: a byte cap keeping the tail, and masked lines for a callback. */

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
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
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

// EXTERNAL MODULE: ./build/runtime/process-groups.js
var process_groups = __webpack_require__(50275);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(86210);
;// CONCATENATED MODULE: ./build/runtime/process-runner.js
/**
 * The node:child_process implementation of the command-runner port: each program runs in its own process group, and
 * timeouts and cancellation kill the whole group. One {@link ChildRun} per call holds the state of that call.
 */







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
        this.masker = options.masker ?? secrets/* defaultMasker */.JC;
        this.logger = options.logger;
        this.killGraceMs = options.killGraceMs ?? 5000;
        this.stdioDrainMs = options.stdioDrainMs ?? 1000;
        this.defaultTimeoutMs = options.defaultTimeoutMs;
    }
    /** {@inheritDoc CommandRunner.run} */
    async run(command, args, options = {}) {
        validateCommand(command, args);
        const display = (0,runtime_command/* formatCommandLine */.zR)(command, args, this.masker);
        const prefix = options.label ? `[${this.masker.mask(options.label)}] ` : '';
        const started = performance.now();
        if (options.signal?.aborted) {
            throw new runtime_command/* CommandError */.Qd({ result: emptyResult(display, started), cancelled: true });
        }
        this.logger?.debug(`${prefix}$ ${display}`);
        const run = new ChildRun({
            command,
            args,
            options,
            display,
            started,
            timeoutMs: options.timeoutMs ?? this.defaultTimeoutMs,
            masker: this.masker,
            killGraceMs: options.killGraceMs ?? this.killGraceMs,
            stdioDrainMs: this.stdioDrainMs,
        });
        const result = await run.result.catch((err) => {
            this.logger?.debug(`${prefix}${this.masker.mask(err instanceof Error ? err.message : String(err))}`);
            throw err;
        });
        this.logger?.debug(`${prefix}exit ${result.exitCode ?? result.signal} after ${(0,duration/* formatDuration */.a3)(result.durationMs)}`);
        return result;
    }
}
/** The result of a program that produced nothing (not started, or cancelled before it was). */
function emptyResult(display, started) {
    return {
        exitCode: null,
        signal: null,
        stdout: '',
        stderr: '',
        stdoutTruncated: false,
        stderrTruncated: false,
        durationMs: Math.round(performance.now() - started),
        command: display,
    };
}
/** One spawned program, from spawn to its settled result: output capture, the timeout, cancellation and kill escalation. */
class ChildRun {
    init;
    /** Settles once: the result, or the CommandError (or a line callback's error). */
    result;
    child;
    stdout;
    stderr;
    resolve;
    reject;
    settled = false;
    exitCode = null;
    exitSignal = null;
    timedOut = false;
    cancelled = false;
    killRequested = false;
    timeoutTimer;
    graceTimer;
    drainTimer;
    constructor(init) {
        this.init = init;
        const maxBytes = init.options.maxBufferBytes ?? runtime_command/* DEFAULT_MAX_BUFFER_BYTES */.qF;
        this.stdout = new OutputCollector(maxBytes, init.masker, init.options.onStdoutLine);
        this.stderr = new OutputCollector(maxBytes, init.masker, init.options.onStderrLine);
        this.result = new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
            this.start();
        });
    }
    onAbort = () => {
        this.cancelled = true;
        this.killGroup();
    };
    start() {
        const { command, args, options } = this.init;
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(command, [...args], {
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
            this.reject(this.spawnFailure(err));
            return;
        }
        this.child = child;
        child.on('error', (err) => this.onError(err));
        child.stdout?.on('data', (chunk) => this.stdout.push(chunk));
        child.stderr?.on('data', (chunk) => this.stderr.push(chunk));
        if (child.stdin) {
            // EPIPE when the program exits without reading its input is not our failure; its exit code tells the story.
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input);
        }
        if (child.pid !== undefined)
            (0,process_groups/* trackGroup */.Tq)(child.pid);
        child.on('exit', (code, sig) => this.onExit(code, sig));
        child.on('close', (code, sig) => {
            this.exitCode ??= code;
            this.exitSignal ??= sig;
            this.finish();
        });
        const timeoutMs = this.init.timeoutMs;
        if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
            this.timeoutTimer = setTimeout(() => {
                this.timedOut = true;
                this.killGroup();
            }, timeoutMs);
        }
        options.signal?.addEventListener('abort', this.onAbort, { once: true });
    }
    spawnFailure(err) {
        const { command, options, display, started, masker } = this.init;
        return spawnError(err, command, options, emptyResult(display, started), masker);
    }
    onError(err) {
        // Without a pid the program never started (ENOENT, EACCES, bad cwd); later errors come from kill() and are
        // handled by the exit/close path.
        if (this.child?.pid !== undefined || this.settled)
            return;
        this.settled = true;
        clearTimeout(this.timeoutTimer);
        this.init.options.signal?.removeEventListener('abort', this.onAbort);
        this.reject(this.spawnFailure(err));
    }
    onExit(code, sig) {
        const child = this.child;
        if (child?.pid !== undefined)
            (0,process_groups/* untrackGroup */.eY)(child.pid);
        this.exitCode = code;
        this.exitSignal = sig;
        // The program is done: a timeout or abort while its pipes drain must not turn a finished run into a failure.
        clearTimeout(this.timeoutTimer);
        this.init.options.signal?.removeEventListener('abort', this.onAbort);
        this.drainTimer = setTimeout(() => {
            child?.stdout?.destroy();
            child?.stderr?.destroy();
            this.finish();
        }, this.init.stdioDrainMs);
    }
    signalGroup(sig) {
        const child = this.child;
        if (child?.pid === undefined)
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
    }
    killGroup() {
        if (this.killRequested)
            return;
        this.killRequested = true;
        this.signalGroup('SIGTERM');
        this.graceTimer = setTimeout(() => this.signalGroup('SIGKILL'), this.init.killGraceMs);
        // The child handle keeps the loop alive while it runs; the escalation timer alone must not.
        this.graceTimer.unref();
    }
    finish() {
        if (this.settled)
            return;
        this.settled = true;
        const { options, display, started, timeoutMs } = this.init;
        clearTimeout(this.timeoutTimer);
        clearTimeout(this.drainTimer);
        options.signal?.removeEventListener('abort', this.onAbort);
        if (this.killRequested && !(0,process_groups/* groupExists */.M9)(this.child?.pid))
            clearTimeout(this.graceTimer);
        const out = this.stdout.finish();
        const err = this.stderr.finish();
        const result = {
            exitCode: this.exitCode,
            signal: this.exitSignal,
            stdout: out.text,
            stderr: err.text,
            stdoutTruncated: out.truncated,
            stderrTruncated: err.truncated,
            durationMs: Math.round(performance.now() - started),
            command: display,
        };
        const callbackError = this.stdout.callbackError ?? this.stderr.callbackError;
        if (callbackError !== undefined) {
            this.reject(callbackError);
            return;
        }
        const failure = runtime_command/* CommandError */.Qd.fromResult(result, {
            allowedExitCodes: options.allowedExitCodes,
            stderrTailLines: options.stderrTailLines,
            timeoutMs,
            timedOut: this.timedOut,
            cancelled: this.cancelled,
        });
        if (failure)
            this.reject(failure);
        else
            this.resolve(result);
    }
}
/** The CommandError for a program that could not be started, saying why in words (missing, not executable, bad cwd). */
function spawnError(err, command, options, result, masker) {
    const code = err?.code;
    const name = masker.mask(command);
    let reason;
    if (code === 'ENOENT' && options.cwd !== undefined && !(0,external_node_fs_.existsSync)(options.cwd)) {
        reason = `could not start: working directory '${masker.mask(options.cwd)}' does not exist`;
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
        reason = `could not start: ${masker.mask(message)}`;
    }
    return new runtime_command/* CommandError */.Qd({ result, reason, code, cause: err });
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


/***/ }),

/***/ 89623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/**
 * The toolkit version: the one place it is written (results documents, `kdf --version`, the setup stage's records).
 * test/runtime/version.test.ts keeps it equal to package.json's and checks no other src file spells it out.
 */
const VERSION = '0.1.0';


/***/ })

};
