export const id = 558;
export const ids = [558];
export const modules = {

/***/ 54558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(82641);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(10542);
// EXTERNAL MODULE: ./build/runtime/process-runner.js + 1 modules
var process_runner = __webpack_require__(5857);
// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(40993);
// EXTERNAL MODULE: ./build/runtime/env.js
var runtime_env = __webpack_require__(89040);
// EXTERNAL MODULE: ./build/runtime/stage-io.js
var stage_io = __webpack_require__(47186);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(86210);
// EXTERNAL MODULE: ./build/results/writer.js + 2 modules
var results_writer = __webpack_require__(3694);
;// CONCATENATED MODULE: ./build/devstack/setup/fork.js
/** Detects a pull request from a fork (or Dependabot) from the event payload, before anything runs on the host. */
/**
 * Whether the head of a pull request lives in another repository than its base. `head.repo.fork` says whether the
 * head repository is a fork of anything, not whether it is this PR's base: a same-repository pull request in a
 * repository that is itself a fork has `fork: true`. So the full names decide (GitHub names are case-insensitive);
 * the flag is only the fallback when a name is missing. A deleted head repository (`null`) counts as a fork: its code
 * is not the base repository's.
 */
function isFromFork(repo, head, base) {
    if (repo === null)
        return true;
    if (head !== undefined && base !== undefined)
        return head.toLowerCase() !== base.toLowerCase();
    return repo?.fork === true;
}
/** Reads the pull-request facts from `GITHUB_EVENT_NAME` and the event payload. */
function pullRequestContext(eventName, event, actor) {
    const pr = event?.pull_request;
    const isPullRequest = /^pull_request(_target)?$/.test(eventName) && pr !== undefined;
    if (!isPullRequest || !pr)
        return { isPullRequest: false, isFork: false, isDependabot: false };
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    const isFork = isFromFork(pr.head?.repo, head, base);
    const login = actor ?? event.sender?.login ?? pr.user?.login ?? '';
    return {
        isPullRequest,
        isFork,
        isDependabot: login === 'dependabot[bot]',
        headSha: pr.head?.sha,
        number: pr.number,
        headRepository: head,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/devstack/setup/redact.js
/**
 * Redaction of the diagnostics bundle. Two layers, because a bundle is uploaded as an artifact that GitHub does not
 * mask: (1) every secret VALUE the host's own files name (local.conf, .stackenv, clouds.yaml, the service configs)
 * plus the ones the caller registered is replaced wherever it appears, in any file; (2) whatever still LOOKS like a
 * secret (a password assignment, an INI/YAML password key, credentials in a URL) is replaced by pattern, so a value
 * no file named (a password typed into a log by a plugin) is caught too.
 */


/** Shell/localrc variable names whose values are secrets: `*PASSWORD*`, `*SECRET*`, `*_TOKEN`, `SERVICE_TOKEN`. */
const SECRET_VAR = String.raw `[A-Z0-9_]*(?:PASSWORD|SECRET)[A-Z0-9_]*|[A-Z0-9_]*_TOKEN|SERVICE_TOKEN`;
/** INI/YAML key names whose values are secrets (`password`, `admin_password`, `memcache_secret_key`, `token`). */
const SECRET_KEY = String.raw `[\w.-]*(?:password|passwd|secret|secret_key)|(?:[\w.-]*_)?token`;
/** `NAME=value` (localrc, .stackenv, `export`, a shell trace) anywhere on a line. */
const VAR_ASSIGNMENT = new RegExp(String.raw `\b(${SECRET_VAR})(\s*\+?=\s*)("[^"\n]*"|'[^'\n]*'|[^\s'";]*)`, 'g');
/** `key = value` / `key: value` at the start of a line (INI, YAML). */
const KEY_ASSIGNMENT = new RegExp(String.raw `^(\s*(?:${SECRET_KEY})\s*[=:][ \t]*)(\S.*)$`, 'gim');
/** `scheme://user:password@` */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:)([^\s@/'"]+)@/gi;
/** Values too short or too generic to mask everywhere (they would blank out unrelated text). */
function worthMasking(value) {
    const v = value.trim();
    return v.length >= 4 && !v.startsWith('$') && v !== secrets/* MASK */.v5 && !/^(?:true|false|none|null)$/i.test(v);
}
const unquote = (v) => v.trim().replace(/^(["'])(.*)\1$/, '$2');
/**
 * The secret values named in `text`: secret variable assignments (localrc, .stackenv), secret INI/YAML keys and
 * URL credentials. Works on any text file; short or placeholder values (`$ADMIN_PASSWORD`, `True`) are left out.
 */
function secretValuesIn(text) {
    const found = new Set();
    for (const m of text.matchAll(VAR_ASSIGNMENT))
        found.add(unquote(m[3] ?? ''));
    for (const m of text.matchAll(KEY_ASSIGNMENT))
        found.add(unquote(m[2] ?? ''));
    for (const m of text.matchAll(URL_CREDENTIALS))
        found.add(m[2] ?? '');
    return [...found].filter(worthMasking);
}
/** The secret values of a clouds.yaml: every `password`, `application_credential_secret` and `token`, at any depth. */
function cloudsYamlSecrets(text) {
    const found = [];
    const walk = (node) => {
        if (Array.isArray(node))
            node.forEach(walk);
        else if (node && typeof node === 'object') {
            for (const [key, value] of Object.entries(node)) {
                if (/^(?:password|application_credential_secret|token)$/i.test(key) && typeof value === 'string') {
                    found.push(value);
                }
                else
                    walk(value);
            }
        }
    };
    try {
        walk((0,dist/* parse */.qg)(text));
    }
    catch {
        // not YAML after all: the line patterns still apply
    }
    return [...new Set([...found, ...secretValuesIn(text)])].filter(worthMasking);
}
/** `text` with every registered value and every secret-looking assignment or URL credential replaced by `***`. */
function redact_redactText(text, masker) {
    return masker
        .mask(text)
        .replace(VAR_ASSIGNMENT, (_m, name, op) => `${name}${op}${secrets/* MASK */.v5}`)
        .replace(KEY_ASSIGNMENT, (_m, key) => `${key}${secrets/* MASK */.v5}`)
        .replace(URL_CREDENTIALS, (_m, head) => `${head}${secrets/* MASK */.v5}@`);
}

// EXTERNAL MODULE: ./build/runtime/errors.js
var runtime_errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/runtime/pid-lock.js
var pid_lock = __webpack_require__(1048);
;// CONCATENATED MODULE: ./build/devstack/setup/lock.js
/**
 * A host lock so two jobs never stack one host: an `O_EXCL` lock file holding the owner's pid, host and run. A lock
 * whose pid is gone (on this host) is stale and taken over. A second job waits up to `waitMs`, then refuses with
 * the holder's identity.
 */




/** The lock file path for a stack name (DEST `/opt/stack` → `kdf-devstack-opt-stack.lock`). */
function lockPath(dir, name) {
    return (0,external_node_path_.join)(dir, `kdf-devstack-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root'}.lock`);
}
/** Reads the current holder, if any. */
function readLockOwner(path) {
    return (0,pid_lock/* readLockOwnerSync */.IM)(path);
}
/** Acquires the host lock (waiting up to `waitMs`); returns the lock path. Throws ConfigurationError when held. */
async function acquireHostLock(o) {
    const path = lockPath(o.dir, o.name);
    const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const deadline = Date.now() + o.waitMs;
    const me = {
        pid: o.ownerPid ?? process.pid,
        host: (0,external_node_os_.hostname)(),
        acquiredAt: new Date().toISOString(),
        ...o.owner,
    };
    for (;;) {
        if (await (0,pid_lock/* tryCreateLock */.Fi)(path, me))
            return path;
        // A holder whose pid is gone on this host is stale: taken over at once.
        if (await (0,pid_lock/* breakStaleLock */.I_)(path, (text) => (0,pid_lock/* ownerIsGone */.BP)((0,pid_lock/* parseLockOwner */.Gl)(text))))
            continue;
        const holder = readLockOwner(path);
        if (Date.now() >= deadline) {
            throw new runtime_errors/* ConfigurationError */.j1(`Another job is stacking this host (lock ${path}` +
                (holder
                    ? `, held by pid ${holder.pid}${holder.run ? ` of run ${holder.run}` : ''} since ${holder.acquiredAt}`
                    : '') +
                '). Use one runner per DevStack host, or a concurrency group per runner label.', 'host-lock');
        }
        await sleep(o.pollMs ?? 2000);
    }
}
/** Releases the lock if this process (or `pid`) holds it. */
function releaseHostLock(path, pid = process.pid) {
    return (0,pid_lock/* releaseLock */.x_)(path, (holder) => holder.pid === pid);
}

// EXTERNAL MODULE: ./build/devstack/stack/stream.js
var stream = __webpack_require__(42483);
// EXTERNAL MODULE: ./build/runtime/netns-runner.js
var netns_runner = __webpack_require__(5342);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/devstack/setup/actions-cache.js
/**
 * `cache: actions`: the git trees of DevStack and its plugins, DevStack's `files/` downloads and the stack user's pip
 * cache saved with the Actions cache under a key of train + refs + distro
 * (docs/devstack-operations.md#re-runs-and-caches), restored before the clone. Everything under DEST belongs to the
 * stack user, so it is staged in a runner-owned directory with `sudo cp -a` and `chown`, and the cache service only
 * ever sees the staging directory.
 */


/** `kdf-devstack-<train>-<distro>-<hash of git base and refs>`; restore keys drop the hash. */
function actionsCacheKey(train, distro, gitBase, refs) {
    const sorted = Object.entries(refs).sort(([a], [b]) => a.localeCompare(b));
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([gitBase, sorted]))
        .digest('hex')
        .slice(0, 16);
    const prefix = `kdf-devstack-${train}-${distro}-`;
    return { key: `${prefix}${hash}`, restoreKeys: [prefix] };
}
/** Restores the staged trees into DEST (owned by the stack user). Returns whether anything was restored. */
async function restoreActionsCache(c, key, restoreKeys) {
    const matched = await c.cache.restore([c.staging], key, restoreKeys);
    if (!matched) {
        c.logger.info(`actions cache: no entry for ${key}`);
        return false;
    }
    c.logger.info(`actions cache: restored ${matched}${matched === key ? '' : ` (partial match for ${key})`}`);
    await c.runner.run('sudo', ['-n', 'mkdir', '-p', c.dest]);
    await c.runner.run('sudo', ['-n', 'cp', '-a', `${c.staging}/trees/.`, `${c.dest}/`], { allowedExitCodes: [0, 1] });
    await c.runner.run('sudo', ['-n', 'mkdir', '-p', (0,external_node_path_.join)(c.dest, '.cache')]);
    await c.runner.run('sudo', ['-n', 'cp', '-a', `${c.staging}/pip`, (0,external_node_path_.join)(c.dest, '.cache', 'pip')], {
        allowedExitCodes: [0, 1],
    });
    await c.runner.run('sudo', ['-n', 'chown', '-R', `${c.stackUser}:`, c.dest]);
    return true;
}
/** Stages DEST's git trees, `devstack/files` and the pip cache, then saves them under `key`. */
async function saveActionsCache(c, key) {
    const owner = `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
    await c.runner.run('rm', ['-rf', c.staging]);
    await c.runner.run('mkdir', ['-p', `${c.staging}/trees`]);
    for (const repo of c.repos) {
        await c.runner.run('sudo', ['-n', 'cp', '-a', (0,external_node_path_.join)(c.dest, repo), `${c.staging}/trees/`], {
            allowedExitCodes: [0, 1],
        });
    }
    await c.runner.run('sudo', ['-n', 'cp', '-a', (0,external_node_path_.join)(c.dest, '.cache', 'pip'), `${c.staging}/pip`], {
        allowedExitCodes: [0, 1],
    });
    await c.runner.run('sudo', ['-n', 'chown', '-R', owner, c.staging]);
    await c.cache.save([c.staging], key);
    c.logger.info(`actions cache: saved ${key}`);
}

;// CONCATENATED MODULE: ./build/devstack/setup/host-cache.js
/**
 * `cache: host`: a persistent runner keeps DEST between jobs. When the refs and the local.conf inputs are the same
 * as the last successful stack, the re-run uses what is there: `OFFLINE=True` (no clone, no package or pip
 * installs) and `RECLONE=False` (docs/devstack-operations.md#re-runs-and-caches). The record lives in a private
 * directory (0700, owned by the runner user) beside the host lock.
 */



/** A stable key of everything that must be unchanged for an offline re-run. */
function hostCacheKey(k) {
    const plugins = [...k.plugins].sort((a, b) => a.name.localeCompare(b.name)).map((p) => `${p.name}@${p.ref}`);
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({ ...k, plugins }))
        .digest('hex')
        .slice(0, 32);
}
/**
 * The directory the records live in: `<dir>/kdf-devstack-cache-<uid>`, mode 0700. `dir` is usually the shared temp
 * directory, where another local user could plant a file or symbolic link under a predictable name; so the
 * directory is created by us, and an existing one is used only if it is a real directory (not a link) that we own
 * and nobody else can write to. Returns the reason when it is not usable.
 */
function privateDir(dir) {
    const uid = process.getuid?.() ?? 0;
    const path = (0,external_node_path_.join)(dir, `kdf-devstack-cache-${uid}`);
    try {
        (0,external_node_fs_.mkdirSync)(path, { mode: 0o700 });
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            return { refused: `cannot create ${path}: ${String(err)}` };
    }
    const st = (0,external_node_fs_.lstatSync)(path);
    if (!st.isDirectory())
        return { refused: `${path} is not a directory (a symbolic link?)` };
    if (st.uid !== uid)
        return { refused: `${path} belongs to uid ${st.uid}, not to this user (${uid})` };
    if ((st.mode & 0o022) !== 0)
        return { refused: `${path} is writable by others (mode ${(st.mode & 0o777).toString(8)})` };
    return { path };
}
const recordName = (dest) => `${dest.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root'}.json`;
/** The key of the last successful stack of `dest` on this host, if any (never through a symbolic link). */
function readHostCache(dir, dest) {
    const d = privateDir(dir);
    if ('refused' in d)
        return undefined;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(d.path, recordName(dest)), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        return JSON.parse((0,external_node_fs_.readFileSync)(fd, 'utf8')).key;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Records a successful stack of `dest` under `key`: written to a new file (exclusive create, 0600) in the private
 * directory, then renamed over the record, so no existing file or link is ever opened for writing.
 * @returns why the record could not be written, or undefined when it was
 */
function writeHostCache(dir, dest, key) {
    const d = privateDir(dir);
    if ('refused' in d)
        return `host cache not recorded: ${d.refused}`;
    const target = (0,external_node_path_.join)(d.path, recordName(dest));
    const temp = `${target}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    try {
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify({ key, at: new Date().toISOString() }) + '\n', { flag: 'wx', mode: 0o600 });
        (0,external_node_fs_.renameSync)(temp, target);
        return undefined;
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        return `host cache not recorded: ${err instanceof Error ? err.message : String(err)}`;
    }
}

;// CONCATENATED MODULE: ./build/devstack/setup/masked-results.js
/** A copy of `value` with every string in it (at any depth) masked. Only plain data (JSON-like) is walked. */
function maskDeep(value, masker) {
    if (typeof value === 'string')
        return masker.mask(value);
    if (Array.isArray(value))
        return value.map((v) => maskDeep(v, masker));
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, masker)]));
    }
    return value;
}
/** Wraps `writer` so every case and finding is masked before it reaches the results file. */
function guardResults(writer, masker) {
    return {
        addCase: (c) => writer.addCase(maskDeep(c, masker)),
        addFindings: (fs) => writer.addFindings(fs.map((f) => maskDeep(f, masker))),
        finish: (status) => writer.finish(status),
    };
}

// EXTERNAL MODULE: ./build/runtime/fragment-file.js
var fragment_file = __webpack_require__(33926);
// EXTERNAL MODULE: ./build/devstack/plan.js + 4 modules
var devstack_plan = __webpack_require__(6419);
// EXTERNAL MODULE: ./build/devstack/localconf/parse.js
var parse = __webpack_require__(52645);
;// CONCATENATED MODULE: ./build/devstack/localconf/flow.js

/** Reserved words that may be followed by a command on the same line. */
const PREFIX_KEYWORDS = new Set(['then', 'else', 'do', '{', '!', 'if', 'elif', 'while', 'until']);
const CLOSERS = new Set(['fi', 'done', 'esac', '}']);
const FN_HEAD = /^[A-Za-z_][\w:.-]*\(\)$/;
const REDIRECT = /^(?:\d*[<>]+|&>)$/;
/** Splits reserved words (and a function head) off the front of one command. */
function splitKeywords(st, cond, out) {
    const words = st.commandWord ? [st.commandWord, ...(st.args ?? [])] : [];
    let k = 0;
    const kwAt = (i) => {
        const w = words[i];
        return w?.literal !== undefined && w.raw === w.literal ? w.literal : undefined;
    };
    while (k < words.length) {
        const kw = kwAt(k);
        if (kw === 'function' && words[k + 1]) {
            const name = words[k + 1].raw.replace(/\(\)$/, '');
            out.push({ kw: 'function', name, st });
            k += words[k + 2]?.raw === '()' ? 3 : 2;
            continue;
        }
        if (kw && FN_HEAD.test(kw.replace(/\{$/, ''))) {
            // `f()` or `f(){` (the brace glued on)
            const glued = kw.endsWith('{');
            out.push({ kw: 'function', name: kw.replace(/\(\)\{?$/, ''), st });
            if (glued)
                out.push({ kw: '{', st });
            k++;
            continue;
        }
        if (kw && words[k + 1]?.raw === '()' && /^[A-Za-z_][\w:.-]*$/.test(kw)) {
            out.push({ kw: 'function', name: kw, st });
            k += 2;
            continue;
        }
        if (kw && (PREFIX_KEYWORDS.has(kw) || CLOSERS.has(kw))) {
            // `test && { …; }`: the whole group runs only when the test passes.
            out.push({ kw: kw === '{' && cond && k === 0 ? '{?' : kw, st });
            k++;
            continue;
        }
        break;
    }
    if (k === 0) {
        out.push({ st, cond });
        return;
    }
    if (k < words.length) {
        const rest = words.slice(k);
        const { raw, line, endLine, errors, comment } = st;
        out.push({ st: (0,parse/* commandToStatement */.GM)(rest, { raw, line, endLine, errors, comment }), cond: false });
    }
}
/** The nodes of one statement (all its `;`/`&&`-joined commands), in order. */
function statementNodes(st) {
    const out = [];
    const ops = st.ops ?? [];
    const pushOps = (before) => {
        for (const o of ops)
            if (o.before === before && o.op.startsWith(';;'))
                out.push({ kw: ';;', st });
    };
    pushOps(0);
    if (st.kind === 'blank' || st.kind === 'comment')
        return out;
    [st, ...(st.more ?? [])].forEach((c, i) => {
        const prev = ops.find((o) => o.before === i)?.op;
        splitKeywords(c, prev === '&&' || prev === '||', out);
        pushOps(i + 1);
    });
    return out;
}
/** Builds the flow tree of localrc statements (not flattened: `more` is read from each). */
class FlowBuilder {
    root = [];
    stack = [];
    nextId = 0;
    result;
    constructor() {
        this.result = { commands: [], tree: this.root, info: new Map(), spans: [], functions: new Map() };
    }
    error(line, message) {
        this.result.syntaxError ??= { line, message };
    }
    target() {
        for (let i = this.stack.length - 1; i >= 0; i--) {
            const o = this.stack[i];
            if (o.kind === 'group')
                continue;
            if (o.branches)
                return o.branches.at(-1);
            return o.pre;
        }
        return this.root;
    }
    topLine(line) {
        return this.stack[0]?.line ?? line;
    }
    open(kind, line, closer) {
        const o = {
            kind,
            id: this.nextId++,
            line,
            pre: [],
            branches: undefined,
            closer,
            hasDefault: false,
            expectPattern: false,
        };
        this.stack.push(o);
        return o;
    }
    close(o) {
        this.stack.pop();
        const dest = this.target();
        if (o.kind === 'group')
            return;
        const branches = o.branches ?? [];
        if (!o.hasDefault)
            branches.push([]);
        dest.push(...o.pre, { choice: branches });
    }
    place(st, cond) {
        const frames = [];
        let inFunction = false;
        for (const o of this.stack) {
            if (o.kind === 'fn')
                inFunction = true;
            if (o.branches)
                frames.push({ id: o.id, branch: o.branches.length - 1 });
        }
        const top = this.topLine(st.line);
        this.result.commands.push(st);
        if (cond) {
            const id = this.nextId++;
            this.result.info.set(st, { frames: [...frames, { id, branch: 0 }], inFunction, top });
            this.target().push({ choice: [[{ st }], []] });
            return;
        }
        this.result.info.set(st, { frames, inFunction, top });
        this.target().push({ st });
    }
    keyword(kw, st, name) {
        const top = this.stack.at(-1);
        switch (kw) {
            case 'if':
                this.open('if', st.line, 'fi');
                return;
            case 'while':
            case 'until':
                this.open('loop', st.line, 'done');
                return;
            case 'function': {
                if (name)
                    this.result.functions.set(name, st.line);
                this.open('fn', st.line, '}').awaitingBody = true;
                return;
            }
            case '{':
                if (top?.kind === 'fn' && top.awaitingBody) {
                    top.awaitingBody = false;
                    top.branches = [[]];
                }
                else
                    this.open('group', st.line, '}');
                return;
            case '{?':
                this.open('loop', st.line, '}').branches = [[]];
                return;
            case '!':
                return;
            case 'then':
            case 'elif':
            case 'else':
                if (top?.kind !== 'if')
                    return this.error(st.line, `syntax error near unexpected token \`${kw}'`);
                if (kw === 'else')
                    top.hasDefault = true;
                if (kw !== 'then' || !top.branches)
                    (top.branches ??= []).push([]);
                return;
            case 'do':
                if (top?.kind !== 'loop')
                    return this.error(st.line, "syntax error near unexpected token `do'");
                top.branches ??= [[]];
                return;
            case ';;':
                if (top?.kind !== 'case')
                    return this.error(st.line, "syntax error near unexpected token `;;'");
                top.expectPattern = true;
                return;
            default:
                if (!top || top.closer !== kw)
                    return this.error(st.line, `syntax error near unexpected token \`${kw}'`);
                this.close(top);
        }
    }
    /** `for …` and `case … in` carry their words as arguments; handle them before the generic keyword split. */
    special(node) {
        if ('kw' in node)
            return false;
        const { st } = node;
        if (st.kind !== 'call')
            return false;
        if ((st.command === 'for' || st.command === 'select') && st.commandWord?.literal === st.command) {
            this.place(st, node.cond); // its word list is expanded once, before the body (`for f in $(ls)` runs ls)
            this.open('loop', st.line, 'done');
            return true;
        }
        if (st.command === 'case' && st.commandWord?.literal === 'case') {
            this.place(st, node.cond);
            this.open('case', st.line, 'esac').expectPattern = true;
            // `case x in a) cmd`: the first pattern may follow `in` on the same line.
            const args = st.args ?? [];
            const k = args.findIndex((w) => w.raw === 'in');
            if (k >= 0 && k + 1 < args.length)
                this.feed({ st: this.rest(st, args.slice(k + 1)), cond: false });
            return true;
        }
        const top = this.stack.at(-1);
        if (top?.kind === 'case' && top.expectPattern) {
            if (st.command === 'esac')
                return false;
            const words = [st.commandWord, ...(st.args ?? [])].filter((w) => w !== undefined);
            const k = words.findIndex((w) => w.raw.endsWith(')') && !w.raw.startsWith('$('));
            if (k < 0)
                return true; // part of an `a|b)` pattern
            if (words.slice(0, k + 1).some((w) => /^\(?\*\)$/.test(w.raw)))
                top.hasDefault = true;
            (top.branches ??= []).push([]);
            top.expectPattern = false;
            const rest = words.slice(k + 1);
            if (rest.length)
                this.feed({ st: this.rest(st, rest), cond: false });
            return true;
        }
        return false;
    }
    /** A command made of some of `st`'s words (same text and lines). */
    rest(st, words) {
        const { raw, line, endLine, errors, comment } = st;
        return (0,parse/* commandToStatement */.GM)(words, { raw, line, endLine, errors, comment });
    }
    feed(node) {
        if (this.special(node))
            return;
        if ('kw' in node)
            return this.keyword(node.kw, node.st, node.name);
        const nodes = [];
        splitKeywords(node.st, node.cond, nodes);
        const only = nodes[0];
        if (nodes.length === 1 && only && !('kw' in only) && only.st === node.st) {
            // `NAME=<value>`: `<`/`>` at the end of a line has no file name (bash: unexpected token `newline').
            const last = (node.st.args ?? []).at(-1);
            if (last && REDIRECT.test(last.raw))
                this.error(node.st.line, "syntax error near unexpected token `newline'");
            // A `)` word outside a case pattern closes nothing.
            if ([node.st.commandWord, ...(node.st.args ?? [])].some((w) => w?.raw === ')'))
                this.error(node.st.line, "syntax error near unexpected token `)'");
            return this.place(node.st, node.cond);
        }
        for (const n of nodes)
            this.feed(n);
    }
    /** Adds one (unflattened) localrc statement. */
    add(st) {
        this.result.spans.push({ line: st.line, endLine: st.endLine, top: this.topLine(st.line) });
        if (st.errors.length)
            this.error(st.line, st.errors[0]);
        for (const n of statementNodes(st))
            this.feed(n);
    }
    /** Closes what is still open (bash: `unexpected end of file`) and returns the flow. */
    finish(lastLine) {
        if (this.stack.length)
            this.error(lastLine + 1, 'syntax error: unexpected end of file');
        while (this.stack.length)
            this.close(this.stack.at(-1));
        return this.result;
    }
}
/** The flow of localrc statements (every `[[local|localrc]]` block, in order). */
function buildFlow(statements) {
    const b = new FlowBuilder();
    for (const st of statements)
        b.add(st);
    return b.finish(statements.at(-1)?.endLine ?? 0);
}
/**
 * The first line that never runs when bash reports a syntax error at `errorLine`: the start of the top-level command
 * that contains it (or of the last one, for an error at the end of the file).
 */
function deadFrom(flow, errorLine) {
    const hit = flow.spans.find((s) => errorLine >= s.line && errorLine <= s.endLine);
    if (hit)
        return hit.top;
    const last = flow.spans.at(-1);
    if (last && errorLine > last.endLine)
        return last.top;
    const next = flow.spans.find((s) => s.line > errorLine);
    return next ? Math.min(next.top, errorLine) : undefined;
}
/** True when both commands can run on one path: no enclosing choice puts them in different branches. */
function samePath(flow, x, y) {
    const fx = flow.info.get(x)?.frames ?? [];
    const fy = flow.info.get(y)?.frames ?? [];
    return fx.every((f) => fy.every((g) => g.id !== f.id || g.branch === f.branch));
}

;// CONCATENATED MODULE: ./build/devstack/localconf/model.js
/** Phases DevStack merges, in the order stack.sh runs them (docs/local-conf.md#meta-section-headers). */
const PHASES = ['local', 'post-config', 'extra', 'post-extra', 'test-config'];

// EXTERNAL MODULE: ./build/devstack/localconf/services.js
var localconf_services = __webpack_require__(3312);
;// CONCATENATED MODULE: ./build/devstack/lint/assignments.js
const ASSIGN_WORD = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)/;
const DECLARERS = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);
/** The value part of an `export NAME=value` argument word. */
function valueOfArg(word, prefixLength) {
    const raw = word.raw.slice(prefixLength);
    const out = { raw, expands: word.expands, executes: word.executes };
    if (word.literal !== undefined)
        out.literal = word.literal.slice(word.literal.indexOf('=') + 1);
    return out;
}
/** The assignments one command makes (none for a command that is not an assignment or a declaration). */
function assignmentsOf(st) {
    if (st.kind === 'assign' && st.name && st.op) {
        const value = st.value ?? { raw: '', literal: '', expands: false, executes: false };
        return [{ name: st.name, op: st.op, value, stmt: st }];
    }
    const out = [];
    if (st.kind === 'call' && st.command && DECLARERS.has(st.command)) {
        for (const arg of st.args ?? []) {
            const m = ASSIGN_WORD.exec(arg.raw);
            if (m)
                out.push({ name: m[1], op: m[2], value: valueOfArg(arg, m[0].length), stmt: st });
        }
    }
    return out;
}
/** Every assignment in execution order, including `export NAME=value` forms. */
function collectAssignments(statements) {
    return statements.flatMap(assignmentsOf);
}

;// CONCATENATED MODULE: ./build/devstack/lint/paths.js


/** Paths kept after each choice; beyond that the first ones are kept (an approximation, never seen in real files). */
const MAX_PATHS = 64;
function clone(s) {
    return { svc: (0,localconf_services/* cloneWalk */.PS)(s.svc), vars: new Map(s.vars), enables: [...s.enables], disables: new Map(s.disables) };
}
function key(s) {
    const vars = [...s.vars].map(([n, v]) => `${n}=${v.text ?? '\u0000'}@${v.parts.map((p) => p.line).join('.')}`);
    const plugins = s.svc.plugins.map((p) => `${p.name}@${p.line}`);
    return [s.svc.raw, s.svc.unknown, s.svc.disabled, plugins, vars, s.enables, [...s.disables]].join('\u0001');
}
/** True when a command can change what the walk tracks (assignments and the service/plugin functions). */
function relevant(st) {
    return (st.kind === 'assign' ||
        (st.kind === 'call' &&
            st.command !== undefined &&
            /^(enable_|disable_|export$|declare$|typeset$|readonly$|local$)/.test(st.command)));
}
class Walker {
    live;
    events = new Map();
    before = new Map();
    relevantCache = new Map();
    constructor(live) {
        this.live = live;
    }
    event(e, st) {
        const k = `${e.code}:${e.line}:${e.subject}`;
        const seen = this.events.get(k);
        // The same event on several paths: keep every earlier line it refers to (e.g. the first enable_plugin per path).
        if (seen)
            seen.related = [...new Set([...seen.related, ...e.related])].sort((x, y) => x - y);
        else
            this.events.set(k, { ...e, endLine: st.endLine });
    }
    hasFacts(items) {
        let v = this.relevantCache.get(items);
        if (v === undefined) {
            v = items.some((i) => ('st' in i ? relevant(i.st) : i.choice.some((b) => this.hasFacts(b))));
            this.relevantCache.set(items, v);
        }
        return v;
    }
    assign(s, st) {
        for (const x of assignmentsOf(st)) {
            const old = s.vars.get(x.name);
            if (x.op === '+=') {
                const cur = x.name === 'ENABLED_SERVICES'
                    ? s.svc.unknown
                        ? undefined
                        : (0,localconf_services/* enabledList */.i5)(s.svc.raw).join(',')
                    : old
                        ? old.text
                        : '';
                this.before.set(st, [...(this.before.get(st) ?? []), cur]);
            }
            const piece = { text: x.value.literal, line: st.line };
            if (x.op === '=' || !old)
                s.vars.set(x.name, { text: piece.text, line: st.line, parts: [piece] });
            else {
                const text = old.text === undefined || piece.text === undefined ? undefined : old.text + piece.text;
                s.vars.set(x.name, { text, line: st.line, parts: [...old.parts, piece] });
            }
        }
    }
    services(s, st) {
        if (st.kind === 'assign' && st.name === 'ENABLED_SERVICES' && st.op === '=') {
            if (s.enables.length) {
                const n = s.enables.length;
                const message = `ENABLED_SERVICES= drops the enable_service call${n > 1 ? 's' : ''} before it`;
                this.event({ code: 'enables-wiped', level: 'warning', line: st.line, subject: '', message, related: s.enables }, st);
            }
            s.enables = [];
        }
        const args = (st.args ?? []).flatMap((w) => (w.literal ?? w.raw).split(',')).filter(Boolean);
        if (st.kind === 'call' && st.command === 'enable_service')
            s.enables.push(st.line);
        const plugins = [...s.svc.plugins];
        const n = s.svc.events.length;
        (0,localconf_services/* applyStatement */.AH)(s.svc, st);
        for (const e of s.svc.events.slice(n)) {
            const related = e.code === 'plugin-twice'
                ? plugins.filter((p) => p.name === e.subject).map((p) => p.line)
                : [s.disables.get(e.subject)].filter((l) => l !== undefined);
            this.event({ ...e, related }, st);
        }
        s.svc.events.length = n;
        if (st.kind === 'call' && st.command === 'disable_service')
            for (const svc of args)
                if (!s.disables.has(svc))
                    s.disables.set(svc, st.line);
    }
    /** Runs a sequence on every state (mutating them) and returns the states after it. */
    run(items, states) {
        let cur = states;
        for (const item of items) {
            if ('st' in item) {
                if (!this.live(item.st) || !relevant(item.st))
                    continue;
                for (const s of cur) {
                    this.assign(s, item.st); // first: `+=` records the value before this command
                    this.services(s, item.st);
                }
                continue;
            }
            if (!item.choice.some((b) => this.hasFacts(b)))
                continue;
            const next = [];
            for (const branch of item.choice)
                next.push(...this.run(branch, cur.map(clone)));
            const seen = new Set();
            cur = next.filter((s) => {
                const k = key(s);
                if (seen.has(k))
                    return false;
                seen.add(k);
                return true;
            });
            if (cur.length > MAX_PATHS)
                cur = cur.slice(0, MAX_PATHS);
        }
        return cur;
    }
}
/** Walks every path of the flow from DevStack's default service list; `live` leaves out commands that never run. */
function walkPaths(flow, defaults, live) {
    const w = new Walker(live);
    const start = { svc: (0,localconf_services/* startWalk */.eh)(defaults), vars: new Map(), enables: [], disables: new Map() };
    const finals = w.run(flow.tree, [start]);
    const events = [...w.events.values()].sort((x, y) => x.line - y.line);
    return { finals, events, before: w.before };
}

;// CONCATENATED MODULE: ./build/devstack/lint/analysis.js
/**
 * Facts about a parsed local.conf that several rules share, computed once per lint run: the localrc statements as
 * DevStack sources them (every `[[local|localrc]]` block concatenated, docs/local-conf.md#how-localrc-is-read), the
 * service state after them (docs/local-conf.md#service-lists), the assignments, and the INI blocks DevStack actually
 * merges.
 */






/** Phases whose INI blocks DevStack merges (every phase but `local`). */
const MERGE_PHASES = PHASES.filter((p) => p !== 'local');
/** Extra `is_service_enabled` names DevStack maps to service prefixes or other names (`is_<x>_enabled`). */
function enabledWithAliases(enabled, name) {
    switch (name) {
        case 'keystone':
            return enabled.includes('key') || enabled.includes('keystone');
        case 'cinder':
            return enabled.includes('cinder') || enabled.some((s) => s.startsWith('c-'));
        case 'placement':
            return enabled.includes('placement-api') || enabled.includes('placement');
        case 'neutron':
            return (0,localconf_services/* isServiceEnabled */.xC)(enabled, 'neutron') || enabled.some((s) => s.startsWith('neutron-'));
        default:
            return (0,localconf_services/* isServiceEnabled */.xC)(enabled, name);
    }
}
/** `yes` when every state passes the test, `no` when none does, else `maybe`. */
function certainty(states, test) {
    const n = states.filter(test).length;
    return n === 0 ? 'no' : n === states.length ? 'yes' : 'maybe';
}
/** The union of the services states of every path (lists in first-seen order, plugins by line). */
function unionServices(finals) {
    const enabled = [...new Set(finals.flatMap((s) => (0,localconf_services/* enabledList */.i5)(s.svc.raw)))];
    const disabled = [...new Set(finals.flatMap((s) => s.svc.disabled))];
    const plugins = [...new Map(finals.flatMap((s) => s.svc.plugins).map((p) => [p.line, p])).values()];
    plugins.sort((x, y) => x.line - y.line);
    const cleared = finals.map((s) => s.svc.clearedAt).filter((l) => l !== undefined);
    return {
        enabled,
        disabled,
        plugins,
        events: [],
        clearedAt: cleared.length ? Math.max(...cleared) : undefined,
        unknown: finals.some((s) => s.svc.unknown),
    };
}
/** Builds the shared analysis for one lint run; `facts` says where bash stops reading localrc, when known. */
function analyse(conf, ctx, facts = {}) {
    const localrcBlocks = conf.blocks.filter((b) => b.kind === 'localrc');
    const iniBlocks = conf.blocks.filter((b) => b.kind === 'ini');
    const flow = buildFlow(localrcBlocks.flatMap((b) => b.statements));
    const syntaxErrorLine = 'syntaxErrorLine' in facts ? facts.syntaxErrorLine : flow.syntaxError?.line;
    const dead = syntaxErrorLine === undefined ? undefined : deadFrom(flow, syntaxErrorLine);
    const live = (st) => dead === undefined || st.line < dead;
    const defaults = ctx.defaultServices ?? (ctx.era === 'newest' ? localconf_services/* NEWEST_DEFAULT_SERVICES */.cW : localconf_services/* DF_ERA_DEFAULT_SERVICES */.zf);
    const walk = walkPaths(flow, defaults, live);
    const statements = flow.commands.filter(live);
    const deadStatements = flow.commands.filter((st) => !live(st));
    const assignments = collectAssignments(statements);
    const mergeBlocks = iniBlocks.filter((b) => MERGE_PHASES.includes(b.header.phase) && b.header.file !== '');
    const services = unionServices(walk.finals);
    services.events = walk.events.filter((e) => e.code !== 'enables-wiped');
    const finalEnabled = walk.finals.map((s) => (0,localconf_services/* enabledList */.i5)(s.svc.raw)); // once: LC401 asks for many names
    const valueSet = (s, name) => {
        const v = s.vars.get(name);
        return v !== undefined && v.text !== '';
    };
    return {
        conf,
        ctx,
        localrcBlocks,
        statements,
        deadStatements,
        flow,
        syntaxErrorLine,
        deadFrom: dead,
        services,
        events: walk.events,
        finals: walk.finals,
        valuesBefore: walk.before,
        defaultServices: defaults,
        assignments,
        deadAssignments: collectAssignments(deadStatements),
        assigned: new Set(assignments.map((a) => a.name)),
        iniBlocks,
        mergeBlocks,
        enabled: (name) => enabledWithAliases(services.enabled, name),
        enabledState: (name) => certainty(finalEnabled, (list) => enabledWithAliases(list, name)),
        setState: (name) => certainty(walk.finals, (s) => valueSet(s, name)),
    };
}
/** The physical lines of a localrc block with their local.conf line numbers. */
function localrcLines(block) {
    const out = [];
    for (const st of block.statements) {
        st.raw.split('\n').forEach((text, i) => out.push({ text, line: st.line + i }));
    }
    return out;
}
/** Wraps text in backticks for messages (Markdown code). */
const code = (s) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
/** Like `code`, but shows an empty string as `(empty)`. */
const shown = (s) => (s === '' ? '(empty)' : code(s));
/** `a`, `a and b`, `a, b and c`. */
function listText(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/devstack/lint/bash-check.js
/**
 * The real `bash -n` check of localrc (rules LC301, LC313). stack.sh sources localrc before `errexit` is on
 * (docs/local-conf.md#how-localrc-is-read), so a syntax error never stops it: bash prints the error and the rest is
 * silently lost. The checker is injectable so callers (and tests) can replace the child process.
 */





/**
 * Creates a checker that runs `bash -n -c -- <script>` as a child process (bash then reports `-c: line N:`). Scripts of
 * `maxArgBytes` or more (the kernel caps one argument at 128 KiB) go through a temporary file instead. Plain stdin
 * is not used: bash omits line numbers there, and `/dev/stdin` cannot be opened on Node's socket pipes.
 */
function createBashChecker(maxArgBytes = 100_000) {
    return (script) => {
        const opts = { encoding: 'utf8', timeout: 10_000 };
        if (Buffer.byteLength(script) < maxArgBytes) {
            const r = (0,external_node_child_process_.spawnSync)('bash', ['-n', '-c', '--', script], opts);
            return { status: r.status, stderr: r.stderr ?? '', error: r.error?.message };
        }
        const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'kdf-lint-'));
        try {
            const file = external_node_path_.join(dir, 'localrc');
            (0,external_node_fs_.writeFileSync)(file, script);
            const r = (0,external_node_child_process_.spawnSync)('bash', ['-n', file], opts);
            return { status: r.status, stderr: r.stderr ?? '', error: r.error?.message };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    };
}
/** The default checker: `bash -n` as a child process (see `createBashChecker`). */
const bashNoExec = createBashChecker();
/**
 * The localrc text exactly as DevStack assembles `.localrc.auto` (every `[[local|localrc]]` block in file order,
 * without the generated comment line), and for each of its lines the local.conf line it came from.
 */
function bash_check_extractLocalrc(conf) {
    const blocks = conf.blocks.filter((b) => b.kind === 'localrc');
    const physical = blocks.flatMap(localrcLines);
    return { script: physical.map((l) => `${l.text}\n`).join(''), lines: physical.map((l) => l.line) };
}
/** Parses `bash -n` stderr: `<name>: line N: msg` lines, each optionally followed by a `` `offending text' `` line. */
function parseBashErrors(stderr) {
    const out = [];
    for (const raw of stderr.split('\n')) {
        if (raw.trim() === '')
            continue;
        const m = /^.*?: line (\d+): (.*)$/.exec(raw);
        const text = m ? m[2] : raw.replace(/^bash: /, '');
        const prev = out.at(-1);
        if (text.startsWith('`') && prev && prev.context === undefined) {
            prev.context = text;
            continue;
        }
        out.push(m ? { line: Number(m[1]), text } : { text });
    }
    return out;
}
function fixFor(text) {
    if (/matching/.test(text))
        return 'Close the quote or bracket on the line where it opens.';
    if (/unexpected end of file/.test(text))
        return 'Close the open if/for/while/case/{ … (fi, done, esac, }).';
    if (/unexpected token/.test(text))
        return 'Quote the value if the token is part of it, or fix the shell syntax.';
    return 'Fix the shell syntax at this line.';
}
/**
 * Runs `bash -n` on the extracted localrc and maps bash's `line N` messages back to local.conf lines (LC301).
 * Returns an LC313 info finding when the checker could not run. No localrc block: no findings.
 */
function checkLocalrcSyntax(conf, checker = bashNoExec) {
    if (!conf.blocks.some((b) => b.kind === 'localrc'))
        return [];
    const localrc = bash_check_extractLocalrc(conf);
    return bash_check_syntaxFindings(conf, localrc.lines, checker(localrc.script));
}
/**
 * The findings for one checker result on `extractLocalrc(conf)` (`lines`: its line map): what `checkLocalrcSyntax`
 * returns, for callers that run the checker themselves (several files at once).
 */
function bash_check_syntaxFindings(conf, lines, result) {
    const first = conf.blocks.find((b) => b.kind === 'localrc');
    if (!first)
        return [];
    const at = (n) => {
        if (n === undefined || lines.length === 0)
            return first.header.line;
        return lines[Math.min(Math.max(n, 1), lines.length) - 1];
    };
    const base = { file: conf.file };
    if (result.status === null || result.error) {
        return [
            {
                ...base,
                line: first.header.line,
                endLine: first.header.line,
                rule: 'LC313',
                severity: 'info',
                message: `bash -n could not be run (${result.error ?? 'no exit status'}), so the localrc syntax was not checked.`,
                fix: 'Install bash, or run the lint where bash is available.',
            },
        ];
    }
    if (result.status === 0)
        return [];
    const messages = parseBashErrors(result.stderr);
    if (!messages.length)
        messages.push({ text: `bash -n exited with status ${result.status}` });
    return messages.map((m) => {
        const line = at(m.line);
        return {
            ...base,
            line,
            endLine: line,
            rule: 'LC301',
            severity: 'error',
            message: `bash -n: ${m.text}${m.context ? ` (${m.context})` : ''}. stack.sh sources localrc before errexit is on, so it does not stop: bash prints this error and the rest of localrc from here on is silently lost.`,
            fix: fixFor(m.text),
        };
    });
}

;// CONCATENATED MODULE: ./build/devstack/lint/bash-batch.js
/**
 * `bash -n` for many scripts at a time (issue #18: linting ~900 files must stay within 2× of a plain `bash -n` loop).
 * Starting bash from Node costs several milliseconds a script; here one bash process per CPU reads NUL-framed
 * scripts from a temporary file and checks each in a forked subshell (fork without exec, so no new bash to load).
 *
 * Each subshell turns on `noexec` through a DEBUG trap that fires just before `eval`, so the `eval` itself runs but
 * nothing inside the script does: what `bash -n` does, with the same parser. A syntax error ends only its own
 * subshell. That answer is used only when it is completely clean (status 0, nothing on stderr); any other script is
 * checked again, by the same driver, with the single checker's own command `bash -n -c -- SCRIPT`, whose status and
 * stderr are passed on as they are. (They differ from eval's: eval says `eval: line N` and returns 2 for every parse
 * error, while `bash -n -c` exits 0 after some, e.g. `[[ a b ]]`.) Only clean scripts, most of any real corpus,
 * skip the exec. Scripts a batch cannot take (a NUL byte, or too large for a `-c` argument) and the scripts of a
 * driver that failed go to the single checker in this process. Results therefore equal `bashNoExec`'s.
 */





/**
 * `$1`: a scratch file for the quick check's stderr. Output per script: the exact check's stderr (nothing for a
 * clean script), then `\0<status>\0`.
 */
const DRIVER = [
    `while IFS= read -r -d '' s; do`,
    `( trap 'set -n' DEBUG; eval -- "$s" ) 2>"$1"; st=$?;`,
    `if [ "$st" -ne 0 ] || [ -s "$1" ]; then bash -n -c -- "$s" 2>&1; st=$?; fi;`,
    `printf '\\0%d\\0' "$st"; done`,
].join(' ');
/**
 * Splits driver output into one result per script: each script's stderr, then `\0<status>\0`. Returns undefined
 * when the output does not hold exactly `count` well-formed frames.
 */
function parseFrames(out, count) {
    const parts = out.split('\0');
    if (parts.length !== 2 * count + 1 || parts[2 * count] !== '')
        return undefined;
    const results = [];
    for (let i = 0; i < count; i++) {
        const status = parts[2 * i + 1];
        if (!/^\d+$/.test(status))
            return undefined;
        results.push({ status: Number(status), stderr: parts[2 * i], error: undefined });
    }
    return results;
}
/** Runs one driver over `scripts`; resolves undefined when it could not run or its output is not as expected. */
function runDriver(scripts, timeoutMs) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'kdf-lint-'));
    const input = external_node_path_.join(dir, 'scripts');
    // A regular file, not a pipe: bash reads a pipe one byte at a time, a file in blocks.
    (0,external_node_fs_.writeFileSync)(input, scripts.map((s) => `${s}\0`).join(''));
    const fd = (0,external_node_fs_.openSync)(input, 'r');
    const cleanup = () => {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    return new Promise((resolve) => {
        const chunks = [];
        let settled = false;
        let timer;
        const finish = (frames) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            cleanup();
            resolve(frames);
        };
        try {
            const child = (0,external_node_child_process_.spawn)('bash', ['-c', DRIVER, 'bash', external_node_path_.join(dir, 'stderr')], {
                stdio: [fd, 'pipe', 'ignore'],
                env: driverEnv(),
            });
            // Our own timer rather than spawn's `timeout`, which outlives a child that never started.
            timer = setTimeout(() => {
                child.kill('SIGKILL');
                finish(undefined);
            }, timeoutMs);
            child.stdout?.on('data', (c) => chunks.push(c));
            child.on('error', () => finish(undefined));
            child.on('close', (code) => finish(code === 0 ? parseFrames(Buffer.concat(chunks).toString('utf8'), scripts.length) : undefined));
        }
        catch {
            finish(undefined);
        }
    });
}
/**
 * The environment without BASH_ENV/ENV: the driver runs commands, so it must not source a user's start-up file
 * (`bash -n` never does, so the checks are unaffected).
 */
function driverEnv() {
    const env = { ...process.env };
    delete env.BASH_ENV;
    delete env.ENV;
    return env;
}
/** Splits `n` items into `parts` contiguous ranges of near-equal size. */
function ranges(n, parts) {
    const out = [];
    for (let p = 0; p < parts; p++)
        out.push([Math.floor((p * n) / parts), Math.floor(((p + 1) * n) / parts)]);
    return out.filter(([a, b]) => b > a);
}
/**
 * Creates a checker that runs `bash -n` on many scripts through a few long-lived bash processes (see the module
 * comment); its results equal `bashNoExec`'s for every script.
 */
function createBatchBashChecker(options = {}) {
    const fallback = options.fallback ?? bashNoExec;
    const minPer = options.minPerProcess ?? 16;
    const perScriptMs = options.timeoutPerScriptMs ?? 10_000;
    const maxBytes = Math.min(options.maxBytes ?? 100_000, 131_072);
    return async (scripts) => {
        const results = new Array(scripts.length);
        const own = (s) => s.includes('\0') || Buffer.byteLength(s) >= maxBytes;
        const batchable = scripts.flatMap((s, i) => (own(s) ? [] : [i]));
        const maxProcs = options.processes ?? (0,external_node_os_.availableParallelism)();
        const procs = Math.max(1, Math.min(maxProcs, Math.floor(batchable.length / minPer)));
        // Start every driver before any synchronous work, so they run while this thread checks the rest.
        const runs = ranges(batchable.length, procs).map(([a, b]) => {
            const idx = batchable.slice(a, b);
            return {
                idx,
                got: runDriver(idx.map((i) => scripts[i]), perScriptMs * idx.length),
            };
        });
        scripts.forEach((s, i) => {
            if (own(s))
                results[i] = fallback(s);
        });
        for (const { idx, got } of runs) {
            const frames = await got;
            idx.forEach((i, k) => {
                results[i] = frames?.[k] ?? fallback(scripts[i]);
            });
        }
        return results;
    };
}
/** The default batch checker (one bash per CPU). */
const bash_batch_batchBashNoExec = createBatchBashChecker();
/**
 * `checkLocalrcSyntax` for many files at once through a batch checker: one findings list per file, in order, each
 * equal to what `checkLocalrcSyntax(conf)` returns.
 */
async function bash_batch_checkLocalrcSyntaxMany(confs, checker = bash_batch_batchBashNoExec) {
    const withLocalrc = confs.map((c) => c.blocks.some((b) => b.kind === 'localrc'));
    const extracted = confs.map((c, i) => (withLocalrc[i] ? extractLocalrc(c) : undefined));
    const checked = extracted.flatMap((e) => (e ? [e.script] : []));
    const results = await checker(checked);
    let next = 0;
    return confs.map((c, i) => {
        const e = extracted[i];
        return e ? syntaxFindings(c, e.lines, results[next++]) : [];
    });
}

;// CONCATENATED MODULE: ./build/devstack/lint/data/devstack-variables.json
const devstack_variables_namespaceObject = /*#__PURE__*/JSON.parse('{"schema":1,"provenance":{"note":"Inputs were read from the public code index and reduced to the statements the extractor reads (assignments with their if/case/function structure); files marked \'local\' were used whole.","eras":{"df":{"stackrc":"FreeFlyingSheep/devstack@5bb49390 stackrc (DEVSTACK_SERIES victoria; whole file)","lib/cinder lib/glance lib/horizon lib/keystone lib/neutron lib/nova lib/placement lib/rpc_backend":"dchako/devstack@dad42bde (Victoria; whole files)","lib/etcd3":"FreeFlyingSheep/devstack@5bb49390 (whole file)","lib/neutron-legacy":"dchako/devstack@dad42bde (offsets 0-32000 of 36491)","lib/neutron_plugins/ml2 lib/neutron_plugins/ovs_base":"dchako/devstack@dad42bde (whole files)","lib/neutron_plugins/services/l3":"dchako/devstack@dad42bde (offsets 0-16000 of 22397)"},"newest":{"stackrc":"Fred78290/devstack@47ff4851 stackrc (DEVSTACK_SERIES 2024.2; whole file)","default-services":"the stackrc list above with q-ovn-metadata-agent replaced by q-ovn-agent, the OVN agent service of devstack 493835a6 (docs/release-trains.md)","lib/neutron":"Fred78290/devstack@0dfd3912 (offsets 0-32000 of 44641)","lib/nova":"Fred78290/devstack@d7c19a60 (offsets 0-16000 of 54562)","lib/keystone":"Fred78290/devstack@d7c19a60 (offsets 0-16000 of 27245)","lib/glance":"Fred78290/devstack@d7c19a60 (offsets 0-16000 of 26837)","lib/neutron_plugins/ovn_agent":"Fred78290/devstack@47ff4851 (offsets 0-16000 of 34148)","lib/neutron_plugins/services/l3":"Fred78290/devstack@d5ba558b (offsets 0-16000 of 23386)","lib/placement":"Fred78290/devstack@55fbc001 (whole file)","lib/cinder":"Fred78290/devstack@55fbc001 (offsets 0-16000 of 29238)"}},"plugins":{"networking-midonet@4a43e8d4":"openstack/networking-midonet@4a43e8d4 devstack/settings (2015, stackforge era)","networking-midonet@0217af74":"openstack/networking-midonet@0217af74 devstack/settings","tacker@04442cc7":"openstack/tacker devstack/settings@04442cc7, devstack/plugin.sh@09151e12, devstack/lib/tacker@02d83cde","octavia@01abc3f3":"openstack/octavia@01abc3f3 devstack/settings","zun@19f6d785":"openstack/zun devstack/settings@19f6d785, devstack/plugin.sh@34383169, devstack/lib/zun@00c79963","kuryr-kubernetes@071b5f32":"openstack/kuryr-kubernetes@071b5f32 devstack/settings","kuryr-libnetwork@00ab0754":"openstack/kuryr-libnetwork@00ab0754 devstack/settings","dragonflow@10f14a42":"openstack-archive/dragonflow devstack/override-defaults@10f14a42, devstack/settings@00fdfe44, devstack/plugin.sh@dc4eb8b4 (offsets 0-16000)"}},"eras":{"df":{"defaultServices":"key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,q-svc,q-dhcp,q-meta,q-agt,q-l3,horizon,rabbit,tempest,mysql,etcd3,dstat","variables":{"ADDITIONAL_VENV_PACKAGES":{"definedBy":"stackrc","form":"computed","value":"${ADITIONAL_VENV_PACKAGES:-\\"\\"}"},"AGENT_DHCP_BINARY":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$NEUTRON_BIN_DIR/neutron-dhcp-agent"},"AGENT_L3_BINARY":{"definedBy":"lib/neutron-legacy","form":"default","default":"$NEUTRON_BIN_DIR/neutron-l3-agent"},"AGENT_META_BINARY":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$NEUTRON_BIN_DIR/neutron-metadata-agent"},"API_WORKERS":{"definedBy":"stackrc","form":"default","defaultComputed":true},"BRANCHLESS_TARGET_BRANCH":{"definedBy":"stackrc","form":"literal","default":"master"},"CACHE_BACKEND":{"definedBy":"stackrc","form":"default","default":"dogpile.cache.memcached"},"CELLSV2_SETUP":{"definedBy":"stackrc","form":"default","default":"superconductor"},"CINDER_API_PASTE_INI":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_CONF_DIR/api-paste.ini","resolved":"/etc/cinder/api-paste.ini"},"CINDER_BACKENDS":{"definedBy":"lib/cinder","form":"computed","value":"$TOP_DIR/lib/cinder_backends"},"CINDER_BIN_DIR":{"definedBy":"lib/cinder","form":"computed","value":"${PROJECT_VENV[\\"cinder\\"]}/bin","scope":"branch"},"CINDER_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"CINDER_CACHE_ENABLED_FOR_BACKENDS":{"definedBy":"lib/cinder","form":"default","default":"$CINDER_ENABLED_BACKENDS","resolved":"lvm:lvmdriver-1"},"CINDER_CONF":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_CONF_DIR/cinder.conf","resolved":"/etc/cinder/cinder.conf"},"CINDER_CONF_DIR":{"definedBy":"lib/cinder","form":"literal","default":"/etc/cinder"},"CINDER_DIR":{"definedBy":"lib/cinder","form":"computed","value":"$DEST/cinder","resolved":"/opt/stack/cinder"},"CINDER_DRIVER":{"definedBy":"lib/cinder","form":"default","default":"default"},"CINDER_ENABLED_BACKENDS":{"definedBy":"lib/cinder","form":"default","default":"lvm:lvmdriver-1"},"CINDER_IMG_CACHE_ENABLED":{"definedBy":"lib/cinder","form":"default","default":"True"},"CINDER_IMG_CACHE_SIZE_COUNT":{"definedBy":"lib/cinder","form":"default","default":""},"CINDER_IMG_CACHE_SIZE_GB":{"definedBy":"lib/cinder","form":"default","default":""},"CINDER_ISCSI_HELPER":{"definedBy":"lib/cinder","form":"default","default":"lioadm","scope":"branch"},"CINDER_LVM_TYPE":{"definedBy":"lib/cinder","form":"default","default":"auto"},"CINDER_PLUGINS":{"definedBy":"lib/cinder","form":"computed","value":"$TOP_DIR/lib/cinder_plugins"},"CINDER_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/cinder.git","resolved":"https://opendev.org/openstack/cinder.git"},"CINDER_SERVICE_HOST":{"definedBy":"lib/cinder","form":"default","default":"$SERVICE_HOST"},"CINDER_SERVICE_LISTEN_ADDRESS":{"definedBy":"lib/cinder","form":"default","defaultComputed":true},"CINDER_SERVICE_PORT":{"definedBy":"lib/cinder","form":"default","default":"8776"},"CINDER_SERVICE_PORT_INT":{"definedBy":"lib/cinder","form":"default","default":"18776"},"CINDER_SERVICE_PROTOCOL":{"definedBy":"lib/cinder","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"CINDER_STATE_PATH":{"definedBy":"lib/cinder","form":"default","default":"$DATA_DIR/cinder","resolved":"/opt/stack/data/cinder"},"CINDER_USE_MOD_WSGI":{"definedBy":"lib/cinder","form":"default","default":"True"},"CINDER_UWSGI":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_BIN_DIR/cinder-wsgi"},"CINDER_UWSGI_CONF":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_CONF_DIR/cinder-api-uwsgi.ini","resolved":"/etc/cinder/cinder-api-uwsgi.ini"},"CINDER_VOLUME_CLEAR":{"definedBy":"lib/cinder","form":"default","default":"${CINDER_VOLUME_CLEAR_DEFAULT:-zero}"},"CIRROS_ARCH":{"definedBy":"stackrc","form":"default","default":"x86_64"},"CIRROS_VERSION":{"definedBy":"stackrc","form":"default","default":"0.5.1"},"DATABASE_QUERY_LOGGING":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"DATA_DIR":{"definedBy":"stackrc","form":"computed","value":"${DEST}/data","resolved":"/opt/stack/data"},"DEFAULT_IMAGE_FILE_NAME":{"definedBy":"stackrc","form":"default","default":"cirros-${CIRROS_VERSION}-${CIRROS_ARCH}-rootfs.img.gz","scope":"branch","resolved":"cirros-0.5.1-x86_64-rootfs.img.gz"},"DEFAULT_IMAGE_NAME":{"definedBy":"stackrc","form":"default","default":"cirros-${CIRROS_VERSION}-${CIRROS_ARCH}-rootfs","scope":"branch","resolved":"cirros-0.5.1-x86_64-rootfs"},"DEFAULT_VIRT_DRIVER":{"definedBy":"stackrc","form":"literal","default":"libvirt"},"DEF_SERVICE_HOST":{"definedBy":"stackrc","form":"computed","value":"$HOST_IP","scope":"branch"},"DEF_SERVICE_LISTEN_ADDRESS":{"definedBy":"stackrc","form":"literal","default":"0.0.0.0","scope":"branch"},"DEF_SERVICE_LOCAL_HOST":{"definedBy":"stackrc","form":"literal","default":"127.0.0.1","scope":"branch"},"DEST":{"definedBy":"stackrc","form":"literal","default":"/opt/stack"},"DEVSTACK_SERIES":{"definedBy":"stackrc","form":"literal","default":"victoria"},"DIB_UTILS_BRANCH":{"definedBy":"stackrc","form":"default","default":"$BRANCHLESS_TARGET_BRANCH","resolved":"master"},"DIB_UTILS_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/dib-utils.git","resolved":"https://opendev.org/openstack/dib-utils.git"},"DJANGO_SETTINGS_MODULE":{"definedBy":"lib/horizon","form":"computed","value":"openstack_dashboard.settings $django_admin collectstatic --noinput","scope":"function","function":"init_horizon","beforePrompt":false,"resolved":"openstack_dashboard.settings django-admin collectstatic --noinput"},"DOCKER_GROUP":{"definedBy":"stackrc","form":"default","default":"docker","scope":"branch"},"DOMZERO_USER":{"definedBy":"stackrc","form":"default","default":"domzero","scope":"branch"},"DOWNLOAD_DEFAULT_IMAGES":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"ENABLED_SERVICES":{"definedBy":"stackrc","form":"literal","default":"key","scope":"branch"},"ENABLE_DEBUG_LOG_LEVEL":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"ENABLE_HTTPD_MOD_WSGI_SERVICES":{"definedBy":"stackrc","form":"literal","default":"True"},"ENABLE_IDENTITY_V2":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"ENABLE_ISOLATED_METADATA":{"definedBy":"lib/neutron-legacy","form":"default","default":"False"},"ENABLE_KSM":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"ENABLE_METADATA_NETWORK":{"definedBy":"lib/neutron-legacy","form":"default","default":"False"},"ENABLE_TENANT_TUNNELS":{"definedBy":"lib/neutron-legacy","form":"default","default":"True"},"ENABLE_TENANT_VLANS":{"definedBy":"lib/neutron-legacy","form":"default","default":"False"},"ENABLE_VOLUME_MULTIATTACH":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"ERROR_ON_CLONE":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"ETCD_ARCH":{"definedBy":"stackrc","form":"literal","default":"amd64","scope":"branch"},"ETCD_BIN_DIR":{"definedBy":"lib/etcd3","form":"computed","value":"$DEST/bin","resolved":"/opt/stack/bin"},"ETCD_DATA_DIR":{"definedBy":"lib/etcd3","form":"computed","value":"$DATA_DIR/etcd","resolved":"/opt/stack/data/etcd"},"ETCD_DOWNLOAD_FILE":{"definedBy":"stackrc","form":"computed","value":"$ETCD_NAME.tar.gz","resolved":"etcd-v3.3.12-linux-amd64.tar.gz"},"ETCD_DOWNLOAD_LOCATION":{"definedBy":"stackrc","form":"computed","value":"$ETCD_DOWNLOAD_URL/$ETCD_VERSION/$ETCD_DOWNLOAD_FILE","resolved":"https://github.com/etcd-io/etcd/releases/download/v3.3.12/etcd-v3.3.12-linux-amd64.tar.gz"},"ETCD_DOWNLOAD_URL":{"definedBy":"stackrc","form":"default","default":"https://github.com/etcd-io/etcd/releases/download"},"ETCD_NAME":{"definedBy":"stackrc","form":"computed","value":"etcd-$ETCD_VERSION-linux-$ETCD_ARCH","resolved":"etcd-v3.3.12-linux-amd64"},"ETCD_PEER_PORT":{"definedBy":"stackrc","form":"default","default":"2380"},"ETCD_PORT":{"definedBy":"stackrc","form":"default","default":"2379"},"ETCD_RAMDISK_MB":{"definedBy":"lib/etcd3","form":"default","default":"512"},"ETCD_SHA256":{"definedBy":"stackrc","form":"default","default":"$ETCD_SHA256_AMD64","scope":"branch","resolved":"dc5d82df095dae0a2970e4d870b6929590689dd707ae3d33e7b86da0f7f211b6"},"ETCD_SHA256_AMD64":{"definedBy":"stackrc","form":"default","default":"dc5d82df095dae0a2970e4d870b6929590689dd707ae3d33e7b86da0f7f211b6"},"ETCD_SHA256_ARM64":{"definedBy":"stackrc","form":"default","default":"170b848ac1a071fe7d495d404a868a2c0090750b2944f8a260ef1c6125b2b4f4"},"ETCD_SHA256_MIPS64":{"definedBy":"stackrc","form":"default","default":"5632a3ce5d376701f87887ff5caac5d41a74ec6c1e691a661dc6ce1f1d2effab"},"ETCD_SHA256_PPC64":{"definedBy":"stackrc","form":"default","default":"77f807b1b51abbf51e020bb05bdb8ce088cb58260fcd22749ea32eee710463d3"},"ETCD_SHA256_S390X":{"definedBy":"stackrc","form":"default","default":""},"ETCD_SYSTEMD_SERVICE":{"definedBy":"lib/etcd3","form":"literal","default":"devstack@etcd.service"},"ETCD_USE_RAMDISK":{"definedBy":"lib/etcd3","form":"trueorfalse","default":"True"},"ETCD_VERSION":{"definedBy":"stackrc","form":"default","default":"v3.3.12"},"EXTRA_CACHE_URLS":{"definedBy":"stackrc","form":"literal","default":""},"ExecStart":{"definedBy":"lib/nova","form":"computed","value":"/usr/sbin/iscsid -d${ISCSID_DEBUG_LEVEL}","scope":"function","function":"configure_nova","beforePrompt":false,"resolved":"/usr/sbin/iscsid -d4"},"FIXED_RANGE":{"definedBy":"stackrc","form":"default","default":"$IPV4_ADDRS_SAFE_TO_USE","resolved":"10.0.0.0/22"},"FIXED_RANGE_V6":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","defaultComputed":true},"FLOATING_RANGE":{"definedBy":"stackrc","form":"default","default":"172.24.4.0/24"},"FORCE_CONFIG_DRIVE":{"definedBy":"lib/nova","form":"default","default":"False"},"GIT_BASE":{"definedBy":"stackrc","form":"default","default":"https://opendev.org"},"GIT_DEPTH":{"definedBy":"stackrc","form":"default","default":"0"},"GIT_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"0"},"GLANCE_API_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-api.conf","resolved":"/etc/glance/glance-api.conf"},"GLANCE_API_PASTE_INI":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-api-paste.ini","resolved":"/etc/glance/glance-api-paste.ini"},"GLANCE_BIN_DIR":{"definedBy":"lib/glance","form":"computed","value":"${PROJECT_VENV[\\"glance\\"]}/bin","scope":"branch"},"GLANCE_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"GLANCE_CACHE_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-cache.conf","resolved":"/etc/glance/glance-cache.conf"},"GLANCE_CACHE_DIR":{"definedBy":"lib/glance","form":"default","default":"$DATA_DIR/glance/cache","resolved":"/opt/stack/data/glance/cache"},"GLANCE_CINDER_DEFAULT_BACKEND":{"definedBy":"lib/glance","form":"default","default":"lvmdriver-1"},"GLANCE_CONF_DIR":{"definedBy":"lib/glance","form":"default","default":"/etc/glance"},"GLANCE_DEFAULT_BACKEND":{"definedBy":"lib/glance","form":"default","default":"fast"},"GLANCE_DIR":{"definedBy":"lib/glance","form":"computed","value":"$DEST/glance","resolved":"/opt/stack/glance"},"GLANCE_ENABLE_MULTIPLE_STORES":{"definedBy":"lib/glance","form":"trueorfalse","default":"False"},"GLANCE_HOSTPORT":{"definedBy":"lib/glance","form":"default","default":"$GLANCE_SERVICE_HOST:$GLANCE_SERVICE_PORT"},"GLANCE_IMAGE_DIR":{"definedBy":"lib/glance","form":"default","default":"$DATA_DIR/glance/images","resolved":"/opt/stack/data/glance/images"},"GLANCE_IMAGE_IMPORT_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-image-import.conf","resolved":"/etc/glance/glance-image-import.conf"},"GLANCE_LOCK_DIR":{"definedBy":"lib/glance","form":"default","default":"$DATA_DIR/glance/locks","resolved":"/opt/stack/data/glance/locks"},"GLANCE_METADEF_DIR":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/metadefs","resolved":"/etc/glance/metadefs"},"GLANCE_MULTIPLE_FILE_STORES":{"definedBy":"lib/glance","form":"default","default":"fast"},"GLANCE_MULTISTORE_FILE_IMAGE_DIR":{"definedBy":"lib/glance","form":"default","default":"$DATA_DIR/glance","resolved":"/opt/stack/data/glance"},"GLANCE_NFS_MOUNTPOINT":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_IMAGE_DIR/mnt","resolved":"/opt/stack/data/glance/images/mnt"},"GLANCE_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/glance.git","resolved":"https://opendev.org/openstack/glance.git"},"GLANCE_SCHEMA_JSON":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/schema-image.json","resolved":"/etc/glance/schema-image.json"},"GLANCE_SERVICE_HOST":{"definedBy":"lib/glance","form":"default","default":"$SERVICE_HOST"},"GLANCE_SERVICE_LISTEN_ADDRESS":{"definedBy":"lib/glance","form":"default","defaultComputed":true},"GLANCE_SERVICE_PORT":{"definedBy":"lib/glance","form":"default","default":"9292"},"GLANCE_SERVICE_PORT_INT":{"definedBy":"lib/glance","form":"default","default":"19292"},"GLANCE_SERVICE_PROTOCOL":{"definedBy":"lib/glance","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"GLANCE_STAGING_DIR":{"definedBy":"lib/glance","form":"computed","value":"${GLANCE_MULTISTORE_FILE_IMAGE_DIR:=$DATA_DIR/os_glance_staging_store}","resolved":"/opt/stack/data/glance:=/opt/stack/data/os_glance_staging_store}"},"GLANCE_STANDALONE":{"definedBy":"lib/glance","form":"default","default":"True"},"GLANCE_STORE_ROOTWRAP_BASE_DIR":{"definedBy":"lib/glance","form":"literal","default":"/usr/local/etc/glance"},"GLANCE_SWIFT_STORE_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-swift-store.conf","resolved":"/etc/glance/glance-swift-store.conf"},"GLANCE_TASKS_DIR":{"definedBy":"lib/glance","form":"computed","value":"${GLANCE_MULTISTORE_FILE_IMAGE_DIR:=$DATA_DIR/os_glance_tasks_store}","resolved":"/opt/stack/data/glance:=/opt/stack/data/os_glance_tasks_store}"},"GLANCE_URL":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_SERVICE_PROTOCOL://$GLANCE_SERVICE_HOST/image","scope":"branch"},"GLANCE_USE_IMPORT_WORKFLOW":{"definedBy":"lib/glance","form":"trueorfalse","default":"False"},"GLANCE_UWSGI":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_BIN_DIR/glance-wsgi-api"},"GLANCE_UWSGI_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-uwsgi.ini","resolved":"/etc/glance/glance-uwsgi.ini"},"GUEST_INTERFACE_DEFAULT":{"definedBy":"lib/nova","form":"computed"},"HORIZON_APACHE_ROOT":{"definedBy":"stackrc","form":"literal","default":"/dashboard"},"HORIZON_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"HORIZON_DIR":{"definedBy":"lib/horizon","form":"computed","value":"$DEST/horizon","resolved":"/opt/stack/horizon"},"HORIZON_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/horizon.git","resolved":"https://opendev.org/openstack/horizon.git"},"HORIZON_SETTINGS":{"definedBy":"lib/horizon","form":"default","default":"$HORIZON_DIR/openstack_dashboard/local/local_settings.py.example","resolved":"/opt/stack/horizon/openstack_dashboard/local/local_settings.py.example"},"HOST_IP":{"definedBy":"stackrc","form":"computed"},"HOST_IPV6":{"definedBy":"stackrc","form":"computed"},"HOST_IP_IFACE":{"definedBy":"stackrc","form":"default","default":""},"IDENTITY_API_VERSION":{"definedBy":"stackrc","form":"default","default":"3"},"IMAGE_URLS":{"definedBy":"stackrc","form":"append","scope":"branch"},"INSTANCE_NAME_PREFIX":{"definedBy":"stackrc","form":"default","default":"instance-"},"IPV4_ADDRS_SAFE_TO_USE":{"definedBy":"stackrc","form":"default","default":"10.0.0.0/22"},"IPV6_ADDRESS_MODE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"slaac"},"IPV6_ADDRS_SAFE_TO_USE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"fd$IPV6_GLOBAL_ID::/56"},"IPV6_GLOBAL_ID":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed"},"IPV6_PRIVATE_NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"IPV6_PRIVATE_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"ipv6-private-subnet"},"IPV6_PROVIDER_FIXED_RANGE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"IPV6_PROVIDER_NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"IPV6_PROVIDER_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"provider_net_v6"},"IPV6_PUBLIC_NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"2001:db8::2"},"IPV6_PUBLIC_RANGE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"2001:db8::/64"},"IPV6_PUBLIC_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"ipv6-public-subnet"},"IPV6_RA_MODE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"slaac"},"IPV6_ROUTER_GW_IP":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"2001:db8::1"},"IP_VERSION":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"4+6"},"IRONIC_PYTHON_AGENT_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"IRONIC_PYTHON_AGENT_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/ironic-python-agent.git","resolved":"https://opendev.org/openstack/ironic-python-agent.git"},"ISCSID_DEBUG":{"definedBy":"lib/nova","form":"trueorfalse","default":"False"},"ISCSID_DEBUG_LEVEL":{"definedBy":"lib/nova","form":"default","default":"4"},"KEYSTONE_ADMIN_BIND_HOST":{"definedBy":"lib/keystone","form":"default","default":"$KEYSTONE_SERVICE_HOST"},"KEYSTONE_ADMIN_UWSGI":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_BIN_DIR/keystone-wsgi-admin"},"KEYSTONE_ADMIN_UWSGI_CONF":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_CONF_DIR/keystone-uwsgi-admin.ini","resolved":"/etc/keystone/keystone-uwsgi-admin.ini"},"KEYSTONE_ASSIGNMENT_BACKEND":{"definedBy":"lib/keystone","form":"default","default":"sql"},"KEYSTONE_AUTH_HOST":{"definedBy":"lib/keystone","form":"default","default":"$SERVICE_HOST"},"KEYSTONE_AUTH_PORT":{"definedBy":"lib/keystone","form":"default","default":"35357"},"KEYSTONE_AUTH_PORT_INT":{"definedBy":"lib/keystone","form":"default","default":"35358"},"KEYSTONE_AUTH_PROTOCOL":{"definedBy":"lib/keystone","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"KEYSTONE_AUTH_URI":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_SERVICE_URI"},"KEYSTONE_AUTH_URI_V3":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_SERVICE_URI/v3"},"KEYSTONE_BIN_DIR":{"definedBy":"lib/keystone","form":"computed","value":"${PROJECT_VENV[\\"keystone\\"]}/bin","scope":"branch"},"KEYSTONE_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"KEYSTONE_CONF":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_CONF_DIR/keystone.conf","resolved":"/etc/keystone/keystone.conf"},"KEYSTONE_CONF_DIR":{"definedBy":"lib/keystone","form":"default","default":"/etc/keystone"},"KEYSTONE_DEPLOY":{"definedBy":"lib/keystone","form":"literal","default":"uwsgi","scope":"branch"},"KEYSTONE_DIR":{"definedBy":"lib/keystone","form":"computed","value":"$DEST/keystone","resolved":"/opt/stack/keystone"},"KEYSTONE_ENABLE_CACHE":{"definedBy":"lib/keystone","form":"default","default":"True"},"KEYSTONE_IDENTITY_BACKEND":{"definedBy":"lib/keystone","form":"default","default":"sql"},"KEYSTONE_LDAP_DOMAIN_FILE":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_CONF_DIR/domains/keystone.Users.conf","scope":"function","function":"create_ldap_domain","beforePrompt":false,"resolved":"/etc/keystone/domains/keystone.Users.conf"},"KEYSTONE_LOCKOUT_DURATION":{"definedBy":"lib/keystone","form":"default","default":"10"},"KEYSTONE_LOCKOUT_FAILURE_ATTEMPTS":{"definedBy":"lib/keystone","form":"default","default":"2"},"KEYSTONE_PASSWORD_HASH_ROUNDS":{"definedBy":"lib/keystone","form":"default","default":"4"},"KEYSTONE_PUBLIC_UWSGI":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_BIN_DIR/keystone-wsgi-public"},"KEYSTONE_PUBLIC_UWSGI_CONF":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_CONF_DIR/keystone-uwsgi-public.ini","resolved":"/etc/keystone/keystone-uwsgi-public.ini"},"KEYSTONE_REGION_NAME":{"definedBy":"stackrc","form":"default","default":"$REGION_NAME","resolved":"RegionOne"},"KEYSTONE_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/keystone.git","resolved":"https://opendev.org/openstack/keystone.git"},"KEYSTONE_RESOURCE_BACKEND":{"definedBy":"lib/keystone","form":"default","default":"sql"},"KEYSTONE_ROLE_BACKEND":{"definedBy":"lib/keystone","form":"default","default":"sql"},"KEYSTONE_SECURITY_COMPLIANCE_ENABLED":{"definedBy":"lib/keystone","form":"default","default":"True"},"KEYSTONE_SERVICE_HOST":{"definedBy":"lib/keystone","form":"default","default":"$SERVICE_HOST"},"KEYSTONE_SERVICE_PORT":{"definedBy":"lib/keystone","form":"default","default":"5000"},"KEYSTONE_SERVICE_PORT_INT":{"definedBy":"lib/keystone","form":"default","default":"5001"},"KEYSTONE_SERVICE_PROTOCOL":{"definedBy":"lib/keystone","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"KEYSTONE_SERVICE_URI":{"definedBy":"lib/keystone","form":"computed","value":"${KEYSTONE_SERVICE_PROTOCOL}://${KEYSTONE_SERVICE_HOST}/identity"},"KEYSTONE_SERVICE_URI_V3":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_SERVICE_URI/v3"},"KEYSTONE_TOKEN_FORMAT":{"definedBy":"lib/keystone","form":"default","default":"fernet"},"KEYSTONE_UNIQUE_LAST_PASSWORD_COUNT":{"definedBy":"lib/keystone","form":"default","default":"2"},"LB_PHYSICAL_INTERFACE":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$default_route_dev","scope":"branch"},"LIBVIRT_CPU_MODE":{"definedBy":"stackrc","form":"default","default":"none","scope":"branch"},"LIBVIRT_GROUP":{"definedBy":"stackrc","form":"computed","scope":"branch"},"LIBVIRT_TYPE":{"definedBy":"stackrc","form":"default","default":"kvm","scope":"branch"},"LOGDIR":{"definedBy":"stackrc","form":"computed","value":"$default_logdir","scope":"branch","resolved":"/opt/stack/logs"},"LOG_COLOR":{"definedBy":"stackrc","form":"trueorfalse","default":"$_LOG_COLOR_DEFAULT","resolved":"True"},"LXD_GROUP":{"definedBy":"stackrc","form":"default","default":"lxd","scope":"branch"},"ListenStream":{"definedBy":"lib/rpc_backend","form":"literal","default":"","scope":"function","function":"install_rpc_backend","beforePrompt":false},"MEMCACHE_SERVERS":{"definedBy":"stackrc","form":"default","default":"localhost:11211"},"METADATA_SERVICE_PORT":{"definedBy":"lib/nova","form":"default","default":"8775"},"ML2_L3_PLUGIN":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":"router"},"NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"NEUTRON_AGENT":{"definedBy":"lib/neutron","form":"default","default":"openvswitch"},"NEUTRON_AGENT_BINARY":{"definedBy":"lib/neutron","form":"default","default":"neutron-$NEUTRON_AGENT-agent","resolved":"neutron-openvswitch-agent"},"NEUTRON_AGENT_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/","resolved":"/etc/neutron/"},"NEUTRON_AUTH_STRATEGY":{"definedBy":"lib/neutron","form":"default","default":"keystone"},"NEUTRON_BIN_DIR":{"definedBy":"lib/neutron","form":"computed"},"NEUTRON_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"NEUTRON_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/neutron.conf","resolved":"/etc/neutron/neutron.conf"},"NEUTRON_CONF_DIR":{"definedBy":"lib/neutron","form":"literal","default":"/etc/neutron"},"NEUTRON_CORE_PLUGIN":{"definedBy":"lib/neutron","form":"default","default":"ml2"},"NEUTRON_CORE_PLUGIN_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CORE_PLUGIN_CONF_PATH/$NEUTRON_CORE_PLUGIN_CONF_FILENAME","resolved":"/etc/neutron/plugins/ml2/ml2_conf.ini"},"NEUTRON_CORE_PLUGIN_CONF_FILENAME":{"definedBy":"lib/neutron","form":"default","default":"ml2_conf.ini"},"NEUTRON_CORE_PLUGIN_CONF_PATH":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/plugins/$NEUTRON_CORE_PLUGIN","resolved":"/etc/neutron/plugins/ml2"},"NEUTRON_CREATE_INITIAL_NETWORKS":{"definedBy":"lib/neutron","form":"default","default":"True"},"NEUTRON_DEPLOY_MOD_WSGI":{"definedBy":"lib/neutron","form":"trueorfalse","default":"False"},"NEUTRON_DHCP_BINARY":{"definedBy":"lib/neutron","form":"literal","default":"neutron-dhcp-agent"},"NEUTRON_DHCP_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/dhcp_agent.ini","resolved":"/etc/neutron/dhcp_agent.ini"},"NEUTRON_DIR":{"definedBy":"lib/neutron","form":"computed","value":"$DEST/neutron","resolved":"/opt/stack/neutron"},"NEUTRON_DISTRIBUTED_ROUTING":{"definedBy":"lib/neutron","form":"trueorfalse","default":"False"},"NEUTRON_DVR_MODE":{"definedBy":"lib/neutron","form":"default","default":"dvr_snat"},"NEUTRON_FWAAS_DIR":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$DEST/neutron-fwaas","resolved":"/opt/stack/neutron-fwaas"},"NEUTRON_L3_BINARY":{"definedBy":"lib/neutron","form":"default","default":"neutron-l3-agent"},"NEUTRON_L3_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/l3_agent.ini","resolved":"/etc/neutron/l3_agent.ini"},"NEUTRON_META_BINARY":{"definedBy":"lib/neutron","form":"default","default":"neutron-metadata-agent"},"NEUTRON_META_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/metadata_agent.ini","resolved":"/etc/neutron/metadata_agent.ini"},"NEUTRON_META_DATA_HOST":{"definedBy":"lib/neutron","form":"default","defaultComputed":true},"NEUTRON_METERING_AGENT_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/$NEUTRON_METERING_AGENT_CONF_FILENAME","resolved":"/etc/neutron/metering_agent.ini"},"NEUTRON_METERING_AGENT_CONF_FILENAME":{"definedBy":"lib/neutron","form":"default","default":"metering_agent.ini"},"NEUTRON_METERING_BINARY":{"definedBy":"lib/neutron","form":"default","default":"neutron-metering-agent"},"NEUTRON_PHYSICAL_NETWORK":{"definedBy":"lib/neutron","form":"default","default":""},"NEUTRON_PORT_SECURITY":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"NEUTRON_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/neutron.git","resolved":"https://opendev.org/openstack/neutron.git"},"NEUTRON_ROOTWRAP":{"definedBy":"lib/neutron","form":"computed"},"NEUTRON_ROOTWRAP_CMD":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_ROOTWRAP $NEUTRON_ROOTWRAP_CONF_FILE"},"NEUTRON_ROOTWRAP_CONF_FILE":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/rootwrap.conf","resolved":"/etc/neutron/rootwrap.conf"},"NEUTRON_ROOTWRAP_DAEMON_CMD":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_ROOTWRAP-daemon $NEUTRON_ROOTWRAP_CONF_FILE"},"NEUTRON_SERVICE_HOST":{"definedBy":"lib/neutron","form":"default","default":"$SERVICE_HOST"},"NEUTRON_SERVICE_PORT":{"definedBy":"lib/neutron","form":"default","default":"9696"},"NEUTRON_SERVICE_PORT_INT":{"definedBy":"lib/neutron","form":"default","default":"19696"},"NEUTRON_SERVICE_PROTOCOL":{"definedBy":"lib/neutron","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"NEUTRON_STATE_PATH":{"definedBy":"lib/neutron","form":"default","default":"$DATA_DIR/neutron","resolved":"/opt/stack/data/neutron"},"NEUTRON_TENANT_NETWORK_TYPE":{"definedBy":"lib/neutron","form":"default","default":"vxlan"},"NEUTRON_TENANT_VLAN_RANGE":{"definedBy":"lib/neutron","form":"default","default":"${TENANT_VLAN_RANGE:-100:150}","resolved":":-100:150}"},"NEUTRON_TEST_CONFIG_FILE":{"definedBy":"lib/neutron-legacy","form":"default","default":"$NEUTRON_CONF_DIR/debug.ini","resolved":"/etc/neutron/debug.ini"},"NEUTRON_UWSGI_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/neutron-api-uwsgi.ini","resolved":"/etc/neutron/neutron-api-uwsgi.ini"},"NOVA_ALLOW_MOVE_TO_SAME_HOST":{"definedBy":"lib/nova","form":"trueorfalse","default":"True"},"NOVA_API_DB":{"definedBy":"lib/nova","form":"default","default":"nova_api"},"NOVA_API_PASTE_INI":{"definedBy":"lib/nova","form":"default","default":"$NOVA_CONF_DIR/api-paste.ini","resolved":"/etc/nova/api-paste.ini"},"NOVA_BIN_DIR":{"definedBy":"lib/nova","form":"computed","value":"${PROJECT_VENV[\\"nova\\"]}/bin","scope":"branch"},"NOVA_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"NOVA_COND_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova.conf","resolved":"/etc/nova/nova.conf"},"NOVA_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova.conf","resolved":"/etc/nova/nova.conf"},"NOVA_CONF_DIR":{"definedBy":"lib/nova","form":"literal","default":"/etc/nova"},"NOVA_CONSOLE_PROXY_COMPUTE_TLS":{"definedBy":"lib/nova","form":"default","default":"False"},"NOVA_CPU_CELL":{"definedBy":"lib/nova","form":"default","default":"1"},"NOVA_CPU_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova-cpu.conf","resolved":"/etc/nova/nova-cpu.conf"},"NOVA_DIR":{"definedBy":"lib/nova","form":"computed","value":"$DEST/nova","resolved":"/opt/stack/nova"},"NOVA_ENABLED_APIS":{"definedBy":"stackrc","form":"literal","default":"osapi_compute,metadata"},"NOVA_ENABLE_CACHE":{"definedBy":"lib/nova","form":"default","default":"True"},"NOVA_FAKE_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova-fake.conf","resolved":"/etc/nova/nova-fake.conf"},"NOVA_FILTERS":{"definedBy":"lib/nova","form":"literal","default":"AvailabilityZoneFilter,ComputeFilter,ComputeCapabilitiesFilter,ImagePropertiesFilter,ServerGroupAntiAffinityFilter,ServerGroupAffinityFilter,SameHostFilter,DifferentHostFilter"},"NOVA_INSTANCES_PATH":{"definedBy":"lib/nova","form":"default","default":"${INSTANCES_PATH:=$NOVA_STATE_PATH/instances}"},"NOVA_METADATA_UWSGI":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_BIN_DIR/nova-metadata-wsgi"},"NOVA_METADATA_UWSGI_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova-metadata-uwsgi.ini","resolved":"/etc/nova/nova-metadata-uwsgi.ini"},"NOVA_NOTIFICATION_FORMAT":{"definedBy":"lib/nova","form":"default","default":"unversioned"},"NOVA_NUM_CELLS":{"definedBy":"lib/nova","form":"default","default":"1"},"NOVA_PLUGINS":{"definedBy":"lib/nova","form":"computed","value":"$TOP_DIR/lib/nova_plugins"},"NOVA_READY_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"$SERVICE_TIMEOUT","resolved":"60"},"NOVA_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/nova.git","resolved":"https://opendev.org/openstack/nova.git"},"NOVA_SERVICE_HOST":{"definedBy":"lib/nova","form":"default","default":"$SERVICE_HOST"},"NOVA_SERVICE_LISTEN_ADDRESS":{"definedBy":"lib/nova","form":"default","defaultComputed":true},"NOVA_SERVICE_PORT":{"definedBy":"lib/nova","form":"default","default":"8774"},"NOVA_SERVICE_PORT_INT":{"definedBy":"lib/nova","form":"default","default":"18774"},"NOVA_SERVICE_PROTOCOL":{"definedBy":"lib/nova","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"NOVA_SHUTDOWN_TIMEOUT":{"definedBy":"lib/nova","form":"default","default":"0"},"NOVA_STATE_PATH":{"definedBy":"lib/nova","form":"default","default":"$DATA_DIR/nova","resolved":"/opt/stack/data/nova"},"NOVA_USE_MOD_WSGI":{"definedBy":"lib/nova","form":"default","default":"True"},"NOVA_USE_SERVICE_TOKEN":{"definedBy":"lib/nova","form":"trueorfalse","default":"False"},"NOVA_UWSGI":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_BIN_DIR/nova-api-wsgi"},"NOVA_UWSGI_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova-api-uwsgi.ini","resolved":"/etc/nova/nova-api-uwsgi.ini"},"NOVA_VNC_ENABLED":{"definedBy":"lib/nova","form":"trueorfalse","default":"False"},"NOVNCPROXY_URL":{"definedBy":"lib/nova","form":"default","defaultComputed":true,"scope":"function","function":"configure_console_compute","beforePrompt":false},"NOVNC_BRANCH":{"definedBy":"stackrc","form":"default","default":"v1.1.0"},"NOVNC_FROM_PACKAGE":{"definedBy":"lib/nova","form":"trueorfalse","default":"False","scope":"function","function":"install_nova","beforePrompt":false},"NOVNC_REPO":{"definedBy":"stackrc","form":"default","default":"https://github.com/novnc/noVNC.git"},"NOVNC_WEB_DIR":{"definedBy":"lib/nova","form":"literal","default":"/usr/share/novnc","scope":"function","function":"install_nova","beforePrompt":false},"NUMBER_FAKE_NOVA_COMPUTE":{"definedBy":"stackrc","form":"default","default":"1","scope":"branch"},"OAC_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TRAILING_TARGET_BRANCH","resolved":"master"},"OAC_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/os-apply-config.git","resolved":"https://opendev.org/openstack/os-apply-config.git"},"OCC_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TRAILING_TARGET_BRANCH","resolved":"master"},"OCC_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/os-collect-config.git","resolved":"https://opendev.org/openstack/os-collect-config.git"},"OFFLINE":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"ORC_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TRAILING_TARGET_BRANCH","resolved":"master"},"ORC_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/os-refresh-config.git","resolved":"https://opendev.org/openstack/os-refresh-config.git"},"OS_USER_ID":{"definedBy":"lib/cinder","form":"computed","value":"$OS_USERNAME OS_PROJECT_ID=$OS_PROJECT_NAME cinder --os-auth-type noauth --os-endpoint=$cinder_url type-create ${be_name}","scope":"function","function":"create_volume_types","beforePrompt":false},"OVS_BRIDGE":{"definedBy":"lib/neutron_plugins/ovs_base","form":"default","default":"br-int"},"OVS_DATAPATH_TYPE":{"definedBy":"lib/neutron_plugins/ovs_base","form":"default","default":"system"},"OVS_ENABLE_TUNNELING":{"definedBy":"lib/neutron-legacy","form":"default","default":"$ENABLE_TENANT_TUNNELS","resolved":"True"},"OVS_PHYSICAL_BRIDGE":{"definedBy":"lib/neutron-legacy","form":"default","default":"br-ex"},"OVS_TUNNEL_BRIDGE":{"definedBy":"lib/neutron_plugins/ovs_base","form":"default","default":"br-tun"},"PATH":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_BIN_DIR:$PATH","scope":"function","function":"start_nova_api","beforePrompt":false,"beforeMerge":false},"PHYSICAL_NETWORK":{"definedBy":"lib/neutron-legacy","form":"default","default":"public"},"PLACEMENT_AUTH_STRATEGY":{"definedBy":"lib/placement","form":"default","default":"keystone"},"PLACEMENT_BIN_DIR":{"definedBy":"lib/placement","form":"computed","value":"${PROJECT_VENV[\\"placement\\"]}/bin","scope":"branch"},"PLACEMENT_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"PLACEMENT_CONF":{"definedBy":"lib/placement","form":"computed","value":"$PLACEMENT_CONF_DIR/placement.conf","resolved":"/etc/placement/placement.conf"},"PLACEMENT_CONF_DIR":{"definedBy":"lib/placement","form":"literal","default":"/etc/placement"},"PLACEMENT_DIR":{"definedBy":"lib/placement","form":"computed","value":"$DEST/placement","resolved":"/opt/stack/placement"},"PLACEMENT_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/placement.git","resolved":"https://opendev.org/openstack/placement.git"},"PLACEMENT_SERVICE_HOST":{"definedBy":"lib/placement","form":"default","default":"$SERVICE_HOST"},"PLACEMENT_SERVICE_PROTOCOL":{"definedBy":"lib/placement","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"PLACEMENT_UWSGI":{"definedBy":"lib/placement","form":"computed","value":"$PLACEMENT_BIN_DIR/placement-api"},"PLACEMENT_UWSGI_CONF":{"definedBy":"lib/placement","form":"computed","value":"$PLACEMENT_CONF_DIR/placement-uwsgi.ini","resolved":"/etc/placement/placement-uwsgi.ini"},"PRIVATE_NETWORK_NAME":{"definedBy":"stackrc","form":"default","default":"private"},"PRIVATE_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"private-subnet"},"PROVIDER_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"provider_net"},"PS4":{"definedBy":"stackrc","form":"computed","scope":"branch"},"PUBLIC_BRIDGE":{"definedBy":"lib/neutron","form":"default","default":"br-ex"},"PUBLIC_BRIDGE_MTU":{"definedBy":"lib/neutron","form":"default","default":"1500"},"PUBLIC_INTERFACE":{"definedBy":"stackrc","form":"default","default":""},"PUBLIC_INTERFACE_DEFAULT":{"definedBy":"lib/nova","form":"literal","default":"br100"},"PUBLIC_NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"PUBLIC_NETWORK_NAME":{"definedBy":"stackrc","form":"default","default":"public"},"PUBLIC_PHYSICAL_NETWORK":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"public"},"PUBLIC_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"public-subnet"},"PYTHON3_VERSION":{"definedBy":"stackrc","form":"default","default":"${_DEFAULT_PYTHON3_VERSION:-3}"},"QEMU_CONF":{"definedBy":"lib/nova","form":"literal","default":"/etc/libvirt/qemu.conf"},"Q_ADMIN_USERNAME":{"definedBy":"lib/neutron-legacy","form":"default","default":"neutron"},"Q_AGENT":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":"openvswitch"},"Q_ALLOW_OVERLAPPING_IP":{"definedBy":"lib/neutron-legacy","form":"default","default":"True"},"Q_API_PASTE_FILE":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$NEUTRON_CONF_DIR/api-paste.ini","scope":"function","function":"_configure_neutron_service","beforePrompt":false,"resolved":"/etc/neutron/api-paste.ini"},"Q_ASSIGN_GATEWAY_TO_PUBLIC_BRIDGE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"Q_AUTH_STRATEGY":{"definedBy":"lib/neutron-legacy","form":"default","default":"keystone"},"Q_DB_NAME":{"definedBy":"lib/neutron-legacy","form":"default","default":"neutron"},"Q_DHCP_CONF_FILE":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$NEUTRON_CONF_DIR/dhcp_agent.ini","resolved":"/etc/neutron/dhcp_agent.ini"},"Q_DVR_MODE":{"definedBy":"lib/neutron-legacy","form":"default","default":"legacy"},"Q_HOST":{"definedBy":"lib/neutron-legacy","form":"default","default":"$SERVICE_HOST"},"Q_L3_CONF_FILE":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$NEUTRON_CONF_DIR/l3_agent.ini","resolved":"/etc/neutron/l3_agent.ini"},"Q_L3_ROUTER_PER_TENANT":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"Q_LISTEN_ADDRESS":{"definedBy":"lib/neutron-legacy","form":"default","defaultComputed":true},"Q_META_CONF_FILE":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$NEUTRON_CONF_DIR/metadata_agent.ini","resolved":"/etc/neutron/metadata_agent.ini"},"Q_META_DATA_IP":{"definedBy":"lib/neutron-legacy","form":"default","defaultComputed":true},"Q_ML2_PLUGIN_EXT_DRIVERS":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":"port_security","scope":"branch"},"Q_ML2_PLUGIN_GENEVE_TYPE_OPTIONS":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":"vni_ranges=$TENANT_TUNNEL_RANGES","resolved":"vni_ranges=1:1000"},"Q_ML2_PLUGIN_GRE_TYPE_OPTIONS":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":"tunnel_id_ranges=$TENANT_TUNNEL_RANGES","resolved":"tunnel_id_ranges=1:1000"},"Q_ML2_PLUGIN_MECHANISM_DRIVERS":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":"openvswitch,linuxbridge"},"Q_ML2_PLUGIN_VLAN_TYPE_OPTIONS":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":""},"Q_ML2_PLUGIN_VXLAN_TYPE_OPTIONS":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":"vni_ranges=$TENANT_TUNNEL_RANGES","resolved":"vni_ranges=1:1000"},"Q_ML2_TENANT_NETWORK_TYPE":{"definedBy":"lib/neutron_plugins/ml2","form":"default","default":"vxlan"},"Q_NOTIFY_NOVA_PORT_DATA_CHANGES":{"definedBy":"lib/neutron-legacy","form":"default","default":"True"},"Q_NOTIFY_NOVA_PORT_STATUS_CHANGES":{"definedBy":"lib/neutron-legacy","form":"default","default":"True"},"Q_OVS_USE_VETH":{"definedBy":"lib/neutron-legacy","form":"default","default":"False"},"Q_PLUGIN":{"definedBy":"lib/neutron-legacy","form":"default","default":"ml2"},"Q_PLUGIN_CLASS":{"definedBy":"lib/neutron_plugins/ml2","form":"literal","default":"ml2","scope":"function","function":"neutron_plugin_configure_common","beforePrompt":false},"Q_PLUGIN_CONF_FILE":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$Q_PLUGIN_CONF_PATH/$Q_PLUGIN_CONF_FILENAME","scope":"function","function":"_configure_neutron_common","beforePrompt":false,"resolved":"etc/neutron/plugins/ml2/ml2_conf.ini"},"Q_PLUGIN_CONF_FILENAME":{"definedBy":"lib/neutron_plugins/ml2","form":"literal","default":"ml2_conf.ini","scope":"function","function":"neutron_plugin_configure_common","beforePrompt":false},"Q_PLUGIN_CONF_PATH":{"definedBy":"lib/neutron_plugins/ml2","form":"literal","default":"etc/neutron/plugins/ml2","scope":"function","function":"neutron_plugin_configure_common","beforePrompt":false},"Q_POLICY_FILE":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$NEUTRON_CONF_DIR/policy.json","scope":"function","function":"_configure_neutron_common","beforePrompt":false,"resolved":"/etc/neutron/policy.json"},"Q_PORT":{"definedBy":"lib/neutron-legacy","form":"default","default":"9696"},"Q_PORT_INT":{"definedBy":"lib/neutron-legacy","form":"default","default":"19696"},"Q_PROTOCOL":{"definedBy":"lib/neutron-legacy","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"Q_PUBLIC_VETH_EX":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"veth-pub-ex"},"Q_PUBLIC_VETH_INT":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"veth-pub-int"},"Q_ROUTER_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"router1"},"Q_RR_COMMAND":{"definedBy":"lib/neutron-legacy","form":"literal","default":"sudo","scope":"branch"},"Q_RR_CONF_FILE":{"definedBy":"lib/neutron-legacy","form":"computed","value":"$NEUTRON_CONF_DIR/rootwrap.conf","resolved":"/etc/neutron/rootwrap.conf"},"Q_RR_DAEMON_COMMAND":{"definedBy":"lib/neutron-legacy","form":"computed","value":"sudo $NEUTRON_ROOTWRAP-daemon $Q_RR_CONF_FILE","scope":"branch"},"Q_TUNNEL_TYPES":{"definedBy":"lib/neutron_plugins/ml2","form":"computed","value":"$Q_ML2_TENANT_NETWORK_TYPE","scope":"branch","resolved":"vxlan"},"Q_USE_PROVIDERNET_FOR_PUBLIC":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"Q_USE_PUBLIC_VETH":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"False"},"Q_USE_ROOTWRAP":{"definedBy":"lib/neutron-legacy","form":"default","default":"True"},"Q_USE_ROOTWRAP_DAEMON":{"definedBy":"lib/neutron-legacy","form":"trueorfalse","default":"True"},"Q_USE_SECGROUP":{"definedBy":"lib/neutron-legacy","form":"default","default":"True","scope":"branch"},"RABBIT_HOST":{"definedBy":"lib/rpc_backend","form":"default","default":"$SERVICE_HOST","scope":"branch"},"RABBIT_USERID":{"definedBy":"lib/rpc_backend","form":"default","default":"stackrabbit"},"RC_DIR":{"definedBy":"stackrc","form":"computed"},"RECREATE_KEYSTONE_DB":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"REGION_NAME":{"definedBy":"stackrc","form":"default","default":"RegionOne"},"REQUIREMENTS_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"REQUIREMENTS_DIR":{"definedBy":"stackrc","form":"default","default":"$DEST/requirements","resolved":"/opt/stack/requirements"},"REQUIREMENTS_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/requirements.git","resolved":"https://opendev.org/openstack/requirements.git"},"S3_SERVICE_PORT":{"definedBy":"stackrc","form":"default","default":"3333"},"SERVICE_DIR":{"definedBy":"stackrc","form":"computed","value":"${DEST}/status","resolved":"/opt/stack/status"},"SERVICE_DOMAIN_NAME":{"definedBy":"lib/keystone","form":"default","default":"Default"},"SERVICE_GRACEFUL_SHUTDOWN_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"5"},"SERVICE_HOST":{"definedBy":"stackrc","form":"default","default":"${DEF_SERVICE_HOST}"},"SERVICE_IP_VERSION":{"definedBy":"stackrc","form":"default","default":"4"},"SERVICE_LISTEN_ADDRESS":{"definedBy":"stackrc","form":"default","default":"${DEF_SERVICE_LISTEN_ADDRESS}","resolved":"0.0.0.0"},"SERVICE_LOCAL_HOST":{"definedBy":"stackrc","form":"default","default":"${DEF_SERVICE_LOCAL_HOST}","resolved":"127.0.0.1"},"SERVICE_PROJECT_NAME":{"definedBy":"lib/keystone","form":"default","default":"service"},"SERVICE_PROTOCOL":{"definedBy":"stackrc","form":"default","default":"http"},"SERVICE_TENANT_NAME":{"definedBy":"lib/keystone","form":"computed","value":"${SERVICE_PROJECT_NAME:-service}","resolved":"service:-service}"},"SERVICE_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"60"},"SPICEHTML5PROXY_URL":{"definedBy":"lib/nova","form":"default","defaultComputed":true,"scope":"function","function":"configure_console_compute","beforePrompt":false},"SPICESERVER_LISTEN":{"definedBy":"lib/nova","form":"default","default":"$NOVA_SERVICE_LISTEN_ADDRESS","scope":"function","function":"configure_console_compute","beforePrompt":false},"SPICESERVER_PROXYCLIENT_ADDRESS":{"definedBy":"lib/nova","form":"default","default":"$default_proxyclient_addr","scope":"function","function":"configure_console_compute","beforePrompt":false},"SPICE_BRANCH":{"definedBy":"stackrc","form":"default","default":"$BRANCHLESS_TARGET_BRANCH","resolved":"master"},"SPICE_FROM_PACKAGE":{"definedBy":"lib/nova","form":"trueorfalse","default":"True","scope":"function","function":"install_nova","beforePrompt":false},"SPICE_REPO":{"definedBy":"stackrc","form":"default","default":"http://anongit.freedesktop.org/git/spice/spice-html5.git"},"SPICE_WEB_DIR":{"definedBy":"lib/nova","form":"literal","default":"/usr/share/spice-html5","scope":"function","function":"install_nova","beforePrompt":false},"STACK_USER":{"definedBy":"stackrc","form":"literal","default":"stack","scope":"branch"},"SUBNETPOOL_NAME_V4":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed","value":"${SUBNETPOOL_NAME:-\\"shared-default-subnetpool-v4\\"}"},"SUBNETPOOL_NAME_V6":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed","value":"${SUBNETPOOL_NAME:-\\"shared-default-subnetpool-v6\\"}"},"SUBNETPOOL_PREFIX_V4":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"$IPV4_ADDRS_SAFE_TO_USE","resolved":"10.0.0.0/22"},"SUBNETPOOL_PREFIX_V6":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"$IPV6_ADDRS_SAFE_TO_USE"},"SUBNETPOOL_SIZE_V4":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"26"},"SUBNETPOOL_SIZE_V6":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"64"},"SUBUNIT_OUTPUT":{"definedBy":"stackrc","form":"computed","value":"${DEST}/devstack.subunit","resolved":"/opt/stack/devstack.subunit"},"SWIFT_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"stable/victoria"},"SWIFT_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/swift.git","resolved":"https://opendev.org/openstack/swift.git"},"SYSLOG":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"SYSLOG_HOST":{"definedBy":"stackrc","form":"default","default":"$HOST_IP"},"SYSLOG_PORT":{"definedBy":"stackrc","form":"default","default":"516"},"SYSTEMCTL":{"definedBy":"stackrc","form":"literal","default":"systemctl --user","scope":"branch"},"SYSTEMD_DIR":{"definedBy":"stackrc","form":"computed","value":"$HOME/.local/share/systemd/user","scope":"branch"},"TARGET_BRANCH":{"definedBy":"stackrc","form":"literal","default":"stable/victoria"},"TEMPEST_BRANCH":{"definedBy":"stackrc","form":"default","default":"$BRANCHLESS_TARGET_BRANCH","resolved":"master"},"TEMPEST_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/tempest.git","resolved":"https://opendev.org/openstack/tempest.git"},"TENANT_TUNNEL_RANGES":{"definedBy":"lib/neutron-legacy","form":"default","default":"1:1000"},"TENANT_VLAN_RANGE":{"definedBy":"lib/neutron-legacy","form":"default","default":""},"TPUT_T":{"definedBy":"stackrc","form":"literal","default":"","scope":"branch"},"TRAILING_TARGET_BRANCH":{"definedBy":"stackrc","form":"literal","default":"master"},"TUNNEL_ENDPOINT_IP":{"definedBy":"lib/neutron-legacy","form":"default","default":"$HOST_IP"},"UBUNTU_RELEASE_BASE_NUM":{"definedBy":"lib/etcd3","form":"computed","scope":"branch"},"ULIMIT_NOFILE":{"definedBy":"stackrc","form":"default","default":"2048"},"USER_UNITS":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"USE_CINDER_FOR_GLANCE":{"definedBy":"lib/glance","form":"trueorfalse","default":"False"},"USE_PYTHON3":{"definedBy":"stackrc","form":"literal","default":"True"},"USE_SUBNETPOOL":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"USE_VENV":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"VIF_PLUGGING_IS_FATAL":{"definedBy":"lib/neutron-legacy","form":"default","default":"True"},"VIF_PLUGGING_TIMEOUT":{"definedBy":"lib/neutron-legacy","form":"default","default":"300"},"VIRTUALENV_CMD":{"definedBy":"stackrc","form":"literal","default":"python3 -m venv","scope":"branch"},"VIRT_DRIVER":{"definedBy":"stackrc","form":"default","default":"$DEFAULT_VIRT_DRIVER","resolved":"libvirt"},"VNCSERVER_LISTEN":{"definedBy":"lib/nova","form":"default","default":"$NOVA_SERVICE_LISTEN_ADDRESS","scope":"function","function":"configure_console_compute","beforePrompt":false},"VNCSERVER_PROXYCLIENT_ADDRESS":{"definedBy":"lib/nova","form":"default","default":"$default_proxyclient_addr","scope":"function","function":"configure_console_compute","beforePrompt":false},"VOLUME_BACKING_FILE_SIZE":{"definedBy":"stackrc","form":"default","default":"24G"},"VOLUME_NAME_PREFIX":{"definedBy":"stackrc","form":"default","default":"volume-"},"WORKER_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"90"},"WSGI_MODE":{"definedBy":"stackrc","form":"default","default":"uwsgi"},"XENAPI_USER":{"definedBy":"stackrc","form":"default","default":"root","scope":"branch"},"XTRACE":{"definedBy":"lib/neutron","form":"computed"},"XVPVNCPROXY_URL":{"definedBy":"lib/nova","form":"default","defaultComputed":true,"scope":"function","function":"configure_console_compute","beforePrompt":false},"_DEFAULT_PYTHON3_VERSION":{"definedBy":"stackrc","form":"computed"},"_LOG_COLOR_DEFAULT":{"definedBy":"stackrc","form":"literal","default":"True","scope":"branch"},"_NEUTRON_SERVER_EXTRA_CONF_FILES_ABS":{"definedBy":"lib/neutron","form":"append","scope":"function","function":"neutron_server_config_add_new","beforePrompt":false,"beforeMerge":false},"_Q_PLUGIN_EXTRA_CONF_PATH":{"definedBy":"lib/neutron-legacy","form":"literal","default":"/etc/neutron"},"_XTRACE_CINDER":{"definedBy":"lib/cinder","form":"computed"},"_XTRACE_ETCD3":{"definedBy":"lib/etcd3","form":"computed"},"_XTRACE_GLANCE":{"definedBy":"lib/glance","form":"computed"},"_XTRACE_HORIZON":{"definedBy":"lib/horizon","form":"computed"},"_XTRACE_KEYSTONE":{"definedBy":"lib/keystone","form":"computed"},"_XTRACE_LIB_NOVA":{"definedBy":"lib/nova","form":"computed"},"_XTRACE_LIB_PLACEMENT":{"definedBy":"lib/placement","form":"computed"},"_XTRACE_RPC_BACKEND":{"definedBy":"lib/rpc_backend","form":"computed"},"admin_group":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"admin_project":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"admin_user":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"alt_demo_project":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"alt_demo_user":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"auth_port":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_AUTH_PORT_INT","scope":"function","function":"configure_keystone","beforePrompt":false,"resolved":"35358"},"auth_protocol":{"definedBy":"lib/keystone","form":"literal","default":"http","scope":"function","function":"start_keystone","beforePrompt":false,"beforeMerge":false},"be_name":{"definedBy":"lib/cinder","form":"computed","value":"${be##*:}","scope":"branch"},"be_type":{"definedBy":"lib/cinder","form":"computed","value":"${be%%:*}","scope":"branch"},"cinder_url":{"definedBy":"lib/cinder","form":"computed","value":"$service_protocol://$SERVICE_HOST:$service_port","scope":"function","function":"start_cinder","beforePrompt":false,"beforeMerge":false},"cmd":{"definedBy":"lib/etcd3","form":"append","scope":"function","function":"start_etcd3","beforePrompt":false,"beforeMerge":false},"conf":{"definedBy":"lib/neutron","form":"computed","scope":"function","function":"configure_neutron_nova","beforePrompt":false},"dburl":{"definedBy":"lib/glance","form":"computed","scope":"function","function":"configure_glance","beforePrompt":false},"default_logdir":{"definedBy":"stackrc","form":"computed","value":"$DEST/logs","scope":"branch","resolved":"/opt/stack/logs"},"default_name":{"definedBy":"lib/cinder","form":"computed","value":"$be_name","scope":"function","function":"configure_cinder","beforePrompt":false},"default_proxyclient_addr":{"definedBy":"lib/nova","form":"computed","scope":"function","function":"configure_console_compute","beforePrompt":false},"default_route_dev":{"definedBy":"lib/neutron-legacy","form":"computed","scope":"branch"},"default_v4_route_devs":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed"},"default_v6_route_devs":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed"},"demo_project":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"demo_user":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"disabled_services_copy":{"definedBy":"lib/neutron","form":"computed","scope":"function","function":"is_neutron_legacy_enabled","beforePrompt":false,"beforeMerge":false},"django_admin":{"definedBy":"lib/horizon","form":"literal","default":"django-admin","scope":"function","function":"init_horizon","beforePrompt":false},"drivers":{"definedBy":"lib/neutron","form":"computed","scope":"function","function":"_neutron_ml2_extension_driver_add","beforePrompt":false,"beforeMerge":false},"enabled_backends":{"definedBy":"lib/cinder","form":"append","scope":"function","function":"configure_cinder","beforePrompt":false},"etcd_file":{"definedBy":"lib/etcd3","form":"computed","scope":"function","function":"install_etcd3","beforePrompt":false},"file_dir":{"definedBy":"lib/glance","form":"computed","value":"${GLANCE_MULTISTORE_FILE_IMAGE_DIR}/${store}/","scope":"function","function":"cleanup_glance","beforePrompt":false,"beforeMerge":false},"found":{"definedBy":"lib/rpc_backend","form":"computed","scope":"function","function":"rabbit_setuser","beforePrompt":false,"beforeMerge":false},"glance_store_extras":{"definedBy":"lib/glance","form":"computed","value":"(\\"cinder\\" \\"${glance_store_extras[@]}\\")","scope":"function","function":"install_glance","beforePrompt":false},"horizon_conf":{"definedBy":"lib/horizon","form":"computed","scope":"function","function":"configure_horizon","beforePrompt":false},"instances":{"definedBy":"lib/nova","form":"computed","scope":"function","function":"cleanup_nova","beforePrompt":false,"beforeMerge":false},"invis_project":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"keystone_apache_conf":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"_config_keystone_apache_wsgi","beforePrompt":false,"beforeMerge":false},"keystone_auth_port":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_AUTH_PORT_INT","scope":"function","function":"_config_keystone_apache_wsgi","beforePrompt":false,"beforeMerge":false,"resolved":"35358"},"keystone_service_port":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_SERVICE_PORT_INT","scope":"function","function":"_config_keystone_apache_wsgi","beforePrompt":false,"beforeMerge":false,"resolved":"5001"},"keystone_ssl_listen":{"definedBy":"lib/keystone","form":"literal","default":"#","scope":"function","function":"_config_keystone_apache_wsgi","beforePrompt":false,"beforeMerge":false},"ldap_user":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_ldap_domain","beforePrompt":false},"line":{"definedBy":"lib/horizon","form":"computed","scope":"function","function":"_horizon_config_set","beforePrompt":false,"beforeMerge":false},"logfile":{"definedBy":"stackrc","form":"computed","value":"${LOGFILE##*/}","scope":"branch"},"mech_drivers":{"definedBy":"lib/neutron","form":"append","scope":"function","function":"configure_neutron_new","beforePrompt":false},"neutron_service":{"definedBy":"lib/neutron","form":"computed","scope":"function","function":"create_neutron_accounts_new","beforePrompt":false},"neutron_url":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_SERVICE_PROTOCOL://$NEUTRON_SERVICE_HOST/networking/","scope":"function","function":"create_neutron_accounts_new","beforePrompt":false},"non_admin_group":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_keystone_accounts","beforePrompt":false},"nova_api_url":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_SERVICE_PROTOCOL://$NOVA_SERVICE_HOST:$NOVA_SERVICE_PORT","scope":"function","function":"create_nova_accounts","beforePrompt":false},"nova_url":{"definedBy":"lib/nova","form":"computed","value":"$service_protocol://$SERVICE_HOST:$service_port","scope":"function","function":"start_nova_api","beforePrompt":false,"beforeMerge":false},"offset":{"definedBy":"lib/nova","form":"computed","scope":"function","function":"create_nova_conf","beforePrompt":false},"opts":{"definedBy":"lib/neutron","form":"append","scope":"function","function":"start_neutron_api","beforePrompt":false,"beforeMerge":false},"out":{"definedBy":"lib/rpc_backend","form":"computed","scope":"function","function":"rabbit_setuser","beforePrompt":false,"beforeMerge":false},"pid":{"definedBy":"lib/neutron","form":"computed","scope":"function","function":"stop_neutron_new","beforePrompt":false,"beforeMerge":false},"placement_api_apache_conf":{"definedBy":"lib/placement","form":"computed","scope":"function","function":"_config_placement_apache_wsgi","beforePrompt":false,"beforeMerge":false},"placement_bin_dir":{"definedBy":"lib/placement","form":"computed","scope":"function","function":"_config_placement_apache_wsgi","beforePrompt":false,"beforeMerge":false},"plugins":{"definedBy":"lib/neutron","form":"computed","scope":"function","function":"neutron_service_plugin_class_add_new","beforePrompt":false,"beforeMerge":false},"service_domain_id":{"definedBy":"lib/glance","form":"computed","scope":"function","function":"create_glance_accounts","beforePrompt":false},"service_port":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_SERVICE_PORT_INT","scope":"function","function":"start_cinder","beforePrompt":false,"beforeMerge":false,"resolved":"18776"},"service_protocol":{"definedBy":"lib/cinder","form":"literal","default":"http","scope":"function","function":"start_cinder","beforePrompt":false,"beforeMerge":false},"targets":{"definedBy":"lib/cinder","form":"computed","scope":"function","function":"cleanup_cinder","beforePrompt":false,"beforeMerge":false},"tempfile":{"definedBy":"lib/neutron","form":"computed","scope":"function","function":"configure_neutron_rootwrap","beforePrompt":false},"tgts":{"definedBy":"lib/nova","form":"computed","scope":"function","function":"cleanup_nova","beforePrompt":false,"beforeMerge":false},"tmp_ldap_dir":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"create_ldap_domain","beforePrompt":false},"venv_path":{"definedBy":"lib/keystone","form":"computed","scope":"function","function":"_config_keystone_apache_wsgi","beforePrompt":false,"beforeMerge":false},"vhost":{"definedBy":"lib/nova","form":"computed","value":"nova_cell${i}","scope":"function","function":"create_nova_conf","beforePrompt":false}}},"newest":{"defaultServices":"key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,ovn-controller,ovn-northd,ovs-vswitchd,ovsdb-server,q-svc,q-ovn-agent,horizon,rabbit,tempest,mysql,etcd3,dstat","variables":{"ADDITIONAL_VENV_PACKAGES":{"definedBy":"stackrc","form":"default","default":""},"AGENT_DHCP_BINARY":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_BIN_DIR/neutron-dhcp-agent","resolved":"/opt/stack/neutron/bin/neutron-dhcp-agent"},"AGENT_L3_BINARY":{"definedBy":"lib/neutron","form":"default","default":"$NEUTRON_BIN_DIR/neutron-l3-agent","resolved":"/opt/stack/neutron/bin/neutron-l3-agent"},"AGENT_META_BINARY":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_BIN_DIR/neutron-metadata-agent","resolved":"/opt/stack/neutron/bin/neutron-metadata-agent"},"ALEMBIC_BRANCH":{"definedBy":"lib/neutron","form":"default","default":"main"},"ALEMBIC_DIR":{"definedBy":"lib/neutron","form":"default","default":"$DEST/alembic","resolved":"/opt/stack/alembic"},"ALEMBIC_REPO":{"definedBy":"lib/neutron","form":"default","default":"https://github.com/sqlalchemy/alembic.git"},"API_WORKERS":{"definedBy":"stackrc","form":"default","defaultComputed":true},"BRANCHLESS_TARGET_BRANCH":{"definedBy":"stackrc","form":"literal","default":"master"},"CACHE_BACKEND":{"definedBy":"stackrc","form":"default","default":"dogpile.cache.memcached"},"CELLSV2_SETUP":{"definedBy":"stackrc","form":"default","default":"superconductor"},"CINDER_ALLOWED_DIRECT_URL_SCHEMES":{"definedBy":"lib/cinder","form":"default","default":""},"CINDER_API_PASTE_INI":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_CONF_DIR/api-paste.ini","resolved":"/etc/cinder/api-paste.ini"},"CINDER_BACKENDS":{"definedBy":"lib/cinder","form":"computed","value":"$TOP_DIR/lib/cinder_backends"},"CINDER_BACKUPS":{"definedBy":"lib/cinder","form":"computed","value":"$TOP_DIR/lib/cinder_backups"},"CINDER_BACKUP_DRIVER":{"definedBy":"lib/cinder","form":"default","default":"swift"},"CINDER_BIN_DIR":{"definedBy":"lib/cinder","form":"computed","value":"${PROJECT_VENV[\\"cinder\\"]}/bin","scope":"branch"},"CINDER_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"CINDER_CACHE_ENABLED_FOR_BACKENDS":{"definedBy":"lib/cinder","form":"default","default":"$CINDER_ENABLED_BACKENDS","resolved":"lvm:lvmdriver-1"},"CINDER_CONF":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_CONF_DIR/cinder.conf","resolved":"/etc/cinder/cinder.conf"},"CINDER_CONF_DIR":{"definedBy":"lib/cinder","form":"literal","default":"/etc/cinder"},"CINDER_DIR":{"definedBy":"lib/cinder","form":"computed","value":"$DEST/cinder","resolved":"/opt/stack/cinder"},"CINDER_DRIVER":{"definedBy":"lib/cinder","form":"default","default":"default"},"CINDER_ENABLED_BACKENDS":{"definedBy":"lib/cinder","form":"default","default":"lvm:lvmdriver-1"},"CINDER_ENFORCE_SCOPE":{"definedBy":"lib/cinder","form":"trueorfalse","default":"False"},"CINDER_IMG_CACHE_ENABLED":{"definedBy":"lib/cinder","form":"default","default":"True"},"CINDER_IMG_CACHE_SIZE_COUNT":{"definedBy":"lib/cinder","form":"default","default":""},"CINDER_IMG_CACHE_SIZE_GB":{"definedBy":"lib/cinder","form":"default","default":""},"CINDER_LVM_TYPE":{"definedBy":"lib/cinder","form":"default","default":"auto"},"CINDER_MY_IP":{"definedBy":"lib/cinder","form":"computed","value":"$HOST_IPV6","scope":"branch"},"CINDER_PLUGINS":{"definedBy":"lib/cinder","form":"computed","value":"$TOP_DIR/lib/cinder_plugins"},"CINDER_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/cinder.git","resolved":"https://opendev.org/openstack/cinder.git"},"CINDER_SERVICE_HOST":{"definedBy":"lib/cinder","form":"default","default":"$SERVICE_HOST"},"CINDER_SERVICE_LISTEN_ADDRESS":{"definedBy":"lib/cinder","form":"default","defaultComputed":true},"CINDER_SERVICE_PORT":{"definedBy":"lib/cinder","form":"default","default":"8776"},"CINDER_SERVICE_PORT_INT":{"definedBy":"lib/cinder","form":"default","default":"18776"},"CINDER_SERVICE_PROTOCOL":{"definedBy":"lib/cinder","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"CINDER_SERVICE_REPORT_INTERVAL":{"definedBy":"lib/cinder","form":"default","default":"120"},"CINDER_STATE_PATH":{"definedBy":"lib/cinder","form":"default","default":"$DATA_DIR/cinder","resolved":"/opt/stack/data/cinder"},"CINDER_TARGET_HELPER":{"definedBy":"lib/cinder","form":"default","default":"lioadm"},"CINDER_TARGET_PORT":{"definedBy":"lib/cinder","form":"default","default":"4420","scope":"branch"},"CINDER_TARGET_PREFIX":{"definedBy":"lib/cinder","form":"default","default":"nvme-subsystem-1","scope":"branch"},"CINDER_TARGET_PROTOCOL":{"definedBy":"lib/cinder","form":"default","default":"nvmet_rdma","scope":"branch"},"CINDER_USE_MOD_WSGI":{"definedBy":"lib/cinder","form":"default","default":"True"},"CINDER_UWSGI":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_BIN_DIR/cinder-wsgi"},"CINDER_UWSGI_CONF":{"definedBy":"lib/cinder","form":"computed","value":"$CINDER_CONF_DIR/cinder-api-uwsgi.ini","resolved":"/etc/cinder/cinder-api-uwsgi.ini"},"CINDER_VOLUME_CLEAR":{"definedBy":"lib/cinder","form":"default","default":"${CINDER_VOLUME_CLEAR_DEFAULT:-zero}"},"CIRROS_ARCH":{"definedBy":"stackrc","form":"default","defaultComputed":true},"CIRROS_VERSION":{"definedBy":"stackrc","form":"default","default":"0.6.2"},"DATABASE_QUERY_LOGGING":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"DATA_DIR":{"definedBy":"stackrc","form":"computed","value":"${DEST}/data","resolved":"/opt/stack/data"},"DEFAULT_IMAGE_FILE_NAME":{"definedBy":"stackrc","form":"default","default":"cirros-${CIRROS_VERSION}-${CIRROS_ARCH}-rootfs.img.gz","scope":"branch"},"DEFAULT_IMAGE_NAME":{"definedBy":"stackrc","form":"default","default":"cirros-${CIRROS_VERSION}-${CIRROS_ARCH}-rootfs","scope":"branch"},"DEFAULT_VIRT_DRIVER":{"definedBy":"stackrc","form":"literal","default":"libvirt"},"DEF_SERVICE_HOST":{"definedBy":"stackrc","form":"computed","value":"$HOST_IP","scope":"branch"},"DEF_SERVICE_LISTEN_ADDRESS":{"definedBy":"stackrc","form":"literal","default":"0.0.0.0","scope":"branch"},"DEF_SERVICE_LOCAL_HOST":{"definedBy":"stackrc","form":"literal","default":"127.0.0.1","scope":"branch"},"DEF_TUNNEL_ENDPOINT_IP":{"definedBy":"stackrc","form":"computed","value":"$HOST_IP","scope":"branch"},"DEST":{"definedBy":"stackrc","form":"literal","default":"/opt/stack"},"DEVSTACK_SERIES":{"definedBy":"stackrc","form":"literal","default":"2024.2"},"DEVSTACK_VENV":{"definedBy":"stackrc","form":"default","default":"$DATA_DIR/venv","resolved":"/opt/stack/data/venv"},"DOCKER_GROUP":{"definedBy":"stackrc","form":"default","default":"docker","scope":"branch"},"DOWNLOAD_DEFAULT_IMAGES":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"ENABLED_SERVICES":{"definedBy":"stackrc","form":"literal","default":"key","scope":"branch"},"ENABLE_CHASSIS_AS_GW":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"trueorfalse","default":"True"},"ENABLE_DEBUG_LOG_LEVEL":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"ENABLE_HTTPD_MOD_WSGI_SERVICES":{"definedBy":"stackrc","form":"literal","default":"True"},"ENABLE_ISOLATED_METADATA":{"definedBy":"lib/neutron","form":"default","default":"False"},"ENABLE_METADATA_NETWORK":{"definedBy":"lib/neutron","form":"default","default":"False"},"ENABLE_TENANT_TUNNELS":{"definedBy":"lib/neutron","form":"default","default":"True"},"ENABLE_TENANT_VLANS":{"definedBy":"lib/neutron","form":"default","default":"False"},"ENABLE_VOLUME_MULTIATTACH":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"ENFORCE_SCOPE":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"ERROR_ON_CLONE":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"ETCD_DOWNLOAD_FILE":{"definedBy":"stackrc","form":"computed","value":"$ETCD_NAME.tar.gz"},"ETCD_DOWNLOAD_LOCATION":{"definedBy":"stackrc","form":"computed","value":"$ETCD_DOWNLOAD_URL/$ETCD_VERSION/$ETCD_DOWNLOAD_FILE"},"ETCD_DOWNLOAD_URL":{"definedBy":"stackrc","form":"default","default":"https://github.com/etcd-io/etcd/releases/download"},"ETCD_NAME":{"definedBy":"stackrc","form":"computed","value":"etcd-$ETCD_VERSION-linux-$ETCD_ARCH"},"ETCD_PEER_PORT":{"definedBy":"stackrc","form":"default","default":"2380"},"ETCD_PORT":{"definedBy":"stackrc","form":"default","default":"2379"},"ETCD_VERSION":{"definedBy":"stackrc","form":"default","default":"v3.4.27"},"EXTRA_CACHE_URLS":{"definedBy":"stackrc","form":"literal","default":""},"FIXED_RANGE":{"definedBy":"stackrc","form":"default","default":"$IPV4_ADDRS_SAFE_TO_USE","resolved":"10.0.0.0/22"},"FIXED_RANGE_V6":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","defaultComputed":true},"FLOATING_RANGE":{"definedBy":"stackrc","form":"default","default":"172.24.4.0/24"},"FORCE_CONFIG_DRIVE":{"definedBy":"lib/nova","form":"default","default":"False"},"GIT_BASE":{"definedBy":"stackrc","form":"default","default":"https://opendev.org"},"GIT_DEPTH":{"definedBy":"stackrc","form":"default","default":"0"},"GIT_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"0"},"GLANCE_API_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-api.conf","resolved":"/etc/glance/glance-api.conf"},"GLANCE_API_PASTE_INI":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-api-paste.ini","resolved":"/etc/glance/glance-api-paste.ini"},"GLANCE_BIN_DIR":{"definedBy":"lib/glance","form":"computed","value":"${PROJECT_VENV[\\"glance\\"]}/bin","scope":"branch"},"GLANCE_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"GLANCE_CACHE_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-cache.conf","resolved":"/etc/glance/glance-cache.conf"},"GLANCE_CACHE_DIR":{"definedBy":"lib/glance","form":"default","default":"$DATA_DIR/glance/cache","resolved":"/opt/stack/data/glance/cache"},"GLANCE_CACHE_DRIVER":{"definedBy":"lib/glance","form":"default","default":"centralized_db"},"GLANCE_CINDER_DEFAULT_BACKEND":{"definedBy":"lib/glance","form":"default","default":"lvmdriver-1"},"GLANCE_CONF_DIR":{"definedBy":"lib/glance","form":"default","default":"/etc/glance"},"GLANCE_DEFAULT_BACKEND":{"definedBy":"lib/glance","form":"default","default":"fast"},"GLANCE_DIR":{"definedBy":"lib/glance","form":"computed","value":"$DEST/glance","resolved":"/opt/stack/glance"},"GLANCE_ENABLE_MULTIPLE_STORES":{"definedBy":"lib/glance","form":"trueorfalse","default":"False"},"GLANCE_ENABLE_QUOTAS":{"definedBy":"lib/glance","form":"trueorfalse","default":"True"},"GLANCE_ENFORCE_SCOPE":{"definedBy":"lib/glance","form":"trueorfalse","default":"True"},"GLANCE_HOSTPORT":{"definedBy":"lib/glance","form":"default","default":"$GLANCE_SERVICE_HOST:$GLANCE_SERVICE_PORT"},"GLANCE_IMAGE_DIR":{"definedBy":"lib/glance","form":"default","default":"$DATA_DIR/glance/images","resolved":"/opt/stack/data/glance/images"},"GLANCE_IMAGE_IMPORT_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-image-import.conf","resolved":"/etc/glance/glance-image-import.conf"},"GLANCE_LIMIT_IMAGE_SIZE_TOTAL":{"definedBy":"lib/glance","form":"default","default":"1000"},"GLANCE_LOCK_DIR":{"definedBy":"lib/glance","form":"default","default":"$DATA_DIR/glance/locks","resolved":"/opt/stack/data/glance/locks"},"GLANCE_METADEF_DIR":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/metadefs","resolved":"/etc/glance/metadefs"},"GLANCE_MULTIPLE_FILE_STORES":{"definedBy":"lib/glance","form":"default","default":"fast"},"GLANCE_MULTISTORE_FILE_IMAGE_DIR":{"definedBy":"lib/glance","form":"default","default":"$DATA_DIR/glance","resolved":"/opt/stack/data/glance"},"GLANCE_NFS_MOUNTPOINT":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_IMAGE_DIR/mnt","resolved":"/opt/stack/data/glance/images/mnt"},"GLANCE_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/glance.git","resolved":"https://opendev.org/openstack/glance.git"},"GLANCE_SCHEMA_JSON":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/schema-image.json","resolved":"/etc/glance/schema-image.json"},"GLANCE_SERVICE_HOST":{"definedBy":"lib/glance","form":"default","default":"$SERVICE_HOST"},"GLANCE_SERVICE_LISTEN_ADDRESS":{"definedBy":"lib/glance","form":"default","defaultComputed":true},"GLANCE_SERVICE_PORT":{"definedBy":"lib/glance","form":"default","default":"9292"},"GLANCE_SERVICE_PORT_INT":{"definedBy":"lib/glance","form":"default","default":"19292"},"GLANCE_SERVICE_PROTOCOL":{"definedBy":"lib/glance","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"GLANCE_SHOW_DIRECT_URL":{"definedBy":"lib/glance","form":"trueorfalse","default":"False"},"GLANCE_SHOW_MULTIPLE_LOCATIONS":{"definedBy":"lib/glance","form":"trueorfalse","default":"False"},"GLANCE_STAGING_DIR":{"definedBy":"lib/glance","form":"computed","value":"${GLANCE_MULTISTORE_FILE_IMAGE_DIR:=$DATA_DIR/os_glance_staging_store}","resolved":"/opt/stack/data/glance:=/opt/stack/data/os_glance_staging_store}"},"GLANCE_STANDALONE":{"definedBy":"lib/glance","form":"default","default":"False"},"GLANCE_STORE_ROOTWRAP_BASE_DIR":{"definedBy":"lib/glance","form":"literal","default":"/usr/local/etc/glance"},"GLANCE_SWIFT_STORE_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-swift-store.conf","resolved":"/etc/glance/glance-swift-store.conf"},"GLANCE_TASKS_DIR":{"definedBy":"lib/glance","form":"computed","value":"${GLANCE_MULTISTORE_FILE_IMAGE_DIR:=$DATA_DIR/os_glance_tasks_store}","resolved":"/opt/stack/data/glance:=/opt/stack/data/os_glance_tasks_store}"},"GLANCE_URL":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_SERVICE_PROTOCOL://$GLANCE_SERVICE_HOST/image","scope":"branch"},"GLANCE_USE_IMPORT_WORKFLOW":{"definedBy":"lib/glance","form":"trueorfalse","default":"False"},"GLANCE_UWSGI":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_BIN_DIR/glance-wsgi-api"},"GLANCE_UWSGI_CONF":{"definedBy":"lib/glance","form":"computed","value":"$GLANCE_CONF_DIR/glance-uwsgi.ini","resolved":"/etc/glance/glance-uwsgi.ini"},"GLOBAL_VENV":{"definedBy":"stackrc","form":"trueorfalse","default":"False","scope":"branch"},"HORIZON_APACHE_ROOT":{"definedBy":"stackrc","form":"literal","default":"/dashboard"},"HORIZON_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"HORIZON_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/horizon.git","resolved":"https://opendev.org/openstack/horizon.git"},"HOST_IP":{"definedBy":"stackrc","form":"computed"},"HOST_IPV6":{"definedBy":"stackrc","form":"computed"},"HOST_IP_IFACE":{"definedBy":"stackrc","form":"default","default":""},"IDENTITY_API_VERSION":{"definedBy":"stackrc","form":"literal","default":"3"},"INSTANCE_NAME_PREFIX":{"definedBy":"stackrc","form":"default","default":"instance-"},"IPV4_ADDRS_SAFE_TO_USE":{"definedBy":"stackrc","form":"default","default":"10.0.0.0/22"},"IPV6_ADDRESS_MODE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"slaac"},"IPV6_ADDRS_SAFE_TO_USE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"fd$IPV6_GLOBAL_ID::/56"},"IPV6_GLOBAL_ID":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed"},"IPV6_PRIVATE_NETWORK_DNS":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"$IPV6_PUBLIC_NETWORK_GATEWAY","resolved":"2001:db8::2"},"IPV6_PRIVATE_NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"IPV6_PRIVATE_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"ipv6-private-subnet"},"IPV6_PROVIDER_FIXED_RANGE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"IPV6_PROVIDER_NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"IPV6_PROVIDER_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"provider_net_v6"},"IPV6_PUBLIC_NETWORK_DNS":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"IPV6_PUBLIC_NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"2001:db8::2"},"IPV6_PUBLIC_RANGE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"2001:db8::/64"},"IPV6_PUBLIC_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"ipv6-public-subnet"},"IPV6_RA_MODE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"slaac"},"IPV6_ROUTER_GW_IP":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"2001:db8::1"},"IP_VERSION":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"4+6"},"IRONIC_PYTHON_AGENT_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"IRONIC_PYTHON_AGENT_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/ironic-python-agent.git","resolved":"https://opendev.org/openstack/ironic-python-agent.git"},"ISCSID_DEBUG":{"definedBy":"lib/nova","form":"trueorfalse","default":"False"},"ISCSID_DEBUG_LEVEL":{"definedBy":"lib/nova","form":"default","default":"4"},"KEYSTONE_ADMIN_ENDPOINT":{"definedBy":"lib/keystone","form":"trueorfalse","default":"False"},"KEYSTONE_ASSIGNMENT_BACKEND":{"definedBy":"lib/keystone","form":"default","default":"sql"},"KEYSTONE_AUTH_URI":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_SERVICE_URI"},"KEYSTONE_AUTH_URI_V3":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_SERVICE_URI/v3"},"KEYSTONE_BIN_DIR":{"definedBy":"lib/keystone","form":"computed","value":"${PROJECT_VENV[\\"keystone\\"]}/bin","scope":"branch"},"KEYSTONE_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"KEYSTONE_CONF":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_CONF_DIR/keystone.conf","resolved":"/etc/keystone/keystone.conf"},"KEYSTONE_CONF_DIR":{"definedBy":"lib/keystone","form":"default","default":"/etc/keystone"},"KEYSTONE_DEPLOY":{"definedBy":"lib/keystone","form":"literal","default":"uwsgi","scope":"branch"},"KEYSTONE_DIR":{"definedBy":"lib/keystone","form":"computed","value":"$DEST/keystone","resolved":"/opt/stack/keystone"},"KEYSTONE_ENABLE_CACHE":{"definedBy":"lib/keystone","form":"default","default":"True"},"KEYSTONE_ENFORCE_SCOPE":{"definedBy":"lib/keystone","form":"trueorfalse","default":"False"},"KEYSTONE_IDENTITY_BACKEND":{"definedBy":"lib/keystone","form":"default","default":"sql"},"KEYSTONE_LOCKOUT_DURATION":{"definedBy":"lib/keystone","form":"default","default":"10"},"KEYSTONE_LOCKOUT_FAILURE_ATTEMPTS":{"definedBy":"lib/keystone","form":"default","default":"2"},"KEYSTONE_PASSWORD_HASH_ROUNDS":{"definedBy":"lib/keystone","form":"default","default":"4"},"KEYSTONE_PUBLIC_UWSGI":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_BIN_DIR/keystone-wsgi-public"},"KEYSTONE_PUBLIC_UWSGI_CONF":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_CONF_DIR/keystone-uwsgi-public.ini","resolved":"/etc/keystone/keystone-uwsgi-public.ini"},"KEYSTONE_REGION_NAME":{"definedBy":"stackrc","form":"default","default":"$REGION_NAME","resolved":"RegionOne"},"KEYSTONE_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/keystone.git","resolved":"https://opendev.org/openstack/keystone.git"},"KEYSTONE_RESOURCE_BACKEND":{"definedBy":"lib/keystone","form":"default","default":"sql"},"KEYSTONE_ROLE_BACKEND":{"definedBy":"lib/keystone","form":"default","default":"sql"},"KEYSTONE_SECURITY_COMPLIANCE_ENABLED":{"definedBy":"lib/keystone","form":"default","default":"True"},"KEYSTONE_SERVICE_HOST":{"definedBy":"lib/keystone","form":"default","default":"$SERVICE_HOST"},"KEYSTONE_SERVICE_PORT":{"definedBy":"lib/keystone","form":"default","default":"5000"},"KEYSTONE_SERVICE_PORT_INT":{"definedBy":"lib/keystone","form":"default","default":"5001"},"KEYSTONE_SERVICE_PROTOCOL":{"definedBy":"lib/keystone","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"KEYSTONE_SERVICE_URI":{"definedBy":"lib/keystone","form":"computed","value":"${KEYSTONE_SERVICE_PROTOCOL}://${KEYSTONE_SERVICE_HOST}/identity"},"KEYSTONE_SERVICE_URI_V3":{"definedBy":"lib/keystone","form":"computed","value":"$KEYSTONE_SERVICE_URI/v3"},"KEYSTONE_TOKEN_FORMAT":{"definedBy":"lib/keystone","form":"default","default":"fernet"},"KEYSTONE_UNIQUE_LAST_PASSWORD_COUNT":{"definedBy":"lib/keystone","form":"default","default":"2"},"LB_PHYSICAL_INTERFACE":{"definedBy":"lib/neutron","form":"computed","value":"$default_route_dev","scope":"branch"},"LIBVIRT_CPU_MODE":{"definedBy":"stackrc","form":"default","default":"custom","scope":"branch"},"LIBVIRT_CPU_MODEL":{"definedBy":"stackrc","form":"default","default":"Nehalem","scope":"branch"},"LIBVIRT_GROUP":{"definedBy":"stackrc","form":"computed","scope":"branch"},"LIBVIRT_TYPE":{"definedBy":"stackrc","form":"default","default":"kvm","scope":"branch"},"LOGDIR":{"definedBy":"stackrc","form":"computed","value":"$default_logdir","scope":"branch","resolved":"/opt/stack/logs"},"LOG_COLOR":{"definedBy":"stackrc","form":"trueorfalse","default":"$_LOG_COLOR_DEFAULT","resolved":"True"},"LXD_GROUP":{"definedBy":"stackrc","form":"default","default":"lxd","scope":"branch"},"MEMCACHE_SERVERS":{"definedBy":"stackrc","form":"default","default":"localhost:11211"},"METADATA_SERVICE_PORT":{"definedBy":"lib/nova","form":"default","default":"8775"},"ML2_L3_PLUGIN":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"ovn-router"},"MYSQL_GATHER_PERFORMANCE":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"MYSQL_REDUCE_MEMORY":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"NETWORK_DNS":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed","value":"${NETWORK_GATEWAY:-$PUBLIC_NETWORK_DNS}","resolved":":-"},"NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"NEUTRON_BIN_DIR":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_DIR/bin","scope":"branch","resolved":"/opt/stack/neutron/bin"},"NEUTRON_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"NEUTRON_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/neutron.conf","resolved":"/etc/neutron/neutron.conf"},"NEUTRON_CONF_DIR":{"definedBy":"lib/neutron","form":"literal","default":"/etc/neutron"},"NEUTRON_CREATE_INITIAL_NETWORKS":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"NEUTRON_DEPLOY_MOD_WSGI":{"definedBy":"lib/neutron","form":"trueorfalse","default":"False"},"NEUTRON_DHCP_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$Q_DHCP_CONF_FILE","resolved":"/etc/neutron/dhcp_agent.ini"},"NEUTRON_DIR":{"definedBy":"lib/neutron","form":"computed","value":"$DEST/neutron","resolved":"/opt/stack/neutron"},"NEUTRON_DOMAIN_NAME":{"definedBy":"stackrc","form":"default","default":"openstackgate.local"},"NEUTRON_ENDPOINT_SERVICE_NAME":{"definedBy":"lib/neutron","form":"default","default":"networking"},"NEUTRON_ENFORCE_SCOPE":{"definedBy":"lib/neutron","form":"trueorfalse","default":"True"},"NEUTRON_FWAAS_DIR":{"definedBy":"lib/neutron","form":"computed","value":"$DEST/neutron-fwaas","resolved":"/opt/stack/neutron-fwaas"},"NEUTRON_L3_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$Q_L3_CONF_FILE","resolved":"/etc/neutron/l3_agent.ini"},"NEUTRON_OVN_AGENT_BINARY":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"literal","default":"neutron-ovn-agent"},"NEUTRON_OVN_BIN_DIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed"},"NEUTRON_OVN_METADATA_BINARY":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"literal","default":"neutron-ovn-metadata-agent"},"NEUTRON_PORT_SECURITY":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"NEUTRON_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/neutron.git","resolved":"https://opendev.org/openstack/neutron.git"},"NEUTRON_ROOTWRAP":{"definedBy":"lib/neutron","form":"computed","scope":"branch"},"NEUTRON_TEST_CONFIG_FILE":{"definedBy":"lib/neutron","form":"default","default":"$NEUTRON_CONF_DIR/debug.ini","resolved":"/etc/neutron/debug.ini"},"NEUTRON_UWSGI":{"definedBy":"lib/neutron","form":"literal","default":"neutron.wsgi.api:application"},"NEUTRON_UWSGI_CONF":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/neutron-api-uwsgi.ini","resolved":"/etc/neutron/neutron-api-uwsgi.ini"},"NOVA_ALLOW_MOVE_TO_SAME_HOST":{"definedBy":"lib/nova","form":"trueorfalse","default":"True"},"NOVA_API_DB":{"definedBy":"lib/nova","form":"default","default":"nova_api"},"NOVA_API_PASTE_INI":{"definedBy":"lib/nova","form":"default","default":"$NOVA_CONF_DIR/api-paste.ini","resolved":"/etc/nova/api-paste.ini"},"NOVA_BIN_DIR":{"definedBy":"lib/nova","form":"computed","value":"${PROJECT_VENV[\\"nova\\"]}/bin","scope":"branch"},"NOVA_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"NOVA_COND_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova.conf","resolved":"/etc/nova/nova.conf"},"NOVA_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova.conf","resolved":"/etc/nova/nova.conf"},"NOVA_CONF_DIR":{"definedBy":"lib/nova","form":"literal","default":"/etc/nova"},"NOVA_CONSOLE_PROXY_COMPUTE_TLS":{"definedBy":"lib/nova","form":"default","default":"False"},"NOVA_CPU_CELL":{"definedBy":"lib/nova","form":"default","default":"1"},"NOVA_CPU_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova-cpu.conf","resolved":"/etc/nova/nova-cpu.conf"},"NOVA_CPU_UUID":{"definedBy":"lib/nova","form":"literal","default":""},"NOVA_DIR":{"definedBy":"lib/nova","form":"computed","value":"$DEST/nova","resolved":"/opt/stack/nova"},"NOVA_ENABLED_APIS":{"definedBy":"stackrc","form":"literal","default":"osapi_compute,metadata"},"NOVA_ENABLE_CACHE":{"definedBy":"lib/nova","form":"default","default":"True"},"NOVA_ENFORCE_SCOPE":{"definedBy":"lib/nova","form":"trueorfalse","default":"True"},"NOVA_FAKE_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova-fake.conf","resolved":"/etc/nova/nova-fake.conf"},"NOVA_FILTERS":{"definedBy":"lib/nova","form":"literal","default":"ComputeFilter,ComputeCapabilitiesFilter,ImagePropertiesFilter,ServerGroupAntiAffinityFilter,ServerGroupAffinityFilter,SameHostFilter,DifferentHostFilter"},"NOVA_INSTANCES_PATH":{"definedBy":"lib/nova","form":"default","default":"${INSTANCES_PATH:=$NOVA_STATE_PATH/instances}"},"NOVA_METADATA_UWSGI":{"definedBy":"lib/nova","form":"literal","default":"nova.wsgi.metadata:application"},"NOVA_METADATA_UWSGI_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova-metadata-uwsgi.ini","resolved":"/etc/nova/nova-metadata-uwsgi.ini"},"NOVA_MY_IP":{"definedBy":"lib/nova","form":"computed","value":"$HOST_IPV6","scope":"branch"},"NOVA_NOTIFICATION_FORMAT":{"definedBy":"lib/nova","form":"default","default":"unversioned"},"NOVA_NUM_CELLS":{"definedBy":"lib/nova","form":"default","default":"1"},"NOVA_PLUGINS":{"definedBy":"lib/nova","form":"computed","value":"$TOP_DIR/lib/nova_plugins"},"NOVA_READY_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"$SERVICE_TIMEOUT","resolved":"60"},"NOVA_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/nova.git","resolved":"https://opendev.org/openstack/nova.git"},"NOVA_SERVICE_HOST":{"definedBy":"lib/nova","form":"default","default":"$SERVICE_HOST"},"NOVA_SERVICE_LISTEN_ADDRESS":{"definedBy":"lib/nova","form":"default","defaultComputed":true},"NOVA_SERVICE_PORT":{"definedBy":"lib/nova","form":"default","default":"8774"},"NOVA_SERVICE_PORT_INT":{"definedBy":"lib/nova","form":"default","default":"18774"},"NOVA_SERVICE_PROTOCOL":{"definedBy":"lib/nova","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"NOVA_SERVICE_REPORT_INTERVAL":{"definedBy":"lib/nova","form":"default","default":"120"},"NOVA_SHUTDOWN_TIMEOUT":{"definedBy":"lib/nova","form":"default","default":"0"},"NOVA_STATE_PATH":{"definedBy":"lib/nova","form":"default","default":"$DATA_DIR/nova","resolved":"/opt/stack/data/nova"},"NOVA_USE_MOD_WSGI":{"definedBy":"lib/nova","form":"default","default":"True"},"NOVA_USE_SERVICE_TOKEN":{"definedBy":"lib/nova","form":"trueorfalse","default":"True"},"NOVA_USE_UNIFIED_LIMITS":{"definedBy":"lib/nova","form":"trueorfalse","default":"False"},"NOVA_UWSGI":{"definedBy":"lib/nova","form":"literal","default":"nova.wsgi.osapi_compute:application"},"NOVA_UWSGI_CONF":{"definedBy":"lib/nova","form":"computed","value":"$NOVA_CONF_DIR/nova-api-uwsgi.ini","resolved":"/etc/nova/nova-api-uwsgi.ini"},"NOVA_VNC_ENABLED":{"definedBy":"lib/nova","form":"trueorfalse","default":"False"},"NOVNC_BRANCH":{"definedBy":"stackrc","form":"default","default":"v1.3.0"},"NOVNC_REPO":{"definedBy":"stackrc","form":"default","default":"https://github.com/novnc/novnc.git"},"NUMBER_FAKE_NOVA_COMPUTE":{"definedBy":"stackrc","form":"default","default":"1","scope":"branch"},"OFFLINE":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"OVN_AGENT_CONF":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$NEUTRON_CONF_DIR/plugins/ml2/ovn_agent.ini","resolved":"/etc/neutron/plugins/ml2/ovn_agent.ini"},"OVN_AGENT_EXTENSIONS":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":""},"OVN_BRANCH":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"v20.06.1"},"OVN_BRIDGE_MAPPINGS":{"definedBy":"lib/neutron","form":"default","default":"$PHYSICAL_NETWORK:$PUBLIC_BRIDGE","resolved":"public:br-ex"},"OVN_BUILD_FROM_SOURCE":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"trueorfalse","default":"False"},"OVN_BUILD_MODULES":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"trueorfalse","default":"False"},"OVN_DATADIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$DATA_DIR/ovn","scope":"branch","resolved":"/opt/stack/data/ovn"},"OVN_DBS_LOG_LEVEL":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"info"},"OVN_DNS_SERVERS":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"8.8.8.8"},"OVN_GENEVE_OVERHEAD":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"38"},"OVN_IGMP_SNOOPING_ENABLE":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"trueorfalse","default":"False"},"OVN_INSTALL_OVS_PYTHON_MODULE":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"trueorfalse","default":"False"},"OVN_L3_CREATE_PUBLIC_NETWORK":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"trueorfalse","default":"True"},"OVN_L3_SCHEDULER":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"leastloaded"},"OVN_META_CONF":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$NEUTRON_CONF_DIR/neutron_ovn_metadata_agent.ini","resolved":"/etc/neutron/neutron_ovn_metadata_agent.ini"},"OVN_META_DATA_HOST":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","defaultComputed":true},"OVN_NB_REMOTE":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"$OVN_PROTO:$SERVICE_HOST:6641"},"OVN_NEUTRON_SYNC_MODE":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"log"},"OVN_PROTO":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"literal","default":"ssl","scope":"branch"},"OVN_REPO":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"https://github.com/ovn-org/ovn.git"},"OVN_REPO_NAME":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed"},"OVN_RUNDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$OVS_PREFIX/var/run/ovn","resolved":"/var/run/ovn"},"OVN_SB_REMOTE":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"$OVN_PROTO:$SERVICE_HOST:6642"},"OVN_SCRIPTDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$OVN_SHAREDIR/scripts","resolved":"/share/ovn/scripts"},"OVN_SHAREDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$OVS_PREFIX/share/ovn","resolved":"/share/ovn"},"OVN_SPLIT_HASH":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"literal","default":"05bf1dbb98b0635a51f75e268ef8aed27601401d"},"OVN_UUID":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":""},"OVSDB_SERVER_LOCAL_HOST":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$SERVICE_LOCAL_HOST","resolved":"127.0.0.1"},"OVS_BINDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$OVS_PREFIX/bin","resolved":"/bin"},"OVS_DATADIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$DATA_DIR/ovs","resolved":"/opt/stack/data/ovs"},"OVS_ENABLE_TUNNELING":{"definedBy":"lib/neutron","form":"default","default":"$ENABLE_TENANT_TUNNELS","resolved":"True"},"OVS_PHYSICAL_BRIDGE":{"definedBy":"lib/neutron","form":"default","default":"br-ex"},"OVS_PREFIX":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"literal","default":""},"OVS_RUNDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$OVS_PREFIX/var/run/openvswitch","resolved":"/var/run/openvswitch"},"OVS_SBINDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$OVS_PREFIX/sbin","resolved":"/sbin"},"OVS_SCRIPTDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$OVS_SHAREDIR/scripts","resolved":"/share/openvswitch/scripts"},"OVS_SHAREDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$OVS_PREFIX/share/openvswitch","resolved":"/share/openvswitch"},"OVS_SYSCONFDIR":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"$OVS_PREFIX/etc/openvswitch","resolved":"/etc/openvswitch"},"PHYSICAL_NETWORK":{"definedBy":"lib/neutron","form":"default","default":"public"},"PLACEMENT_AUTH_STRATEGY":{"definedBy":"lib/placement","form":"default","default":"keystone"},"PLACEMENT_BIN_DIR":{"definedBy":"lib/placement","form":"computed","value":"${PROJECT_VENV[\\"placement\\"]}/bin","scope":"branch"},"PLACEMENT_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"PLACEMENT_CONF":{"definedBy":"lib/placement","form":"computed","value":"$PLACEMENT_CONF_DIR/placement.conf","resolved":"/etc/placement/placement.conf"},"PLACEMENT_CONF_DIR":{"definedBy":"lib/placement","form":"literal","default":"/etc/placement"},"PLACEMENT_DIR":{"definedBy":"lib/placement","form":"computed","value":"$DEST/placement","resolved":"/opt/stack/placement"},"PLACEMENT_ENFORCE_SCOPE":{"definedBy":"lib/placement","form":"trueorfalse","default":"False"},"PLACEMENT_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/placement.git","resolved":"https://opendev.org/openstack/placement.git"},"PLACEMENT_SERVICE_HOST":{"definedBy":"lib/placement","form":"default","default":"$SERVICE_HOST"},"PLACEMENT_SERVICE_PROTOCOL":{"definedBy":"lib/placement","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"PLACEMENT_UWSGI":{"definedBy":"lib/placement","form":"computed","value":"$PLACEMENT_BIN_DIR/placement-api"},"PLACEMENT_UWSGI_CONF":{"definedBy":"lib/placement","form":"computed","value":"$PLACEMENT_CONF_DIR/placement-uwsgi.ini","resolved":"/etc/placement/placement-uwsgi.ini"},"PRIVATE_NETWORK_NAME":{"definedBy":"stackrc","form":"default","default":"private"},"PRIVATE_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"private-subnet"},"PROVIDER_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"provider_net"},"PUBLIC_BRIDGE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"br-ex"},"PUBLIC_BRIDGE_MTU":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"1500"},"PUBLIC_INTERFACE":{"definedBy":"stackrc","form":"default","default":""},"PUBLIC_NETWORK_DNS":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"PUBLIC_NETWORK_GATEWAY":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":""},"PUBLIC_NETWORK_NAME":{"definedBy":"stackrc","form":"default","default":"public"},"PUBLIC_PHYSICAL_NETWORK":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"public"},"PUBLIC_SUBNET_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"public-subnet"},"PYTHON3_VERSION":{"definedBy":"stackrc","form":"default","default":"${_DEFAULT_PYTHON3_VERSION:-3}"},"QEMU_CONF":{"definedBy":"lib/nova","form":"literal","default":"/etc/libvirt/qemu.conf"},"Q_ADMIN_USERNAME":{"definedBy":"lib/neutron","form":"default","default":"neutron"},"Q_ALLOW_OVERLAPPING_IP":{"definedBy":"lib/neutron","form":"default","default":"True"},"Q_ASSIGN_GATEWAY_TO_PUBLIC_BRIDGE":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"Q_AUTH_STRATEGY":{"definedBy":"lib/neutron","form":"default","default":"keystone"},"Q_BUILD_OVS_FROM_GIT":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"literal","default":"True","scope":"branch"},"Q_DB_NAME":{"definedBy":"lib/neutron","form":"default","default":"neutron"},"Q_DHCP_CONF_FILE":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/dhcp_agent.ini","resolved":"/etc/neutron/dhcp_agent.ini"},"Q_DVR_MODE":{"definedBy":"lib/neutron","form":"default","default":"legacy"},"Q_HOST":{"definedBy":"lib/neutron","form":"default","default":"$SERVICE_HOST"},"Q_L3_CONF_FILE":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/l3_agent.ini","resolved":"/etc/neutron/l3_agent.ini"},"Q_L3_ROUTER_PER_TENANT":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"Q_LISTEN_ADDRESS":{"definedBy":"lib/neutron","form":"default","defaultComputed":true},"Q_LOG_DRIVER_BURST_LIMIT":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"25"},"Q_LOG_DRIVER_LOG_BASE":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"acl_log_meter"},"Q_LOG_DRIVER_RATE_LIMIT":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"100"},"Q_META_CONF_FILE":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/metadata_agent.ini","resolved":"/etc/neutron/metadata_agent.ini"},"Q_META_DATA_IP":{"definedBy":"lib/neutron","form":"default","defaultComputed":true},"Q_ML2_PLUGIN_EXT_DRIVERS":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"port_security,qos"},"Q_ML2_PLUGIN_GENEVE_TYPE_OPTIONS":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"vni_ranges=1:65536"},"Q_ML2_PLUGIN_MECHANISM_DRIVERS":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"ovn,logger"},"Q_ML2_PLUGIN_TYPE_DRIVERS":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"local,flat,vlan,geneve"},"Q_ML2_TENANT_NETWORK_TYPE":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"default","default":"geneve"},"Q_NOTIFY_NOVA_PORT_DATA_CHANGES":{"definedBy":"lib/neutron","form":"default","default":"True"},"Q_NOTIFY_NOVA_PORT_STATUS_CHANGES":{"definedBy":"lib/neutron","form":"default","default":"True"},"Q_OVS_USE_VETH":{"definedBy":"lib/neutron","form":"default","default":"False"},"Q_PLUGIN":{"definedBy":"lib/neutron","form":"default","default":"ml2"},"Q_PORT":{"definedBy":"lib/neutron","form":"default","default":"9696"},"Q_PORT_INT":{"definedBy":"lib/neutron","form":"default","default":"19696"},"Q_PROTOCOL":{"definedBy":"lib/neutron","form":"default","default":"$SERVICE_PROTOCOL","resolved":"http"},"Q_PUBLIC_VETH_EX":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"veth-pub-ex"},"Q_PUBLIC_VETH_INT":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"veth-pub-int"},"Q_ROUTER_NAME":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"router1"},"Q_RR_COMMAND":{"definedBy":"lib/neutron","form":"literal","default":"sudo","scope":"branch"},"Q_RR_CONF_FILE":{"definedBy":"lib/neutron","form":"computed","value":"$NEUTRON_CONF_DIR/rootwrap.conf","resolved":"/etc/neutron/rootwrap.conf"},"Q_RR_DAEMON_COMMAND":{"definedBy":"lib/neutron","form":"computed","value":"sudo $NEUTRON_ROOTWRAP-daemon $Q_RR_CONF_FILE","scope":"branch"},"Q_USE_PROVIDERNET_FOR_PUBLIC":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"Q_USE_PUBLIC_VETH":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"False"},"Q_USE_ROOTWRAP":{"definedBy":"lib/neutron","form":"default","default":"True"},"Q_USE_ROOTWRAP_DAEMON":{"definedBy":"lib/neutron","form":"trueorfalse","default":"True"},"Q_USE_SECGROUP":{"definedBy":"lib/neutron","form":"default","default":"True","scope":"branch"},"RC_DIR":{"definedBy":"stackrc","form":"computed"},"RECREATE_KEYSTONE_DB":{"definedBy":"stackrc","form":"trueorfalse","default":"True"},"REGION_NAME":{"definedBy":"stackrc","form":"default","default":"RegionOne"},"REQUIREMENTS_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"REQUIREMENTS_DIR":{"definedBy":"stackrc","form":"default","default":"$DEST/requirements","resolved":"/opt/stack/requirements"},"REQUIREMENTS_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/requirements.git","resolved":"https://opendev.org/openstack/requirements.git"},"S3_SERVICE_PORT":{"definedBy":"stackrc","form":"default","default":"3333"},"SERVICE_DIR":{"definedBy":"stackrc","form":"computed","value":"${DEST}/status","resolved":"/opt/stack/status"},"SERVICE_DOMAIN_NAME":{"definedBy":"lib/keystone","form":"default","default":"Default"},"SERVICE_GRACEFUL_SHUTDOWN_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"5"},"SERVICE_HOST":{"definedBy":"stackrc","form":"default","default":"${DEF_SERVICE_HOST}"},"SERVICE_IP_VERSION":{"definedBy":"stackrc","form":"default","default":"4"},"SERVICE_LISTEN_ADDRESS":{"definedBy":"stackrc","form":"default","default":"${DEF_SERVICE_LISTEN_ADDRESS}","resolved":"0.0.0.0"},"SERVICE_LOCAL_HOST":{"definedBy":"stackrc","form":"default","default":"${DEF_SERVICE_LOCAL_HOST}","resolved":"127.0.0.1"},"SERVICE_PROJECT_NAME":{"definedBy":"lib/keystone","form":"default","default":"service"},"SERVICE_PROTOCOL":{"definedBy":"stackrc","form":"default","default":"http"},"SERVICE_TENANT_NAME":{"definedBy":"lib/keystone","form":"computed","value":"${SERVICE_PROJECT_NAME:-service}","resolved":"service:-service}"},"SERVICE_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"60"},"SKIP_STOP_OVN":{"definedBy":"lib/neutron","form":"default","default":"False"},"SPICE_BRANCH":{"definedBy":"stackrc","form":"default","default":"$BRANCHLESS_TARGET_BRANCH","resolved":"master"},"SPICE_REPO":{"definedBy":"stackrc","form":"default","default":"http://anongit.freedesktop.org/git/spice/spice-html5.git"},"SQLALCHEMY_BRANCH":{"definedBy":"lib/neutron","form":"default","default":"main"},"SQLALCHEMY_DIR":{"definedBy":"lib/neutron","form":"default","default":"$DEST/sqlalchemy","resolved":"/opt/stack/sqlalchemy"},"SQLALCHEMY_REPO":{"definedBy":"lib/neutron","form":"default","default":"https://github.com/sqlalchemy/sqlalchemy.git"},"STACK_GROUP":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed"},"STACK_USER":{"definedBy":"stackrc","form":"literal","default":"stack","scope":"branch"},"SUBNETPOOL_NAME_V4":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed","value":"${SUBNETPOOL_NAME:-\\"shared-default-subnetpool-v4\\"}"},"SUBNETPOOL_NAME_V6":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed","value":"${SUBNETPOOL_NAME:-\\"shared-default-subnetpool-v6\\"}"},"SUBNETPOOL_PREFIX_V4":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"$IPV4_ADDRS_SAFE_TO_USE","resolved":"10.0.0.0/22"},"SUBNETPOOL_PREFIX_V6":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"$IPV6_ADDRS_SAFE_TO_USE"},"SUBNETPOOL_SIZE_V4":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"26"},"SUBNETPOOL_SIZE_V6":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"64"},"SUBUNIT_OUTPUT":{"definedBy":"stackrc","form":"computed","value":"${DEST}/devstack.subunit","resolved":"/opt/stack/devstack.subunit"},"SWIFT_BRANCH":{"definedBy":"stackrc","form":"default","default":"$TARGET_BRANCH","resolved":"master"},"SWIFT_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/swift.git","resolved":"https://opendev.org/openstack/swift.git"},"SYSLOG":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"SYSLOG_HOST":{"definedBy":"stackrc","form":"default","default":"$HOST_IP"},"SYSLOG_PORT":{"definedBy":"stackrc","form":"default","default":"516"},"SYSTEMCTL":{"definedBy":"stackrc","form":"literal","default":"systemctl --user","scope":"branch"},"SYSTEMD_DIR":{"definedBy":"stackrc","form":"computed","value":"$HOME/.local/share/systemd/user","scope":"branch"},"TARGET_BRANCH":{"definedBy":"stackrc","form":"literal","default":"master"},"TEMPEST_BRANCH":{"definedBy":"stackrc","form":"default","default":"$BRANCHLESS_TARGET_BRANCH","resolved":"master"},"TEMPEST_REPO":{"definedBy":"stackrc","form":"default","default":"${GIT_BASE}/openstack/tempest.git","resolved":"https://opendev.org/openstack/tempest.git"},"TEMPEST_VENV_UPPER_CONSTRAINTS":{"definedBy":"stackrc","form":"default","default":"master"},"TENANT_TUNNEL_RANGES":{"definedBy":"lib/neutron","form":"default","default":"1:1000"},"TENANT_VLAN_RANGE":{"definedBy":"lib/neutron","form":"default","default":""},"TRAILING_TARGET_BRANCH":{"definedBy":"stackrc","form":"literal","default":"master"},"TUNNEL_ENDPOINT_IP":{"definedBy":"stackrc","form":"default","default":"${DEF_TUNNEL_ENDPOINT_IP}"},"TUNNEL_IP":{"definedBy":"lib/neutron_plugins/ovn_agent","form":"computed","value":"$TUNNEL_ENDPOINT_IP"},"TUNNEL_IP_VERSION":{"definedBy":"stackrc","form":"default","default":"4"},"ULIMIT_NOFILE":{"definedBy":"stackrc","form":"default","default":"2048"},"USER_UNITS":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"USE_CINDER_FOR_GLANCE":{"definedBy":"lib/glance","form":"trueorfalse","default":"False"},"USE_PYTHON3":{"definedBy":"stackrc","form":"literal","default":"True"},"USE_SUBNETPOOL":{"definedBy":"lib/neutron_plugins/services/l3","form":"default","default":"True"},"USE_VENV":{"definedBy":"stackrc","form":"trueorfalse","default":"False"},"VIF_PLUGGING_IS_FATAL":{"definedBy":"lib/neutron","form":"default","default":"True"},"VIF_PLUGGING_TIMEOUT":{"definedBy":"lib/neutron","form":"default","default":"300"},"VIRTUALENV_CMD":{"definedBy":"stackrc","form":"literal","default":"python3 -m venv"},"VIRT_DRIVER":{"definedBy":"stackrc","form":"default","default":"$DEFAULT_VIRT_DRIVER","resolved":"libvirt"},"VOLUME_BACKING_FILE_SIZE":{"definedBy":"stackrc","form":"default","default":"30G"},"VOLUME_NAME_PREFIX":{"definedBy":"stackrc","form":"default","default":"volume-"},"VOLUME_TYPE_MULTIATTACH":{"definedBy":"lib/cinder","form":"default","default":"multiattach"},"WORKER_TIMEOUT":{"definedBy":"stackrc","form":"default","default":"80"},"WSGI_MODE":{"definedBy":"stackrc","form":"default","default":"uwsgi"},"_DEFAULT_PYTHON3_VERSION":{"definedBy":"stackrc","form":"computed"},"_LOG_COLOR_DEFAULT":{"definedBy":"stackrc","form":"literal","default":"True","scope":"branch"},"_Q_PLUGIN_EXTRA_CONF_PATH":{"definedBy":"lib/neutron","form":"literal","default":"/etc/neutron"},"default_logdir":{"definedBy":"stackrc","form":"computed","value":"$DEST/logs","scope":"branch","resolved":"/opt/stack/logs"},"default_route_dev":{"definedBy":"lib/neutron","form":"computed","scope":"branch"},"default_v4_route_devs":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed"},"default_v6_route_devs":{"definedBy":"lib/neutron_plugins/services/l3","form":"computed"},"logfile":{"definedBy":"stackrc","form":"computed","value":"${LOGFILE##*/}","scope":"branch"}}}},"plugins":{"dragonflow":{"versions":{"10f14a42":{"AGENT_L3_BINARY":{"definedBy":"plugin:dragonflow","form":"default","default":"df-l3-agent","scope":"branch"},"DEFAULT_TUNNEL_TYPE":{"definedBy":"plugin:dragonflow","form":"literal","default":"geneve","beforePrompt":false},"DF_APPS_LIST":{"definedBy":"plugin:dragonflow","form":"default","default":"$DEFAULT_APPS_LIST","beforePrompt":false},"DF_L2_RESPONDER":{"definedBy":"plugin:dragonflow","form":"default","default":"True"},"DF_L3_BINARY":{"definedBy":"plugin:dragonflow","form":"computed","value":"$NEUTRON_BIN_DIR/df-l3-agent"},"DF_LOCAL_CONTROLLER_BINARY":{"definedBy":"plugin:dragonflow","form":"computed","value":"$NEUTRON_BIN_DIR/df-local-controller"},"DF_METADATA_SERVICE":{"definedBy":"plugin:dragonflow","form":"default","default":"$NEUTRON_BIN_DIR/df-metadata-service"},"DF_METADATA_SERVICE_INTERFACE":{"definedBy":"plugin:dragonflow","form":"default","default":"tap-metadata"},"DF_METADATA_SERVICE_IP":{"definedBy":"plugin:dragonflow","form":"default","default":"169.254.169.254"},"DF_METADATA_SERVICE_PORT":{"definedBy":"plugin:dragonflow","form":"default","default":"18080"},"DF_MONITOR_TABLE_POLL_TIME":{"definedBy":"plugin:dragonflow","form":"default","default":"30"},"DF_PUBLISHER_SERVICE_BINARY":{"definedBy":"plugin:dragonflow","form":"computed","value":"$NEUTRON_BIN_DIR/df-publisher-service"},"DF_PUB_SUB":{"definedBy":"plugin:dragonflow","form":"default","default":"False"},"DF_PUB_SUB_USE_MULTIPROC":{"definedBy":"plugin:dragonflow","form":"default","default":"True"},"DF_Q_SVC_MASTER":{"definedBy":"plugin:dragonflow","form":"default","default":"True"},"DF_REDIS_INSTALL_FROM_RUBY":{"definedBy":"plugin:dragonflow","form":"default","default":"True"},"DPDK_BIND_DRIVER":{"definedBy":"plugin:dragonflow","form":"default","default":"igb_uio","beforePrompt":false},"DPDK_NIC_NAME":{"definedBy":"plugin:dragonflow","form":"default","default":"eth1","beforePrompt":false},"DPDK_NUM_OF_HUGEPAGES":{"definedBy":"plugin:dragonflow","form":"default","default":"1024","beforePrompt":false},"DRAGONFLOW_BRANCH":{"definedBy":"plugin:dragonflow","form":"default","default":"master"},"DRAGONFLOW_CONF":{"definedBy":"plugin:dragonflow","form":"literal","default":"/etc/neutron/dragonflow.ini"},"DRAGONFLOW_DIR":{"definedBy":"plugin:dragonflow","form":"computed","value":"$DEST/dragonflow"},"DRAGONFLOW_REPO":{"definedBy":"plugin:dragonflow","form":"default","default":"git://github.com/openstack/dragonflow.git"},"ENABLE_ACTIVE_DETECTION":{"definedBy":"plugin:dragonflow","form":"default","default":"True","beforePrompt":false},"ENABLE_DPDK":{"definedBy":"plugin:dragonflow","form":"default","default":"False","beforePrompt":false},"ENABLE_PORT_STATUS_NOTIFIER":{"definedBy":"plugin:dragonflow","form":"default","default":"False","beforePrompt":false},"INTEGRATION_BRIDGE":{"definedBy":"plugin:dragonflow","form":"default","default":"br-int"},"INTEGRATION_PEER_PORT":{"definedBy":"plugin:dragonflow","form":"default","default":"patch-ex"},"METADATA_PROXY_SHARED_SECRET":{"definedBy":"plugin:dragonflow","form":"default","default":"secret"},"ML2_L3_PLUGIN":{"definedBy":"plugin:dragonflow","form":"default","default":"df-l3"},"OVS_BRANCH":{"definedBy":"plugin:dragonflow","form":"default","default":"branch-2.6","beforePrompt":false},"OVS_DATAPATH_TYPE":{"definedBy":"plugin:dragonflow","form":"literal","default":"netdev","scope":"branch"},"OVS_DB_SERVICE":{"definedBy":"plugin:dragonflow","form":"literal","default":"ovsdb-server","beforePrompt":false},"OVS_DIR":{"definedBy":"plugin:dragonflow","form":"literal","default":"/var/run/openvswitch","beforePrompt":false},"OVS_INTEGRATION_BRIDGE_PROTOCOLS":{"definedBy":"plugin:dragonflow","form":"default","default":"OpenFlow10,OpenFlow13"},"OVS_MANAGER":{"definedBy":"plugin:dragonflow","form":"default","default":"ptcp:6640:0.0.0.0"},"OVS_REPO":{"definedBy":"plugin:dragonflow","form":"default","default":"http://github.com/openvswitch/ovs.git","beforePrompt":false},"OVS_VSWITCHD_SERVICE":{"definedBy":"plugin:dragonflow","form":"literal","default":"ovs-vswitchd","beforePrompt":false},"PUBLIC_BRIDGE":{"definedBy":"plugin:dragonflow","form":"default","default":"br-ex"},"PUBLIC_PEER_PORT":{"definedBy":"plugin:dragonflow","form":"default","default":"patch-int"},"PUBLISHER_RATE_LIMIT_COUNT":{"definedBy":"plugin:dragonflow","form":"default","default":"1"},"PUBLISHER_RATE_LIMIT_TIMEOUT":{"definedBy":"plugin:dragonflow","form":"default","default":"180"},"Q_AGENT":{"definedBy":"plugin:dragonflow","form":"default","default":" "},"Q_ML2_PLUGIN_MECHANISM_DRIVERS":{"definedBy":"plugin:dragonflow","form":"default","default":"df"},"Q_PLUGIN_EXTRA_CONF_PATH":{"definedBy":"plugin:dragonflow","form":"literal","default":"/etc/neutron"},"Q_USE_PROVIDERNET_FOR_PUBLIC":{"definedBy":"plugin:dragonflow","form":"default","default":"False"},"REMOTE_DB_HOSTS":{"definedBy":"plugin:dragonflow","form":"default","default":"$REMOTE_DB_IP:$REMOTE_DB_PORT","beforePrompt":false},"REMOTE_DB_IP":{"definedBy":"plugin:dragonflow","form":"default","default":"$HOST_IP","beforePrompt":false},"REMOTE_DB_PORT":{"definedBy":"plugin:dragonflow","form":"default","default":"4001","beforePrompt":false},"TUNNEL_ENDPOINT_IP":{"definedBy":"plugin:dragonflow","form":"default","default":"$HOST_IP","beforePrompt":false},"TUNNEL_TYPE":{"definedBy":"plugin:dragonflow","form":"default","default":"$DEFAULT_TUNNEL_TYPE","beforePrompt":false,"resolved":"geneve"},"UBUNTU_RELEASE_BASE_NUM":{"definedBy":"plugin:dragonflow","form":"computed","scope":"branch"}}}},"kuryr-kubernetes":{"versions":{"071b5f32":{"CNI_CONF_DIR":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"/etc/cni/net.d"},"CNI_PLUGIN_DIR":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"/opt/cni/bin"},"ETCD_PORT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"2379"},"KURYR_AUTH_CACHE_DIR":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"/var/cache/kuryr"},"KURYR_CNI_HEALTH_SERVER_PORT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"8090"},"KURYR_CONFIG":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"${KURYR_CONFIG_DIR}/kuryr.conf","resolved":"/etc/kuryr/kuryr.conf"},"KURYR_CONFIGURE_BAREMETAL_KUBELET_IFACE":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"True"},"KURYR_CONFIGURE_NEUTRON_DEFAULTS":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"True"},"KURYR_CONFIG_DIR":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"/etc/kuryr"},"KURYR_CONTAINERS_USE_LOWER_CONSTRAINTS":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"False"},"KURYR_CONTROLLER_HA_PORT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"16401"},"KURYR_CONTROLLER_REPLICAS":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"1"},"KURYR_DOCKER_ENGINE_SOCKET_FILE":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"/var/run/docker.sock"},"KURYR_DUAL_STACK":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"False"},"KURYR_ENABLED_HANDLERS":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"vif,endpoints,service,kuryrloadbalancer,kuryrport"},"KURYR_ENFORCE_SG_RULES":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"True"},"KURYR_EP_DRIVER_OCTAVIA_PROVIDER":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"default"},"KURYR_HEALTH_SERVER_PORT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"8082"},"KURYR_HOME":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"$DEST/kuryr-kubernetes"},"KURYR_IPV6":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"False"},"KURYR_K8S_API_CACERT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":""},"KURYR_K8S_API_CERT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"/etc/kubernetes/pki/apiserver-kubelet-client.crt"},"KURYR_K8S_API_KEY":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"/etc/kubernetes/pki/kuryr-client.key"},"KURYR_K8S_API_LB_PORT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"443"},"KURYR_K8S_API_PORT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"6443"},"KURYR_K8S_API_URL":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"https://${SERVICE_HOST}:${KURYR_K8S_API_PORT}"},"KURYR_K8S_CONTAINERIZED_DEPLOYMENT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"True"},"KURYR_K8S_OCTAVIA_MEMBER_MODE":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"L3"},"KURYR_K8S_TOKEN":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"5c54f8.34eb2d4f30bccf81"},"KURYR_KUBERNETES_DATA_DIR":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"${DATA_DIR}/kubernetes"},"KURYR_KUBERNETES_VERSION":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"1.28.2"},"KURYR_LB_ALGORITHM":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"ROUND_ROBIN"},"KURYR_LOCK_DIR":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"${DATA_DIR}/kuryr-kubernetes"},"KURYR_NEUTRON_DEFAULT_EXT_SVC_NET":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"public"},"KURYR_NEUTRON_DEFAULT_EXT_SVC_SUBNET":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"public-subnet"},"KURYR_NEUTRON_DEFAULT_POD_NET":{"definedBy":"plugin:kuryr-kubernetes","form":"computed","value":"${KURYR_NEUTRON_DEFAULT_POD_SUBNET:-k8s-pod-net}","resolved":"k8s-pod-subnet:-k8s-pod-net}"},"KURYR_NEUTRON_DEFAULT_POD_SUBNET":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"k8s-pod-subnet"},"KURYR_NEUTRON_DEFAULT_PROJECT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"k8s"},"KURYR_NEUTRON_DEFAULT_ROUTER":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":""},"KURYR_NEUTRON_DEFAULT_SERVICE_NET":{"definedBy":"plugin:kuryr-kubernetes","form":"computed","value":"${KURYR_NEUTRON_DEFAULT_SERVICE_SUBNET:-k8s-service-net}","resolved":"k8s-service-subnet:-k8s-service-net}"},"KURYR_NEUTRON_DEFAULT_SERVICE_SUBNET":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"k8s-service-subnet"},"KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":""},"KURYR_OVERCLOUD_VM_PORT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"port0"},"KURYR_POD_VIF_DRIVER":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"neutron-vif"},"KURYR_PORT_DEBUG":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"True"},"KURYR_PROJECT_DRIVER":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"default"},"KURYR_SG_DRIVER":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"default"},"KURYR_SUBNET_DRIVER":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"default"},"KURYR_SUPPORT_POD_SECURITY":{"definedBy":"plugin:kuryr-kubernetes","form":"literal","default":"False"},"KURYR_TIMEOUT_CLIENT_DATA":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"0"},"KURYR_TIMEOUT_MEMBER_DATA":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"0"},"KURYR_USE_PORTS_POOLS":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"False"},"KURYR_VIF_POOL_BATCH":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"5"},"KURYR_VIF_POOL_DRIVER":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"noop"},"KURYR_VIF_POOL_MANAGER":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"False"},"KURYR_VIF_POOL_MAX":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"0"},"KURYR_VIF_POOL_MIN":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"2"},"KURYR_VIF_POOL_UPDATE_FREQ":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"30"},"KURYR_WAIT_TIMEOUT":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"300"},"SUBNETPOOL_KURYR_NAME_V6":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"shared-kuryr-subnetpool-v6"},"VAR_RUN_PATH":{"definedBy":"plugin:kuryr-kubernetes","form":"default","default":"/var/run"}}}},"kuryr-libnetwork":{"versions":{"00ab0754":{"KURYR_ACTIVATOR":{"definedBy":"plugin:kuryr-libnetwork","form":"computed","value":"${KURYR_ACTIVATOR_DIR}/${KURYR_ACTIVATOR_FILENAME}","resolved":"/usr/lib/docker/plugins/kuryr/kuryr.spec"},"KURYR_ACTIVATOR_DIR":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"/usr/lib/docker/plugins/kuryr"},"KURYR_ACTIVATOR_FILENAME":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"kuryr.spec"},"KURYR_AUTH_CACHE_DIR":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"/var/cache/kuryr"},"KURYR_BIN_DIR":{"definedBy":"plugin:kuryr-libnetwork","form":"computed"},"KURYR_CAPABILITY_SCOPE":{"definedBy":"plugin:kuryr-libnetwork","form":"literal","default":"local"},"KURYR_CONFIG":{"definedBy":"plugin:kuryr-libnetwork","form":"computed","value":"${KURYR_CONFIG_DIR}/${KURYR_CONFIG_FILENAME}","resolved":"/etc/kuryr/kuryr.conf"},"KURYR_CONFIG_DIR":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"/etc/kuryr"},"KURYR_CONFIG_FILENAME":{"definedBy":"plugin:kuryr-libnetwork","form":"literal","default":"kuryr.conf"},"KURYR_DEFAULT_ACTIVATOR":{"definedBy":"plugin:kuryr-libnetwork","form":"computed","value":"${KURYR_HOME}/etc/${KURYR_ACTIVATOR_FILENAME}"},"KURYR_DEFAULT_CONFIG":{"definedBy":"plugin:kuryr-libnetwork","form":"computed","value":"${KURYR_HOME}/etc/${KURYR_CONFIG_FILENAME}"},"KURYR_DOCKER_ENGINE_PORT":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"2375"},"KURYR_HOME":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"$DEST/kuryr-libnetwork"},"KURYR_LOG_DIR":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"/var/log/kuryr"},"KURYR_POOL_PREFIX":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"10.10.0.0/16"},"KURYR_POOL_PREFIX_LEN":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"24"},"KURYR_PROCESS_EXTERNAL_CONNECTIVITY":{"definedBy":"plugin:kuryr-libnetwork","form":"default","default":"True"}}}},"networking-midonet":{"versions":{"0217af74":{"CONFIGURE_LOGGING":{"definedBy":"plugin:networking-midonet","form":"literal","default":"False"},"IPV6_ENABLED":{"definedBy":"plugin:networking-midonet","form":"literal","default":"False"},"IP_VERSION":{"definedBy":"plugin:networking-midonet","form":"literal","default":"4"},"MIDONET_API_URL":{"definedBy":"plugin:networking-midonet","form":"computed","value":"${MIDONET_SERVICE_PROTOCOL}://${MIDONET_SERVICE_HOST}:${MIDONET_SERVICE_API_PORT}/midonet-api"},"MIDONET_BRANCH":{"definedBy":"plugin:networking-midonet","form":"default","default":"staging/v5.4"},"MIDONET_CLIENT":{"definedBy":"plugin:networking-midonet","form":"default","default":"midonet.neutron.client.api.MidonetApiClient"},"MIDONET_CREATE_FAKE_UPLINK":{"definedBy":"plugin:networking-midonet","form":"default","default":"True"},"MIDONET_DEB_COMPONENT":{"definedBy":"plugin:networking-midonet","form":"default","default":"main"},"MIDONET_DEB_SUITE":{"definedBy":"plugin:networking-midonet","form":"default","default":"unstable"},"MIDONET_DEB_URI":{"definedBy":"plugin:networking-midonet","form":"default","default":"http://builds.midonet.org/midonet-5.4"},"MIDONET_DIR":{"definedBy":"plugin:networking-midonet","form":"default","default":"$DEST/midonet"},"MIDONET_METADATA_SHARED_SECRET":{"definedBy":"plugin:networking-midonet","form":"default","default":""},"MIDONET_NOVA_METADATA_URL":{"definedBy":"plugin:networking-midonet","form":"default","default":"http://${Q_META_DATA_IP}:8775"},"MIDONET_PLUGIN":{"definedBy":"plugin:networking-midonet","form":"default","default":"midonet_v2"},"MIDONET_REPO":{"definedBy":"plugin:networking-midonet","form":"default","default":"http://github.com/midonet/midonet.git"},"MIDONET_SERVICE_API_PORT":{"definedBy":"plugin:networking-midonet","form":"default","default":"8181"},"MIDONET_SERVICE_HOST":{"definedBy":"plugin:networking-midonet","form":"default","default":"$SERVICE_HOST"},"MIDONET_SERVICE_PROTOCOL":{"definedBy":"plugin:networking-midonet","form":"default","default":"$SERVICE_PROTOCOL"},"MIDONET_USE_CASSANDRA":{"definedBy":"plugin:networking-midonet","form":"default","default":"False"},"MIDONET_USE_KEYSTONE":{"definedBy":"plugin:networking-midonet","form":"default","default":"True"},"MIDONET_USE_METADATA":{"definedBy":"plugin:networking-midonet","form":"default","default":"False"},"MIDONET_USE_PACKAGE":{"definedBy":"plugin:networking-midonet","form":"default","default":"True"},"MIDONET_USE_UPLINK_NAT":{"definedBy":"plugin:networking-midonet","form":"default","default":"False"},"MIDONET_YUM_URI":{"definedBy":"plugin:networking-midonet","form":"default","default":"https://builds.midonet.org/midonet-5.4/unstable/el7"},"NETWORKING_MIDONET_DIR":{"definedBy":"plugin:networking-midonet","form":"default","default":"$DEST/networking-midonet"},"NETWORK_API_EXTENSIONS":{"definedBy":"plugin:networking-midonet","form":"literal","default":"agent,binding,dhcp_agent_scheduler,external-net"},"Q_L3_ENABLED":{"definedBy":"plugin:networking-midonet","form":"literal","default":"True"},"Q_L3_ROUTER_PER_TENANT":{"definedBy":"plugin:networking-midonet","form":"literal","default":"True"},"Q_META_DATA_IP":{"definedBy":"plugin:networking-midonet","form":"default","default":"$SERVICE_HOST"},"TOPOLOGY_API_PORT":{"definedBy":"plugin:networking-midonet","form":"default","default":"8088"}},"4a43e8d4":{"ADMIN_PASSWORD":{"definedBy":"plugin:networking-midonet","form":"default","default":"$THE_PASSWORD","resolved":"midonet"},"CONFIGURE_LOGGING":{"definedBy":"plugin:networking-midonet","form":"literal","default":"False"},"DATABASE_PASSWORD":{"definedBy":"plugin:networking-midonet","form":"default","default":"$THE_PASSWORD","resolved":"midonet"},"IPV6_ENABLED":{"definedBy":"plugin:networking-midonet","form":"literal","default":"False"},"IP_VERSION":{"definedBy":"plugin:networking-midonet","form":"literal","default":"4"},"MIDONET_API_PORT":{"definedBy":"plugin:networking-midonet","form":"default","default":"8081"},"MIDONET_API_URL":{"definedBy":"plugin:networking-midonet","form":"computed","value":"${MIDONET_SERVICE_PROTOCOL}://${MIDONET_SERVICE_HOST}:${MIDONET_API_PORT}/midonet-api"},"MIDONET_BRANCH":{"definedBy":"plugin:networking-midonet","form":"default","default":"master"},"MIDONET_CLIENT":{"definedBy":"plugin:networking-midonet","form":"default","default":"midonet.neutron.client.api.MidonetApiClient"},"MIDONET_CREATE_FAKE_UPLINK":{"definedBy":"plugin:networking-midonet","form":"default","default":"True"},"MIDONET_DIR":{"definedBy":"plugin:networking-midonet","form":"default","default":"$DEST/midonet"},"MIDONET_REPO":{"definedBy":"plugin:networking-midonet","form":"default","default":"http://github.com/midonet/midonet.git"},"MIDONET_SERVICE_HOST":{"definedBy":"plugin:networking-midonet","form":"default","default":"$SERVICE_HOST"},"MIDONET_SERVICE_PROTOCOL":{"definedBy":"plugin:networking-midonet","form":"default","default":"$SERVICE_PROTOCOL"},"NETWORK_API_EXTENSIONS":{"definedBy":"plugin:networking-midonet","form":"literal","default":"external-net,router,security-group,agent,dhcp_agent_scheduler,binding,quotas"},"Q_PLUGIN":{"definedBy":"plugin:networking-midonet","form":"literal","default":"midonet"},"RABBIT_PASSWORD":{"definedBy":"plugin:networking-midonet","form":"default","default":"$THE_PASSWORD","resolved":"midonet"},"SERVICE_PASSWORD":{"definedBy":"plugin:networking-midonet","form":"default","default":"$THE_PASSWORD","resolved":"midonet"},"SERVICE_TOKEN":{"definedBy":"plugin:networking-midonet","form":"default","default":"$THE_PASSWORD","resolved":"midonet"},"SQLALCHEMY_DATABASE_DRIVER":{"definedBy":"plugin:networking-midonet","form":"default","default":"mysqlconnector"},"THE_PASSWORD":{"definedBy":"plugin:networking-midonet","form":"literal","default":"midonet"}}}},"octavia":{"versions":{"01abc3f3":{"LBAAS_V2":{"definedBy":"plugin:octavia","form":"default","default":"q-lbaasv2"},"NEUTRON_LBAAS_CONF":{"definedBy":"plugin:octavia","form":"computed","value":"$NEUTRON_CONF_DIR/neutron_lbaas.conf"},"NEUTRON_LBAAS_DIR":{"definedBy":"plugin:octavia","form":"computed","value":"$DEST/neutron-lbaas"},"OCTAVIA":{"definedBy":"plugin:octavia","form":"default","default":"octavia"},"OCTAVIA_ADMIN_PASSWORD":{"definedBy":"plugin:octavia","form":"default","default":"${ADMIN_PASSWORD}"},"OCTAVIA_ADMIN_TENANT_NAME":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_ADMIN_USER}","resolved":"admin"},"OCTAVIA_ADMIN_USER":{"definedBy":"plugin:octavia","form":"default","default":"admin"},"OCTAVIA_AMPHORA_DRIVER":{"definedBy":"plugin:octavia","form":"default","default":"amphora_haproxy_rest_driver"},"OCTAVIA_AMP_FLAVOR_ID":{"definedBy":"plugin:octavia","form":"default","default":"10"},"OCTAVIA_AMP_IMAGE_FILE":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_DIR}/diskimage-create/${OCTAVIA_AMP_IMAGE_NAME}.qcow2"},"OCTAVIA_AMP_IMAGE_NAME":{"definedBy":"plugin:octavia","form":"default","default":"amphora-x64-haproxy"},"OCTAVIA_AMP_SSH_KEY_BITS":{"definedBy":"plugin:octavia","form":"computed","value":"${OCTAVIA_SSH_KEY_BITS:-\\"2048\\"}"},"OCTAVIA_AMP_SSH_KEY_NAME":{"definedBy":"plugin:octavia","form":"default","default":"octavia_ssh_key"},"OCTAVIA_AMP_SSH_KEY_PATH":{"definedBy":"plugin:octavia","form":"computed","value":"${OCTAVIA_SSH_KEY_PATH:-${OCTAVIA_SSH_DIR}/octavia_ssh_key}"},"OCTAVIA_AMP_SSH_KEY_TYPE":{"definedBy":"plugin:octavia","form":"computed","value":"${OCTAVIA_SSH_KEY_TYPE:-\\"rsa\\"}"},"OCTAVIA_API":{"definedBy":"plugin:octavia","form":"literal","default":"o-api"},"OCTAVIA_API_ARGS":{"definedBy":"plugin:octavia","form":"default","default":" --config-file $OCTAVIA_CONF","resolved":" --config-file /etc/octavia/octavia.conf"},"OCTAVIA_API_BINARY":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_BIN_DIR}/octavia-api"},"OCTAVIA_AUTH_VERSION":{"definedBy":"plugin:octavia","form":"default","default":"2"},"OCTAVIA_BIN_DIR":{"definedBy":"plugin:octavia","form":"default","defaultComputed":true},"OCTAVIA_CERTS_DIR":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_CONF_DIR}/certs","resolved":"/etc/octavia/certs"},"OCTAVIA_COMPUTE_DRIVER":{"definedBy":"plugin:octavia","form":"default","default":"compute_nova_driver"},"OCTAVIA_CONF":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_CONF_DIR}/octavia.conf","resolved":"/etc/octavia/octavia.conf"},"OCTAVIA_CONF_DIR":{"definedBy":"plugin:octavia","form":"default","default":"/etc/octavia"},"OCTAVIA_CONSUMER":{"definedBy":"plugin:octavia","form":"literal","default":"o-cw"},"OCTAVIA_CONSUMER_ARGS":{"definedBy":"plugin:octavia","form":"default","default":" --config-file $OCTAVIA_CONF","resolved":" --config-file /etc/octavia/octavia.conf"},"OCTAVIA_CONSUMER_BINARY":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_BIN_DIR}/octavia-worker"},"OCTAVIA_DIR":{"definedBy":"plugin:octavia","form":"default","default":"${DEST}/octavia"},"OCTAVIA_HEALTHMANAGER":{"definedBy":"plugin:octavia","form":"literal","default":"o-hm"},"OCTAVIA_HEALTHMANAGER_ARGS":{"definedBy":"plugin:octavia","form":"default","default":" --config-file $OCTAVIA_CONF","resolved":" --config-file /etc/octavia/octavia.conf"},"OCTAVIA_HEALTHMANAGER_BINARY":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_BIN_DIR}/octavia-health-manager"},"OCTAVIA_HEALTH_KEY":{"definedBy":"plugin:octavia","form":"default","default":"insecure"},"OCTAVIA_HOUSEKEEPER":{"definedBy":"plugin:octavia","form":"literal","default":"o-hk"},"OCTAVIA_HOUSEKEEPER_ARGS":{"definedBy":"plugin:octavia","form":"default","default":" --config-file $OCTAVIA_CONF","resolved":" --config-file /etc/octavia/octavia.conf"},"OCTAVIA_HOUSEKEEPER_BINARY":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_BIN_DIR}/octavia-housekeeping"},"OCTAVIA_MGMT_SUBNET":{"definedBy":"plugin:octavia","form":"default","default":"192.168.0.0/24"},"OCTAVIA_MGMT_SUBNET_END":{"definedBy":"plugin:octavia","form":"default","default":"192.168.0.200"},"OCTAVIA_MGMT_SUBNET_START":{"definedBy":"plugin:octavia","form":"default","default":"192.168.0.2"},"OCTAVIA_NETWORK_DRIVER":{"definedBy":"plugin:octavia","form":"default","default":"allowed_address_pairs_driver"},"OCTAVIA_PASSWORD":{"definedBy":"plugin:octavia","form":"default","default":"${ADMIN_PASSWORD}"},"OCTAVIA_PORT":{"definedBy":"plugin:octavia","form":"default","default":"9876"},"OCTAVIA_PROTOCOL":{"definedBy":"plugin:octavia","form":"default","default":"http"},"OCTAVIA_SERVICE":{"definedBy":"plugin:octavia","form":"literal","default":"octavia"},"OCTAVIA_SERVICE_PROVIDER":{"definedBy":"plugin:octavia","form":"default","default":"LOADBALANCERV2:Octavia:neutron_lbaas.drivers.octavia.driver.OctaviaDriver:default"},"OCTAVIA_SSH_DIR":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_CONF_DIR}/.ssh","resolved":"/etc/octavia/.ssh"},"OCTAVIA_TEMPEST":{"definedBy":"plugin:octavia","form":"default","default":"disabled"},"OCTAVIA_TEMPEST_DIR":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_DIR}/octavia/tests/tempest"},"OCTAVIA_TENANT_ID":{"definedBy":"plugin:octavia","form":"default","default":"${ADMIN_TENANT_ID}"},"OCTAVIA_USER":{"definedBy":"plugin:octavia","form":"default","default":"${OCTAVIA_ADMIN_USER}","resolved":"admin"},"Q_SVC":{"definedBy":"plugin:octavia","form":"default","default":"q-svc"}}}},"tacker":{"versions":{"04442cc7":{"BR_MGMT":{"definedBy":"plugin:tacker","form":"default","default":"br-mgmt0","scope":"branch"},"FIXED_RANGE0":{"definedBy":"plugin:tacker","form":"default","default":"10.10.0.0/24","scope":"branch"},"FIXED_RANGE1":{"definedBy":"plugin:tacker","form":"default","default":"10.10.1.0/24","scope":"branch"},"FIXED_RANGE_MGMT":{"definedBy":"plugin:tacker","form":"default","default":"192.168.120.0/24","scope":"branch"},"HEAT_CONF_DIR":{"definedBy":"plugin:tacker","form":"literal","default":"/etc/heat","beforePrompt":false},"KUBERNETES_VIM":{"definedBy":"plugin:tacker","form":"default","default":"False"},"MGMT_PHYS_NET":{"definedBy":"plugin:tacker","form":"default","default":"mgmtphysnet0","scope":"branch"},"NET0":{"definedBy":"plugin:tacker","form":"default","default":"net0","scope":"branch"},"NET1":{"definedBy":"plugin:tacker","form":"default","default":"net1","scope":"branch"},"NETWORK_GATEWAY0":{"definedBy":"plugin:tacker","form":"default","default":"10.10.0.1","scope":"branch"},"NETWORK_GATEWAY1":{"definedBy":"plugin:tacker","form":"default","default":"10.10.1.1","scope":"branch"},"NETWORK_GATEWAY_MGMT":{"definedBy":"plugin:tacker","form":"default","default":"192.168.120.1","scope":"branch"},"NETWORK_GATEWAY_MGMT_IP":{"definedBy":"plugin:tacker","form":"default","default":"192.168.120.1/24","scope":"branch"},"NET_MGMT":{"definedBy":"plugin:tacker","form":"default","default":"net_mgmt","scope":"branch"},"SUBNET0":{"definedBy":"plugin:tacker","form":"default","default":"subnet0","scope":"branch"},"SUBNET1":{"definedBy":"plugin:tacker","form":"default","default":"subnet1","scope":"branch"},"SUBNET_MGMT":{"definedBy":"plugin:tacker","form":"default","default":"subnet_mgmt","scope":"branch"},"TACKER_ADMIN_USERNAME":{"definedBy":"plugin:tacker","form":"default","default":"tacker","beforePrompt":false},"TACKER_API_PASTE_FILE":{"definedBy":"plugin:tacker","form":"computed","value":"$TACKER_CONF_DIR/api-paste.ini","scope":"function","function":"configure_tacker","beforePrompt":false,"resolved":"/etc/tacker/api-paste.ini"},"TACKER_AUTH_CACHE_DIR":{"definedBy":"plugin:tacker","form":"default","default":"/var/cache/tacker","beforePrompt":false},"TACKER_AUTH_STRATEGY":{"definedBy":"plugin:tacker","form":"default","default":"keystone","beforePrompt":false},"TACKER_BIN_DIR":{"definedBy":"plugin:tacker","form":"computed","value":"$TACKER_DIR/bin","scope":"branch","beforePrompt":false},"TACKER_CONF":{"definedBy":"plugin:tacker","form":"computed","value":"$TACKER_CONF_DIR/tacker.conf","beforePrompt":false,"resolved":"/etc/tacker/tacker.conf"},"TACKER_CONF_DIR":{"definedBy":"plugin:tacker","form":"literal","default":"/etc/tacker","beforePrompt":false},"TACKER_DB_NAME":{"definedBy":"plugin:tacker","form":"default","default":"tacker","beforePrompt":false},"TACKER_DIR":{"definedBy":"plugin:tacker","form":"computed","value":"$DEST/tacker","beforePrompt":false},"TACKER_HOST":{"definedBy":"plugin:tacker","form":"default","default":"$SERVICE_HOST","beforePrompt":false},"TACKER_MODE":{"definedBy":"plugin:tacker","form":"default","default":"all"},"TACKER_NEUTRON_AGENTS":{"definedBy":"plugin:tacker","form":"default","default":"q-agt,q-dhcp,q-meta,q-l3","scope":"branch"},"TACKER_NOVA_API_INSECURE":{"definedBy":"plugin:tacker","form":"default","default":"False","beforePrompt":false},"TACKER_NOVA_CA_CERTIFICATES_FILE":{"definedBy":"plugin:tacker","form":"default","default":"","beforePrompt":false},"TACKER_NOVA_URL":{"definedBy":"plugin:tacker","form":"default","default":"http://127.0.0.1:8774/v2","beforePrompt":false},"TACKER_POLICY_FILE":{"definedBy":"plugin:tacker","form":"computed","value":"$TACKER_CONF_DIR/policy.json","scope":"function","function":"configure_tacker","beforePrompt":false,"resolved":"/etc/tacker/policy.json"},"TACKER_PORT":{"definedBy":"plugin:tacker","form":"default","default":"9890","beforePrompt":false},"TACKER_PORT_INT":{"definedBy":"plugin:tacker","form":"default","default":"19890","beforePrompt":false},"TACKER_PROTOCOL":{"definedBy":"plugin:tacker","form":"default","default":"$SERVICE_PROTOCOL","beforePrompt":false},"TACKER_RR_CONF_FILE":{"definedBy":"plugin:tacker","form":"computed","value":"$TACKER_CONF_DIR/rootwrap.conf","beforePrompt":false,"resolved":"/etc/tacker/rootwrap.conf"},"TACKER_USE_ROOTWRAP":{"definedBy":"plugin:tacker","form":"default","default":"True","beforePrompt":false},"USE_BARBICAN":{"definedBy":"plugin:tacker","form":"literal","default":"True"},"VIRT_DRIVER":{"definedBy":"plugin:tacker","form":"literal","default":"libvirt","scope":"branch"}}}},"zun":{"versions":{"19f6d785":{"CNI_PLUGINS_CONF_SOURCE_DIR":{"definedBy":"plugin:zun","form":"computed","value":"$DEST/zun/etc/cni/net.d"},"CNI_PLUGINS_INSTALL_PLUGINS":{"definedBy":"plugin:zun","form":"literal","default":"loopback,zun-cni"},"DOCKER_GROUP":{"definedBy":"plugin:zun","form":"default","default":"docker","beforePrompt":false},"DOCKER_REMOTE_API_PORT":{"definedBy":"plugin:zun","form":"literal","default":"2375","beforePrompt":false},"ENABLE_KATA_CONTAINERS":{"definedBy":"plugin:zun","form":"default","default":"false"},"ETCD_VERSION":{"definedBy":"plugin:zun","form":"literal","default":"v3.0.13","beforePrompt":false},"ZUN_API_PASTE":{"definedBy":"plugin:zun","form":"computed","value":"$ZUN_CONF_DIR/api-paste.ini","beforePrompt":false,"resolved":"/etc/zun/api-paste.ini"},"ZUN_AUTH_CACHE_DIR":{"definedBy":"plugin:zun","form":"default","default":"/var/cache/zun","beforePrompt":false},"ZUN_BIN_DIR":{"definedBy":"plugin:zun","form":"computed","value":"$ZUN_DIR/bin","scope":"branch","beforePrompt":false},"ZUN_BRANCH":{"definedBy":"plugin:zun","form":"default","default":"master","beforePrompt":false},"ZUN_CONF":{"definedBy":"plugin:zun","form":"computed","value":"$ZUN_CONF_DIR/zun.conf","beforePrompt":false,"resolved":"/etc/zun/zun.conf"},"ZUN_CONF_DIR":{"definedBy":"plugin:zun","form":"literal","default":"/etc/zun","beforePrompt":false},"ZUN_DB_TYPE":{"definedBy":"plugin:zun","form":"default","default":"sql","beforePrompt":false},"ZUN_DIR":{"definedBy":"plugin:zun","form":"computed","value":"$DEST/zun","beforePrompt":false},"ZUN_DRIVER":{"definedBy":"plugin:zun","form":"default","default":"docker","beforePrompt":false},"ZUN_POLICY_JSON":{"definedBy":"plugin:zun","form":"computed","value":"$ZUN_CONF_DIR/policy.json","beforePrompt":false,"resolved":"/etc/zun/policy.json"},"ZUN_REPO":{"definedBy":"plugin:zun","form":"default","default":"${GIT_BASE}/openstack/zun.git","beforePrompt":false},"ZUN_SERVICE_HOST":{"definedBy":"plugin:zun","form":"default","default":"$HOST_IP","beforePrompt":false},"ZUN_SERVICE_PORT":{"definedBy":"plugin:zun","form":"default","default":"9517","beforePrompt":false},"ZUN_SERVICE_PORT_INT":{"definedBy":"plugin:zun","form":"default","default":"19517","beforePrompt":false},"ZUN_SERVICE_PROTOCOL":{"definedBy":"plugin:zun","form":"default","default":"$SERVICE_PROTOCOL","beforePrompt":false},"ZUN_STATE_PATH":{"definedBy":"plugin:zun","form":"default","default":"$DATA_DIR/zun","beforePrompt":false},"ZUN_TRUSTEE_DOMAIN_ADMIN_PASSWORD":{"definedBy":"plugin:zun","form":"default","default":"secret","beforePrompt":false}}}}}}');
;// CONCATENATED MODULE: ./build/devstack/lint/devstack-data.js
/**
 * What DevStack itself defines, per release train, and what plugins' devstack files set: a typed view of
 * `data/devstack-variables.json` (built by `scripts/devstack-vars/extract.mjs`, provenance in `data/README.md`).
 */

const DATA = devstack_variables_namespaceObject;
/** DevStack's own definition of `name` in `era` (stackrc or lib), if it is defined before the merge. */
function devstackVariable(era, name) {
    const v = DATA.eras[era]?.variables[name];
    return v && v.beforeMerge !== false ? v : undefined;
}
const namesByEra = new Map();
/** Every name DevStack defines before the merge in `era` (computed once per era). */
function devstackVariableNames(era) {
    let names = namesByEra.get(era);
    if (!names) {
        names = Object.keys(DATA.eras[era]?.variables ?? {}).filter((n) => devstackVariable(era, n));
        namesByEra.set(era, names);
    }
    return names;
}
/** The default ENABLED_SERVICES the extractor recorded for `era`. */
function dataDefaultServices(era) {
    return DATA.eras[era].defaultServices;
}
/** Definitions of `name` in every recorded version of every plugin (or only of `plugins`), set before the merge. */
function pluginDefinitions(name, plugins) {
    const out = [];
    for (const [plugin, p] of Object.entries(DATA.plugins)) {
        if (plugins && !plugins.includes(plugin))
            continue;
        for (const [version, vars] of Object.entries(p.versions)) {
            const variable = vars[name];
            if (variable && variable.beforeMerge !== false)
                out.push({ plugin, version, variable });
        }
    }
    return out;
}
/** The recorded versions of a plugin (empty when the plugin is not in the data). */
function pluginVersions(plugin) {
    return Object.keys(DATA.plugins[plugin]?.versions ?? {});
}
/** The value a variable holds when nothing overrides it: its resolved or literal default ('' for an empty one). */
function knownValue(v) {
    if (v.resolved !== undefined)
        return v.resolved;
    if (v.form === 'computed' || v.defaultComputed)
        return undefined;
    // A default that still refers to other variables (`${Y:-zero}`) has no value we can state.
    return v.default !== undefined && /[$`]/.test(v.default) ? undefined : v.default;
}

;// CONCATENATED MODULE: ./build/devstack/lint/rules/credentials.js
/**
 * LC4xx: passwords that make stack.sh prompt (docs/devstack-operations.md#password-prompts) and the relative LOGFILE
 * quirk (docs/devstack-operations.md#logs).
 */


const SECRETS = [
    { name: 'ADMIN_PASSWORD', services: ['keystone'] },
    // lib/database takes MYSQL_PASSWORD when it is non-empty and prompts only otherwise
    { name: 'DATABASE_PASSWORD', services: ['mysql', 'postgresql'], fallback: 'MYSQL_PASSWORD' },
    { name: 'RABBIT_PASSWORD', services: ['rabbit'] },
    { name: 'SERVICE_PASSWORD', services: ['keystone'] },
    { name: 'SWIFT_HASH', services: ['s-proxy', 'swift'], onlyWhenEnabled: true },
    { name: 'LDAP_PASSWORD', services: ['ldap'], onlyWhenEnabled: true },
    {
        name: 'SWIFT_TEMPURL_KEY',
        services: ['s-proxy', 'swift'],
        onlyWhenEnabled: true,
        extra: (a) => finalLiteral(a, 'SWIFT_ENABLE_TEMPURLS') === 'True',
    },
];
/** The last assignment to `name`, if any. */
function lastAssignment(a, name) {
    return a.assignments.filter((x) => x.name === name).at(-1);
}
/** The final literal value of `name`, or undefined when unset or it expands. */
function finalLiteral(a, name) {
    return lastAssignment(a, name)?.value.literal;
}
const serviceLabel = (s) => (s === 'keystone' ? 'keystone (key)' : s);
/** Whether the secret is set on every path, some, or none, counting its fallback variable as setting it. */
function setWithFallback(a, s) {
    const own = a.setState(s.name);
    const other = s.fallback ? a.setState(s.fallback) : 'no';
    if (own === 'yes' || other === 'yes')
        return 'yes';
    return own === 'maybe' || other === 'maybe' ? 'maybe' : 'no';
}
/** The first of `services` enabled on every path, else the first enabled on some path. */
function promptingService(a, services) {
    const all = services.find((svc) => a.enabledState(svc) === 'yes');
    return all ? { svc: all, all: true } : { svc: services.find((svc) => a.enabled(svc)), all: false };
}
/** Why the password is not set on every path: only after the syntax error, only in some branches, or not at all. */
function notSetReason(a, name) {
    const late = a.deadAssignments.find((x) => x.name === name);
    if (a.setState(name) === 'no' && late && a.syntaxErrorLine !== undefined)
        return {
            text: `${name} is set only at line ${late.stmt.line}, which bash never runs (the syntax error at line ${a.syntaxErrorLine} stops bash reading localrc at the command that starts at line ${a.deadFrom ?? a.syntaxErrorLine})`,
            late: true,
        };
    if (a.setState(name) === 'maybe') {
        const at = a.assignments.find((x) => x.name === name)?.stmt.line;
        return {
            text: `${name} is set only on some paths through localrc (in an if/case branch, a loop or a function${at ? `, line ${at}` : ''}); on the others it stays unset`,
            late: false,
        };
    }
    return { text: `${name} is not set`, late: false };
}
/**
 * Enabled plugins whose `devstack/settings` (or override-defaults) set `name`: DevStack sources them before
 * read_password, so a default there means no prompt. When localrc pins the plugin to a recorded version, only that
 * version counts.
 */
function pluginDefaults(a, name) {
    const out = [];
    for (const spec of a.services.plugins) {
        const ref = spec.ref ?? '';
        let versions = pluginVersions(spec.name);
        const pinned = versions.filter((v) => ref.length >= 7 && (ref.startsWith(v) || v.startsWith(ref)));
        if (pinned.length)
            versions = pinned;
        const defs = pluginDefinitions(name, [spec.name]).filter((d) => versions.includes(d.version) && d.variable.beforePrompt !== false && knownValue(d.variable));
        const first = defs[0];
        if (!first)
            continue;
        const setting = defs.map((d) => d.version);
        const notSetting = versions.filter((v) => !setting.includes(v));
        out.push({ plugin: spec.name, setting, notSetting, value: knownValue(first.variable) ?? '' });
    }
    return out;
}
const versionList = (vs) => `version${vs.length > 1 ? 's' : ''} ${listText(vs.map((v) => code(v)))}`;
/** LC401's message when only some recorded versions of an enabled plugin give the password a default. */
function partlyMessage(name, p, on) {
    const one = p.setting.length === 1;
    return (`${name} is not set here, but the ${code(p.plugin)} plugin's devstack/settings gives it a default (${code(p.value)}) in its ${versionList(p.setting)}, so with ${one ? 'that version' : 'those'} DevStack does not prompt; ` +
        `${versionList(p.notSetting)} ${p.notSetting.length > 1 ? 'set' : 'sets'} none` +
        (on
            ? `, and with ${p.notSetting.length > 1 ? 'those' : 'it'} read_password prompts for it (${serviceLabel(on)} is enabled).`
            : '.'));
}
const passwordMissing = {
    id: 'LC401',
    name: 'password-missing',
    severity: 'error',
    summary: 'A password stack.sh would prompt for is not set (the prompt hangs CI).',
    check(a) {
        const block = a.localrcBlocks[0];
        if (!block)
            return [];
        const out = [];
        for (const s of SECRETS) {
            const set = setWithFallback(a, s);
            if (set === 'yes')
                continue;
            const { svc: on, all } = promptingService(a, s.services);
            if (s.onlyWhenEnabled && (!on || (s.extra && !s.extra(a))))
                continue;
            const fromPlugins = pluginDefaults(a, s.name);
            // Every recorded version of an enabled plugin sets it: DevStack has a value before it would prompt.
            if (fromPlugins.some((p) => !p.notSetting.length))
                continue;
            const partly = fromPlugins[0];
            if (partly) {
                out.push({
                    line: block.header.line,
                    severity: 'info',
                    message: partlyMessage(s.name, partly, on),
                    fix: `Add ${code(`${s.name}=<letters-and-digits>`)} to [[local|localrc]] so the value does not depend on the plugin's version.`,
                });
                continue;
            }
            const reason = s.fallback && a.setState(s.name) === 'no' && a.setState(s.fallback) === 'maybe'
                ? {
                    text: `${s.name} is not set, and ${s.fallback} (which DevStack copies into it instead of prompting) is set only on some paths through localrc`,
                    late: false,
                }
                : notSetReason(a, s.name);
            const sure = set === 'no' && all;
            out.push({
                line: block.header.line,
                severity: on && sure ? 'error' : 'warning',
                message: on
                    ? `${reason.text}, and ${serviceLabel(on)} is enabled${all ? '' : ' on some paths'}: ${sure ? '' : 'where both hold, '}stack.sh's read_password prompts for it on stdin, which hangs a CI job (or fails at EOF when stdin is /dev/null).`
                    : `${reason.text}; nothing prompts for it because ${s.services.map(serviceLabel).join('/')} is not enabled here, but DevStack still uses it (clouds.yaml, service URLs on SERVICE_HOST), where it will be empty.`,
                fix: reason.late
                    ? `Fix the syntax error, or move ${code(`${s.name}=<letters-and-digits>`)} above it.`
                    : `Add ${code(`${s.name}=<letters-and-digits>`)} to [[local|localrc]]${set === 'maybe' ? ', outside any if/case' : ''}.`,
            });
        }
        return out;
    },
};
/** Names whose values are secrets: findings name the variable, never show its value. */
const SECRET_NAME = /(^|_)PASSWORD$|^SWIFT_HASH$|^SWIFT_TEMPURL_KEY$|^SERVICE_TOKEN$/;
const passwordNotAlphanumeric = {
    id: 'LC402',
    name: 'password-not-alphanumeric',
    severity: 'warning',
    summary: 'A password with characters other than letters and digits.',
    check(a) {
        const out = [];
        for (const x of a.assignments) {
            const v = x.value.literal;
            if (!SECRET_NAME.test(x.name) || v === undefined || !/[^A-Za-z0-9]/.test(v))
                continue;
            const chars = [...new Set(v.replace(/[A-Za-z0-9]/g, ''))].join('');
            out.push({
                line: x.stmt.line,
                endLine: x.stmt.endLine,
                message: `${x.name} contains ${code(chars)}: DevStack's own prompt accepts only alphanumerics, and it pastes passwords unescaped into database URLs (${code('mysql+pymysql://root:<password>@host')}) and config values, where characters such as @ : / # % $ break them.`,
                fix: `Use only letters and digits, e.g. ${code(`${x.name}=${v.replace(/[^A-Za-z0-9]/g, '') || 'secret0'}`)}.`,
            });
        }
        return out;
    },
};
const logfileRelative = {
    id: 'LC403',
    name: 'logfile-relative',
    severity: 'error',
    summary: 'A relative LOGFILE (e.g. `LOGFILE=devstack.log`) triggers the LOGFILE_DIR quirk.',
    check(a) {
        const x = lastAssignment(a, 'LOGFILE');
        if (!x || x.op !== '=')
            return [];
        const v = x.value.literal ?? x.value.raw.replace(/^["']/, '');
        // Absolute, home-relative, empty, or starting with an expansion we cannot resolve.
        if (v === '' || v.startsWith('/') || v.startsWith('~') || v.startsWith('$'))
            return [];
        const slash = v.lastIndexOf('/');
        const message = slash < 0
            ? `LOGFILE=${v} is relative: stack.sh computes ${code('LOGFILE_DIR=${LOGFILE%/*}')}, which is ${code(v)} itself for a name without a slash, so it runs ${code(`mkdir -p ${v}`)} (a directory in the devstack checkout), writes the log to ${code(`./${v}.<timestamp>`)} and leaves a dangling symlink ${code(`${v}/${v} -> ${v}.<timestamp>`)}; LOGDIR stays /opt/stack/logs.`
            : `LOGFILE=${v} is relative: the log lands in ${code(v.slice(0, slash))} under the directory stack.sh runs from (the devstack checkout), and the ${code(v)} symlink stack.sh creates points at a relative target that does not resolve from ${code(v.slice(0, slash))}.`;
        return [
            {
                line: x.stmt.line,
                endLine: x.stmt.endLine,
                message,
                fix: `Use an absolute path: ${code('LOGFILE=$DEST/logs/stack.sh.log')}.`,
            },
        ];
    },
};
const CREDENTIAL_RULES = [passwordMissing, passwordNotAlphanumeric, logfileRelative];

;// CONCATENATED MODULE: ./build/devstack/lint/rules/localrc.js


const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `KEY=value` with the value quoted when it holds whitespace. */
function assignmentText(name, op, value) {
    return /\s/.test(value) && !/^["']/.test(value) ? `${name}${op}"${value}"` : `${name}${op}${value}`;
}
const localrcSyntax = {
    id: 'LC301',
    name: 'localrc-syntax',
    severity: 'error',
    summary: '`bash -n` reports a syntax error in the extracted localrc (checkLocalrcSyntax).',
    check: () => [],
};
const localrcSyntaxUnchecked = {
    id: 'LC313',
    name: 'localrc-syntax-unchecked',
    severity: 'info',
    summary: '`bash -n` could not be run, so the localrc syntax was not checked (checkLocalrcSyntax).',
    check: () => [],
};
/** LC302's fix, with the value left out: it may be a password, and annotations are not masked. */
function spacedFix(name, op, value) {
    const placeholder = /\s/.test(value) && !/^["']/.test(value) ? '"<value>"' : '<value>';
    return `Write ${code(`${name}${op}${placeholder}`)} with no space around ${code(op)}.`;
}
/** A redirection operator word (`<`, `>`, `>>`, `2>`…) as the lexer leaves it. */
const isRedirection = (w) => w !== undefined && /^(?:\d*[<>]+&?|&>)$/.test(w.raw);
function spacedAssignment(st) {
    const args = st.args ?? [];
    const first = args[0];
    if (st.kind === 'call' && st.command && VAR_NAME.test(st.command) && first && /^\+?=/.test(first.raw)) {
        const name = st.command;
        const op = first.raw.startsWith('+=') ? '+=' : '=';
        const value = [first.raw.slice(op.length), ...args.slice(1).map((w) => w.raw)].filter(Boolean).join(' ');
        return {
            line: st.line,
            endLine: st.endLine,
            message: `Spaces around ${code(op)}: bash runs ${code(name)} as a command (${code(`${name}: command not found`)}) and ${name} stays unset; stack.sh does not stop.`,
            fix: spacedFix(name, op, value),
        };
    }
    const head = st.command ?? '';
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)$/.exec(head);
    // `NAME=<value>`: the `<` is a redirection, not a space (LC316 explains it).
    if (st.kind === 'other' && m && args.length > 0 && !isRedirection(args[0])) {
        const value = args.map((w) => w.raw).join(' ');
        return {
            line: st.line,
            endLine: st.endLine,
            message: `Space after ${code(m[2])}: bash runs the first word after it as a command with ${m[1]} set only in that command's environment; ${m[1]} stays unset.`,
            fix: spacedFix(m[1], m[2], value),
        };
    }
    return undefined;
}
const assignSpaces = {
    id: 'LC302',
    name: 'assign-spaces',
    severity: 'error',
    summary: '`KEY = value` in localrc runs KEY as a command.',
    check: (a) => a.statements.map(spacedAssignment).filter((d) => d !== undefined),
};
const unbalancedQuote = {
    id: 'LC303',
    name: 'unbalanced-quote',
    severity: 'error',
    summary: 'An unterminated quote or substitution swallows the rest of localrc.',
    check(a) {
        const out = [];
        for (const b of a.localrcBlocks) {
            for (const st of b.statements) {
                for (const err of st.errors) {
                    out.push({
                        line: st.line,
                        endLine: st.endLine,
                        message: `${err[0]?.toUpperCase() ?? ''}${err.slice(1)}: bash reads lines ${st.line}–${st.endLine} (to the end of the block) as one unfinished statement and stops sourcing with a syntax error; errexit is not on yet, so stack.sh continues without any of these settings.`,
                        fix: 'Close the quote on the line where it opens (or escape it with a backslash).',
                    });
                }
            }
        }
        return out;
    },
};
const COMMENTED_SPACED = /^\s*#+\s*([A-Z][A-Z0-9]*_[A-Z0-9_]*)\s+(\+?=)\s*(.*?)\s*$/;
const commentedAssignSpaces = {
    id: 'LC311',
    name: 'commented-assign-spaces',
    severity: 'info',
    summary: 'A commented-out setting written `KEY = value`: invalid if uncommented as is.',
    check(a) {
        const out = [];
        for (const st of a.localrcBlocks.flatMap((b) => b.statements)) {
            if (st.kind !== 'comment')
                continue;
            st.raw.split('\n').forEach((text, i) => {
                const m = COMMENTED_SPACED.exec(text);
                if (!m)
                    return;
                const [, name, op, value] = m;
                out.push({
                    line: st.line + i,
                    message: `Commented-out setting with spaces around ${code(op)}: uncommented as written, bash would run ${code(name)} as a command and leave it unset.`,
                    // a commented-out password is still a password: the fix shows its shape, not its value
                    fix: `Write it as ${code(`# ${assignmentText(name, op, SECRET_NAME.test(name) ? '<value>' : value)}`)}.`,
                });
            });
        }
        return out;
    },
};
const WORKFLOW_NOTE = 'a value that reaches local.conf from a workflow input must never execute';
/** The variable a word assigns (`NAME=…`, as in `export NAME=…` or an env prefix), if any. */
const assignedName = (w) => /^([A-Za-z_][A-Za-z0-9_]*)\+?=/.exec(w.raw)?.[1];
/** LC314 for one statement: the command word first (command position), then values and arguments. */
function substitutionFinding(st) {
    const at = { line: st.line, endLine: st.endLine };
    const head = st.commandWord;
    if (head?.executes && st.kind === 'call') {
        // At command position the output of the substitution is run as a command in its turn.
        return {
            ...at,
            message: `${code(head.raw)} starts a command: bash runs the substitution while stack.sh sources localrc, then runs its output as a command too; ${WORKFLOW_NOTE}.`,
            fix: 'Remove the line: localrc should only set variables and call enable_service/enable_plugin. Compute anything else in the workflow and pass literals (kdf plan --set NAME=value).',
        };
    }
    const words = [...(st.value ? [st.value] : []), ...(head && st.kind === 'other' ? [head] : []), ...(st.args ?? [])];
    const w = words.find((x) => x.executes);
    if (!w)
        return undefined;
    // Never show the text of a secret: name the variable instead.
    const name = w === st.value ? st.name : assignedName(w);
    const shownText = name && SECRET_NAME.test(name) ? `the value of ${code(name)}` : code(w.raw);
    return {
        ...at,
        message: `${shownText} runs a command on the host while stack.sh sources localrc; ${WORKFLOW_NOTE}.`,
        fix: 'Compute the value in the workflow and pass the literal (kdf plan --set NAME=value), or escape it (`\\$(`) if the text is meant literally.',
    };
}
const commandSubstitution = {
    id: 'LC314',
    name: 'localrc-command-substitution',
    severity: 'error',
    summary: '`$(…)`, backticks or `<(…)` in localrc run a command while stack.sh sources it (`$((…))` does not).',
    check(a) {
        const out = [];
        for (const st of a.statements) {
            if (st.kind !== 'assign' && st.kind !== 'call' && st.kind !== 'other')
                continue;
            const d = substitutionFinding(st);
            if (d)
                out.push(d);
        }
        return out;
    },
};
const LOCALRC_SYNTAX_RULES = [
    commandSubstitution,
    localrcSyntax,
    assignSpaces,
    unbalancedQuote,
    commentedAssignSpaces,
    localrcSyntaxUnchecked,
];

;// CONCATENATED MODULE: ./build/devstack/lint/rules/commands.js


/** Bash reserved words and builtins. */
const BASH_WORDS = '. : [ [[ alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs disown echo enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile popd printf pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type typeset ulimit umask unalias unset wait if then else elif fi case esac for select while until do done in function time { } !';
/**
 * Public functions of DevStack's `functions`, `functions-common` and `inc/*` (df era to newest): stackrc has sourced
 * them before it sources localrc, so a localrc may call any of them.
 */
const DEVSTACK_FUNCTIONS = 'GetDistro GetOSVersion add_user_to_group address_in_net apt_get apt_get_update backtrace check_libs_from_git check_path_perm_sanity cidr2netmask clean_pyc_files cp_it create_disk define_plugin deprecated die die_if_not_set disable_all_services disable_negated_services disable_python3_package disable_service enable_kernel_bridge_firewall enable_plugin enable_python3_package enable_service err err_if_not_set exit_distro_not_supported export_proxy_variables extract_localrc_section fetch_plugins function_exists generate_hex_string get_default_host_ip get_endpoint_url get_extra_file get_field get_from_global_requirements get_instance_ip get_meta_section get_meta_section_files get_packages get_pip_command get_plugin_packages get_python_exec_prefix get_random_port get_release_name_from_branch get_rootwrap_location git_clone git_clone_by_name git_timed git_update_branch git_update_remote_branch git_update_tag ini_has_option iniadd iniadd_literal inicomment inidelete iniget iniget_multiline iniget_sections iniset iniset_multiline init_service_check iniuncomment install_bindep install_devstack_tools install_package install_python3 ipv6_unquote is_arch is_fedora is_in_projects_txt is_ipv4_address is_ironic_hardware is_nfs_directory is_opensuse is_oraclelinux is_package_installed is_plugin_enabled is_provider_network is_running is_service_enabled is_set is_suse is_ubuntu isset lib_installed_from_git load_plugin_settings maskip merge_config_file merge_config_group ping_check pip_install pip_install_gr pip_install_gr_extras pip_uninstall plugin_override_defaults plugin_requires policy_add python3_enabled python3_enabled_for python3_version python_version real_install_package reload_service remove_disabled_services restart_service run_phase run_plugins run_process running_in_container safe_chmod safe_chown service_check setup_develop setup_install setup_lib setup_package start_service stop_process stop_service sudo_with_proxies test_with_retry time_start time_stop trueorfalse uninstall_package update_package_repo upload_image use_database use_exclusive_service use_library_from_git vercmp verify_disabled_services wait_for_service warn yum_install zypper_install';
/**
 * Programs a localrc plausibly runs on a DevStack host (a short list on purpose: anything else is reported as a
 * warning that names the condition, "unless a program of that name is installed").
 */
const HOST_PROGRAMS = 'sudo git cat cp mv rm mkdir ln touch chmod chown sed awk grep cut tr head tail sort curl wget hostname ip ifconfig python python3 pip pip3 openssl uuidgen tee sleep date id whoami env basename dirname readlink realpath apt-get yum dnf zypper systemctl ssh-keygen ovs-vsctl sysctl modprobe lsb_release uname nproc getent which xargs find ls openstack';
const KNOWN = new Set([BASH_WORDS, DEVSTACK_FUNCTIONS, HOST_PROGRAMS].flatMap((s) => s.split(' ')));
/** The service and plugin functions a misspelling most likely meant. */
const LIKELY_MEANT = ['enable_plugin', 'enable_service', 'disable_service', 'disable_all_services'];
const GIT_URL = /^(?:git|https?|ssh):\/\/|^git@|\.git$/;
/** Levenshtein distance, small strings only. */
function distance(x, y) {
    let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const cur = [i];
        for (let j = 1; j <= y.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[y.length];
}
/** The command word of a call bash would look up, or undefined when it is not ours to judge. */
function lookedUpName(a, st) {
    const head = st.commandWord;
    if (st.kind !== 'call' || !head || head.literal === undefined || head.expands)
        return undefined;
    const name = head.literal;
    if (name === '' || name.includes('/') || name.startsWith('(') || isRedirection(head) || KNOWN.has(name))
        return undefined;
    if (/^\+?=/.test(st.args?.[0]?.raw ?? ''))
        return undefined; // `KEY = value`: LC302
    const info = a.flow.info.get(st);
    if (info?.inFunction)
        return undefined; // a function body may never run
    const defined = a.flow.functions.get(name);
    if (defined !== undefined && defined < st.line)
        return undefined;
    return name;
}
function unknownCommand(a, st) {
    const name = lookedUpName(a, st);
    if (name === undefined)
        return undefined;
    const at = { line: st.line, endLine: st.endLine };
    const notFound = code(`${name}: command not found`);
    const args = (st.args ?? []).map((w) => w.literal ?? w.raw);
    const url = args.find((w) => GIT_URL.test(w));
    if (url && args.indexOf(url) === 0) {
        const ref = args[1] ? ` ${args[1]}` : ' <ref>';
        return {
            ...at,
            severity: 'error',
            message: `${code(name)} is not a command: bash prints ${notFound} while stack.sh sources localrc and goes on (errexit is not on yet), so no enable_plugin runs and the ${name} plugin is never enabled.`,
            fix: `Write ${code(`enable_plugin ${name} ${url}${ref}`)}.`,
        };
    }
    const meant = LIKELY_MEANT.find((f) => distance(name.replace(/-/g, '_').toLowerCase(), f) <= 2);
    if (meant) {
        return {
            ...at,
            severity: 'error',
            message: `${code(name)} is not a DevStack function or a command: bash prints ${notFound} while stack.sh sources localrc and goes on, so this line does nothing.`,
            fix: `Write ${code(meant)}.`,
        };
    }
    if (/^\[[^\]]+\]$/.test(name)) {
        return {
            ...at,
            message: `${code(name)} looks like an INI section, but [[local|localrc]] is bash: unless a file name matches it as a glob, bash prints ${notFound} and goes on, and the settings below it are bash lines, not INI options.`,
            fix: 'Move the section and its options into a `[[post-config|$FILE]]` block (after the localrc block).',
        };
    }
    return {
        ...at,
        message: `${code(name)} is not a bash builtin, a DevStack function or a function defined above in localrc: unless a program of that name is installed on the host, bash prints ${notFound} while stack.sh sources localrc and goes on without this line.`,
        fix: 'Comment the line out if it is a note, or write what DevStack should do (enable_plugin, enable_service, NAME=value).',
    };
}
const unknownCommandRule = {
    id: 'LC315',
    name: 'unknown-command',
    severity: 'warning',
    summary: 'A localrc line starts with a word that is no command (bash: `command not found`; the line does nothing).',
    check: (a) => a.statements.map((st) => unknownCommand(a, st)).filter((d) => d !== undefined),
};
const ASSIGN_HEAD = /^([A-Za-z_][A-Za-z0-9_]*)\+?=(.*)$/s;
/** LC316 for one command: `NAME=<value>`, `NAME=x<value>` or `NAME= <value>` (a redirection right after the assignment). */
function placeholderRedirect(st) {
    const head = st.commandWord;
    const args = st.args ?? [];
    const op = args[0];
    const m = head ? ASSIGN_HEAD.exec(head.raw) : null;
    if (st.kind !== 'other' || !head || !m || !op || !isRedirection(op) || op.raw.startsWith('<<'))
        return undefined;
    if (st.errors.length)
        return undefined; // `<node's ip>`: the quote swallows the rest (LC303)
    const name = m[1];
    const before = m[2];
    const at = { line: st.line, endLine: st.endLine };
    const fix = `Replace the ${code('<…>')} placeholder with the real value, or quote the whole value if the text is meant literally.`;
    if (isRedirection(args.at(-1))) {
        return {
            ...at,
            message: `Bash reads ${code(op.raw)} in ${code(st.raw.split('\n')[0])} as a redirection, not as part of the value, and the ${code(args.at(-1).raw)} at the end of the line has no file name: ${code("syntax error near unexpected token `newline'")}. stack.sh sources localrc before errexit is on, so it goes on, but bash stops reading localrc here: ${name} and every line after this one are never set or run.`,
            fix,
        };
    }
    const target = args[1]?.literal ?? args[1]?.raw ?? '';
    // Words that are neither an operator nor its file name make a command: the assignment is then only its prefix.
    const command = args.some((w, i) => i > 1 && !isRedirection(w) && !isRedirection(args[i - 1]));
    const gets = command ? 'is not set' : before === '' ? 'is set to an empty value' : `gets only ${code(before)}`;
    return {
        ...at,
        message: op.raw.startsWith('<')
            ? `Bash reads ${code(op.raw)} as an input redirection from a file named ${code(target)}, not as part of the value: unless that file exists it prints ${code(`${target}: No such file or directory`)}, and ${name} ${gets}.`
            : `Bash reads ${code(op.raw)} as an output redirection: it creates or empties a file named ${code(target)} in the devstack directory, and ${name} ${gets}.`,
        fix,
    };
}
const assignRedirection = {
    id: 'LC316',
    name: 'assign-redirection',
    severity: 'error',
    summary: 'A `<placeholder>` in an assignment (`HOST_IP=<your ip>`): bash reads `<`/`>` as redirections.',
    check(a) {
        // The command bash stops at is itself dead; report it (not what follows it).
        const stop = a.deadStatements.filter((st) => a.syntaxErrorLine !== undefined && st.line <= a.syntaxErrorLine && a.syntaxErrorLine <= st.endLine);
        return [...a.statements, ...stop].map(placeholderRedirect).filter((d) => d !== undefined);
    },
};
const COMMAND_RULES = [unknownCommandRule, assignRedirection];

;// CONCATENATED MODULE: ./build/devstack/lint/known-variables.js
const BOTH = ['df', 'newest'];
const DF = ['df'];
const known_variables_core = (name, example, service, eras = BOTH, absolute = true) => ({ name, eras, source: 'devstack', absolute, service, example });
const known_variables_plugin = (name, source, example) => ({
    name,
    eras: BOTH,
    source,
    absolute: true,
    example,
});
/** Config-file variables (the ones that make sense in a header). */
const CONFIG_FILE_VARIABLES = [
    known_variables_core('NOVA_CONF', '/etc/nova/nova.conf', 'nova'),
    known_variables_core('NOVA_CPU_CONF', '/etc/nova/nova-cpu.conf', 'nova'),
    known_variables_core('NOVA_API_PASTE_INI', '/etc/nova/api-paste.ini', 'nova'),
    known_variables_core('NOVA_CONF_DIR', '/etc/nova', 'nova'),
    known_variables_core('NEUTRON_CONF', '/etc/neutron/neutron.conf', 'neutron'),
    known_variables_core('NEUTRON_CONF_DIR', '/etc/neutron', 'neutron'),
    known_variables_core('Q_PLUGIN_CONF_FILE', 'etc/neutron/plugins/ml2/ml2_conf.ini', 'neutron', BOTH, false),
    known_variables_core('Q_L3_CONF_FILE', '/etc/neutron/l3_agent.ini', 'neutron'),
    known_variables_core('Q_DHCP_CONF_FILE', '/etc/neutron/dhcp_agent.ini', 'neutron'),
    known_variables_core('Q_META_CONF_FILE', '/etc/neutron/metadata_agent.ini', 'neutron'),
    // Only the df-era split `lib/neutron` (services named `neutron-*`) defines it; removed by a52041cd.
    known_variables_core('NEUTRON_CORE_PLUGIN_CONF', '/etc/neutron/plugins/ml2/ml2_conf.ini', 'neutron', DF),
    known_variables_core('KEYSTONE_CONF', '/etc/keystone/keystone.conf', 'keystone'),
    known_variables_core('GLANCE_API_CONF', '/etc/glance/glance-api.conf', 'glance'),
    known_variables_core('GLANCE_REGISTRY_CONF', '/etc/glance/glance-registry.conf', 'glance', DF),
    known_variables_core('GLANCE_CONF_DIR', '/etc/glance', 'glance'),
    known_variables_core('CINDER_CONF', '/etc/cinder/cinder.conf', 'cinder'),
    known_variables_core('PLACEMENT_CONF', '/etc/placement/placement.conf', 'placement'),
    known_variables_core('SWIFT_CONF_DIR', '/etc/swift', 'swift'),
    known_variables_core('TEMPEST_CONFIG', '/opt/stack/tempest/etc/tempest.conf', 'tempest'),
    known_variables_plugin('OCTAVIA_CONF', 'octavia', '/etc/octavia/octavia.conf'),
    known_variables_plugin('OCTAVIA_CONF_DIR', 'octavia', '/etc/octavia'),
    known_variables_plugin('DRAGONFLOW_CONF', 'dragonflow', '/etc/neutron/dragonflow.ini'),
    known_variables_plugin('KURYR_CONFIG', 'kuryr-kubernetes', '/etc/kuryr/kuryr.conf'),
    known_variables_plugin('KURYR_CONFIG_DIR', 'kuryr-kubernetes', '/etc/kuryr'),
    known_variables_plugin('BARBICAN_CONF', 'barbican', '/etc/barbican/barbican.conf'),
    known_variables_plugin('HEAT_CONF', 'heat', '/etc/heat/heat.conf'),
];
/** General variables `stackrc`/`stack.sh` define before any merge (usable in values and specs). */
const GENERAL_VARIABLES = [
    'DEST',
    'DATA_DIR',
    'TOP_DIR',
    'FILES',
    'HOME',
    'USER',
    'STACK_USER',
    'HOST_IP',
    'HOST_IPV6',
    'SERVICE_HOST',
    'SERVICE_IP_VERSION',
    'SERVICE_PROTOCOL',
    'SERVICE_LOCAL_HOST',
    'KEYSTONE_SERVICE_URI',
    'KEYSTONE_AUTH_URI',
    'DATABASE_HOST',
    'DATABASE_USER',
    'DATABASE_PASSWORD',
    'DATABASE_TYPE',
    'MYSQL_HOST',
    'RABBIT_HOST',
    'RABBIT_USERID',
    'RABBIT_PASSWORD',
    'ADMIN_PASSWORD',
    'SERVICE_PASSWORD',
    'SERVICE_PROJECT_NAME',
    'SERVICE_TOKEN',
    'REGION_NAME',
    'PUBLIC_NETWORK_NAME',
    'PUBLIC_NETWORK_GATEWAY',
    'FLOATING_RANGE',
    'FIXED_RANGE',
    'IPV4_ADDRS_SAFE_TO_USE',
    'LOGDIR',
    'LOGFILE',
    'DISTRO',
    'OS_CLOUD',
    'TUNNEL_ENDPOINT_IP',
    'METADATA_PROXY_SHARED_SECRET',
];
/** Common misspellings of config-file variables → the right spelling (as a file spec). */
const FILE_SPEC_ALIASES = {
    KURYR_CONF: '$KURYR_CONFIG',
    KURYR_CONF_FILE: '$KURYR_CONFIG',
    DF_CONF: '$DRAGONFLOW_CONF',
    DRAGONFLOW_CONFIG: '$DRAGONFLOW_CONF',
    Q_PLUGIN_CONF: '/$Q_PLUGIN_CONF_FILE',
    ML2_CONF: '/$Q_PLUGIN_CONF_FILE',
    ML2_CONF_FILE: '/$Q_PLUGIN_CONF_FILE',
    NEUTRON_PLUGIN_CONF: '/$Q_PLUGIN_CONF_FILE',
    GLANCE_CONF: '$GLANCE_API_CONF',
    OCTAVIA_CONFIG: '$OCTAVIA_CONF',
    NOVA_CONFIG: '$NOVA_CONF',
    NEUTRON_CONFIG: '$NEUTRON_CONF',
};
/** The config-file variable entry for `name` in `era`, if any. */
function configVariable(name, era) {
    return CONFIG_FILE_VARIABLES.find((v) => v.name === name && v.eras.includes(era));
}
/** Levenshtein distance, for "did you mean" hints on short identifiers. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + cost);
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate within `max` edits, if any. */
function closest(name, candidates, max = 2) {
    let best;
    let bestDist = max + 1;
    for (const c of candidates) {
        const d = editDistance(name, c);
        if (d < bestDist) {
            best = c;
            bestDist = d;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./build/devstack/localconf/bash-words.js
var bash_words = __webpack_require__(81406);
;// CONCATENATED MODULE: ./build/devstack/lint/eval-text.js
/**
 * What bash does with a piece of local.conf text that DevStack puts unquoted into an `eval`: the header's file name
 * (`eval "echo $configfile"` in merge_config_group and merge_config_file) and an INI section or key (the merge evals
 * `iniset <file> <section> <key> "<value>"`). Used by LC204 and LC512; verified against the DevStack double's
 * inc/meta-config in test/devstack/lint/eval-hazards.test.ts.
 */


/** Removes quoted text and (up to two levels of) command substitutions, leaving the shell operators bash acts on. */
function bareText(text) {
    return text
        .replace(/\\./g, '')
        .replace(/'[^']*'/g, '')
        .replace(/"(?:[^"\\]|\\.)*"/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/\$\((?:[^()]|\([^()]*\))*\)/g, '');
}
/**
 * The effects unquoted `text` has inside an `eval`, as short phrases for a message: a command substitution runs a
 * command, `;` `&` `|` start another command, `<` `>` redirect. Empty when the text is harmless there (literal
 * text, `$VAR`, arithmetic `$((…))`). Unbalanced quotes are not reported here (LC508 covers them).
 */
function evalEffects(text) {
    const out = [];
    if ((0,bash_words/* lexStatement */.$)(text).commands.some((words) => words.some((w) => w.executes)))
        out.push('the command substitution runs a command');
    const bare = bareText(text);
    const separators = [...new Set(bare.match(/[;&|]/g) ?? [])];
    if (separators.length)
        out.push(`${separators.map(code).join(' ')} ends the command and runs the rest as another one`);
    const redirects = [...new Set(bare.match(/[<>]/g) ?? [])];
    if (redirects.length)
        out.push(`${redirects.map(code).join(' ')} redirects to or from a file`);
    return out;
}

;// CONCATENATED MODULE: ./build/devstack/lint/rules/file-spec.js




const VAR_RE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g;
/** Variable names used in a file spec, in order. */
function specVariables(spec) {
    return [...spec.matchAll(VAR_RE)].map((m) => m[1]);
}
/** Lines of the later headers of the same phase, which a `break` skips. */
function laterInPhase(a, block) {
    return a.mergeBlocks
        .filter((b) => b.header.phase === block.header.phase && b.header.line > block.header.line)
        .map((b) => b.header.line);
}
/**
 * True when the variable belongs to the plugin: listed by hand, or named after it (`TACKER_CONF` for tacker,
 * `KURYR_CONFIG` for kuryr-kubernetes). Only then is "undefined without the plugin" certain; a name a plugin merely
 * also sets (`HEAT_CONF_DIR` in tacker's lib) may come from a plugin the data does not cover.
 */
function ownedBy(name, plugins, listed) {
    const head = name.split('_')[0]?.toLowerCase() ?? '';
    return listed || plugins.some((p) => p.split('-').includes(head) || (head === 'df' && p === 'dragonflow'));
}
/** Plugins whose devstack files set `name` (recorded data or the hand list), with a typical value. */
function pluginOwners(name, era) {
    const defs = pluginDefinitions(name);
    const listed = configVariable(name, era);
    const plugins = [...new Set([...defs.map((d) => d.plugin), ...(listed ? [listed.source] : [])])].filter((p) => p !== 'devstack');
    const first = defs[0]?.variable;
    const owned = ownedBy(name, plugins, listed !== undefined && listed.source !== 'devstack');
    return { plugins, example: listed?.example ?? (first && knownValue(first)), owned };
}
/**
 * Whether `name` is defined when DevStack merges: set in localrc, given by the caller, defined by DevStack's stackrc
 * or lib in this era, or set by an enabled plugin's devstack files. A name only a plugin that is not enabled sets
 * is `plugin-off`.
 */
function variableStatus(a, name) {
    if (a.assigned.has(name) || a.ctx.knownVariables?.includes(name) || GENERAL_VARIABLES.includes(name))
        return { kind: 'known' };
    if (devstackVariable(a.ctx.era, name) || configVariable(name, a.ctx.era)?.source === 'devstack')
        return { kind: 'known' };
    const owners = pluginOwners(name, a.ctx.era);
    if (!owners.plugins.length)
        return { kind: 'unknown' };
    if (a.services.plugins.some((p) => owners.plugins.includes(p.name)))
        return { kind: 'known' };
    return { kind: 'plugin-off', ...owners };
}
/**
 * The enabled plugin whose name starts `name` (`designate` for `$DESIGNATE_CONF`, `networking-dpm` for
 * `$DPM_AGENT_CONF`): plugins name their variables so, which makes it likely, though not known, that its devstack files
 * set the variable.
 */
function namingPlugin(a, name) {
    const stem = (p) => {
        const full = p.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
        return [full, full.replace(/^(NETWORKING|DEVSTACK_PLUGIN|PYTHON)_/, '')];
    };
    return a.services.plugins.find((p) => stem(p.name).some((s) => s.length >= 3 && name.startsWith(`${s}_`)))?.name;
}
/** Config-file-like names DevStack defines in this era, for "did you mean" hints. */
function specCandidates(era) {
    const fromData = devstackVariableNames(era).filter((n) => /_(CONF|CONFIG|CONF_FILE|CONF_DIR|INI)$/.test(n));
    return [...new Set([...CONFIG_FILE_VARIABLES.filter((v) => v.eras.includes(era)).map((v) => v.name), ...fromData])];
}
function suggestion(a, name) {
    const alias = FILE_SPEC_ALIASES[name];
    if (alias)
        return alias;
    const near = closest(name, specCandidates(a.ctx.era));
    if (!near)
        return undefined;
    return configVariable(near, a.ctx.era)?.absolute === false ? `/$${near}` : `$${near}`;
}
const fileSpecUndefined = {
    id: 'LC201',
    name: 'file-spec-undefined',
    severity: 'warning',
    summary: 'A file-spec variable that may be undefined when DevStack merges the block.',
    check(a) {
        const out = [];
        for (const b of a.mergeBlocks) {
            const spec = b.header.file;
            if (evalEffects(spec).length)
                continue; // LC204: the path depends on what the commands print
            const rest = spec.replace(VAR_RE, '');
            for (const name of specVariables(spec)) {
                const st = variableStatus(a, name);
                if (st.kind === 'known')
                    continue;
                const later = laterInPhase(a, b);
                const cond = st.kind === 'plugin-off' && st.owned ? 'then' : 'if it is empty,';
                const consequence = rest === ''
                    ? `${cond} merge_config_group prints ${code(`[WARNING] … unknown config file specification: ${spec} is undefined`)} and skips this block` +
                        (later.length
                            ? ` and every later ${b.header.phase} block (line${later.length > 1 ? 's' : ''} ${listText(later.map(String))})`
                            : '') +
                        '; stack.sh still succeeds'
                    : `${cond} the spec evaluates to ${code(rest)} and DevStack merges into that path instead`;
                let severity;
                let lead;
                if (st.kind === 'plugin-off') {
                    const names = listText(st.plugins.map((p) => code(p)));
                    const enables = st.plugins.map((p) => code(`enable_plugin ${p}`)).join(' or ');
                    const plural = st.plugins.length > 1 ? 's' : '';
                    severity = st.owned ? 'error' : undefined;
                    lead = st.owned
                        ? `${code(`$${name}`)} is set by the devstack files of the ${names} plugin${plural}, and no ${enables} is in localrc, so it is undefined at merge time`
                        : `${code(`$${name}`)} is set by the devstack files of the ${names} plugin${plural} (of the plugins whose files we know), and no ${enables} is in localrc, so it is most likely undefined at merge time`;
                }
                else {
                    lead = `${code(`$${name}`)} is not known to be defined when DevStack merges ${b.header.phase} blocks`;
                    const plugin = namingPlugin(a, name);
                    if (plugin) {
                        // an enabled plugin's own naming: most likely defined by it, so no warning, but still not known
                        severity = 'info';
                        lead += ` (its name follows the enabled ${code(plugin)} plugin's, whose devstack files most likely set it; we do not have their variables)`;
                    }
                }
                const better = suggestion(a, name);
                out.push({
                    line: b.header.line,
                    severity,
                    message: `${lead}; ${consequence}.`,
                    fix: st.kind === 'plugin-off'
                        ? `Add ${code(`enable_plugin ${st.plugins[0] ?? ''} <url> <ref>`)} to localrc` +
                            (st.example ? `, or write the path ${code(st.example)} literally.` : '.')
                        : better
                            ? `Did you mean ${code(`[[${b.header.phase}|${better}]]`)}? Otherwise set ${name} in localrc or use an absolute path.`
                            : `Use a variable DevStack defines (e.g. $NOVA_CONF), set ${name} in localrc, or write the absolute path.`,
                });
            }
        }
        return out;
    },
};
const fileSpecRelative = {
    id: 'LC202',
    name: 'file-spec-relative',
    severity: 'error',
    summary: 'A relative file spec (e.g. `$Q_PLUGIN_CONF_FILE` without the leading `/`).',
    check(a) {
        const out = [];
        const dirNote = a.ctx.era === 'df'
            ? `; on df-era devstack the parent directory does not exist there, which is fatal (${code('bogus config file specification')})`
            : '; newest devstack creates that directory and writes a file nothing reads';
        for (const b of a.mergeBlocks) {
            const spec = b.header.file;
            if (spec.startsWith('/') || spec.startsWith('~') || evalEffects(spec).length)
                continue;
            const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(spec);
            let relative;
            if (!m)
                relative = spec;
            else {
                const v = configVariable(m[1], a.ctx.era);
                if (v && !v.absolute)
                    relative = `${v.example ?? ''}${spec.slice(m[0].length)}`;
            }
            if (relative === undefined)
                continue;
            out.push({
                line: b.header.line,
                message: `${code(spec)} is a relative path (${code(relative)}): DevStack resolves it against the devstack checkout, not /${dirNote}.`,
                fix: `Write ${code(`[[${b.header.phase}|/${spec}]]`)}.`,
            });
        }
        return out;
    },
};
const fileSpecServiceDisabled = {
    id: 'LC203',
    name: 'file-spec-service-disabled',
    severity: 'warning',
    summary: 'A block for the config file of a service that is not enabled (its directory will not exist).',
    check(a) {
        const out = [];
        for (const b of a.mergeBlocks) {
            const m = /^\/?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(b.header.file);
            const v = m ? configVariable(m[1], a.ctx.era) : undefined;
            if (!v?.service || v.source !== 'devstack' || a.enabled(v.service))
                continue;
            const example = (v.example ?? '').replace(/^(?!\/)/, '/');
            const dir = v.name.endsWith('_DIR') ? example : example.replace(/\/[^/]*$/, '');
            const df = a.ctx.era === 'df';
            out.push({
                line: b.header.line,
                severity: df ? 'warning' : 'info',
                message: df
                    ? `${v.service} is not enabled, so nothing creates ${code(dir)}: df-era merge_config_group dies with ${code('bogus config file specification')} when the directory is missing (unless it exists from an earlier run).`
                    : `${v.service} is not enabled: DevStack creates ${code(dir)} and writes ${code(b.header.file)} there, which nothing reads.`,
                fix: `Enable ${v.service} or remove this block.`,
            });
        }
        return out;
    },
};
const fileSpecExecutes = {
    id: 'LC204',
    name: 'file-spec-executes',
    severity: 'error',
    summary: 'A header file name with `$(…)`, backticks, `;`, `&`, `<` or `>`: DevStack evals it and runs commands.',
    check(a) {
        const out = [];
        for (const b of a.mergeBlocks) {
            const spec = b.header.file;
            const effects = evalEffects(spec);
            if (!effects.length)
                continue;
            out.push({
                line: b.header.line,
                message: `DevStack expands the file name with eval (${code('eval "echo $configfile"')} in merge_config_group and merge_config_file, and again in the iniset line of every key), so in ${code(spec)} ${listText(effects)}, on the host, each time the ${b.header.phase} phase is merged; local.conf text must never execute.`,
                fix: `Name the file with a literal absolute path or a DevStack variable (${code(`[[${b.header.phase}|$NOVA_CONF]]`)}); compute anything else in the workflow.`,
            });
        }
        return out;
    },
};
const FILE_SPEC_RULES = [
    fileSpecUndefined,
    fileSpecRelative,
    fileSpecServiceDisabled,
    fileSpecExecutes,
];

;// CONCATENATED MODULE: ./build/devstack/lint/rules/headers.js



const INDENTED_HEADER = /^[ \t]+\[\[.+\|.*\]\]/;
const MERGED_PHASES_TEXT = PHASES.join(', ');
/** The header as the author meant it: text between `[[` and the first `]]`, split on the first `|`, trimmed. */
function intendedHeader(raw) {
    const m = /^\s*\[\[(.*?)\]\]/.exec(raw);
    if (!m)
        return undefined;
    const inner = m[1];
    const bar = inner.indexOf('|');
    if (bar < 0)
        return undefined;
    return { phase: inner.slice(0, bar).trim(), file: inner.slice(bar + 1).trim() };
}
/** True when awk reads a different group or file than the author wrote (whitespace or trailing text). */
function misread(h) {
    const want = intendedHeader(h.raw);
    const file = h.file.replace(/\r$/, ''); // a CRLF `\r` is LC110's
    return want !== undefined && (want.phase !== h.phase || want.file !== file);
}
/** Where a stray line ends up, for messages. */
function destination(prev) {
    if (!prev)
        return 'DevStack ignores it and every line up to the next real header (they are before the first header)';
    if (prev.kind === 'localrc')
        return 'it stays in localrc, where bash sources it and the lines after it as commands';
    return `DevStack ignores it, and the lines after it stay in the ${code(prev.header.raw.trim())} block (line ${prev.header.line}), so they are merged into that file`;
}
/** Visits every physical line with the block it belongs to (undefined = preamble). */
function eachLine(a, visit) {
    a.conf.preamble.forEach((text, i) => visit(text, i + 1, undefined));
    for (const b of a.conf.blocks) {
        if (b.kind === 'localrc')
            localrcLines(b).forEach((l) => visit(l.text, l.line, b));
        else
            b.lines.forEach((l) => visit(l.raw, l.line, b));
    }
}
const headerIndented = {
    id: 'LC101',
    name: 'header-indented',
    severity: 'error',
    summary: 'A `[[phase|file]]` header that does not start in column 0 is not a header.',
    check(a) {
        const out = [];
        eachLine(a, (text, line, block) => {
            if (!INDENTED_HEADER.test(text))
                return;
            out.push({
                line,
                message: `Not a header: DevStack only recognises ${code('[[phase|file]]')} in column 0; ${destination(block)}.`,
                fix: `Remove the indentation: ${code(text.trim())}.`,
            });
        });
        return out;
    },
};
const headerSpacing = {
    id: 'LC102',
    name: 'header-spacing',
    severity: 'error',
    summary: 'Whitespace inside `[[ ]]`/around `|`, or text glued after `]]`: awk reads only `$1`.',
    check(a) {
        const out = [];
        for (const b of a.conf.blocks) {
            const h = b.header;
            const want = intendedHeader(h.raw);
            if (!want || !misread(h))
                continue;
            let effect;
            if (h.phase === '')
                effect = 'the block is never merged, and it still ends the previous block';
            else if (h.file === '')
                effect = `the empty file name vanishes in merge_config_group's word splitting, so the block is never merged`;
            else if (!PHASES.includes(h.phase))
                effect = `group ${code(h.phase)} is never merged`;
            else
                effect = `DevStack uses ${code(h.file)} instead of ${code(want.file)}`;
            out.push({
                line: h.line,
                message: `DevStack reads only the first whitespace-separated field of a header (awk ${code('$1')}), so this is group ${shown(h.phase)} and file ${shown(h.file)}: ${effect}.`,
                fix: `Write ${code(`[[${want.phase}|${want.file}]]`)} exactly: no spaces inside the brackets and nothing glued after ${code(']]')}.`,
            });
        }
        return out;
    },
};
const headerEmptyPart = {
    id: 'LC103',
    name: 'header-empty-part',
    severity: 'error',
    summary: 'A header with an empty group or file name is never merged.',
    check(a) {
        const out = [];
        for (const b of a.conf.blocks) {
            const h = b.header;
            if (misread(h) || (h.phase !== '' && h.file !== ''))
                continue;
            const what = h.phase === ''
                ? 'the group is empty, so no phase ever merges this block (it still ends the previous block)'
                : `the file name is empty; merge_config_group's word splitting drops it, so this ${code(h.phase)} block is never merged`;
            out.push({
                line: h.line,
                message: `Header ${code(h.raw.trim())}: ${what}.`,
                fix: h.phase === ''
                    ? `Name a phase: ${code(`[[post-config|${h.file}]]`)}.`
                    : `Name the target file: ${code(`[[${h.phase}|$NOVA_CONF]]`)} or an absolute path.`,
            });
        }
        return out;
    },
};
const headerMalformed = {
    id: 'LC104',
    name: 'header-malformed',
    severity: 'error',
    summary: 'A column-0 line starting with `[[` that DevStack does not recognise as a header.',
    check(a) {
        const out = [];
        eachLine(a, (text, line, block) => {
            // In localrc, `[[ test ]]` (space after `[[`) is a legal bash conditional.
            if (!(block?.kind === 'localrc' ? /^\[\[\S/ : /^\[\[/).test(text))
                return;
            const inner = text
                .replace(/^\[\[/, '')
                .replace(/\]\].*$/, '')
                .trim();
            let where;
            if (!block)
                where = 'DevStack ignores it (it is before the first header)';
            else if (block.kind === 'localrc')
                where = 'bash sources it as a command (`command not found`)';
            else
                where = `DevStack reads it as section ${shown((text.split(/[ \t]+/)[0] ?? '').replace(/[[\]]/g, ''))} of the ${code(block.header.raw.trim())} block`;
            out.push({
                line,
                message: `Not a header: DevStack needs ${code('[[phase|file]]')} with a ${code('|')}; ${where}.`,
                fix: inner === 'local' || inner === 'localrc'
                    ? `Write ${code('[[local|localrc]]')}.`
                    : `Write ${code('[[post-config|<file>]]')} (phase, ${code('|')}, file).`,
            });
        });
        return out;
    },
};
const unknownPhase = {
    id: 'LC105',
    name: 'unknown-phase',
    severity: 'error',
    summary: 'A header group that is not one of local, post-config, extra, post-extra, test-config.',
    check(a) {
        const out = [];
        for (const b of a.conf.blocks) {
            const h = b.header;
            if (misread(h) || h.phase === '' || PHASES.includes(h.phase))
                continue;
            const guess = closest(h.phase.toLowerCase().replace(/_/g, '-'), PHASES, 3);
            out.push({
                line: h.line,
                message: `DevStack never merges group ${code(h.phase)} (it merges only ${MERGED_PHASES_TEXT}): this block is ignored.`,
                fix: guess ? `Use ${code(`[[${guess}|${h.file}]]`)}.` : `Use one of ${MERGED_PHASES_TEXT}.`,
            });
        }
        return out;
    },
};
const localNotLocalrc = {
    id: 'LC106',
    name: 'local-not-localrc',
    severity: 'error',
    summary: '`[[local|x]]` with x other than `localrc` is ignored.',
    check(a) {
        const out = [];
        for (const b of a.conf.blocks) {
            const h = b.header;
            if (misread(h) || h.phase !== 'local' || h.file === '' || h.file.replace(/\r$/, '') === 'localrc')
                continue;
            const n = b.lines.filter((l) => l.kind !== 'blank' && l.kind !== 'comment').length;
            out.push({
                line: h.line,
                message: `Only ${code('[[local|localrc]]')} is extracted into .localrc.auto; ${code(h.raw.trim())} is ignored, so its ${n} setting line(s) never run.`,
                fix: `Rename the header to ${code('[[local|localrc]]')}.`,
            });
        }
        return out;
    },
};
const localrcMissing = {
    id: 'LC107',
    name: 'localrc-missing',
    severity: 'info',
    summary: 'No `[[local|localrc]]` block.',
    check(a) {
        if (a.localrcBlocks.length > 0)
            return [];
        return [
            {
                line: 1,
                message: 'No [[local|localrc]] block: stack.sh uses a separate `localrc` file if one exists; otherwise it runs with the default services and prompts for every password (which hangs CI).',
                fix: 'Add a `[[local|localrc]]` block that sets at least ADMIN_PASSWORD, DATABASE_PASSWORD, RABBIT_PASSWORD and SERVICE_PASSWORD.',
            },
        ];
    },
};
const localrcMultiple = {
    id: 'LC108',
    name: 'localrc-multiple',
    severity: 'warning',
    summary: 'More than one `[[local|localrc]]` block.',
    check(a) {
        const [first, ...rest] = a.localrcBlocks;
        if (!first)
            return [];
        return rest.map((b) => ({
            line: b.header.line,
            message: `Second [[local|localrc]] block (the first is at line ${first.header.line}): extract_localrc_section concatenates every localrc block in file order into .localrc.auto, so this one continues the earlier one as a single bash script (from reading inc/meta-config); a plugin enabled in both is fatal.`,
            fix: 'Merge the blocks into one [[local|localrc]] block.',
        }));
    },
};
const preambleIgnored = {
    id: 'LC109',
    name: 'preamble-ignored',
    severity: 'warning',
    summary: 'Settings before the first header are ignored.',
    check(a) {
        const out = [];
        let start = 0;
        let end = 0;
        const flush = () => {
            if (start) {
                out.push({
                    line: start,
                    endLine: end,
                    message: 'DevStack ignores everything before the first [[phase|file]] header: these lines are never read.',
                    fix: 'Move them under `[[local|localrc]]` (bash settings) or under an INI header, or comment them out.',
                });
            }
            start = 0;
        };
        a.conf.preamble.forEach((text, i) => {
            const line = i + 1;
            const content = text.trim() !== '' && !text.trim().startsWith('#') && !/^\s*\[\[/.test(text);
            if (!content)
                return flush();
            if (!start)
                start = line;
            end = line;
        });
        flush();
        return out;
    },
};
const crlfLineEndings = {
    id: 'LC110',
    name: 'crlf-line-endings',
    severity: 'error',
    summary: 'Windows (CRLF) line endings: bash and awk keep the carriage return.',
    check(a) {
        const crlf = [];
        a.conf.blocks.forEach((b) => b.header.raw.endsWith('\r') && crlf.push(b.header.line));
        eachLine(a, (text, line) => text.endsWith('\r') && crlf.push(line));
        if (!crlf.length)
            return [];
        const first = Math.min(...crlf);
        return [
            {
                line: first,
                message: `${crlf.length} line(s) end in CRLF (first at line ${first}): awk reads ${code('[[local|localrc]]\\r')} as file ${code('localrc\\r')}, so DevStack ignores the localrc block, and bash keeps the carriage return in every localrc value and command (${code('ADMIN_PASSWORD=pass\\r')}, ${code('enable_service q-svc\\r')}), and awk keeps it in header file specs and INI values.`,
                fix: `Convert the file to LF line endings (${code('sed -i "s/\\r$//" local.conf')}, or ${code('git config core.autocrlf input')}).`,
            },
        ];
    },
};
const HEADER_RULES = [
    crlfLineEndings,
    headerIndented,
    headerSpacing,
    headerEmptyPart,
    headerMalformed,
    unknownPhase,
    localNotLocalrc,
    localrcMissing,
    localrcMultiple,
    preambleIgnored,
];

;// CONCATENATED MODULE: ./build/devstack/lint/rules/host.js
/**
 * LC7xx: checks that depend on the target host (docs/local-conf.md#ini-merge "gawk is required",
 * docs/local-conf.md#linter-pitfalls item 10).
 */

const gawkMissing = {
    id: 'LC701',
    name: 'gawk-missing',
    severity: 'warning',
    summary: 'Debian/Ubuntu + df-era devstack without nova: gawk is not installed and mawk breaks the INI merge.',
    check(a) {
        const { distroFamily, era, devstackHasGawkFix } = a.ctx;
        if (distroFamily !== 'ubuntu' && distroFamily !== 'debian')
            return [];
        if (era !== 'df' || devstackHasGawkFix || a.enabled('nova'))
            return [];
        const first = a.mergeBlocks.find((b) => b.lines.some((l) => l.kind === 'key'));
        if (!first)
            return [];
        return [
            {
                line: first.header.line,
                message: `DevStack merges INI blocks with ${code('awk')}, which is mawk on ${distroFamily} unless gawk is installed; df-era devstack installs gawk only with nova (files/debs/nova, moved to files/debs/general by d207ba90) and nova is not enabled, so mawk 1.3.4 fails with ${code('mawk: line 31: syntax error at or near ,')} and nothing is written.`,
                fix: `Install gawk before stack.sh (${code('sudo apt-get install -y gawk')}), or use a devstack that contains d207ba90.`,
            },
        ];
    },
};
const HOST_RULES = [gawkMissing];

;// CONCATENATED MODULE: ./build/devstack/lint/value-variables.js



function fromData(v, source) {
    const value = knownValue(v);
    if (value === '' && (v.form === 'default' || v.form === 'literal'))
        return { kind: 'empty', source };
    // `${X:-d}` and trueorfalse keep a value localrc gave; a plain assignment in lib replaces it.
    const overridable = v.form === 'default' || v.form === 'trueorfalse';
    return value === undefined
        ? { kind: 'default', source, overridable }
        : { kind: 'default', source, value, overridable };
}
/** Classifies one variable name for the value of a merged INI line. */
function valueVariable(a, name) {
    if (a.assigned.has(name) ||
        a.ctx.knownVariables?.includes(name) ||
        GENERAL_VARIABLES.includes(name) ||
        CONFIG_FILE_VARIABLES.some((v) => v.name === name && v.source === 'devstack'))
        return { kind: 'known' };
    const own = devstackVariable(a.ctx.era, name);
    if (own)
        return fromData(own, own.definedBy);
    const enabled = a.services.plugins.map((p) => p.name);
    const onDefs = pluginDefinitions(name, enabled);
    const first = onDefs[0];
    if (first)
        return fromData(first.variable, `the ${first.plugin} plugin`);
    if (CONFIG_FILE_VARIABLES.some((v) => v.name === name && enabled.includes(v.source)))
        return { kind: 'known' };
    const plugins = [...new Set(pluginDefinitions(name).map((d) => d.plugin))];
    return plugins.length ? { kind: 'plugin-off', plugins } : { kind: 'unknown' };
}
/** True when the classification means the value is most likely not what the author meant (a warning). */
const isDoubtful = (v) => v.kind === 'empty' || v.kind === 'plugin-off' || v.kind === 'unknown';
/** A clause that says what `text` (the `$VAR` as written) holds at merge time, or undefined when nothing to add. */
function valueClause(text, v) {
    switch (v.kind) {
        case 'known':
            return undefined;
        case 'default':
            if (v.value === undefined)
                return `${code(text)} is set by ${v.source} when DevStack runs`;
            return v.overridable
                ? `${code(text)} is ${code(v.value)} (the default in ${v.source}) unless localrc sets it`
                : `${code(text)} is ${code(v.value)} (set by ${v.source})`;
        case 'empty':
            return `${code(text)} is empty unless localrc sets it (${v.source} defaults it to empty)`;
        case 'plugin-off':
            return `${code(text)} is set only by the devstack files of ${v.plugins.map((p) => code(p)).join(' or ')}, which localrc does not enable, so it will most likely be empty`;
        case 'unknown':
            return `${code(text)} is not known to be defined then and will most likely be empty`;
    }
}

;// CONCATENATED MODULE: ./build/devstack/lint/rules/ini.js
/**
 * LC5xx: INI blocks as `merge_config_file`'s awk program reads them (docs/local-conf.md#ini-merge). Each key line
 * becomes `iniset <file> <section> <key> "<value>"`, which the merge runs through `eval` under errexit.
 */




const ini_INDENTED_HEADER = /^[ \t]+\[\[.+\|.*\]\]/;
/** Every line of every merged INI block, with its block. */
function mergedLines(a) {
    return a.mergeBlocks.flatMap((block) => block.lines.map((line) => ({ line, block })));
}
/** Key lines of merged blocks, as the awk program sees them. */
function keyLines(a) {
    return mergedLines(a)
        .filter(({ line }) => line.kind === 'key')
        .map(({ line, block }) => ({
        line,
        block,
        key: line.key ?? '',
        value: line.value ?? '',
        section: line.inSection ?? '',
    }));
}
/** The command line the awk program prints for a key line (before `eval`). */
const inisetText = (file, section, key, value) => `iniset ${file} ${section} ${key} "${value}"`;
/** Value text with backslash escapes removed, for detecting live `$` and backticks (eval is in double quotes). */
const unescaped = (value) => value.replace(/\\./g, '');
function perKey(a, make) {
    const out = [];
    for (const k of keyLines(a)) {
        const d = make(k);
        if (d)
            out.push({ line: k.line.line, ...d });
    }
    return out;
}
const iniSemicolon = {
    id: 'LC501',
    name: 'ini-semicolon',
    severity: 'error',
    summary: 'A `;` comment line in an INI block becomes a shell command in the merge.',
    check: (a) => perKey(a, ({ line, block, section, key, value }) => line.raw.startsWith(';')
        ? {
            message: `DevStack has no ${code(';')} comments: this line becomes ${code(inisetText(block.header.file, section, key, value))}, and in the merge's eval the ${code(';')} ends the iniset and runs the rest as a command (${code('command not found')}, exit 127), which aborts stack.sh under errexit.`,
            fix: `Comment with ${code('#')} instead: ${code(`#${line.raw.slice(1)}`)}.`,
        }
        : undefined),
};
const iniIndented = {
    id: 'LC502',
    name: 'ini-indented',
    severity: 'error',
    summary: 'An indented key line in an INI block is silently ignored.',
    check(a) {
        const out = [];
        for (const { line } of mergedLines(a)) {
            const t = line.raw.trim();
            if (line.kind !== 'ignored' ||
                t === '' ||
                t.startsWith('#') ||
                t.startsWith(';') ||
                ini_INDENTED_HEADER.test(line.raw))
                continue;
            out.push({
                line: line.line,
                message: `DevStack ignores indented lines in INI blocks: ${code(line.raw)} is never written (there are no continuation lines).`,
                fix: `Remove the leading whitespace: ${code(t)}.`,
            });
        }
        return out;
    },
};
const iniInlineComment = {
    id: 'LC503',
    name: 'ini-inline-comment',
    severity: 'warning',
    summary: 'A `#` comment after a value is part of the value.',
    check: (a) => perKey(a, ({ line, key, value }) => {
        const m = /(^|\s)#/.exec(value);
        if (!line.hasEquals || !m)
            return undefined;
        const before = value.slice(0, m.index).trim();
        return {
            message: `DevStack has no inline comments: the value written is ${code(value)}, so the file gets ${code(`${key} = ${value}`)}.`,
            fix: `Put the comment on its own line and write ${code(`${key} = ${before}`)}.`,
        };
    }),
};
const iniKeyBeforeSection = {
    id: 'LC504',
    name: 'ini-key-before-section',
    severity: 'error',
    summary: 'A key line before any `[section]` corrupts the iniset arguments.',
    check: (a) => perKey(a, ({ section, key, value, block }) => section === ''
        ? {
            message: `Key before any [section]: DevStack emits ${code(`iniset ${block.header.file}  ${key} "${value}"`)} with an empty section, so after word splitting iniset takes ${code(key)} as the section and ${code(value)} as the option name.`,
            fix: `Add a section line (e.g. ${code('[DEFAULT]')}) above it.`,
        }
        : undefined),
};
const iniKeyWhitespace = {
    id: 'LC505',
    name: 'ini-key-whitespace',
    severity: 'error',
    summary: 'A key containing whitespace splits into extra iniset arguments.',
    check: (a) => perKey(a, ({ line, key, value, section }) => {
        // A key that runs shell syntax is LC512's: the argument split described here is not what happens.
        if (line.raw.startsWith(';') || !/\s/.test(key) || evalEffects(key).length)
            return undefined;
        const [opt, second] = key.split(/\s+/);
        return {
            message: `The key ${code(key)} contains whitespace: the merge evals ${code(`iniset … ${section} ${key} "${value}"`)} unquoted, so iniset sets option ${code(opt)} to ${code(second)} and the intended value is dropped.`,
            fix: `Option names have no spaces: write ${code(`${key.replace(/\s+/g, '_')} = ${value}`)} or the real option name.`,
        };
    }),
};
const iniKeyWithoutEquals = {
    id: 'LC506',
    name: 'ini-key-without-equals',
    severity: 'warning',
    summary: 'A key line without `=` is written as `key = ` (empty value).',
    check: (a) => perKey(a, ({ line, key }) => line.hasEquals || line.raw.startsWith(';')
        ? undefined
        : {
            message: `No ${code('=')}: DevStack takes the whole line as the key and writes ${code(`${key} = `)} with an empty value.`,
            fix: `Write ${code(`${key} = <value>`)}, or comment the line out with ${code('#')}.`,
        }),
};
const iniSectionMisread = {
    id: 'LC507',
    name: 'ini-section-misread',
    severity: 'error',
    summary: 'A section line with spaces or trailing text: awk reads only `$1`.',
    check(a) {
        const out = [];
        for (const { line } of mergedLines(a)) {
            if (line.kind !== 'section' || line.raw.startsWith('[['))
                continue; // `[[…` is LC104's
            const m = /^\[([^\]]*)\]/.exec(line.raw);
            if (!m)
                continue;
            const intended = m[1].trim();
            const rest = line.raw.slice(m[0].length).trim();
            const got = (line.section ?? '').replace(/\r$/, ''); // a CRLF `\r` is LC110's
            const trailing = rest !== '' && !rest.startsWith('#') && got === intended;
            if (got === intended && !trailing)
                continue;
            const what = got === ''
                ? 'an empty section, so the keys below get an empty section argument (see LC504)'
                : `section ${code(got)}`;
            out.push({
                line: line.line,
                message: trailing
                    ? `DevStack reads section ${code(got)} and ignores ${code(rest)} after the ${code(']')} (awk uses only ${code('$1')}).`
                    : `DevStack reads ${what} here, not ${code(intended)} (awk uses only the first whitespace-separated field, brackets removed).`,
                fix: trailing
                    ? `Put ${code(rest)} on its own line below ${code(`[${got}]`)}.`
                    : `Write the section alone on its line, with no spaces inside the brackets (section names cannot contain spaces for DevStack).`,
            });
        }
        return out;
    },
};
const iniUnbalancedQuote = {
    id: 'LC508',
    name: 'ini-unbalanced-quote',
    severity: 'error',
    summary: 'An unbalanced `"` (or backtick / `$(`) in a key line aborts the merge eval.',
    check: (a) => perKey(a, ({ block, section, key, value }) => {
        const errors = (0,bash_words/* lexStatement */.$)(inisetText(block.header.file, section, key, value)).errors;
        if (!errors.length)
            return undefined;
        return {
            message: `The merge evals ${code(inisetText(block.header.file, section, key, value))} and its quoting does not balance (${errors[0]}): eval fails with ${code('unexpected EOF while looking for matching …')} (exit 2), which aborts stack.sh.`,
            fix: `Escape the character with a backslash (${code('\\"')}, ${code('\\`')}) or remove it.`,
        };
    }),
};
const iniCommandSubstitution = {
    id: 'LC509',
    name: 'ini-command-substitution',
    severity: 'error',
    summary: 'Backticks or `$(` in an INI value execute during the merge.',
    check: (a) => perKey(a, ({ value }) => {
        const live = unescaped(value);
        const m = /`[^`]*`?|\$\((?!\()[^)]*\)?/.exec(live);
        if (!m)
            return undefined;
        return {
            message: `The merge runs the value through eval, so ${code(m[0])} executes while stack.sh merges the file and the file gets its output, not this text.`,
            fix: `If the text is meant literally, escape it: ${code('\\$(')} / ${code('\\`')}.`,
        };
    }),
};
const VALUE_VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*)|([0-9@*#?$!-]))/g;
const iniVariableExpansion = {
    id: 'LC510',
    name: 'ini-variable-expansion',
    severity: 'warning',
    summary: '`$VAR` in an INI value expands during the merge (info when the variable is a known DevStack one).',
    check(a) {
        return perKey(a, ({ value }) => {
            const live = unescaped(value).replace(/\$\((?!\()[^)]*\)?/g, '');
            const vars = [...live.matchAll(VALUE_VAR)].map((m) => ({ text: m[0], name: m[1] ?? m[2] ?? m[3] ?? '' }));
            if (!vars.length)
                return undefined;
            const kinds = vars.map((v) => ({ ...v, kind: valueVariable(a, v.name) }));
            const clauses = kinds.map((v) => valueClause(v.text, v.kind)).filter((c) => c !== undefined);
            const texts = vars.map((v) => code(v.text)).join(', ');
            return {
                severity: kinds.some((v) => isDoubtful(v.kind)) ? 'warning' : 'info',
                message: `The merge evals the value, so ${texts} expand${vars.length === 1 ? 's' : ''} when the block is merged (the file never contains the ${code('$')} text)` +
                    (clauses.length ? `: ${clauses.join('; ')}.` : '.'),
                fix: `If the ${code('$')} is meant literally, write ${code('\\$')}.`,
            };
        });
    },
};
const iniDuplicateKey = {
    id: 'LC511',
    name: 'ini-duplicate-key',
    severity: 'warning',
    summary: 'The same key twice for one file+section becomes a multi-valued option.',
    check(a) {
        const out = [];
        const first = new Map();
        for (const k of keyLines(a)) {
            const id = [k.block.header.phase, k.block.header.file, k.section, k.key].join('\u0000');
            const prev = first.get(id);
            if (!prev) {
                first.set(id, { line: k.line.line, value: k.value });
                continue;
            }
            out.push({
                line: k.line.line,
                message: `${code(k.key)} is already set in [${k.section}] of ${code(k.block.header.file)} at line ${prev.line}: the merge turns it into a multi-valued option (inidelete, iniset with the last value, iniadd_literal for the others), so the file gets both ${code(`${k.key} = ${prev.value}`)} and ${code(`${k.key} = ${k.value}`)}; the last one does not win, contrary to the devstack docs.`,
                fix: `Keep one ${code(`${k.key} = …`)} line (ignore this only for a deliberate multi-valued option).`,
            });
        }
        return out;
    },
};
/** LC512 for a key line: shell syntax in the key (or the start of a line, which is LC501's). */
function keyExecutes(k) {
    const { line, block, section, key } = k;
    if (line.raw.startsWith(';') || (0,bash_words/* lexStatement */.$)(key).errors.length)
        return undefined; // LC501 / LC508
    const effects = evalEffects(key);
    if (!effects.length)
        return undefined;
    return {
        message: `The merge evals ${code(inisetText(block.header.file, section, key, '…'))} with the key unquoted, so in the key ${code(key)} ${listText(effects)}, on the host, while stack.sh merges ${code(block.header.file)}; local.conf text must never execute.`,
        fix: `Write the real option name: letters, digits, ${code('_')}, ${code('.')} and ${code('-')} only.`,
    };
}
const iniNameExecutes = {
    id: 'LC512',
    name: 'ini-name-executes',
    severity: 'error',
    summary: 'A section name or key with `$(…)`, backticks, `;`, `&`, `|`, `<` or `>`: the merge evals it unquoted.',
    check(a) {
        const out = perKey(a, keyExecutes);
        for (const block of a.mergeBlocks) {
            for (const line of block.lines) {
                const name = line.kind === 'section' && !line.raw.startsWith('[[') ? (line.section ?? '') : '';
                const effects = evalEffects(name);
                if (!effects.length || (0,bash_words/* lexStatement */.$)(name).errors.length)
                    continue;
                // awk only emits iniset lines for keys: a section without keys is never evaluated.
                const keys = block.lines.filter((l) => l.kind === 'key' && l.line > line.line && l.inSection === name);
                if (!keys.length)
                    continue;
                out.push({
                    line: line.line,
                    message: `The merge evals ${code(inisetText(block.header.file, name, '<key>', '…'))} for every key of this section (${keys.length} key line${keys.length > 1 ? 's' : ''}), with the section unquoted, so in ${code(name)} ${listText(effects)}, on the host, while stack.sh merges ${code(block.header.file)}; local.conf text must never execute.`,
                    fix: `Write the real section name: letters, digits, ${code('_')}, ${code('.')} and ${code('-')} only (e.g. ${code('[DEFAULT]')}).`,
                });
            }
        }
        return out.sort((x, y) => x.line - y.line);
    },
};
const INI_RULES = [
    iniSemicolon,
    iniIndented,
    iniInlineComment,
    iniKeyBeforeSection,
    iniKeyWhitespace,
    iniKeyWithoutEquals,
    iniSectionMisread,
    iniUnbalancedQuote,
    iniCommandSubstitution,
    iniVariableExpansion,
    iniDuplicateKey,
    iniNameExecutes,
];

;// CONCATENATED MODULE: ./build/devstack/lint/rules/kuryr-df.js
/**
 * LC6xx: Dragonflow and Kuryr specifics (docs/local-conf.md#linter-pitfalls items 8–9, docs/connectivity.md#ports-pool,
 * docs/connectivity.md#doc-and-code-mismatches): settings that the plugins read differently from what the docs and
 * samples suggest.
 */

const DRAGONFLOW_SPECS = new Set(['$DRAGONFLOW_CONF', '${DRAGONFLOW_CONF}', '/etc/neutron/dragonflow.ini']);
/** Assignments whose name matches, mapped to drafts. */
function perAssignment(a, make) {
    const out = [];
    for (const x of a.assignments) {
        const d = make(x);
        if (d)
            out.push({ line: x.stmt.line, endLine: x.stmt.endLine, ...d });
    }
    return out;
}
const dragonflowConfRestart = {
    id: 'LC601',
    name: 'dragonflow-conf-needs-restart',
    severity: 'warning',
    summary: 'Values merged into `$DRAGONFLOW_CONF` are not seen by df-controller until it restarts.',
    check(a) {
        const out = [];
        for (const b of a.mergeBlocks) {
            if (!DRAGONFLOW_SPECS.has(b.header.file) || !b.lines.some((l) => l.kind === 'key'))
                continue;
            out.push({
                line: b.header.line,
                message: `df-controller starts inside Dragonflow's own post-config plugin phase, before DevStack merges [[${b.header.phase}|…]] blocks, so it runs without these values until it is restarted (from reading the code).`,
                fix: `Restart it after stack.sh (${code('sudo systemctl restart devstack@df-controller')}), or set the value through the Dragonflow devstack variable in localrc.`,
            });
        }
        return out;
    },
};
const POOL_NAMES = {
    KURYR_PORT_POOL_MIN: 'KURYR_VIF_POOL_MIN',
    KURYR_PORT_POOL_MAX: 'KURYR_VIF_POOL_MAX',
    KURYR_PORT_POOL_BATCH: 'KURYR_VIF_POOL_BATCH',
    KURYR_PORT_POOL_UPDATE_FREQ: 'KURYR_VIF_POOL_UPDATE_FREQ',
};
const wrongPoolVariable = {
    id: 'LC602',
    name: 'wrong-pool-variable',
    severity: 'warning',
    summary: 'Ports-pool variables from the doc that the kuryr plugin never reads (KURYR_USE_PORT_POOLS, KURYR_PORT_POOL_*).',
    check: (a) => perAssignment(a, (x) => {
        if (x.name === 'KURYR_USE_PORT_POOLS') {
            return {
                message: 'The kuryr devstack plugin does not read KURYR_USE_PORT_POOLS for the pools (it only sets tempest [kuryr_kubernetes] port_pool_enabled); the plugin reads KURYR_USE_PORTS_POOLS, and the switch that takes effect is KURYR_VIF_POOL_DRIVER.',
                fix: `Set ${code('KURYR_VIF_POOL_DRIVER=neutron')} (baremetal) or ${code('KURYR_VIF_POOL_DRIVER=nested')} (nested).`,
            };
        }
        if (!x.name.startsWith('KURYR_PORT_POOL_'))
            return undefined;
        const right = POOL_NAMES[x.name];
        return {
            message: `${x.name} (the ports-pool doc's name) is never read: the kuryr plugin reads ${right ?? 'KURYR_VIF_POOL_*'}.`,
            fix: right
                ? `Rename it: ${code(`${right}=${x.value.raw}`)}.`
                : 'Use the KURYR_VIF_POOL_* names (MIN, MAX, BATCH, UPDATE_FREQ).',
        };
    }),
};
const UNREAD = {
    KURYR_K8S_CLUSTER_IP_RANGE: {
        why: "the apiserver's --service-cluster-ip-range is the lower half of the k8s-service-subnet when octavia is enabled",
        fix: 'Remove it; the service range follows the k8s service subnet.',
    },
    KURYR_ETCD_CLIENT_URL: {
        why: 'kuryr waits on http://$SERVICE_HOST:2379/v2/machines',
        fix: 'Remove it; run etcd where kuryr expects it ($SERVICE_HOST:2379).',
    },
};
const unreadVariable = {
    id: 'LC603',
    name: 'unread-variable',
    severity: 'warning',
    summary: 'Variables from the kuryr samples that no code reads (KURYR_K8S_CLUSTER_IP_RANGE, KURYR_ETCD_CLIENT_URL).',
    check: (a) => perAssignment(a, (x) => {
        const u = UNREAD[x.name];
        return u
            ? {
                message: `${x.name} is read nowhere in the df-era kuryr plugin, settings or lib, so it has no effect; ${u.why}.`,
                fix: u.fix,
            }
            : undefined;
    }),
};
const TRUE_SPELLINGS = new Set(['1', 'yes', 'Yes', 'YES', 'true', 'TRUE']);
const FALSE_SPELLINGS = new Set(['0', 'no', 'No', 'NO', 'false', 'False', 'FALSE', '']);
const TRUE_ONLY = {
    Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER: "Dragonflow's plugin.sh does nothing on stack and unstack (no local controller, no Dragonflow configuration)",
    KURYR_CONFIGURE_NEUTRON_DEFAULTS: 'kuryr silently skips the Neutron defaults (k8s project, networks, subnets, security groups) and the [kubernetes] api_root setting',
};
const trueOnlyFlag = {
    id: 'LC604',
    name: 'true-only-flag',
    severity: 'error',
    summary: 'Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER / KURYR_CONFIGURE_NEUTRON_DEFAULTS compared with `== "True"`.',
    check: (a) => perAssignment(a, (x) => {
        const effect = TRUE_ONLY[x.name];
        const v = x.value.literal;
        if (!effect || v === undefined || v === 'True' || FALSE_SPELLINGS.has(v))
            return undefined;
        const truthy = TRUE_SPELLINGS.has(v);
        return {
            severity: truthy ? 'error' : 'warning',
            message: `The plugin compares ${x.name} with ${code('== "True"')} (not trueorfalse), so ${code(v)} ${truthy ? 'is not True' : 'is treated as off'}: ${effect}.`,
            fix: `Write exactly ${code(`${x.name}=True`)}.`,
        };
    }),
};
const workerNodesSubnet = {
    id: 'LC605',
    name: 'worker-nodes-subnet',
    severity: 'warning',
    summary: '`[pod_vif_nested] worker_nodes_subnet(s)` spelled for the wrong kuryr era.',
    check(a) {
        const out = [];
        for (const b of a.mergeBlocks) {
            for (const l of b.lines) {
                if (l.kind !== 'key' || l.inSection !== 'pod_vif_nested')
                    continue;
                if (a.ctx.era === 'df' && l.key === 'worker_nodes_subnets') {
                    out.push({
                        line: l.line,
                        message: 'df-era kuryr-kubernetes (258c708b) defines only `worker_nodes_subnet` (singular); oslo.config ignores the unknown plural, so the nested VIF driver has no worker-nodes subnet.',
                        fix: `Write ${code(`worker_nodes_subnet = ${l.value ?? ''}`)}.`,
                    });
                }
                if (a.ctx.era === 'newest' && l.key === 'worker_nodes_subnet') {
                    out.push({
                        line: l.line,
                        severity: 'info',
                        message: 'Later kuryr-kubernetes (doc at 398bd461) names the option `worker_nodes_subnets`; the singular is the df-era name. Write the name that matches the pinned kuryr ref.',
                        fix: `For a recent kuryr ref write ${code(`worker_nodes_subnets = ${l.value ?? ''}`)}.`,
                    });
                }
            }
        }
        return out;
    },
};
const NET_FROM_SUBNET = {
    KURYR_NEUTRON_DEFAULT_POD_NET: 'KURYR_NEUTRON_DEFAULT_POD_SUBNET',
    KURYR_NEUTRON_DEFAULT_SERVICE_NET: 'KURYR_NEUTRON_DEFAULT_SERVICE_SUBNET',
};
const podNetVariable = {
    id: 'LC606',
    name: 'pod-net-variable',
    severity: 'warning',
    summary: 'kuryr derives the pod/service network name from the *subnet* variable.',
    check: (a) => perAssignment(a, (x) => {
        const subnet = NET_FROM_SUBNET[x.name];
        if (subnet) {
            const dflt = x.name.includes('POD') ? 'k8s-pod-net' : 'k8s-service-net';
            return {
                message: `kuryr's settings overwrite ${x.name} with ${code(`\${${subnet}:-${dflt}}`)} (it reads the subnet variable), so this value is never used.`,
                fix: `Set ${subnet} instead; it names both the subnet and the network.`,
            };
        }
        const net = Object.entries(NET_FROM_SUBNET).find(([, s]) => s === x.name)?.[0];
        if (!net)
            return undefined;
        return {
            severity: 'info',
            message: `${x.name} also renames the network: kuryr's settings set ${code(`${net}=\${${x.name}:-…}`)}.`,
            fix: 'Expect the network to carry the same name as the subnet.',
        };
    }),
};
const portsPoolsSwitch = {
    id: 'LC607',
    name: 'ports-pools-switch',
    severity: 'info',
    summary: 'KURYR_USE_PORTS_POOLS is only tested for non-empty; KURYR_VIF_POOL_DRIVER is the real switch.',
    check: (a) => perAssignment(a, (x) => x.name === 'KURYR_USE_PORTS_POOLS'
        ? {
            message: `configure_kuryr tests ${code('[ "$KURYR_USE_PORTS_POOLS" ]')} (non-empty), so ${code(x.value.raw || '""')} changes nothing: the pool options are always written and KURYR_VIF_POOL_DRIVER decides whether pools are used.`,
            fix: `Set ${code('KURYR_VIF_POOL_DRIVER')} (noop to disable, neutron or nested to enable).`,
        }
        : undefined),
};
const KURYR_DF_RULES = [
    dragonflowConfRestart,
    wrongPoolVariable,
    unreadVariable,
    trueOnlyFlag,
    workerNodesSubnet,
    podNetVariable,
    portsPoolsSwitch,
];

// EXTERNAL MODULE: ./build/devstack/trains.js
var trains = __webpack_require__(67613);
;// CONCATENATED MODULE: ./build/devstack/lint/rules/services.js


/** The statement (for its endLine) that starts at `line`. */
function statementAt(a, line) {
    return a.statements.find((s) => s.line === line);
}
/** The choice branches a command depends on, as `id:branch` keys. */
function conditions(a, st) {
    return new Set((a.flow.info.get(st)?.frames ?? []).map((f) => `${f.id}:${f.branch}`));
}
/**
 * True when the event needs two commands that each sit under a condition the other does not (two separate `if`s):
 * both must hold on one run, and the linter cannot tell whether they can (`[ "$X" = a ]` and `[ "$X" = b ]`).
 */
function needsTwoConditions(a, e) {
    const at = (line) => a.statements.filter((s) => s.line === line);
    const here = at(e.line);
    if (!e.related.length || !here.length)
        return false;
    return e.related.every((line) => at(line).every((x) => here.every((y) => {
        const cx = conditions(a, x);
        const cy = conditions(a, y);
        return [...cx].some((k) => !cy.has(k)) && [...cy].some((k) => !cx.has(k));
    })));
}
/**
 * Drafts for the DevStack events that happen on at least one path through localrc. With `hedge`, an error that needs
 * two separately conditional lines becomes a warning that says so.
 */
function eventDrafts(a, test, make, hedge = false) {
    return a.events.filter(test).map((e) => {
        const d = { line: e.line, endLine: e.endLine, ...make(e) };
        if (!hedge || !needsTwoConditions(a, e))
            return d;
        const lines = listText([...e.related, e.line].map(String));
        return {
            ...d,
            severity: 'warning',
            message: `If the conditions around lines ${lines} can all hold in one run: ${d.message}`,
        };
    });
}
const enableAfterDisable = {
    id: 'LC304',
    name: 'enable-after-disable',
    severity: 'warning',
    summary: '`enable_service X` after `disable_service X` only warns; X stays disabled.',
    check(a) {
        return eventDrafts(a, (e) => e.code === 'enable-after-disable', (e) => {
            const svc = e.subject;
            const dis = e.related[0];
            return {
                message: `DevStack prints ${code(`[WARNING] … ${e.message}`)} and keeps ${svc} disabled${dis ? ` (disable_service at line ${dis} wins)` : ''}.`,
                fix: `Remove ${code(`disable_service ${svc}`)}${dis ? ` (line ${dis})` : ''} if ${svc} should run, or remove this enable_service.`,
            };
        });
    },
};
const enabledServicesOverridesDisable = {
    id: 'LC305',
    name: 'enabled-services-overrides-disable',
    severity: 'error',
    summary: 'Editing ENABLED_SERVICES to undo a disable_service is fatal.',
    check(a) {
        return eventDrafts(a, (e) => e.code === 'overcome-disable', (e) => ({
            message: `stack.sh dies in verify_disabled_services: ${code(e.message)}.`,
            fix: 'Remove the disable_service line for that service, or do not add it back through ENABLED_SERVICES.',
        }), true);
    },
};
const enabledServicesReset = {
    id: 'LC306',
    name: 'enabled-services-reset',
    severity: 'error',
    summary: '`ENABLED_SERVICES=` after enable_service lines wipes them.',
    check(a) {
        return eventDrafts(a, (e) => e.code === 'enables-wiped', (e) => {
            const st = statementAt(a, e.line);
            const n = e.related.length;
            return {
                message: `${code(st?.raw.split('\n')[0] ?? 'ENABLED_SERVICES=')} replaces the whole list, so the enable_service call${n > 1 ? 's' : ''} at line${n > 1 ? 's' : ''} ${listText(e.related.map(String))} no longer count.`,
                fix: 'Move ENABLED_SERVICES= above every enable_service line (or append with `ENABLED_SERVICES+=",svc"`).',
            };
        }, true);
    },
};
const pluginDuplicate = {
    id: 'LC307',
    name: 'plugin-duplicate',
    severity: 'error',
    summary: 'A second `enable_plugin` for the same name is fatal.',
    check(a) {
        return eventDrafts(a, (e) => e.code === 'plugin-twice', (e) => {
            const name = e.subject;
            const first = e.related.length
                ? ` (first enable_plugin at line ${e.related.join(' or ')}, on the same path)`
                : '';
            return {
                message: `stack.sh dies while sourcing localrc: ${code(e.message)}${first}.`,
                fix: `Keep a single ${code(`enable_plugin ${name} …`)} line.`,
            };
        }, true);
    },
};
/** Retired projects whose master is empty: DevStack finds no devstack/plugin.sh and silently skips them. */
const EMPTY_MASTER = {
    'kuryr-kubernetes': {
        severity: 'error',
        note: 'kuryr-kubernetes master is empty since its retirement, so run_plugins finds no devstack/plugin.sh and silently skips the plugin: stack.sh succeeds without any Kuryr',
    },
    'kuryr-tempest-plugin': {
        severity: 'error',
        note: 'kuryr-tempest-plugin master is empty since its retirement, so DevStack silently skips the plugin',
    },
    dragonflow: {
        severity: 'warning',
        note: 'Dragonflow is retired and its master is expected to be emptied (review 737564; not verified), in which case DevStack silently skips the plugin',
    },
};
/** Refs that belong to the df-era release train (docs/release-trains.md#the-ussuri-train): the ussuri train's pins. */
const DF_REFS = trains/* TRAINS */.G3.ussuri?.pluginRefs ?? {};
const pluginUnpinned = {
    id: 'LC308',
    name: 'plugin-unpinned',
    severity: 'warning',
    summary: '`enable_plugin` without a branch clones master (an error for retired plugins whose master is empty).',
    check(a) {
        const out = [];
        for (const p of a.services.plugins) {
            const empty = EMPTY_MASTER[p.name];
            if (p.ref !== undefined && !(empty && p.ref === 'master'))
                continue;
            const what = p.ref === undefined
                ? `${code(`enable_plugin ${p.name}`)} has no branch, so DevStack clones master`
                : `${code(`enable_plugin ${p.name}`)} asks for master`;
            const generic = a.ctx.era === 'df'
                ? 'a current master cannot be expected to work with a 2020 devstack'
                : 'every run may get different plugin code';
            const ref = a.ctx.era === 'df' ? (DF_REFS[p.name] ?? '<tag-or-branch>') : '<tag-or-branch>';
            out.push({
                line: p.line,
                endLine: statementAt(a, p.line)?.endLine ?? p.line,
                severity: empty?.severity,
                message: `${what}: ${empty?.note ?? generic}.`,
                fix: `Pin a ref: ${code(`enable_plugin ${p.name} ${p.url} ${ref}`)}${p.name === 'dragonflow' && a.ctx.era === 'df' ? ' (or tag 5.0.0; fetching a bare SHA depends on the server)' : ''}.`,
            });
        }
        return out;
    },
};
const pluginArgs = {
    id: 'LC312',
    name: 'plugin-args',
    severity: 'error',
    summary: '`enable_plugin` without a name and a URL.',
    check(a) {
        return eventDrafts(a, (e) => e.code === 'plugin-args', () => ({
            message: 'enable_plugin needs a name and a URL: without a URL, fetch_plugins has nothing to clone and stack.sh fails.',
            fix: `Write ${code('enable_plugin <name> <git-url> <ref>')}.`,
        }));
    },
};
const imageUrlsDuplicate = {
    id: 'LC309',
    name: 'image-urls-duplicate',
    severity: 'error',
    summary: 'The same URL twice in IMAGE_URLS is fatal.',
    check(a) {
        const out = new Map();
        for (const state of a.finals) {
            const parts = state.vars.get('IMAGE_URLS')?.parts ?? [];
            if (parts.some((p) => p.text === undefined))
                continue;
            const lines = parts.flatMap((p) => Array.from(p.text ?? '', () => p.line)); // line that wrote each character
            const text = parts.map((p) => p.text).join('');
            const seen = new Map();
            let start = 0;
            for (const item of text.split(',')) {
                const end = start + item.length;
                const url = item.trim();
                const line = lines[end - 1] ?? 0;
                const first = seen.get(url);
                if (url && first !== undefined && !out.has(`${line} ${url}`)) {
                    out.set(`${line} ${url}`, {
                        line,
                        endLine: statementAt(a, line)?.endLine ?? line,
                        message: `stack.sh dies: ${code(`${url} is duplicate, please remove it from IMAGE_URLS.`)} (first added at line ${first}).`,
                        fix: 'Remove the second copy of the URL.',
                    });
                }
                else if (url && first === undefined)
                    seen.set(url, line);
                start = end + 1;
            }
        }
        return [...out.values()];
    },
};
/** Comma-separated lists where `+=` must start with a comma. */
const COMMA_LISTS = [
    'ENABLED_SERVICES',
    'LIBS_FROM_GIT',
    'IMAGE_URLS',
    'Q_SERVICE_PLUGIN_CLASSES',
    'Q_ML2_PLUGIN_MECHANISM_DRIVERS',
    'Q_ML2_PLUGIN_TYPE_DRIVERS',
    'Q_ML2_PLUGIN_EXT_DRIVERS',
    'KURYR_ENABLED_HANDLERS',
];
const listAppendNoComma = {
    id: 'LC310',
    name: 'list-append-no-comma',
    severity: 'warning',
    summary: '`LIST+=item` on a comma list without the leading comma glues item onto the last entry.',
    check(a) {
        const out = [];
        for (const x of a.assignments) {
            if (x.op !== '+=' || !COMMA_LISTS.includes(x.name))
                continue;
            const raw = x.value.raw.replace(/^["']/, '');
            if (raw === '' || raw.startsWith(',') || raw.startsWith('$'))
                continue;
            const added = x.value.literal ?? raw;
            // The value before, on each path that reaches this line (lists other than ENABLED_SERVICES start empty).
            const before = a.valuesBefore.get(x.stmt) ?? [];
            const current = before.find((v) => v !== undefined && v !== '');
            const unknown = before.some((v) => v === undefined);
            if (current === undefined && !unknown)
                continue; // empty on every path: `+=item` reads as `item`
            out.push({
                line: x.stmt.line,
                endLine: x.stmt.endLine,
                severity: current !== undefined ? 'error' : undefined,
                message: current !== undefined
                    ? `${code('+=')} appends without a separator: ${x.name} is ${code(current)} here, so it becomes ${code(`${current}${added}`)} and the last entry is corrupted.`
                    : `${code('+=')} appends without a separator: ${x.name} is set from a value only known at run time before this line; unless that value is empty, its last entry becomes ${code(`<last>${added}`)}.`,
                fix: `Write ${code(`${x.name}+=",${added}"`)}.`,
            });
        }
        return out;
    },
};
const SERVICE_RULES = [
    enableAfterDisable,
    enabledServicesOverridesDisable,
    enabledServicesReset,
    pluginDuplicate,
    pluginUnpinned,
    imageUrlsDuplicate,
    listAppendNoComma,
    pluginArgs,
];

;// CONCATENATED MODULE: ./build/devstack/lint/rules/index.js









/** All rules, sorted by id. */
const RULES = [
    ...HEADER_RULES,
    ...FILE_SPEC_RULES,
    ...LOCALRC_SYNTAX_RULES,
    ...COMMAND_RULES,
    ...SERVICE_RULES,
    ...CREDENTIAL_RULES,
    ...INI_RULES,
    ...KURYR_DF_RULES,
    ...HOST_RULES,
].sort((x, y) => x.id.localeCompare(y.id));
/** Static rule metadata (id, name, default severity, summary), sorted by id. */
const RULE_INFO = RULES.map(({ id, name, severity, summary }) => ({
    id,
    name,
    severity,
    summary,
}));
/** Looks a rule up by id (`LC403`) or name (`logfile-relative`). */
function findRule(idOrName) {
    return RULES.find((r) => r.id === idOrName || r.name === idOrName);
}

;// CONCATENATED MODULE: ./build/devstack/lint/index.js
/**
 * The local.conf linter (docs/local-conf.md#linter-pitfalls, docs/connectivity.md#doc-and-code-mismatches). Two passes:
 *
 * - `lintLocalConf`: every static rule; pure and synchronous (no child process, no file system).
 * - `checkLocalrcSyntax`: the real `bash -n` on the extracted localrc, through an injectable checker.
 *
 * `lintAll` and `lintText` run both (pass `{ syntaxCheck: false }` to skip bash, or a checker to replace it). `lintMany`
 * does the same for many files at once: bash checks them all in a few processes while the static rules run (issue
 * #18), with the same findings as `lintText` on each. Findings are sorted by file, line, then rule id.
 */









/** Fills in the defaults of a lint context (era `df`). */
function resolveContext(ctx = {}) {
    return { ...ctx, era: ctx.era ?? 'df' };
}
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/** Sorts findings by file, line, rule id, then severity and message (stable, deterministic output). */
function sortFindings(findings) {
    return [...findings].sort((x, y) => x.file.localeCompare(y.file) ||
        x.line - y.line ||
        x.rule.localeCompare(y.rule) ||
        SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
        x.message.localeCompare(y.message));
}
/**
 * Runs every static rule on a parsed local.conf. Pure and synchronous; does not run bash. `facts.syntaxErrorLine` (the
 * first line `bash -n` reports, as `lintAll` passes it) marks where bash stops reading localrc; without it a cheap
 * detection (unterminated quotes, stray or missing `fi`/`done`/`esac`, `<`/`>` at a line's end) is used.
 */
function lintLocalConf(conf, ctx, facts) {
    return lintStatic(conf, ctx, facts).findings;
}
/** The static rules and the analysis they ran on. */
function lintStatic(conf, ctx, facts) {
    const a = analyse(conf, resolveContext(ctx), facts);
    const out = [];
    for (const rule of RULES) {
        for (const d of rule.check(a)) {
            out.push({
                file: conf.file,
                line: d.line,
                endLine: d.endLine ?? d.line,
                rule: rule.id,
                severity: d.severity ?? rule.severity,
                message: d.message,
                fix: d.fix,
            });
        }
    }
    return { findings: sortFindings(out), deadFrom: a.deadFrom };
}
/**
 * The `bash -n` check, then the static rules, told where bash stops reading localrc (the first LC301 line). A bash
 * error inside the lines of an LC303 finding (unterminated quote) or on an LC316 line (a `<placeholder>` read as a
 * redirection) is dropped, since both describe the same problem.
 */
function lintAll(conf, ctx, options = {}) {
    const checker = options.syntaxCheck === undefined ? bashNoExec : options.syntaxCheck;
    if (checker === false)
        return lintLocalConf(conf, ctx);
    return withSyntax(conf, ctx, checkLocalrcSyntax(conf, checker));
}
/**
 * The static rules, told where bash stops reading localrc (the first LC301 line), plus the `bash -n` findings less each
 * LC301 an LC303 or LC316 finding explains. `clean` is a static run made beforehand on the assumption that bash finds
 * no error (what `lintMany` computes while bash runs); it is used when that holds.
 */
function withSyntax(conf, ctx, syntax, clean) {
    const ran = !syntax.some((f) => f.rule === 'LC313');
    const first = syntax.find((f) => f.rule === 'LC301')?.line;
    const { findings, deadFrom } = ran && first === undefined && clean ? clean : lintStatic(conf, ctx, ran ? { syntaxErrorLine: first } : undefined);
    const explained = findings.filter((f) => f.rule === 'LC303' || f.rule === 'LC316');
    const covered = (f) => explained.some((q) => f.line >= q.line && f.line <= q.endLine);
    const kept = syntax.filter((f) => !(f.rule === 'LC301' && covered(f))).map((f) => ({ ...f }));
    const top = kept.find((f) => f.rule === 'LC301' && f.line === first);
    if (top && deadFrom !== undefined && deadFrom < top.line)
        top.message += ` Bash drops the whole command that starts at line ${deadFrom} (the if/case/loop/function around the error) too.`;
    return sortFindings([...findings, ...kept]);
}
/** Parses `text` (named `file` in findings) and runs `lintAll` on it. */
function lintText(text, file = 'local.conf', ctx, options = {}) {
    return lintAll(parseLocalConf(text, file), ctx, options);
}
/**
 * `lintText` for many files: one findings list per input, in order, each equal to `lintText(text, file, ctx)`. The
 * `bash -n` checks start first, in a few bash processes (`createBatchBashChecker`), and run while this thread applies
 * the static rules. A `syntaxCheck` function checks one script at a time instead; `false` skips bash.
 */
async function lintMany(inputs, ctx, options = {}) {
    const confs = inputs.map((i) => parseLocalConf(i.text, i.file));
    const { syntaxCheck } = options;
    if (syntaxCheck === false)
        return confs.map((c) => lintLocalConf(c, ctx));
    if (syntaxCheck)
        return confs.map((c) => lintAll(c, ctx, { syntaxCheck }));
    const syntax = checkLocalrcSyntaxMany(confs, options.batchCheck ?? batchBashNoExec);
    // while bash runs: the static rules as they are when bash finds no error (most files); redone for the others
    const clean = confs.map((c) => lintStatic(c, ctx, { syntaxErrorLine: undefined }));
    const checked = await syntax;
    return confs.map((c, i) => withSyntax(c, ctx, checked[i], clean[i]));
}

;// CONCATENATED MODULE: ./build/devstack/plan-lint.js
/**
 * Lints a plan's merged local.conf with the context the plan knows (devstack era of the train, target distro) and
 * maps every finding on a line that came from a user file (`--local-conf`, `--set`) back to that file and line, so
 * annotations land where the user can fix them.
 */


/** Lints `plan.conf`; findings on user-supplied lines point at the user's file. */
function lintPlan(plan, options = {}) {
    const train = trains/* TRAINS */.G3[plan.train.name];
    const findings = lintAll(plan.conf, {
        era: plan.train.name === 'ussuri' ? 'df' : 'newest',
        defaultServices: train?.defaultServices,
        distroFamily: plan.distro?.family,
    }, options);
    return findings.map((f) => {
        const origin = plan.origins[f.line - 1];
        if (!origin)
            return f;
        return {
            ...f,
            file: origin.file,
            line: origin.line,
            endLine: origin.line + (f.endLine - f.line),
            message: `${f.message} (generated local.conf line ${f.line})`,
        };
    });
}

// EXTERNAL MODULE: ./build/devstack/preflight.js
var preflight = __webpack_require__(29855);
// EXTERNAL MODULE: ./build/devstack/distro.js
var distro = __webpack_require__(22129);
;// CONCATENATED MODULE: ./build/devstack/setup/host.js
/** Facts about the runner host that preflight checks: distro, memory, free disk. Reads files only. */




/**
 * DevStack needs about 10 GB of disk (docs/devstack-operations.md#sizing); an all-in-one with Octavia wants 8 GB of
 * memory.
 */
const MINIMUMS = { memoryMb: 4096, recommendedMemoryMb: 8192, diskGb: 10 };
function nearestExisting(path) {
    let p = path;
    while (!(0,external_node_fs_.existsSync)(p) && p !== (0,external_node_path_.dirname)(p))
        p = (0,external_node_path_.dirname)(p);
    return p;
}
/** Reads the host facts. `osReleasePath` and `meminfoPath` are injectable for tests. */
function readHostFacts(dest, paths = {}) {
    const osReleasePath = paths.osRelease ?? '/etc/os-release';
    let osRelease;
    try {
        osRelease = (0,external_node_fs_.readFileSync)(osReleasePath, 'utf8');
    }
    catch {
        throw new runtime_errors/* ConfigurationError */.j1(`Cannot read ${osReleasePath}: the runner must be a Linux host with os-release.`, 'distro');
    }
    const meminfo = (0,external_node_fs_.readFileSync)(paths.meminfo ?? '/proc/meminfo', 'utf8');
    const kb = Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? 0);
    const fs = (0,external_node_fs_.statfsSync)(nearestExisting(dest));
    return {
        distro: (0,distro/* distroFromOsRelease */.lI)(osRelease),
        memoryMb: Math.floor(kb / 1024),
        diskFreeGb: Math.floor((fs.bavail * fs.bsize) / 1024 ** 3),
        isRoot: process.getuid?.() === 0,
    };
}

// EXTERNAL MODULE: ./build/runtime/version.js
var version = __webpack_require__(89623);
// EXTERNAL MODULE: ./build/results/model.js
var model = __webpack_require__(81896);
// EXTERNAL MODULE: ./build/results/step.js
var step = __webpack_require__(9691);
;// CONCATENATED MODULE: ./build/devstack/setup/setup-run.js
/**
 * The shapes setup-devstack's main step shares between its steps: the environment it runs in, what it returns, the
 * state names post reads, and {@link SetupRun}, the one context every step function takes.
 */








/** The results stage (and case suite) of setup-devstack. */
const SETUP_STAGE = model/* STAGE */.Ld.setupDevstack;
/** State names shared by main and post. */
const STATE = {
    lock: 'lock-path',
    nat: 'nat-rule',
    dest: 'dest',
    stackUser: 'stack-user',
    logDir: 'log-dir',
    localConf: 'local-conf',
    secrets: 'secrets',
    clean: 'clean',
};
/** Runs `command` as the stack user through sudo (stack.sh refuses root; docs/devstack-operations.md#host-and-user). */
function asUser(user, command, args) {
    return ['sudo', ['-n', '-u', user, '-H', '--', command, ...args]];
}
/** Opens the results file (before anything can fail) and builds the run's context. */
async function openSetupRun(settings, env) {
    const masker = new secrets/* SecretMasker */.M2();
    masker.add(settings.adminPassword);
    const writer = await results_writer/* ResultsWriter */.QU.open(env.resultsPath, {
        toolVersion: version/* VERSION */.x,
        stage: SETUP_STAGE,
        profile: settings.profile,
        release: settings.release,
        // read again by the preflight, which refuses what it cannot use; here it only labels the results
        distro: (0,distro/* hostDistro */.wt)((0,distro/* readOsRelease */.A3)(env.osReleasePath)),
    }, { leg: env.leg });
    const results = guardResults(writer, masker);
    const run = (command, args, opts = {}) => env.runner.run(command, args, { signal: env.signal, ...opts });
    const devstackDir = (0,external_node_path_.join)(settings.dest, 'devstack');
    return {
        settings,
        env,
        logger: env.logger,
        masker,
        results,
        findings: [],
        steps: new step/* StepRecorder */.Dr(results, { suite: SETUP_STAGE, group: (name, fn) => env.logger.group(name, fn) }),
        devstackDir,
        localConfPath: (0,external_node_path_.join)(devstackDir, 'local.conf'),
        logDir: (0,external_node_path_.join)(settings.dest, 'logs'),
        run,
        runAs: (command, args, opts) => {
            const [c, a] = asUser(settings.stackUser, command, args);
            return run(c, a, opts);
        },
    };
}

;// CONCATENATED MODULE: ./build/devstack/setup/preflight-step.js
/**
 * setup-devstack's preflight step, piece by piece: the fork guard, the plan (with the host cache's OFFLINE switch),
 * the secrets it knows, the local.conf lint and the host's size and sudo. Nothing on the host changes here.
 */











/** The preflight step. Throws ConfigurationError / RefusedCombinationError; findings are on disk by then. */
async function preflight_step_preflight(run) {
    const { settings, env, logger } = run;
    if (env.pr.isFork && !settings.allowForkPr) {
        throw new runtime_errors/* ConfigurationError */.j1('Refusing to run a pull request from a fork on a self-hosted runner: its code would run as root on this host. ' +
            'Set allow-fork-pr: true only for runners that are thrown away after each job.', 'allow-fork-pr');
    }
    const host = readHostFacts(settings.dest, { osRelease: env.osReleasePath });
    logger.info(`host: ${host.distro.id} (DISTRO=${host.distro.devstackName}), ${host.memoryMb} MB RAM, ${host.diskFreeGb} GB free`);
    if (settings.cache === 'actions' && !env.artifactCache) {
        throw new runtime_errors/* ConfigurationError */.j1("Input 'cache': 'actions' needs the Actions cache service (run inside GitHub Actions).", 'cache');
    }
    const { plan, cacheKey, cacheHit } = planFor(run, host);
    plan.secrets.forEach((s) => {
        logger.addSecret(s);
        run.masker.add(s);
    });
    env.saveState(STATE.secrets, JSON.stringify(plan.secrets));
    for (const w of plan.preflight.warnings)
        logger.warning(w.message);
    if (!plan.preflight.ok) {
        for (const r of (0,preflight/* formatRefusals */.h)(plan.preflight))
            logger.error(r);
        throw new runtime_errors/* RefusedCombinationError */.Ix((0,preflight/* formatRefusals */.h)(plan.preflight));
    }
    await lint(run, plan);
    await checkHost(run, host);
    return { plan, host, cacheKey, cacheHit };
}
/** The plan of these settings on this host; with a host-cache hit, the plan that reuses the trees as they are. */
function planFor(run, host) {
    const { settings, env } = run;
    const fragments = [
        ...(settings.localConfFile ? [(0,fragment_file/* readFragmentFile */.L)(env.workspace, settings.localConfFile, 'local-conf-file')] : []),
        ...(settings.localConf ? [{ text: settings.localConf, file: 'input:local-conf' }] : []),
    ];
    const request = {
        profile: settings.profile,
        release: settings.release,
        distro: host.distro,
        force: settings.forceDistro,
        fragments,
        adminPassword: settings.adminPassword,
        portsPool: settings.portsPool,
        octavia: settings.octavia,
        gitBase: settings.gitBase,
        dest: settings.dest,
        stackUser: settings.stackUser,
        devstackRef: settings.devstackRef,
        pluginRefs: settings.pluginRefs,
        nat: settings.nat,
    };
    const plan = (0,devstack_plan/* createPlan */.q)(request);
    const cacheKey = hostCacheKey({
        dest: settings.dest,
        devstackRef: plan.refs.devstack,
        gitBase: plan.refs.gitBase,
        plugins: plan.refs.plugins,
        distro: host.distro.id,
        shape: { ...request, adminPassword: undefined, distro: host.distro.id },
    });
    const cacheHit = settings.cache === 'host' &&
        readHostCache(env.lockDir, settings.dest) === cacheKey &&
        (0,external_node_fs_.existsSync)((0,external_node_path_.join)(settings.dest, 'devstack', '.git'));
    if (!cacheHit)
        return { plan, cacheKey, cacheHit };
    run.logger.notice('host cache: refs and local.conf inputs unchanged since the last successful stack → OFFLINE=True, RECLONE=False');
    const offline = (0,devstack_plan/* createPlan */.q)({ ...request, set: { OFFLINE: 'True', RECLONE: 'False' } });
    return { plan: offline, cacheKey, cacheHit };
}
/** Lints the plan's local.conf: every finding recorded (masked); errors stop the run. */
async function lint(run, plan) {
    const found = lintPlan(plan);
    const findings = found.map((f) => maskDeep({
        file: f.file,
        line: f.line,
        endLine: f.endLine,
        level: f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
        title: `local.conf ${f.rule}`,
        message: `${f.message} Fix: ${f.fix}`,
        rule: f.rule,
    }, run.masker));
    run.findings.push(...findings);
    await run.results.addFindings(findings);
    const errors = found.filter((f) => f.severity === 'error');
    if (errors.length) {
        throw new runtime_errors/* ConfigurationError */.j1(`local.conf has ${errors.length} error(s) DevStack would misread:\n` +
            errors.map((e) => `  ${e.file}:${e.line}: ${e.rule}: ${e.message}`).join('\n'), 'local-conf');
    }
}
/** Memory, disk and passwordless sudo. */
async function checkHost(run, host) {
    const { settings, env, logger } = run;
    const min = env.minimums ?? MINIMUMS;
    if (host.memoryMb < min.memoryMb) {
        throw new runtime_errors/* ConfigurationError */.j1(`The runner has ${host.memoryMb} MB of memory; DevStack needs at least ${min.memoryMb} MB.`, 'runner');
    }
    if (host.memoryMb < min.recommendedMemoryMb)
        logger.warning(`Only ${host.memoryMb} MB of memory: ${min.recommendedMemoryMb} MB is recommended.`);
    if (host.diskFreeGb < min.diskGb) {
        throw new runtime_errors/* ConfigurationError */.j1(`Only ${host.diskFreeGb} GB free for ${settings.dest}; DevStack needs about ${min.diskGb} GB.`, 'dest');
    }
    try {
        await run.run('sudo', ['-n', 'true'], { timeoutMs: 30_000 });
    }
    catch {
        throw new runtime_errors/* ConfigurationError */.j1('The runner user needs passwordless sudo (sudo -n true failed).', 'runner');
    }
}

// EXTERNAL MODULE: ./build/devstack/setup/triage.js
var setup_triage = __webpack_require__(62816);
;// CONCATENATED MODULE: ./build/devstack/setup/run.js
/**
 * setup-devstack, step by step (issue #5): preflight → prerequisites → stack user → clone → local.conf → stack.sh →
 * outputs + NAT, each in its own log group with elapsed time, every program through the command-runner port, and
 * every result on disk (results JSON) before the next step can fail. Shared by the action and `kdf setup`. Each
 * step is one function below; {@link runSetup} only puts them in order.
 */












/** The whole main step. Never throws for a stack.sh failure (it is in the result); throws for user mistakes. */
async function runSetup(settings, env) {
    const started = Date.now();
    const run = await openSetupRun(settings, env);
    // 1. Preflight: nothing on the host changes before this passes.
    const pre = await run.steps.step('preflight', 'Preflight', () => preflight_step_preflight(run));
    const outputs = {
        'local-conf': run.localConfPath,
        'log-dir': run.logDir,
        results: env.resultsPath,
    };
    if (settings.dryRun)
        return dryRun(run, pre, outputs);
    await lockHost(run);
    await installPrerequisites(run, pre);
    await createStackUser(run, pre);
    await cleanEarlierStack(run, pre);
    const actionsCache = actionsCacheOf(run, pre);
    if (actionsCache) {
        await run.steps.step('cache-restore', 'Restore the Actions cache', () => restoreActionsCache(actionsCache, actionsCache.key, actionsCache.restoreKeys));
    }
    await cloneDevstack(run, pre);
    const { triage, outcome } = await stack(run, pre);
    Object.assign(outputs, {
        'host-ip': outcome.hostIp ?? '',
        'keystone-url': outcome.keystoneUrl ?? '',
        'clouds-yaml': (0,external_node_path_.join)(env.etcDir, 'openstack', 'clouds.yaml'),
        'os-cloud': 'devstack',
        openrc: (0,external_node_path_.join)(run.devstackDir, 'openrc'),
        kubeconfig: (0,external_node_path_.join)(settings.dest, '.kube', 'config'),
    });
    if (triage.success)
        await afterSuccess(run, pre, actionsCache);
    outputs['duration-seconds'] = String(Math.round((Date.now() - started) / 1000));
    await run.results.finish(triage.success ? 'passed' : 'failed');
    return {
        success: triage.success,
        outputs,
        plan: pre.plan,
        triage: maskDeep(triage, run.masker),
        findings: run.findings,
        headline: run.masker.mask(triage.headline),
    };
}
/** `dry-run: true`: the plan passed preflight and lint; say what would run, and stop. */
async function dryRun(run, pre, outputs) {
    const { plan } = pre;
    run.logger.notice(`dry-run: the plan passed preflight and lint; ${plan.commands.length} commands would run.`);
    for (const c of plan.commands)
        run.logger.info(`would run: ${c.asUser ? `(as ${c.asUser}) ` : ''}${c.command} ${c.args.join(' ')}`);
    await run.results.finish('passed');
    return { success: true, outputs, plan, findings: run.findings, headline: 'dry run: preflight passed' };
}
/** Takes the host lock, then saves what post needs to undo the run. */
async function lockHost(run) {
    const { settings, env } = run;
    const lockPath = await run.steps.step('host-lock', 'Host lock', () => acquireHostLock({
        dir: env.lockDir,
        name: settings.dest,
        owner: { run: env.runId },
        ownerPid: env.lockOwnerPid,
        waitMs: env.lockWaitMs ?? 5 * 60_000,
    }));
    env.saveState(STATE.lock, lockPath);
    env.saveState(STATE.dest, settings.dest);
    env.saveState(STATE.stackUser, settings.stackUser);
    env.saveState(STATE.logDir, run.logDir);
    env.saveState(STATE.localConf, run.localConfPath);
    env.saveState(STATE.clean, settings.clean);
}
/** 2. Prerequisites (skipped on a host-cache hit). */
async function installPrerequisites(run, { host, plan, cacheHit }) {
    await run.steps.step('prerequisites', `Prerequisites (${host.distro.packageManager})`, async () => {
        if (cacheHit) {
            run.logger.info('host cache: prerequisites were installed by the last successful stack');
            return;
        }
        if (host.distro.packageManager === 'apt') {
            await run.run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update', '-q'], { timeoutMs: 15 * 60_000 });
        }
        for (const c of plan.commands.filter((x) => x.step === 'prerequisites'))
            await run.run(c.command, c.args, { timeoutMs: 30 * 60_000 });
    });
}
/** 3. Stack user (idempotent, as tools/create-stack-user.sh). */
async function createStackUser(run, { plan }) {
    const user = run.settings.stackUser;
    await run.steps.step('stack-user', `Stack user ${user}`, async () => {
        const exists = await run.run('id', ['-u', user], { allowedExitCodes: [0, 1] });
        const cmds = plan.commands.filter((c) => c.step === 'stack-user');
        if (exists.exitCode === 0)
            run.logger.info(`user ${user} exists`);
        else
            await run.run(cmds[0].command, cmds[0].args);
        for (const c of cmds.slice(1))
            await run.run(c.command, c.args);
    });
}
/** Leftovers of an earlier stack (a persistent runner): cleaned first when asked to, else a warning. */
async function cleanEarlierStack(run, { cacheHit }) {
    const { settings, devstackDir } = run;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(devstackDir, '.stackenv')) || cacheHit)
        return;
    if (settings.clean !== 'before' && settings.clean !== 'both') {
        run.logger.warning(`${devstackDir} holds an earlier stack (.stackenv); set clean: before to unstack and clean it first.`);
        return;
    }
    await run.steps.step('clean-before', 'Clean the earlier stack (unstack.sh + clean.sh)', async () => {
        for (const script of ['unstack.sh', 'clean.sh']) {
            await run.runAs((0,external_node_path_.join)(devstackDir, script), [], {
                cwd: devstackDir,
                timeoutMs: 20 * 60_000,
                allowedExitCodes: [0, 1],
            });
        }
    });
}
/** `cache: actions`: what to restore before cloning (the git trees, files/ and the pip cache) and save after. */
function actionsCacheOf(run, { plan, host }) {
    const { settings, env } = run;
    if (settings.cache !== 'actions' || !env.artifactCache)
        return undefined;
    return {
        runner: env.runner,
        logger: run.logger,
        cache: env.artifactCache,
        staging: env.cacheStaging ?? (0,external_node_path_.join)(settings.dest, '..', 'kdf-devstack-cache'),
        dest: settings.dest,
        stackUser: settings.stackUser,
        repos: ['devstack', ...plan.refs.plugins.map((p) => p.name)],
        ...actionsCacheKey(plan.train.name, host.distro.id, plan.refs.gitBase, Object.fromEntries([['devstack', plan.refs.devstack], ...plan.refs.plugins.map((p) => [p.name, p.ref])])),
    };
}
/** 4. Clone DevStack at the pinned ref and write local.conf (0600, owned by the stack user). */
async function cloneDevstack(run, { plan, cacheHit }) {
    const { devstackDir } = run;
    await run.steps.step('clone', `DevStack ${plan.refs.devstack}`, async () => {
        const clone = plan.commands.filter((c) => c.step === 'clone');
        if (cacheHit) {
            run.logger.info(`host cache: keeping ${devstackDir} as it is`);
        }
        else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(devstackDir, '.git'))) {
            run.logger.info(`${devstackDir} exists: fetching ${plan.refs.devstack} into it`);
            for (const c of clone.slice(1))
                await run.runAs(c.command, c.args, { timeoutMs: 30 * 60_000 });
        }
        else {
            for (const c of clone)
                await run.runAs(c.command, c.args, { timeoutMs: 30 * 60_000 });
        }
        const write = plan.commands.find((c) => c.step === 'local-conf');
        await run.runAs(write.command, write.args, { input: plan.localConf });
    });
}
/**
 * 5-7. stack.sh, streamed (one log group per phase) with a heartbeat and the timeout; then the plugins verified and
 * the run triaged into the `stack` case and its findings.
 */
async function stack(run, { plan }) {
    const { settings, env, devstackDir } = run;
    const stackCmd = plan.commands.find((c) => c.step === 'stack');
    const { parser, exitCode, timedOut, cancelled, durationMs } = await (0,stream/* streamStackRun */.k)((onLine) => {
        const [c, a] = asUser(settings.stackUser, stackCmd.command, stackCmd.args);
        return run.run(c, a, {
            cwd: devstackDir,
            timeoutMs: settings.timeoutMinutes * 60_000,
            onStdoutLine: onLine,
            onStderrLine: onLine,
            label: 'stack.sh',
            maxBufferBytes: 1024 * 1024,
        });
    }, { logger: run.logger, label: 'stack.sh', heartbeatMs: env.heartbeatMs });
    // With LOGFILE set and VERBOSE=True, stack.sh's echo_summary lines (`stack.sh log …`, `stack.sh completed in N
    // seconds.`) go only to the summary log, never to the console: read it to know whether the run completed.
    if (exitCode === 0 && !parser.outcome().completed) {
        const summary = await run
            .run('sudo', ['-n', 'cat', (0,external_node_path_.join)(run.logDir, 'stack.sh.log.summary')], { allowedExitCodes: [0, 1] })
            .catch(() => undefined);
        for (const line of (summary?.exitCode === 0 ? summary.stdout : '').split('\n'))
            parser.push(line);
    }
    // checked whatever the exit code (the commands are part of the record), counted only after a clean exit
    const skipped = await skippedPlugins(run, plan);
    const triage = (0,setup_triage/* triageStackRun */.S)({
        outcome: parser.outcome(),
        exitCode,
        timedOut,
        cancelled,
        timeoutMinutes: settings.timeoutMinutes,
        localConfPath: run.localConfPath,
        origins: plan.origins,
        skippedPlugins: exitCode === 0 ? skipped : [],
        devstackDir,
    });
    await recordStack(run, triage, durationMs);
    return { triage, outcome: parser.outcome() };
}
/** The plugins whose devstack/plugin.sh is missing after the run (DevStack skipped them silently). */
async function skippedPlugins(run, plan) {
    const skipped = [];
    for (const p of plan.refs.plugins) {
        const r = await run
            .runAs('test', ['-f', (0,external_node_path_.join)(run.settings.dest, p.name, 'devstack', 'plugin.sh')], { allowedExitCodes: [0, 1] })
            .catch(() => undefined);
        if (!r || r.exitCode !== 0)
            skipped.push(p.name);
    }
    return skipped;
}
/** The triage's findings (workspace-relative, masked) and the `stack` case. */
async function recordStack(run, triage, durationMs) {
    const { workspace } = run.env;
    const findings = triage.findings.map((f) => maskDeep((0,external_node_path_.isAbsolute)(f.file) && f.file.startsWith(workspace) ? { ...f, file: (0,external_node_path_.relative)(workspace, f.file) } : f, run.masker));
    run.findings.push(...findings);
    await run.results.addFindings(findings);
    await run.results.addCase({
        id: 'stack',
        name: 'stack.sh',
        suite: SETUP_STAGE,
        status: triage.success ? 'passed' : 'failed',
        durationMs,
        message: triage.headline,
        details: triage.tail.join('\n'),
    });
}
/** After a successful stack: the NAT rule, and the host or Actions cache for the next run. */
async function afterSuccess(run, pre, actionsCache) {
    const { settings, env, logger } = run;
    if (settings.nat)
        await addNat(run, pre);
    if (settings.cache === 'host') {
        const refused = writeHostCache(env.lockDir, settings.dest, pre.cacheKey);
        if (refused)
            logger.warning(refused);
    }
    if (actionsCache) {
        await run.steps
            .step('cache-save', 'Save the Actions cache', () => saveActionsCache(actionsCache, actionsCache.key))
            .catch((err) => logger.warning(`actions cache: not saved (${err instanceof Error ? err.message : String(err)})`));
    }
}
/** NAT for floating IPs: the rule added unless present, and its delete saved for post. */
async function addNat(run, { plan }) {
    const { env, logger } = run;
    await run.steps.step('nat', 'NAT for floating IPs', async () => {
        const nat = plan.commands.find((c) => c.step === 'nat');
        // `sudo -n iptables …` → `sudo -n ip netns exec NS iptables …` when a namespace is given.
        const inNs = (args) => (env.netns ? ['-n', ...(0,netns_runner/* netnsExecArgv */.If)(env.netns, args.slice(1))] : args);
        const check = inNs(nat.args.map((a) => (a === '-I' ? '-C' : a)).filter((a, i, all) => !(all[i - 1] === 'POSTROUTING' && a === '1')));
        const present = await run.run(nat.command, check, { allowedExitCodes: [0, 1, 2] });
        if (present.exitCode === 0)
            logger.info('NAT rule already present');
        else {
            await run.run(nat.command, inNs(nat.args));
            env.saveState(STATE.nat, JSON.stringify(check.map((a) => (a === '-C' ? '-D' : a))));
        }
    });
}

;// CONCATENATED MODULE: ./build/devstack/setup/post.js
/**
 * setup-devstack's post step: the diagnostics bundle (docs/devstack-operations.md#logs, docs/dragonflow.md), the NAT
 * rule removed, the host lock released, and unstack/clean per the `clean` input. Every collector is best effort: a
 * missing tool is noted in the bundle's index, never fatal.
 */






/** The diagnostics collected from a DevStack + Dragonflow + Kuryr host. */
function collectors(dest, logDir, etcDir) {
    return [
        { file: 'devstack-logs.txt', command: 'ls', args: ['-la', logDir] },
        { file: 'stack.sh.log', command: 'cat', args: [(0,external_node_path_.join)(logDir, 'stack.sh.log')] },
        { file: 'error.log', command: 'cat', args: [(0,external_node_path_.join)(logDir, 'error.log')] },
        { file: 'worlddump-latest.txt', command: 'cat', args: [(0,external_node_path_.join)(logDir, 'worlddump-latest.txt')] },
        {
            file: 'journal-devstack.txt',
            command: 'sudo',
            args: ['-n', 'journalctl', '-a', '--no-pager', '-o', 'short-precise', '--unit', 'devstack@*'],
        },
        { file: 'kuryr.conf', command: 'sudo', args: ['-n', 'cat', (0,external_node_path_.join)(etcDir, 'kuryr', 'kuryr.conf')] },
        { file: 'dragonflow.ini', command: 'sudo', args: ['-n', 'cat', (0,external_node_path_.join)(etcDir, 'neutron', 'dragonflow.ini')] },
        { file: 'ovs-vsctl-show.txt', command: 'sudo', args: ['-n', 'ovs-vsctl', 'show'] },
        {
            file: 'ovs-ofctl-br-int.txt',
            command: 'sudo',
            args: ['-n', 'ovs-ofctl', 'dump-flows', 'br-int', '-O', 'OpenFlow13'],
        },
        { file: 'df-db-dump.txt', command: 'df-db', args: ['dump'] },
        { file: 'devstack-version.txt', command: 'cat', args: [(0,external_node_path_.join)(etcDir, 'devstack-version')] },
        { file: 'stackenv.txt', command: 'cat', args: [(0,external_node_path_.join)(dest, 'devstack', '.stackenv')] },
    ];
}
/**
 * Redacts a local.conf: registered secrets, `*PASSWORD*`/`*_TOKEN`/`SERVICE_TOKEN`/`*SECRET*` assignments and URL
 * credentials (`mysql://root:PW@`).
 */
function redactLocalConf(text, masker) {
    return redactText(text, masker);
}
const firstLine = (err) => (err instanceof Error ? err.message.split('\n')[0] : String(err)) ?? '';
/** Runs every collector, keeping the output in memory: nothing is written before every secret is known. */
async function gather(o) {
    const out = [];
    const opts = { timeoutMs: 60_000, allowedExitCodes: [0], maxBufferBytes: 64 * 1024 * 1024 };
    for (const c of collectors(o.dest, o.logDir, o.etcDir)) {
        const [command, args] = c.asStackUser
            ? ['sudo', ['-n', '-u', o.stackUser, '--', c.command, ...c.args]]
            : [c.command, c.args];
        try {
            out.push({ file: c.file, text: (await o.runner.run(command, args, opts)).stdout });
        }
        catch (err) {
            out.push({ file: c.file, error: firstLine(err) });
        }
    }
    if (o.localConf) {
        try {
            const r = await o.runner.run('sudo', ['-n', 'cat', o.localConf], { ...opts, timeoutMs: 30_000 });
            out.push({ file: 'local.conf.redacted', text: r.stdout });
        }
        catch (err) {
            out.push({ file: 'local.conf.redacted', error: firstLine(err) });
        }
    }
    return out;
}
/**
 * Registers with `masker` every secret value the host's files name: the collected files themselves (local.conf,
 * .stackenv, kuryr.conf, dragonflow.ini, log lines that assign one) and clouds.yaml, which is read for this only.
 */
async function learnSecrets(o, collected) {
    for (const c of collected)
        if ('text' in c)
            secretValuesIn(c.text).forEach((v) => o.masker.add(v));
    try {
        const clouds = await o.runner.run('sudo', ['-n', 'cat', (0,external_node_path_.join)(o.etcDir, 'openstack', 'clouds.yaml')], {
            timeoutMs: 30_000,
        });
        cloudsYamlSecrets(clouds.stdout).forEach((v) => o.masker.add(v));
    }
    catch {
        // no clouds.yaml (stack.sh never got that far): nothing to learn from it
    }
}
/**
 * Collects the diagnostics bundle into `o.bundle` (an INDEX.txt says what was and was not collected). Every file is
 * redacted (see redact.ts) before it is written: the bundle is uploaded as an artifact, which GitHub does not mask.
 */
async function collectDiagnostics(o) {
    const { logger, masker, bundle } = o;
    await logger.group('Diagnostics', async () => {
        (0,external_node_fs_.mkdirSync)(bundle, { recursive: true, mode: 0o700 });
        const collected = await gather(o);
        await learnSecrets(o, collected);
        const index = [];
        for (const c of collected) {
            if ('error' in c) {
                index.push(`${c.file}: not collected (${redact_redactText(c.error, masker)})`);
                continue;
            }
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, c.file), redact_redactText(c.text, masker), { mode: 0o600 });
            index.push(`${c.file}: ok`);
        }
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, 'INDEX.txt'), index.join('\n') + '\n', { mode: 0o600 });
        logger.info(`diagnostics in ${bundle}: ${index.filter((l) => l.endsWith(': ok')).length}/${index.length} collected`);
    });
}
/** Runs the post step. Returns the bundle directory. Never throws. */
async function runSetupPost(env) {
    const { runner, logger } = env;
    const dest = env.getState(STATE.dest);
    if (!dest) {
        logger.info('setup-devstack did not get far enough to change the host: nothing to collect or clean.');
        const lock = env.getState(STATE.lock);
        if (lock)
            releaseHostLock(lock, env.lockOwnerPid);
        return undefined;
    }
    const logDir = env.getState(STATE.logDir) || (0,external_node_path_.join)(dest, 'logs');
    const user = env.getState(STATE.stackUser) || 'stack';
    const masker = new secrets/* SecretMasker */.M2();
    for (const s of JSON.parse(env.getState(STATE.secrets) || '[]'))
        masker.add(s);
    const bundle = env.bundleDir ?? (0,external_node_path_.join)(logDir, 'kdf-diagnostics');
    await collectDiagnostics({
        runner,
        logger,
        etcDir: env.etcDir,
        dest,
        logDir,
        stackUser: user,
        masker,
        bundle,
        localConf: env.getState(STATE.localConf),
    });
    const nat = env.getState(STATE.nat);
    if (nat) {
        try {
            const args = JSON.parse(nat);
            await runner.run('sudo', args, { timeoutMs: 30_000 });
            logger.info('NAT rule removed');
        }
        catch (err) {
            logger.warning(`could not remove the NAT rule: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    const clean = env.getState(STATE.clean);
    if (clean === 'after' || clean === 'both') {
        await logger.group('Clean up (unstack.sh + clean.sh)', async () => {
            for (const script of ['unstack.sh', 'clean.sh']) {
                try {
                    await runner.run('sudo', ['-n', '-u', user, '-H', '--', (0,external_node_path_.join)(dest, 'devstack', script)], {
                        cwd: (0,external_node_path_.join)(dest, 'devstack'),
                        timeoutMs: 20 * 60_000,
                    });
                }
                catch (err) {
                    logger.warning(`${script} failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
                }
            }
        });
    }
    const lock = env.getState(STATE.lock);
    if (lock && releaseHostLock(lock, env.lockOwnerPid))
        logger.info('host lock released');
    return bundle;
}

// EXTERNAL MODULE: ./build/stages/definitions.js + 3 modules
var definitions = __webpack_require__(88219);
;// CONCATENATED MODULE: ./build/actions/setup-devstack.js
/**
 * actions/setup-devstack: a thin adapter. Reads typed inputs, calls the library (src/devstack/setup), and turns the
 * result into outputs, annotations and a job summary. `post` collects diagnostics and cleans the host.
 */

















/** Test and special-host knobs (runtime/env.ts), read when a step starts, never at import. */
function knobs(env = process.env) {
    return {
        etcDir: (0,runtime_env/* kdfEnv */.ZH)('etcDir', env) ?? '/etc',
        lockDir: (0,runtime_env/* kdfEnv */.ZH)('lockDir', env) ?? (0,external_node_os_.tmpdir)(),
        osRelease: (0,runtime_env/* kdfEnv */.ZH)('osRelease', env),
        lockWaitMs: (0,runtime_env/* kdfEnvSecondsMs */.G6)('lockWaitSeconds', env),
        netns: (0,runtime_env/* kdfEnv */.ZH)('natNetns', env),
        heartbeatMs: (0,runtime_env/* kdfEnvSecondsMs */.G6)('heartbeatSeconds', env),
    };
}
function readEvent() {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch {
        return {};
    }
}
async function writeSummary(result, error) {
    const s = core.summary.addHeading(model/* STAGE */.Ld.setupDevstack, 2);
    if (result?.plan) {
        s.addTable([
            [
                { data: 'profile', header: true },
                { data: 'train', header: true },
                { data: 'devstack', header: true },
                { data: 'distro', header: true },
            ],
            [result.plan.profile.name, result.plan.train.name, result.plan.refs.devstack, result.plan.distro?.id ?? ''],
        ]);
    }
    s.addRaw(`\n**${result?.success ? '✅' : '❌'} ${error ? error.message.split('\n')[0] : (result?.headline ?? '')}**\n\n`);
    if (result?.triage && !result.success && result.triage.tail.length) {
        s.addDetails('Last lines of stack.sh', `\n\n\`\`\`\n${result.triage.tail.slice(-30).join('\n')}\n\`\`\`\n`);
    }
    await s.write();
}
/** The main step. */
async function main(io = (0,stage_io/* actionsStageIO */.oW)()) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = definitions/* SETUP_DEVSTACK */.SJ.readSettings(io.inputs, { workspace, env: process.env });
    const knob = knobs();
    const logger = new core_logger/* CoreLogger */.U();
    if (settings.adminPassword)
        logger.addSecret(settings.adminPassword);
    const runner = new process_runner/* ProcessCommandRunner */.r({ masker: secrets/* defaultMasker */.JC, logger });
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const path = (0,action_io/* resultsPathFor */.tM)(model/* STAGE */.Ld.setupDevstack, io.context.resultsDir);
    let result;
    try {
        result = await runSetup(settings, {
            runner,
            logger,
            workspace,
            resultsPath: path,
            leg: io.context.leg,
            lockDir: knob.lockDir,
            etcDir: knob.etcDir,
            osReleasePath: knob.osRelease,
            pr: pullRequestContext(process.env.GITHUB_EVENT_NAME ?? '', readEvent(), process.env.GITHUB_ACTOR),
            runId: process.env.GITHUB_RUN_ID,
            signal: abort.signal,
            lockWaitMs: knob.lockWaitMs,
            heartbeatMs: knob.heartbeatMs,
            netns: knob.netns,
            artifactCache: {
                restore: (paths, key, restoreKeys) => cache/* restoreCache */.P3(paths, key, restoreKeys),
                save: async (paths, key) => {
                    await cache/* saveCache */.Io(paths, key);
                },
            },
            cacheStaging: (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'kdf-devstack-cache'),
            lockOwnerPid: process.ppid,
            saveState: (name, value) => io.saveState(name, value),
        });
    }
    catch (err) {
        // Preflight refusals and lint errors: the findings are already on disk; annotate them, then fail.
        const doc = await (0,results_writer/* readResults */.x8)(path).catch(() => undefined);
        if (doc)
            (0,action_io/* annotateFindings */.dv)(doc.findings);
        io.setOutput('results', path);
        await writeSummary(undefined, err);
        throw err;
    }
    finally {
        // In the root action the process goes on to other stages: a signal after this one belongs to them.
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
    for (const [name, value] of Object.entries(result.outputs))
        io.setOutput(name, value);
    (0,action_io/* annotateFindings */.dv)(result.findings);
    await writeSummary(result);
    return { status: result.success ? 'passed' : 'failed', headline: result.headline };
}
/** The post step. */
async function post(io = (0,stage_io/* actionsStageIO */.oW)()) {
    const logger = new core_logger/* CoreLogger */.U();
    // A fresh process: register again (line by line for a multi-line value) what main registered.
    for (const s of JSON.parse(io.getState('secrets') || '[]'))
        logger.addSecret(s);
    await runSetupPost({
        runner: new process_runner/* ProcessCommandRunner */.r({ masker: secrets/* defaultMasker */.JC }),
        logger,
        getState: (name) => io.getState(name),
        etcDir: knobs().etcDir,
        lockOwnerPid: process.ppid,
        // Outside DEST: clean.sh deletes the log directory.
        bundleDir: (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'kdf-diagnostics'),
    });
}


/***/ })

};
