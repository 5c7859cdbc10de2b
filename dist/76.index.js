export const id = 76;
export const ids = [76];
export const modules = {

/***/ 14076:
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
function extractLocalrc(conf) {
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
    const first = conf.blocks.find((b) => b.kind === 'localrc');
    if (!first)
        return [];
    const { script, lines } = extractLocalrc(conf);
    const result = checker(script);
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

;// CONCATENATED MODULE: ./build/devstack/lint/rules/credentials.js
/**
 * LC4xx: passwords that make stack.sh prompt (docs/devstack-operations.md#password-prompts) and the relative LOGFILE
 * quirk (docs/devstack-operations.md#logs).
 */

const SECRETS = [
    { name: 'ADMIN_PASSWORD', services: ['keystone'] },
    { name: 'DATABASE_PASSWORD', services: ['mysql', 'postgresql'] },
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
            const set = a.setState(s.name);
            if (set === 'yes')
                continue;
            const { svc: on, all } = promptingService(a, s.services);
            if (s.onlyWhenEnabled && (!on || (s.extra && !s.extra(a))))
                continue;
            const reason = notSetReason(a, s.name);
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
function variableStatus(a, name) {
    if (a.assigned.has(name) || a.ctx.knownVariables?.includes(name) || GENERAL_VARIABLES.includes(name))
        return { kind: 'known' };
    const v = configVariable(name, a.ctx.era);
    if (!v)
        return { kind: 'unknown' };
    if (v.source === 'devstack' || a.services.plugins.some((p) => p.name === v.source))
        return { kind: 'known' };
    return { kind: 'plugin-off', v };
}
function suggestion(a, name) {
    const alias = FILE_SPEC_ALIASES[name];
    if (alias)
        return alias;
    const names = CONFIG_FILE_VARIABLES.filter((v) => v.eras.includes(a.ctx.era)).map((v) => v.name);
    const near = closest(name, names);
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
                const cond = st.kind === 'plugin-off' ? 'then' : 'if it is empty,';
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
                    severity = 'error';
                    lead = `${code(`$${name}`)} is defined by the ${code(st.v.source)} plugin's settings, and no ${code(`enable_plugin ${st.v.source}`)} is in localrc, so it is undefined at merge time`;
                }
                else {
                    lead = `${code(`$${name}`)} is not known to be defined when DevStack merges ${b.header.phase} blocks`;
                }
                const better = suggestion(a, name);
                out.push({
                    line: b.header.line,
                    severity,
                    message: `${lead}; ${consequence}.`,
                    fix: st.kind === 'plugin-off'
                        ? `Add ${code(`enable_plugin ${st.v.source} <url> <ref>`)} to localrc, or write the path ${code(st.v.example ?? '')} literally.`
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
        const known = new Set([
            ...GENERAL_VARIABLES,
            ...CONFIG_FILE_VARIABLES.map((v) => v.name),
            ...a.assigned,
            ...(a.ctx.knownVariables ?? []),
        ]);
        return perKey(a, ({ value }) => {
            const live = unescaped(value).replace(/\$\((?!\()[^)]*\)?/g, '');
            const vars = [...live.matchAll(VALUE_VAR)].map((m) => ({ text: m[0], name: m[1] ?? m[2] ?? m[3] ?? '' }));
            if (!vars.length)
                return undefined;
            const unknown = vars.filter((v) => !known.has(v.name));
            const texts = vars.map((v) => code(v.text)).join(', ');
            return {
                severity: unknown.length ? 'warning' : 'info',
                message: unknown.length
                    ? `The merge evals the value, so ${texts} expand${vars.length === 1 ? 's' : ''}; ${unknown.map((v) => code(v.text)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not known to be defined then and will most likely be empty.`
                    : `The merge evals the value, so ${texts} expand${vars.length === 1 ? 's' : ''} to DevStack's value when the block is merged (the file never contains the ${code('$')} text).`,
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
 * `lintAll` and `lintText` run both (pass `{ syntaxCheck: false }` to skip bash, or a checker to replace it).
 * Findings are sorted by file, line, then rule id.
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
    const syntax = checkLocalrcSyntax(conf, checker);
    const ran = !syntax.some((f) => f.rule === 'LC313');
    const first = syntax.find((f) => f.rule === 'LC301')?.line;
    const { findings, deadFrom } = lintStatic(conf, ctx, ran ? { syntaxErrorLine: first } : undefined);
    const explained = findings.filter((f) => f.rule === 'LC303' || f.rule === 'LC316');
    const covered = (f) => explained.some((q) => f.line >= q.line && f.line <= q.endLine);
    const kept = syntax.filter((f) => !(f.rule === 'LC301' && covered(f)));
    const top = kept.find((f) => f.rule === 'LC301' && f.line === first);
    if (top && deadFrom !== undefined && deadFrom < top.line)
        top.message += ` Bash drops the whole command that starts at line ${deadFrom} (the if/case/loop/function around the error) too.`;
    return sortFindings([...findings, ...kept]);
}
/** Parses `text` (named `file` in findings) and runs `lintAll` on it. */
function lintText(text, file = 'local.conf', ctx, options = {}) {
    return lintAll(parseLocalConf(text, file), ctx, options);
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
