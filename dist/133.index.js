export const id = 133;
export const ids = [133];
export const modules = {

/***/ 3133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(2641);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(542);
// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(8806);
// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(993);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var runtime_inputs = __webpack_require__(4634);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(6210);
// EXTERNAL MODULE: ./build/results/writer.js + 3 modules
var writer = __webpack_require__(1496);
;// CONCATENATED MODULE: ./build/devstack/setup/fork.js
/** Detects a pull request from a fork (or Dependabot) from the event payload, before anything runs on the host. */
/** Reads the pull-request facts from `GITHUB_EVENT_NAME` and the event payload. */
function pullRequestContext(eventName, event, actor) {
    const pr = event?.pull_request;
    const isPullRequest = /^pull_request(_target)?$/.test(eventName) && pr !== undefined;
    if (!isPullRequest || !pr)
        return { isPullRequest: false, isFork: false, isDependabot: false };
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    // A deleted fork has head.repo null: treat it as a fork (its code is not the base repository's).
    const isFork = pr.head?.repo === null ||
        pr.head?.repo?.fork === true ||
        (head !== undefined && base !== undefined && head !== base);
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

// EXTERNAL MODULE: ./build/runtime/errors.js
var runtime_errors = __webpack_require__(4704);
;// CONCATENATED MODULE: ./build/devstack/setup/lock.js
/**
 * A host lock so two jobs never stack one host: an `O_EXCL` lock file holding the owner's pid, host and run. A lock
 * whose pid is gone (on this host) is stale and taken over. A second job waits up to `waitMs`, then refuses with
 * the holder's identity.
 */




const alive = (pid) => {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
};
/** The lock file path for a stack name (DEST `/opt/stack` → `kdf-devstack-opt-stack.lock`). */
function lockPath(dir, name) {
    return (0,external_node_path_.join)(dir, `kdf-devstack-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root'}.lock`);
}
/** Reads the current holder, if any. */
function readLockOwner(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
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
        try {
            const fd = (0,external_node_fs_.openSync)(path, 'wx', 0o644);
            (0,external_node_fs_.writeSync)(fd, JSON.stringify(me));
            (0,external_node_fs_.closeSync)(fd);
            return path;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const holder = readLockOwner(path);
        if (holder && holder.host === (0,external_node_os_.hostname)() && !alive(holder.pid)) {
            // Stale: move it aside first so two waiters cannot both take it over.
            try {
                (0,external_node_fs_.renameSync)(path, `${path}.stale-${process.pid}`);
                (0,external_node_fs_.rmSync)(`${path}.stale-${process.pid}`, { force: true });
            }
            catch {
                /* someone else took it over; loop */
            }
            continue;
        }
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
    const holder = readLockOwner(path);
    if (!holder || holder.pid !== pid)
        return false;
    (0,external_node_fs_.rmSync)(path, { force: true });
    return true;
}

;// CONCATENATED MODULE: ./build/devstack/localconf/bash-words.js
/**
 * A small bash lexer for DevStack's `[[local|localrc]]` block. localrc is *sourced* by bash (field guide §3.2), so
 * statement boundaries, quoting and expansions follow bash rules. This lexer understands enough of them to split a
 * block into statements (with `\` continuations and multi-line quotes), split a statement into words, and tell a
 * literal word from one that would expand or execute. It never evaluates anything.
 */
const isSpace = (c) => c === ' ' || c === '\t';
const isMeta = (c) => c === ';' || c === '&' || c === '|' || c === '<' || c === '>';
/**
 * Scans text where `pos` points just after `$(`; returns the index just after the matching `)`, or -1 when the
 * substitution is not closed. Quotes and nested substitutions inside are honoured.
 */
function skipCommandSubstitution(text, pos) {
    let depth = 1;
    let i = pos;
    while (i < text.length) {
        const c = text[i];
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === "'") {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                return -1;
            i = end + 1;
            continue;
        }
        if (c === '"') {
            const end = skipDoubleQuoted(text, i + 1);
            if (end < 0)
                return -1;
            i = end;
            continue;
        }
        if (c === '(')
            depth++;
        if (c === ')') {
            depth--;
            if (depth === 0)
                return i + 1;
        }
        i++;
    }
    return -1;
}
/** `pos` points just after an opening `"`; returns the index just after the closing `"`, or -1. */
function skipDoubleQuoted(text, pos) {
    let i = pos;
    while (i < text.length) {
        const c = text[i];
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === '"')
            return i + 1;
        if (c === '$' && text[i + 1] === '(') {
            const end = skipCommandSubstitution(text, i + 2);
            if (end < 0)
                return -1;
            i = end;
            continue;
        }
        if (c === '`') {
            const end = skipBackticks(text, i + 1);
            if (end < 0)
                return -1;
            i = end;
            continue;
        }
        i++;
    }
    return -1;
}
/** `pos` points just after an opening backtick; returns the index after the closing one, or -1. */
function skipBackticks(text, pos) {
    let i = pos;
    while (i < text.length) {
        if (text[i] === '\\') {
            i += 2;
            continue;
        }
        if (text[i] === '`')
            return i + 1;
        i++;
    }
    return -1;
}
/**
 * Lexes one complete statement into commands and words. Assumes the statement is complete (see `splitStatements`);
 * an unterminated construct is recorded in `errors` and the rest of the text becomes one word.
 */
function lexStatement(text) {
    const st = { words: [], current: [], errors: [] };
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (isSpace(c) || c === '\n') {
            i++;
            continue;
        }
        if (c === '\\' && text[i + 1] === '\n') {
            i += 2;
            continue;
        }
        if (c === '#') {
            // `#` at the start of a word begins a comment up to the end of the line.
            const nl = text.indexOf('\n', i);
            const chunk = text.slice(i + 1, nl < 0 ? text.length : nl);
            st.comment = st.comment === undefined ? chunk : `${st.comment}\n${chunk}`;
            i = nl < 0 ? text.length : nl;
            continue;
        }
        if (isMeta(c)) {
            // Command separators and redirections: split commands on `;`, `&&`, `||`, `|`, `&`.
            let j = i;
            while (j < text.length && isMeta(text[j]))
                j++;
            const op = text.slice(i, j);
            if (/^[;&|]+$/.test(op)) {
                if (st.current.length)
                    st.words.push(st.current);
                st.current = [];
            }
            else {
                st.current.push({ raw: op, expands: false, executes: false });
            }
            i = j;
            continue;
        }
        const start = i;
        let literal = '';
        let expands = false;
        let executes = false;
        let broken = false;
        const unterminated = (what) => {
            st.errors.push(`unterminated ${what}`);
            broken = true;
            i = text.length;
        };
        while (i < text.length && !isSpace(text[i]) && text[i] !== '\n' && !isMeta(text[i])) {
            const ch = text[i];
            if (ch === '\\') {
                if (text[i + 1] === '\n') {
                    i += 2;
                    continue;
                }
                literal += text[i + 1] ?? '';
                i += 2;
                continue;
            }
            if (ch === "'") {
                const end = text.indexOf("'", i + 1);
                if (end < 0) {
                    unterminated("single quote (')");
                    break;
                }
                literal += text.slice(i + 1, end);
                i = end + 1;
                continue;
            }
            if (ch === '"') {
                const end = skipDoubleQuoted(text, i + 1);
                if (end < 0) {
                    unterminated('double quote (")');
                    break;
                }
                const inner = text.slice(i + 1, end - 1);
                const info = scanExpansions(inner);
                expands ||= info.expands;
                executes ||= info.executes;
                literal += inner.replace(/\\([$`"\\\n])/g, '$1');
                i = end;
                continue;
            }
            if (ch === '$' || ch === '`') {
                if (ch === '`') {
                    const end = skipBackticks(text, i + 1);
                    if (end < 0) {
                        unterminated('command substitution (`)');
                        break;
                    }
                    expands = executes = true;
                    i = end;
                    continue;
                }
                const next = text[i + 1];
                if (next === '(') {
                    const end = skipCommandSubstitution(text, i + 2);
                    if (end < 0) {
                        unterminated('command substitution $(');
                        break;
                    }
                    expands = executes = true;
                    i = end;
                    continue;
                }
                if (next === '{') {
                    const end = text.indexOf('}', i + 2);
                    if (end < 0) {
                        unterminated('parameter expansion ${');
                        break;
                    }
                    expands = true;
                    if (/\$\(|`/.test(text.slice(i, end)))
                        executes = true;
                    i = end + 1;
                    continue;
                }
                if (next !== undefined && /[A-Za-z0-9_@*#?$!-]/.test(next)) {
                    expands = true;
                    i += 2;
                    while (i < text.length && /[A-Za-z0-9_]/.test(text[i]) && /[A-Za-z_]/.test(next))
                        i++;
                    continue;
                }
            }
            literal += ch;
            i++;
        }
        const raw = text.slice(start, i);
        const word = { raw, expands, executes };
        if (!expands && !broken)
            word.literal = literal;
        st.current.push(word);
    }
    if (st.current.length)
        st.words.push(st.current);
    return { commands: st.words, comment: st.comment, errors: st.errors };
}
/** Detects expansions inside double-quoted text (where `$` and backticks stay active). */
function scanExpansions(inner) {
    const unescaped = inner.replace(/\\[$`"\\]/g, '');
    const executes = /\$\(|`/.test(unescaped);
    const expands = executes || /\$[A-Za-z0-9_{@*#?$!-]/.test(unescaped);
    return { expands, executes };
}
/**
 * Returns true when `text` (one or more physical lines) leaves a construct open at its end: an unclosed quote or
 * substitution, or a trailing backslash continuation. Used to join physical lines into statements.
 */
function isIncomplete(text) {
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '\\') {
            if (i + 1 >= text.length)
                return true;
            i += 2;
            continue;
        }
        if (c === '#' && (i === 0 || isSpace(text[i - 1]) || text[i - 1] === '\n' || text[i - 1] === ';')) {
            const nl = text.indexOf('\n', i);
            if (nl < 0)
                return false;
            i = nl + 1;
            continue;
        }
        if (c === "'") {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                return true;
            i = end + 1;
            continue;
        }
        if (c === '"') {
            const end = skipDoubleQuoted(text, i + 1);
            if (end < 0)
                return true;
            i = end;
            continue;
        }
        if (c === '$' && text[i + 1] === '(') {
            const end = skipCommandSubstitution(text, i + 2);
            if (end < 0)
                return true;
            i = end;
            continue;
        }
        if (c === '`') {
            const end = skipBackticks(text, i + 1);
            if (end < 0)
                return true;
            i = end;
            continue;
        }
        i++;
    }
    return false;
}
/**
 * Splits the physical lines of a bash block into logical statements. A statement that never closes (an unbalanced
 * quote) runs to the end of the block, exactly as bash would swallow the rest of the file, and carries an error.
 */
function splitStatements(lines) {
    const out = [];
    let i = 0;
    while (i < lines.length) {
        const startLine = i + 1;
        let text = lines[i];
        let j = i;
        while (isIncomplete(text) && j + 1 < lines.length) {
            j++;
            text += '\n' + lines[j];
        }
        const lexed = lexStatement(text);
        out.push({ raw: text, line: startLine, endLine: j + 1, ...lexed });
        i = j + 1;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/devstack/localconf/parse.js
/**
 * Parses a local.conf into the model, following DevStack's own readers: the awk header regex of `inc/meta-config`
 * for blocks, bash for `[[local|localrc]]`, and the `merge_config_file` awk rules for INI blocks.
 */

/** DevStack's header test: `/^\[\[.+\|.*\]\]/` on the whole line (§3.1). */
const HEADER_RE = /^\[\[.+\|.*\]\]/;
const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)/;
/** Parses a header line the way awk does: only `$1` counts, brackets removed, split on `|` (fields 1 and 2 only). */
function parseHeader(raw, line) {
    // awk's default FS splits on blanks only: a trailing `\r` (CRLF file) stays part of `$1`.
    const first = raw.replace(/^[ \t]+/, '').split(/[ \t]+/)[0] ?? '';
    const stripped = first.replace(/[[\]]/g, '');
    // awk's `split($1, a, "|")`: group is a[1], file is a[2] only (a third `|` field is dropped).
    const parts = stripped.split('|');
    const phase = parts[0] ?? '';
    const file = parts[1] ?? '';
    return { raw, phase, file, line };
}
/** True when `raw` is a meta-section header for DevStack (column 0, `[[…|…]]`). */
function isHeaderLine(raw) {
    return HEADER_RE.test(raw);
}
/** Turns one lexed shell statement into a localrc statement (assignment, call, comment, blank). */
function toLocalrcStatement(st) {
    const base = { raw: st.raw, line: st.line, endLine: st.endLine, errors: st.errors, comment: st.comment };
    if (st.commands.length === 0) {
        return { ...base, kind: st.raw.trim() === '' ? 'blank' : 'comment' };
    }
    const [first, ...rest] = st.commands.map((words) => commandToStatement(words, base));
    const stmt = first;
    if (rest.length)
        stmt.more = rest;
    return stmt;
}
function commandToStatement(words, base) {
    const head = words[0];
    const m = ASSIGN_RE.exec(head.raw);
    if (m && words.length === 1) {
        const valueRaw = head.raw.slice(m[0].length);
        const value = lexValue(valueRaw, head);
        return { ...base, kind: 'assign', name: m[1], op: m[2], value };
    }
    if (m && words.length > 1) {
        // `A=1 cmd` is an env prefix for one command; `A=x y` leaves y as a command. Not an assignment that persists.
        return { ...base, kind: 'other', command: head.raw, args: words.slice(1) };
    }
    return { ...base, kind: 'call', command: head.literal ?? head.raw, args: words.slice(1) };
}
/** Re-describes the value part of an assignment word (everything after `=`/`+=`). */
function lexValue(valueRaw, whole) {
    if (valueRaw === '')
        return { raw: '', literal: '', expands: false, executes: false };
    // The value shares the word's quoting; re-derive the literal from the value text alone.
    const word = { raw: valueRaw, expands: whole.expands, executes: whole.executes };
    if (!whole.expands && whole.literal !== undefined) {
        const nameEnd = whole.literal.indexOf('=');
        word.literal = whole.literal.slice(nameEnd + 1);
    }
    return word;
}
/** Classifies one INI line exactly as the merge awk program does (§3.4). */
function parseIniLine(raw, line, section) {
    if (/^\[.+\]/.test(raw)) {
        const first = raw.split(/[ \t]+/)[0] ?? '';
        return { kind: 'section', raw, line, section: first.replace(/[[\]]/g, '') };
    }
    if (/^ *#/.test(raw))
        return { kind: 'comment', raw, line };
    if (/^[^ \t]+/.test(raw)) {
        const eq = raw.indexOf('=');
        if (eq < 0)
            return {
                kind: 'key',
                raw,
                line,
                key: raw.replace(/[ \t]*$/, ''),
                value: '',
                hasEquals: false,
                inSection: section,
            };
        const key = raw.slice(0, eq).replace(/[ \t]*$/, '');
        const value = raw
            .slice(eq + 1)
            .replace(/^[ \t]*/, '')
            .replace(/[ \t]*$/, '');
        return { kind: 'key', raw, line, key, value, hasEquals: true, inSection: section };
    }
    return { kind: raw === '' ? 'blank' : 'ignored', raw, line };
}
/** Parses the lines of an INI block, tracking the section in force. */
function parseIniLines(lines, firstLine) {
    let section = '';
    return lines.map((raw, i) => {
        const parsed = parseIniLine(raw, firstLine + i, section);
        if (parsed.kind === 'section')
            section = parsed.section ?? '';
        return parsed;
    });
}
/** Parses localrc text (the body of `[[local|localrc]]`) into statements with absolute line numbers. */
function parseLocalrcLines(lines, firstLine) {
    return splitStatements(lines).map((st) => {
        const stmt = toLocalrcStatement(st);
        const shift = (s) => {
            s.line += firstLine - 1;
            s.endLine += firstLine - 1;
        };
        shift(stmt);
        stmt.more?.forEach(shift);
        return stmt;
    });
}
/**
 * Parses a whole local.conf. `[[local|localrc]]` bodies are parsed as bash; every other header (including a
 * `[[local|other]]` DevStack ignores, and an empty-group header DevStack drops) is parsed as INI lines, which is how
 * the linter sees and reports on them.
 */
function parse_parseLocalConf(text, file = 'local.conf') {
    const finalNewline = text.endsWith('\n');
    const all = text.split('\n');
    if (finalNewline)
        all.pop();
    const preamble = [];
    const blocks = [];
    let header;
    let body = [];
    let bodyStart = 0;
    const flush = () => {
        if (!header)
            return;
        if (header.phase === 'local' && header.file === 'localrc') {
            blocks.push({ kind: 'localrc', header, statements: parseLocalrcLines(body, bodyStart) });
        }
        else {
            blocks.push({ kind: 'ini', header, lines: parseIniLines(body, bodyStart) });
        }
    };
    all.forEach((raw, idx) => {
        const line = idx + 1;
        if (isHeaderLine(raw)) {
            flush();
            header = parseHeader(raw, line);
            body = [];
            bodyStart = line + 1;
        }
        else if (header) {
            body.push(raw);
        }
        else {
            preamble.push(raw);
        }
    });
    flush();
    return { file, preamble, blocks, finalNewline };
}

;// CONCATENATED MODULE: ./build/devstack/localconf/render.js
/**
 * Renders the model back to local.conf text, and builds new elements with safe quoting. Rendering an unmodified
 * parse gives the input back byte for byte; elements built here get text that bash and DevStack's INI merge read
 * back as exactly the intended value (nothing expands or executes unless the caller asks for shell text).
 */


/** Renders a local.conf and tracks the origin of every output line. */
function renderLocalConfWithOrigins(conf) {
    const lines = [];
    const origins = [];
    const push = (raw, origin) => {
        const parts = raw.split('\n');
        parts.forEach((p, i) => {
            lines.push(p);
            origins.push(origin ? { file: origin.file, line: origin.line + i } : undefined);
        });
    };
    conf.preamble.forEach((l) => push(l));
    for (const block of conf.blocks) {
        push(block.header.raw);
        if (block.kind === 'localrc')
            block.statements.forEach((s) => push(s.raw, s.origin));
        else
            block.lines.forEach((l) => push(l.raw, l.origin));
    }
    const text = lines.join('\n') + (conf.finalNewline && lines.length ? '\n' : '');
    return { text, origins };
}
/** Renders a local.conf to text. */
function renderLocalConf(conf) {
    return renderLocalConfWithOrigins(conf).text;
}
const SAFE_WORD = /^[A-Za-z0-9_.,:/@%+=^-]+$/;
/**
 * Quotes a literal value for bash so that sourcing it yields exactly `value` and nothing executes: plain when safe,
 * otherwise single-quoted (`'` written as `'\''`).
 */
function shellQuote(value) {
    if (value === '')
        return '""';
    if (SAFE_WORD.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * Escapes a literal INI value for DevStack's merge, which runs `iniset <file> <section> <key> "<value>"` through
 * `eval` (§3.4): `\`, `"`, `$` and backticks are backslash-escaped so the value arrives unchanged.
 */
function iniEscape(value) {
    return value.replace(/[\\"$`]/g, (c) => `\\${c}`);
}
function valueText(v) {
    return 'literal' in v ? shellQuote(v.literal) : v.shell;
}
/** Builds a localrc statement from its text (re-lexed so its fields are exact). */
function statementFromText(raw, origin) {
    const lexed = lexStatement(raw);
    const lineCount = raw.split('\n').length;
    const st = toLocalrcStatement({ raw, line: 0, endLine: lineCount - 1, ...lexed });
    if (origin)
        st.origin = origin;
    return st;
}
/** `NAME=value` or `NAME+=value`. */
function assignStatement(name, value, op = '=', origin) {
    return statementFromText(`${name}${op}${valueText(value)}`, origin);
}
/** A function call such as `enable_service q-svc` or `enable_plugin name url ref`; args are literals. */
function callStatement(command, args, origin) {
    return statementFromText([command, ...args.map(shellQuote)].join(' '), origin);
}
/** `# text` (one statement per line). */
function commentStatement(text) {
    return statementFromText(text === '' ? '#' : `# ${text}`);
}
function blankStatement() {
    return statementFromText('');
}
/** A meta-section header `[[phase|file]]`. */
function makeHeader(phase, file) {
    return { raw: `[[${phase}|${file}]]`, phase, file, line: 0 };
}
function emptyLocalrcBlock() {
    return { kind: 'localrc', header: makeHeader('local', 'localrc'), statements: [] };
}
/** An INI key line `key = value` with the value escaped for DevStack's eval unless `shell` text is given. */
function iniKeyLine(key, value, section, origin) {
    const text = 'literal' in value ? iniEscape(value.literal) : value.shell;
    const line = parseIniLine(`${key} = ${text}`, 0, section);
    if (origin)
        line.origin = origin;
    return line;
}
function iniSectionLine(section) {
    return parseIniLine(`[${section}]`, 0, section);
}
/** An INI block with the given sections and key/values (values are literals unless given as shell text). */
function makeIniBlock(phase, file, sections) {
    const lines = [];
    for (const [section, keys] of Object.entries(sections)) {
        lines.push(iniSectionLine(section));
        for (const [k, v] of Object.entries(keys))
            lines.push(iniKeyLine(k, v, section));
    }
    return { kind: 'ini', header: makeHeader(phase, file), lines };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/devstack/options.js
/**
 * Typed plan options (the engine's settings) and their parsing from strings, shared by the CLI and the actions.
 * Every user mistake is a ConfigurationError naming the input and the fix.
 */


/** The defaults of kuryr's `devstack/settings` (§7.5). */
const PORTS_POOL_DEFAULTS = { min: 2, max: 0, batch: 5, updateFrequency: 30 };
const PASSWORD_VARIABLES = [
    'ADMIN_PASSWORD',
    'DATABASE_PASSWORD',
    'RABBIT_PASSWORD',
    'SERVICE_PASSWORD',
    'SERVICE_TOKEN',
];
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
/** A random alphanumeric password (DevStack accepts only alphanumerics, §4.6). */
function generatePassword(length = 24) {
    const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
    let out = '';
    for (let i = 0; i < length; i++)
        out += chars[(0,external_node_crypto_.randomInt)(chars.length)];
    return out;
}
/** Validates a user-given password; `input` names where it came from. */
function checkPassword(value, input) {
    if (!ALPHANUMERIC.test(value)) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input '${input}' must be alphanumeric (A-Z, a-z, 0-9): DevStack evaluates local.conf values and its password prompts accept only alphanumerics.`, input);
    }
    return value;
}
/**
 * Parses the `ports-pool` option: `true`/`false`, or `key=value` pairs separated by commas
 * (`min=5,max=0,batch=10,update-freq=20`), which imply enabled.
 */
function parsePortsPool(value, input = 'ports-pool') {
    const v = value.trim();
    if (/^(true|True|TRUE)$/.test(v))
        return { enabled: true, ...PORTS_POOL_DEFAULTS };
    if (/^(false|False|FALSE)$/.test(v))
        return { enabled: false, ...PORTS_POOL_DEFAULTS };
    const out = { enabled: true, ...PORTS_POOL_DEFAULTS };
    const keys = {
        min: 'min',
        max: 'max',
        batch: 'batch',
        'update-freq': 'updateFrequency',
        'update-frequency': 'updateFrequency',
    };
    for (const part of v.split(',')) {
        const m = /^\s*([a-z-]+)\s*=\s*(\d+)\s*$/.exec(part);
        const key = m ? keys[m[1]] : undefined;
        if (!m || !key) {
            throw new runtime_errors/* ConfigurationError */.j1(`Input '${input}' has '${part.trim()}': use true, false, or comma-separated min=N, max=N, batch=N, update-freq=N (e.g. min=5,max=0,batch=10,update-freq=20).`, input);
        }
        out[key] = Number(m[2]);
    }
    return out;
}
/** Validates a git base URL (mirror) that is written into local.conf and used for clones. */
function checkGitBase(value, input = 'git-base') {
    const v = value.trim().replace(/\/+$/, '');
    if (!/^(https?|git|ssh|file):\/\/[^\s'"`$\\;|&<>()]+$/.test(v)) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input '${input}' must be a URL such as https://opendev.org or file:///srv/mirror (no spaces, quotes or shell characters); got '${value}'.`, input);
    }
    return v;
}
/** Validates a git ref (branch, tag or SHA) given by the user. */
function checkRef(value, input) {
    const v = value.trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(v) || v.includes('..')) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input '${input}' must be a branch, tag or commit SHA (letters, digits, '.', '_', '/', '-'); got '${value}'.`, input);
    }
    return v;
}
/** Validates an absolute directory path such as `dest`. */
function checkAbsolutePath(value, input) {
    if (!/^\/[A-Za-z0-9._/-]*$/.test(value)) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input '${input}' must be an absolute path of letters, digits, '.', '_', '-' and '/'; got '${value}'.`, input);
    }
    return value.replace(/\/+$/, '') || '/';
}
/**
 * Parses `--set KEY=VALUE` items into localrc overrides. Keys must be shell variable names; values are literals
 * (they are quoted when written, so nothing in them expands or executes).
 */
function parseSetItems(items, input = '--set') {
    const out = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        const key = eq < 0 ? item : item.slice(0, eq);
        if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
            throw new ConfigurationError(`${input} '${item}' must look like NAME=value with NAME a shell variable name (letters, digits, '_').`, input);
        }
        out[key] = item.slice(eq + 1);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/devstack/build.js
/**
 * Turns a profile (data) + release train + options into a LocalConf: plugins pinned to the train's refs, URLs from
 * the git base, generated credentials, absolute LOGFILE, ports-pool variables as the code reads them, placeholders
 * resolved from overrides. User overrides and fragments are merged afterwards with DevStack's semantics.
 */



const DEFAULT_GIT_BASE = 'https://opendev.org';
const DEFAULT_DEST = '/opt/stack';
const PLACEHOLDER = /^@([A-Z_][A-Z0-9_]*)@$/;
function applies(when, train, opts) {
    if (!when)
        return true;
    if (when.trains && !when.trains.includes(train.name))
        return false;
    if (when.octavia !== undefined && when.octavia !== opts.octavia)
        return false;
    if (when.portsPool !== undefined && when.portsPool !== opts.portsPool.enabled)
        return false;
    return true;
}
/** The ref a plugin is pinned to: an explicit override, else the train's. */
function pluginRef(name, train, overrides) {
    const ref = overrides[name] ?? train.pluginRefs[name];
    if (!ref) {
        throw new runtime_errors/* ConfigurationError */.j1(`Release train '${train.name}' has no ref for plugin '${name}'; give one explicitly (e.g. --plugin-ref ${name}=<ref>).`, 'release');
    }
    return ref;
}
function generated(kind, profile, opts) {
    switch (kind) {
        case 'git-base':
            return [assignStatement('GIT_BASE', { literal: opts.gitBase })];
        case 'logging': {
            const out = [];
            if (opts.dest !== DEFAULT_DEST) {
                // stackrc derives DATA_DIR and SUBUNIT_OUTPUT from its own DEST before localrc is read: move them too.
                out.push(assignStatement('DEST', { literal: opts.dest }), assignStatement('DATA_DIR', { shell: '$DEST/data' }), assignStatement('SUBUNIT_OUTPUT', { shell: '$DEST/devstack.subunit' }));
            }
            out.push(assignStatement('LOGFILE', { shell: '$DEST/logs/stack.sh.log' }), assignStatement('LOG_COLOR', { shell: 'False' }), assignStatement('VERBOSE_NO_TIMESTAMP', { shell: 'True' }));
            return out;
        }
        case 'credentials':
            return PASSWORD_VARIABLES.map((v) => assignStatement(v, { literal: opts.passwords[v] }));
        case 'ports-pool': {
            const p = opts.portsPool;
            if (!p.enabled)
                return [assignStatement('KURYR_VIF_POOL_DRIVER', { shell: 'noop' })];
            return [
                assignStatement('KURYR_USE_PORTS_POOLS', { shell: 'True' }),
                assignStatement('KURYR_VIF_POOL_DRIVER', { shell: profile.poolDriver ?? 'neutron' }),
                assignStatement('KURYR_VIF_POOL_MIN', { literal: String(p.min) }),
                assignStatement('KURYR_VIF_POOL_MAX', { literal: String(p.max) }),
                assignStatement('KURYR_VIF_POOL_BATCH', { literal: String(p.batch) }),
                assignStatement('KURYR_VIF_POOL_UPDATE_FREQ', { literal: String(p.updateFrequency) }),
            ];
        }
        default:
            throw new Error(`unknown generated entry ${kind}`);
    }
}
/** Builds the profile's local.conf for a train. Pure: passwords and refs come in through `opts`. */
function buildProfileConf(profile, train, opts) {
    const block = emptyLocalrcBlock();
    const plugins = [];
    const unresolved = [];
    const entry = (e) => {
        if (!applies(e.when, train, opts))
            return [];
        if ('comment' in e)
            return [commentStatement(e.comment)];
        if ('blank' in e)
            return [blankStatement()];
        if ('generated' in e)
            return generated(e.generated, profile, opts);
        if ('plugin' in e) {
            const ref = pluginRef(e.plugin, train, opts.pluginRefs);
            const url = `${opts.gitBase}/openstack/${e.plugin}`;
            plugins.push({ name: e.plugin, url, ref });
            return [callStatement('enable_plugin', [e.plugin, url, ref])];
        }
        if ('enable' in e)
            return [callStatement('enable_service', e.enable)];
        if ('disable' in e)
            return [callStatement('disable_service', e.disable)];
        if ('append' in e)
            return [assignStatement(e.append, { shell: e.shell }, '+=')];
        if ('literal' in e)
            return [assignStatement(e.set, { literal: e.literal })];
        const m = PLACEHOLDER.exec(e.shell);
        if (m) {
            const name = m[1];
            const value = opts.placeholderValues[name];
            if (value === undefined) {
                const ph = profile.placeholders.find((p) => p.variable === name);
                if (ph)
                    unresolved.push(ph);
                return [assignStatement(e.set, { shell: e.shell })];
            }
            return [assignStatement(e.set, { literal: value })];
        }
        return [assignStatement(e.set, { shell: e.shell })];
    };
    block.statements = profile.localrc.flatMap(entry);
    const blocks = [block];
    if (profile.ini.some((i) => applies(i.when, train, opts)))
        block.statements.push(blankStatement());
    for (const ini of profile.ini) {
        if (!applies(ini.when, train, opts))
            continue;
        const sections = Object.fromEntries(Object.entries(ini.sections).map(([s, kv]) => [
            s,
            Object.fromEntries(Object.entries(kv).map(([k, v]) => [k, { shell: v }])),
        ]));
        blocks.push(makeIniBlock(ini.phase, ini.file, sections));
    }
    const conf = { file: 'local.conf', preamble: [], blocks, finalNewline: true };
    return { conf, plugins, unresolved };
}

;// CONCATENATED MODULE: ./build/devstack/commands.js
/** Packages DevStack needs before stack.sh can even start (gawk: devstack bug #1909041, §3.4). */
const PREREQUISITES = {
    apt: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'lsb-release', 'net-tools', 'ca-certificates'],
    dnf: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'redhat-lsb-core', 'net-tools', 'ca-certificates'],
    zypper: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'lsb-release', 'net-tools', 'ca-certificates'],
};
/** Builds the command list setup-devstack will run, in order. */
function planCommands(input) {
    const devstackDir = `${input.dest}/devstack`;
    const pm = input.distro?.packageManager ?? 'apt';
    const install = pm === 'apt'
        ? {
            step: 'prerequisites',
            command: 'sudo',
            // Wait for another apt/dpkg run (unattended-upgrades) instead of failing at once (apt >= 1.9.11; ignored before).
            args: [
                '-n',
                'env',
                'DEBIAN_FRONTEND=noninteractive',
                'apt-get',
                '-o',
                'DPkg::Lock::Timeout=300',
                'install',
                '-y',
                ...PREREQUISITES.apt,
            ],
            why: 'git to clone, gawk for the local.conf merge (mawk breaks it), iptables for the NAT rule',
        }
        : {
            step: 'prerequisites',
            command: 'sudo',
            args: ['-n', pm, 'install', '-y', ...PREREQUISITES[pm]],
            why: 'git to clone, gawk for the local.conf merge, iptables for the NAT rule',
        };
    const cmds = [
        { step: 'preflight', command: 'sudo', args: ['-n', 'true'], why: 'passwordless sudo is required' },
        install,
        {
            step: 'stack-user',
            command: 'sudo',
            args: ['-n', 'useradd', '-U', '-s', '/bin/bash', '-d', input.dest, '-m', input.stackUser],
            why: 'as tools/create-stack-user.sh (skipped when the user exists)',
        },
        {
            step: 'stack-user',
            command: 'sudo',
            args: ['-n', 'chmod', '755', input.dest],
            why: 'stack.sh dies with "Invalid path permissions" when DEST is 0700, as useradd -m may make it',
        },
        {
            step: 'stack-user',
            command: 'sudo',
            args: [
                '-n',
                'sh',
                '-c',
                'umask 226 && printf "%s ALL=(ALL) NOPASSWD:ALL\\n" "$1" > /etc/sudoers.d/50_stack_sh',
                'sh',
                input.stackUser,
            ],
            why: 'passwordless sudo for the stack user, as create-stack-user.sh writes it',
        },
        {
            step: 'clone',
            command: 'git',
            args: ['clone', '--no-checkout', `${input.gitBase}/openstack/devstack`, devstackDir],
            asUser: input.stackUser,
            why: 'clone DevStack from the git base (mirror-friendly)',
        },
        {
            step: 'clone',
            command: 'git',
            args: ['-C', devstackDir, 'fetch', 'origin', input.devstackRef],
            asUser: input.stackUser,
            why: 'fetch the pinned ref (tag, branch or SHA)',
        },
        {
            step: 'clone',
            command: 'git',
            args: ['-C', devstackDir, 'checkout', '--detach', 'FETCH_HEAD'],
            asUser: input.stackUser,
            why: 'check out exactly the pinned ref',
        },
        {
            step: 'local-conf',
            // cat reads fd 0 directly: /dev/stdin cannot be opened when stdin is a socket (as Node's pipes are).
            command: 'sh',
            args: ['-c', 'umask 077 && cat > "$1" && chmod 0600 "$1"', 'sh', `${devstackDir}/local.conf`],
            asUser: input.stackUser,
            why: 'write local.conf readable by the stack user only (it holds passwords)',
        },
        {
            step: 'stack',
            command: 'env',
            args: [...(input.forceDistro ? ['FORCE=yes'] : []), `${devstackDir}/stack.sh`],
            asUser: input.stackUser,
            why: 'stdin is /dev/null so a password prompt fails fast instead of hanging',
        },
        ...input.plugins.flatMap((p) => [
            {
                step: 'verify',
                command: 'test',
                args: ['-f', `${input.dest}/${p.name}/devstack/plugin.sh`],
                asUser: input.stackUser,
                why: `an unpinned or empty plugin is silently skipped by DevStack: ${p.name} must have devstack/plugin.sh`,
            },
            {
                step: 'verify',
                command: 'git',
                args: ['-C', `${input.dest}/${p.name}`, 'rev-parse', 'HEAD'],
                asUser: input.stackUser,
                why: `record the commit of ${p.name} actually stacked`,
            },
        ]),
    ];
    if (input.nat) {
        cmds.push({
            step: 'nat',
            command: 'sudo',
            args: ['-n', 'iptables', '-t', 'nat', '-I', 'POSTROUTING', '1', '-s', input.floatingRange, '-j', 'MASQUERADE'],
            why: 'floating IP egress, as the Dragonflow doc prescribes',
        });
    }
    return cmds;
}

;// CONCATENATED MODULE: ./build/devstack/distro.js
/**
 * Distro identification as DevStack's `GetDistro` does it (field guide §4.1): the codename on Ubuntu/Debian,
 * `f<release>` on Fedora, `rhel<major>` on RHEL-likes. Input is /etc/os-release content or a short id.
 */

const UBUNTU = {
    '14.04': 'trusty',
    '16.04': 'xenial',
    '17.10': 'artful',
    '18.04': 'bionic',
    '20.04': 'focal',
    '22.04': 'jammy',
    '24.04': 'noble',
    '26.04': 'resolute',
};
const DEBIAN = {
    '7': 'wheezy',
    '8': 'jessie',
    '9': 'stretch',
    '10': 'buster',
    '11': 'bullseye',
    '12': 'bookworm',
    '13': 'trixie',
};
const RHEL_LIKE = new Set(['rhel', 'centos', 'rocky', 'almalinux', 'ol']);
const invert = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
function make(family, version) {
    switch (family) {
        case 'ubuntu':
            return {
                id: `ubuntu-${version}`,
                family,
                version,
                devstackName: UBUNTU[version] ?? version,
                packageManager: 'apt',
            };
        case 'debian':
            return {
                id: `debian-${version}`,
                family,
                version,
                devstackName: DEBIAN[version] ?? version,
                packageManager: 'apt',
            };
        case 'fedora':
            return { id: `fedora-${version}`, family, version, devstackName: `f${version}`, packageManager: 'dnf' };
        case 'rhel': {
            const major = version.split('.')[0] ?? version;
            return { id: `rhel-${major}`, family, version: major, devstackName: `rhel${major}`, packageManager: 'dnf' };
        }
        case 'opensuse':
            return {
                id: `opensuse-${version}`,
                family,
                version,
                devstackName: `opensuse-${version}`,
                packageManager: 'zypper',
            };
    }
}
/** Parses KEY=value lines of /etc/os-release (values may be quoted). */
function parseOsReleaseFields(content) {
    const out = {};
    for (const line of content.split('\n')) {
        const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
        if (!m)
            continue;
        out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
    }
    return out;
}
/** Identifies the distro from /etc/os-release content. Throws ConfigurationError for an unknown one. */
function distroFromOsRelease(content) {
    const f = parseOsReleaseFields(content);
    const id = (f.ID ?? '').toLowerCase();
    const version = f.VERSION_ID ?? '';
    if (id === 'ubuntu')
        return make('ubuntu', version);
    if (id === 'debian')
        return make('debian', version.split('.')[0] ?? version);
    if (id === 'fedora')
        return make('fedora', version);
    if (RHEL_LIKE.has(id))
        return make('rhel', version);
    if (id.startsWith('opensuse'))
        return make('opensuse', id === 'opensuse-tumbleweed' ? 'tumbleweed' : version);
    throw new runtime_errors/* ConfigurationError */.j1(`Unsupported distro in /etc/os-release: ID=${id || '(none)'} VERSION_ID=${version || '(none)'}. ` +
        'DevStack runs on Ubuntu, Debian, Fedora, RHEL-likes and openSUSE.', 'distro');
}
/**
 * Parses a distro given by the user: `ubuntu-18.04`, `fedora-31`, `debian-10`, `rhel-8`/`centos-8`, or DevStack's
 * own names (`bionic`, `f31`, `rhel8`).
 */
function parseDistroId(value) {
    const v = value.trim().toLowerCase();
    let m = /^(ubuntu|debian|fedora|rhel|centos|rocky|almalinux|opensuse)[-_ ]?([\w.]+)$/.exec(v);
    if (m) {
        const fam = m[1];
        const ver = m[2];
        if (fam === 'ubuntu' && UBUNTU[ver])
            return make('ubuntu', ver);
        if (fam === 'debian' && DEBIAN[ver])
            return make('debian', ver);
        if (fam === 'fedora' && /^\d+$/.test(ver))
            return make('fedora', ver);
        if ((RHEL_LIKE.has(fam) || fam === 'rhel') && /^\d+(\.\d+)?$/.test(ver))
            return make('rhel', ver);
        if (fam === 'opensuse')
            return make('opensuse', ver);
    }
    const ubuntuByName = invert(UBUNTU)[v];
    if (ubuntuByName)
        return make('ubuntu', ubuntuByName);
    const debianByName = invert(DEBIAN)[v];
    if (debianByName)
        return make('debian', debianByName);
    m = /^f(\d+)$/.exec(v);
    if (m)
        return make('fedora', m[1]);
    m = /^rhel(\d+)$/.exec(v);
    if (m)
        return make('rhel', m[1]);
    throw new runtime_errors/* ConfigurationError */.j1(`Unknown distro '${value}'. Use ubuntu-<version> (e.g. ubuntu-18.04), fedora-<release> (e.g. fedora-31), ` +
        'debian-<major>, rhel-<major>, or DevStack names such as bionic, f31, rhel8.', 'distro');
}
/** Whether stack.sh's unanchored `[[ ! ${DISTRO} =~ $SUPPORTED_DISTROS ]]` check passes (§4.1). */
function devstackAcceptsDistro(supportedDistros, distro) {
    return new RegExp(supportedDistros).test(distro.devstackName);
}

;// CONCATENATED MODULE: ./build/devstack/localconf/services.js
/** DevStack's default ENABLED_SERVICES of the df era (`stackrc@a13ab8db`, field guide §2.2). */
const DF_ERA_DEFAULT_SERVICES = 'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,q-svc,q-dhcp,q-meta,q-agt,q-l3,horizon,rabbit,tempest,mysql,etcd3,dstat';
/** Newest devstack's OVN-based default (field guide §1.3). */
const NEWEST_DEFAULT_SERVICES = 'ovn-controller,ovn-northd,ovs-vswitchd,ovsdb-server,q-svc,q-ovn-agent';
const splitList = (v) => v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
/** The statements in execution order, `;`-joined commands flattened. */
function flattenStatements(statements) {
    return statements.flatMap((s) => [s, ...(s.more ?? [])]);
}
/**
 * Walks localrc statements in order and applies `enable_service`, `disable_service`, `enable_plugin` and
 * `ENABLED_SERVICES` assignments with DevStack's semantics. Values that expand at run time are not evaluated.
 */
function evaluateServices(statements, defaults = DF_ERA_DEFAULT_SERVICES) {
    // ENABLED_SERVICES is a comma-separated string in bash; keep it as one so `+=foo` without a comma glues onto the
    // last entry exactly as bash does (`…,dstatfoo`), instead of adding `foo`.
    let raw = defaults;
    const disabled = [];
    const plugins = [];
    const events = [];
    let clearedAt;
    let unknown = false;
    const event = (e, st) => {
        events.push({ ...e, endLine: st.endLine });
    };
    const enabledList = () => [...new Set(splitList(raw).filter((s) => !s.startsWith('-')))].filter((s) => !splitList(raw).includes(`-${s}`));
    for (const st of flattenStatements(statements)) {
        if (st.kind === 'assign' && st.name === 'ENABLED_SERVICES') {
            if (st.value?.literal === undefined)
                unknown = true;
            const v = st.value?.literal ?? '';
            if (st.op === '=') {
                raw = v;
                clearedAt = st.line;
            }
            else {
                raw += v;
            }
            for (const item of splitList(v)) {
                if (!item.startsWith('-') && disabled.includes(item)) {
                    event({
                        code: 'overcome-disable',
                        level: 'fatal',
                        line: st.line,
                        subject: item,
                        message: `ENABLED_SERVICES directly modified to overcome 'disable_service ${item}'`,
                    }, st);
                }
            }
            continue;
        }
        if (st.kind !== 'call')
            continue;
        const args = (st.args ?? []).map((a) => a.literal ?? a.raw);
        if (st.command === 'enable_service') {
            for (const svc of args.flatMap(splitList)) {
                if (disabled.includes(svc)) {
                    event({
                        code: 'enable-after-disable',
                        level: 'warning',
                        line: st.line,
                        subject: svc,
                        message: `Attempt to enable_service ${svc} when it has been disabled`,
                    }, st);
                    continue;
                }
                if (!enabledList().includes(svc))
                    raw = raw ? `${raw},${svc}` : svc;
            }
        }
        else if (st.command === 'disable_service') {
            for (const svc of args.flatMap(splitList)) {
                raw = splitList(raw)
                    .filter((s) => s !== svc)
                    .join(',');
                if (!disabled.includes(svc))
                    disabled.push(svc);
            }
        }
        else if (st.command === 'enable_plugin') {
            const [name, url, ref] = args;
            if (!name || !url) {
                event({
                    code: 'plugin-args',
                    level: 'fatal',
                    line: st.line,
                    subject: name ?? '',
                    message: 'enable_plugin needs a name and a URL',
                }, st);
                continue;
            }
            if (plugins.some((p) => p.name === name)) {
                event({
                    code: 'plugin-twice',
                    level: 'fatal',
                    line: st.line,
                    subject: name,
                    message: `Plugin attempted to be enabled twice: ${name} ${url} ${ref ?? 'master'}`,
                }, st);
                continue;
            }
            plugins.push({ name, url, ref, line: st.line });
        }
    }
    const enabled = enabledList();
    return { enabled, disabled, plugins, events, clearedAt, unknown };
}
/** Prefix rules of `is_service_enabled`: `neutron` matches any `q-*`, `nova` any `n-*`, and so on (§3.5). */
const PREFIXES = { neutron: 'q-', nova: 'n-', glance: 'g-', swift: 's-', trove: 'tr-' };
/** True when DevStack's `is_service_enabled name` would be true for this service list. */
function isServiceEnabled(enabled, name) {
    if (enabled.includes(name))
        return true;
    const prefix = PREFIXES[name];
    return prefix !== undefined && enabled.some((s) => s.startsWith(prefix));
}

;// CONCATENATED MODULE: ./build/devstack/localconf/merge.js
/**
 * Merges a user fragment on top of a base local.conf (a profile) with DevStack's real semantics, not as text:
 * a later `NAME=` replaces the earlier assignment in place (so statements that read it still see it in order), `+=`
 * appends, a second `enable_plugin` for a name replaces the first (DevStack would die on a duplicate),
 * `enable_service` lifts an earlier `disable_service` (DevStack would only warn and keep it disabled), and
 * `disable_service` removes earlier enables. INI keys replace the same key of the same section of the same literal
 * header, instead of becoming multi-valued.
 */


const clone = (v) => structuredClone(v);
const argNames = (st) => (st.args ?? []).flatMap((a) => (a.literal ?? a.raw).split(',')).filter(Boolean);
/** Removes `name` from `enable_service`/`disable_service` statements of `command`; drops emptied statements. */
function removeServiceName(statements, command, name) {
    const out = [];
    for (const st of statements) {
        if (st.kind === 'call' && st.command === command && !st.more && argNames(st).includes(name)) {
            const rest = argNames(st).filter((n) => n !== name);
            if (rest.length) {
                const replaced = callStatement(command, rest, st.origin);
                replaced.line = st.line;
                out.push(replaced);
            }
            continue;
        }
        out.push(st);
    }
    return out;
}
function isEnabledIn(statements, name) {
    return flattenStatements(statements).some((s) => s.kind === 'call' && s.command === 'enable_service' && argNames(s).includes(name));
}
function withOrigin(st, file) {
    const c = clone(st);
    c.origin = { file, line: st.line };
    return c;
}
/** Merges localrc statements of `fragment` (from file `file`) into `base`. */
function mergeLocalrc(base, fragment, file) {
    let out = base.map(clone);
    const appended = [];
    for (const st of fragment) {
        if (st.kind === 'blank' || st.kind === 'comment')
            continue;
        const mine = withOrigin(st, file);
        if (st.kind === 'assign' && st.op === '=' && !st.more) {
            const idx = out.findLastIndex((s) => s.kind === 'assign' && s.op === '=' && s.name === st.name && !s.more);
            if (idx >= 0) {
                out[idx] = mine;
                continue;
            }
        }
        if (st.kind === 'call' && st.command === 'enable_plugin' && !st.more) {
            const name = st.args?.[0]?.literal;
            const idx = out.findIndex((s) => s.kind === 'call' && s.command === 'enable_plugin' && s.args?.[0]?.literal === name);
            if (idx >= 0) {
                out[idx] = mine;
                continue;
            }
        }
        if (st.kind === 'call' && st.command === 'enable_service' && !st.more) {
            const fresh = [];
            for (const name of argNames(st)) {
                out = removeServiceName(out, 'disable_service', name);
                if (!isEnabledIn(out, name) && !isEnabledIn(appended, name))
                    fresh.push(name);
            }
            if (fresh.length)
                appended.push(callStatement('enable_service', fresh, mine.origin));
            continue;
        }
        if (st.kind === 'call' && st.command === 'disable_service' && !st.more) {
            for (const name of argNames(st))
                out = removeServiceName(out, 'enable_service', name);
            appended.push(mine);
            continue;
        }
        appended.push(mine);
    }
    if (appended.length) {
        out.push(statementFromText(''), commentStatement(`Merged from ${file}`), ...appended);
    }
    return out;
}
const sameHeader = (a, b) => a.header.phase === b.header.phase && a.header.file === b.header.file;
/** Merges one INI block's key lines into a base INI block (same literal header). */
function mergeIniBlock(base, fragment, file) {
    const lines = base.lines.map(clone);
    for (const l of fragment.lines) {
        if (l.kind !== 'key')
            continue;
        const mine = { ...clone(l), origin: { file, line: l.line } };
        const section = l.inSection ?? '';
        const matches = lines
            .map((b, i) => ({ b, i }))
            .filter(({ b }) => b.kind === 'key' && b.key === l.key && (b.inSection ?? '') === section);
        if (matches.length) {
            const first = matches[0];
            lines[first.i] = mine;
            // Drop further values of a base multi-valued key: the user's value replaces them all.
            for (const m of matches.slice(1).reverse())
                lines.splice(m.i, 1);
            continue;
        }
        const sectionIdx = lines.findIndex((b) => b.kind === 'section' && b.section === section);
        if (sectionIdx < 0) {
            lines.push(iniSectionLine(section), mine);
            continue;
        }
        let end = sectionIdx + 1;
        while (end < lines.length && lines[end]?.kind !== 'section')
            end++;
        while (end > sectionIdx + 1 && lines[end - 1]?.kind === 'blank')
            end--;
        lines.splice(end, 0, mine);
    }
    return { ...base, lines };
}
/**
 * Merges a parsed user fragment on top of `base`. The result keeps `base`'s file name; every element that came
 * from the fragment carries its origin (fragment file and line) for annotations.
 */
function mergeLocalConf(base, fragment) {
    const blocks = base.blocks.map(clone);
    for (const fb of fragment.blocks) {
        if (fb.kind === 'localrc') {
            let target = blocks.find((b) => b.kind === 'localrc');
            if (!target) {
                target = { kind: 'localrc', header: clone(fb.header), statements: [] };
                blocks.unshift(target);
            }
            target.statements = mergeLocalrc(target.statements, fb.statements, fragment.file);
            continue;
        }
        const idx = blocks.findIndex((b) => b.kind === 'ini' && sameHeader(b, fb));
        const existing = blocks[idx];
        if (existing && existing.kind === 'ini') {
            blocks[idx] = mergeIniBlock(existing, fb, fragment.file);
        }
        else {
            const copy = clone(fb);
            copy.lines = copy.lines.map((l) => ({ ...l, origin: { file: fragment.file, line: l.line } }));
            blocks.push(copy);
        }
    }
    return { ...base, blocks };
}

;// CONCATENATED MODULE: ./build/devstack/profiles/common.js
const USSURI_ONLY = { trains: ['ussuri'] };
const KURYR_LAST_ONLY = { trains: ['kuryr-last'] };
/** Credentials, Keystone v3, logging: every sample sets these; we generate passwords and fix LOGFILE (§4.4, §4.6). */
const BASICS = [
    { generated: 'git-base' },
    { comment: 'Log settings: an absolute LOGFILE avoids the relative-path quirk of the samples (field guide §4.4)' },
    { generated: 'logging' },
    { blank: true },
    { comment: 'Credentials: all set (stack.sh would prompt otherwise), alphanumeric, masked in logs' },
    { generated: 'credentials' },
    { set: 'IDENTITY_API_VERSION', shell: '3' },
    { comment: 'CI: always re-check prerequisites (field guide §4.7)' },
    { set: 'FORCE_PREREQ', shell: '1' },
];
/** Octavia with the amphora driver and its dependencies (all kuryr samples). */
const OCTAVIA = [
    { blank: true, when: { octavia: true } },
    { comment: 'Octavia LBaaSv2 (Kubernetes Services)', when: { octavia: true } },
    { append: 'LIBS_FROM_GIT', shell: ',python-octaviaclient', when: { octavia: true } },
    { plugin: 'octavia', when: { octavia: true } },
    { enable: ['octavia', 'o-api', 'o-cw', 'o-hm', 'o-hk'], when: { octavia: true } },
    { plugin: 'barbican', when: { octavia: true, trains: ['ussuri'] } },
];
/** Nova + Placement + Glance: needed to boot amphorae and the overcloud VM. */
const COMPUTE = [
    { blank: true },
    { comment: 'Nova, Placement and Glance' },
    { enable: ['n-api', 'n-api-meta', 'n-cpu', 'n-cond', 'n-sch', 'placement-api', 'placement-client', 'g-api'] },
    { enable: ['g-reg'], when: USSURI_ONLY },
];
/** Keystone, database, queue. */
const CORE = [
    { blank: true },
    { comment: 'Keystone and dependencies' },
    { enable: ['key', 'mysql', 'rabbit'] },
];
/** Kubernetes + Kuryr services; the df era runs hyperkube units, kuryr-last runs kubeadm's `kubernetes-master`. */
const KUBERNETES = [
    { blank: true },
    { comment: 'Container engine, etcd and Kubernetes' },
    { plugin: 'devstack-plugin-container' },
    { set: 'CONTAINER_ENGINE', shell: 'crio', when: KURYR_LAST_ONLY },
    { set: 'CRIO_VERSION', shell: '1.28', when: KURYR_LAST_ONLY },
    { enable: ['etcd3'] },
    { enable: ['kubernetes-api', 'kubernetes-controller-manager', 'kubernetes-scheduler', 'kubelet'], when: USSURI_ONLY },
    { enable: ['kubernetes-master'], when: KURYR_LAST_ONLY },
    { blank: true },
    { comment: 'Kuryr controller and CNI daemon (systemd units, not containerized)' },
    { enable: ['kuryr-kubernetes', 'kuryr-daemon'] },
    { set: 'KURYR_K8S_CONTAINERIZED_DEPLOYMENT', shell: 'False', when: KURYR_LAST_ONLY },
];
/** Ports pool variables as the code reads them (§7.5), written by the builder from the `ports-pool` option. */
const PORTS_POOL = [
    { blank: true },
    { comment: 'Kuryr ports pool: the variables devstack/settings really reads (KURYR_VIF_POOL_*), see §7.5' },
    { generated: 'ports-pool' },
];
/** Gives the first amphora time to boot (all-in-one samples; undercloud samples lack it, §2.2). */
const OCTAVIA_INI = {
    phase: 'post-config',
    file: '$OCTAVIA_CONF',
    sections: { controller_worker: { amp_active_retries: '9999' } },
    when: { octavia: true },
};
/** The cirros image the samples add (`IMAGE_URLS+=`, with its leading comma). */
const CIRROS = [
    { blank: true },
    { append: 'IMAGE_URLS', shell: '",http://download.cirros-cloud.net/0.3.4/cirros-0.3.4-x86_64-disk.img"' },
];
/** The undercloud's external network as the pod-in-vm undercloud samples set it (public provider network). */
const PUBLIC_NET = [
    { blank: true },
    { comment: 'External network: public provider network with the DevStack floating range' },
    { set: 'Q_USE_PROVIDERNET_FOR_PUBLIC', shell: 'True' },
    { set: 'PUBLIC_NETWORK_NAME', shell: 'public' },
    { set: 'PUBLIC_NETWORK_GATEWAY', shell: '172.24.4.1' },
];

;// CONCATENATED MODULE: ./build/devstack/profiles/dragonflow.js
/** Dragonflow profiles, from `local.conf.df.sample` and `local.conf.pod-in-vm.undercloud.df.sample` (§2.1, §2.2). */

const DF_CORE = [
    { blank: true },
    { comment: 'Dragonflow: Redis NB database, local controller (guard must be exactly True, §2.1)' },
    { plugin: 'dragonflow' },
    { enable: ['df-redis', 'df-redis-server', 'df-controller'] },
    { set: 'Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER', shell: 'True' },
    { set: 'DF_REDIS_PUBSUB', shell: 'True' },
];
const dragonflow = {
    name: 'dragonflow',
    description: 'All-in-one DevStack with Dragonflow (Redis), Octavia and Kuryr-Kubernetes; pods on the host',
    backend: 'dragonflow',
    defaultTrain: 'ussuri',
    role: 'all-in-one',
    basedOn: ['kuryr-kubernetes/df-era/local.conf.df.sample'],
    poolDriver: 'neutron',
    localrc: [
        { comment: 'Profile dragonflow (from kuryr-kubernetes local.conf.df.sample)' },
        { plugin: 'kuryr-kubernetes' },
        ...BASICS,
        { blank: true },
        { comment: 'Explicit service list (clears the default list)' },
        { set: 'ENABLED_SERVICES', shell: '""' },
        ...DF_CORE,
        { set: 'DF_RUNNING_IN_GATE', shell: 'True' },
        { set: 'TUNNEL_TYPE', shell: 'vxlan' },
        { set: 'DF_SELECTIVE_TOPO_DIST', shell: 'False' },
        { blank: true },
        { comment: 'Neutron server (ML2 mechanism driver df via the DF override-defaults)' },
        { enable: ['neutron', 'q-svc'] },
        ...CORE,
        ...OCTAVIA,
        ...COMPUTE,
        ...KUBERNETES,
        ...PORTS_POOL,
        ...CIRROS,
    ],
    ini: [OCTAVIA_INI],
    placeholders: [],
};
const dragonflowUndercloud = {
    name: 'dragonflow-undercloud',
    description: 'Undercloud for nested pods: Dragonflow with trunk ports, Octavia, Nova/Glance; no Kubernetes (it runs in the VM)',
    backend: 'dragonflow',
    defaultTrain: 'ussuri',
    role: 'undercloud',
    basedOn: ['kuryr-kubernetes/df-era/local.conf.pod-in-vm.undercloud.df.sample'],
    localrc: [
        { comment: 'Profile dragonflow-undercloud (from local.conf.pod-in-vm.undercloud.df.sample)' },
        ...BASICS,
        { set: 'MULTI_HOST', shell: '1' },
        { blank: true },
        {
            comment: 'Explicit service list: the sample inherits the default list (cinder, horizon, ...); clearing it keeps the host lean (§2.2)',
        },
        { set: 'ENABLED_SERVICES', shell: '""' },
        ...DF_CORE,
        { enable: ['df-metadata', 'q-trunk'] },
        { blank: true },
        { comment: 'Neutron: DF needs neither the L2/DHCP agents nor the L3 agent (df-l3-agentless)' },
        { enable: ['neutron', 'q-svc', 'q-qos'] },
        { disable: ['n-net', 'q-l3', 'df-l3-agent', 'q-agt', 'q-dhcp', 'tempest'] },
        ...CORE,
        ...OCTAVIA,
        ...COMPUTE,
        ...CIRROS,
        ...PUBLIC_NET,
        { set: 'Q_FLOATING_ALLOCATION_POOL', shell: 'start=172.24.4.10,end=172.24.4.200' },
    ],
    ini: [OCTAVIA_INI],
    placeholders: [],
};

;// CONCATENATED MODULE: ./build/devstack/profiles/overcloud.js
/** The nested-VLAN overcloud stacked inside the trunk VM (`local.conf.pod-in-vm.overcloud.sample`, §2.3-2.5). */

const overcloudNestedVlan = {
    name: 'overcloud-nested-vlan',
    description: 'Kubernetes + Kuryr inside the undercloud VM, pods as trunk subports (nested-vlan), using the undercloud Keystone/DB/queue',
    // The overcloud runs no Neutron backend of its own; it uses the undercloud's. Default train: the Dragonflow one.
    backend: 'none',
    defaultTrain: 'ussuri',
    role: 'overcloud',
    basedOn: [
        'kuryr-kubernetes/df-era/local.conf.pod-in-vm.overcloud.sample',
        'kuryr-kubernetes/latest/local.conf.pod-in-vm.overcloud.sample',
    ],
    poolDriver: 'nested',
    localrc: [
        { comment: 'Profile overcloud-nested-vlan (from local.conf.pod-in-vm.overcloud.sample)' },
        { set: 'RECLONE', shell: 'False' },
        { plugin: 'kuryr-kubernetes' },
        ...BASICS,
        { set: 'ENABLED_SERVICES', shell: '""' },
        { blank: true },
        { comment: 'Undercloud services: passwords must equal the undercloud ones' },
        { set: 'SERVICE_HOST', shell: '@SERVICE_HOST@' },
        { set: 'MULTI_HOST', shell: '1' },
        { set: 'KEYSTONE_SERVICE_HOST', shell: '$SERVICE_HOST' },
        { set: 'MYSQL_HOST', shell: '$SERVICE_HOST' },
        { set: 'RABBIT_HOST', shell: '$SERVICE_HOST' },
        { blank: true },
        { comment: 'Kuryr creates its defaults in the undercloud Neutron (exactly True: compared raw, §7.6)' },
        { set: 'KURYR_CONFIGURE_NEUTRON_DEFAULTS', shell: 'True' },
        { set: 'KURYR_CONFIGURE_BAREMETAL_KUBELET_IFACE', shell: 'False' },
        { set: 'KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID', shell: '@KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID@' },
        { set: 'KURYR_NEUTRON_DEFAULT_ROUTER', shell: 'router1' },
        ...KUBERNETES,
        { blank: true },
        { comment: 'Pods become trunk subports' },
        { set: 'KURYR_POD_VIF_DRIVER', shell: 'nested-vlan' },
        ...PORTS_POOL,
    ],
    ini: [],
    placeholders: [
        {
            variable: 'SERVICE_HOST',
            description: 'An undercloud address reachable from the VM, where Keystone, MySQL and RabbitMQ listen',
            resolveHint: 'the undercloud host IP (setup-devstack output host-ip)',
        },
        {
            variable: 'KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID',
            description: 'ID of the undercloud subnet pool shared-default-subnetpool-v4',
            resolveHint: 'openstack --os-cloud devstack-admin subnet pool show shared-default-subnetpool-v4 -f value -c id (on the undercloud)',
        },
    ],
};

;// CONCATENATED MODULE: ./build/devstack/profiles/ovs-ovn.js
/**
 * ML2/OVS and OVN profiles, from `local.conf.sample` (df era: ML2/OVS), `local.conf.ovn.sample` (df era) and the
 * latest `local.conf.ovs.sample` / `local.conf.sample` (OVN), plus their pod-in-vm undercloud variants.
 */

const OVS_NEUTRON = [
    { blank: true },
    { comment: 'Neutron ML2/OVS with the L2, DHCP, L3 and metadata agents' },
    { enable: ['neutron', 'q-agt', 'q-dhcp', 'q-l3', 'q-meta', 'q-svc'] },
    { set: 'Q_AGENT', shell: 'openvswitch' },
    { set: 'Q_ML2_PLUGIN_MECHANISM_DRIVERS', shell: 'openvswitch' },
    { set: 'Q_ML2_TENANT_NETWORK_TYPE', shell: 'vxlan' },
];
const OVN_NEUTRON = [
    { blank: true },
    { comment: 'Neutron with OVN (networking-ovn is part of neutron since ussuri)' },
    { plugin: 'neutron' },
    { set: 'Q_AGENT', shell: 'ovn' },
    { set: 'Q_ML2_PLUGIN_MECHANISM_DRIVERS', shell: 'ovn,logger' },
    { set: 'Q_ML2_PLUGIN_TYPE_DRIVERS', shell: 'local,flat,vlan,geneve' },
    { set: 'Q_ML2_TENANT_NETWORK_TYPE', shell: 'geneve' },
    { enable: ['ovn-northd', 'ovn-controller', 'q-ovn-metadata-agent', 'q-svc'] },
];
/** OVN needs the OVN Octavia provider and L2 member mode (latest local.conf.sample). */
const OVN_OCTAVIA = [
    { plugin: 'ovn-octavia-provider', when: { octavia: true } },
    { set: 'KURYR_EP_DRIVER_OCTAVIA_PROVIDER', shell: 'ovn', when: { octavia: true } },
    { set: 'KURYR_K8S_OCTAVIA_MEMBER_MODE', shell: 'L2', when: { octavia: true } },
    { set: 'KURYR_ENFORCE_SG_RULES', shell: 'False', when: { octavia: true } },
    { set: 'KURYR_LB_ALGORITHM', shell: 'SOURCE_IP_PORT', when: { octavia: true } },
];
const OVN_OCTAVIA_INI = {
    phase: 'post-config',
    file: '$OCTAVIA_CONF',
    sections: {
        controller_worker: { amp_active_retries: '9999' },
        api_settings: { enabled_provider_drivers: "amphora:'Octavia Amphora driver',ovn:'Octavia OVN driver'" },
    },
    when: { octavia: true },
};
const CLEAR = [
    { blank: true },
    { comment: 'Explicit service list (clears the default list)' },
    { set: 'ENABLED_SERVICES', shell: '""' },
];
const ovs = {
    name: 'ovs',
    description: 'All-in-one DevStack with ML2/OVS, Octavia and Kuryr-Kubernetes',
    backend: 'ovs',
    defaultTrain: 'kuryr-last',
    role: 'all-in-one',
    basedOn: ['kuryr-kubernetes/df-era/local.conf.sample', 'kuryr-kubernetes/latest/local.conf.ovs.sample'],
    poolDriver: 'neutron',
    localrc: [
        { comment: 'Profile ovs (from kuryr-kubernetes local.conf.sample / local.conf.ovs.sample)' },
        { plugin: 'kuryr-kubernetes' },
        ...BASICS,
        ...CLEAR,
        ...OVS_NEUTRON,
        ...CORE,
        ...OCTAVIA,
        ...COMPUTE,
        ...KUBERNETES,
        ...PORTS_POOL,
        ...CIRROS,
    ],
    ini: [OCTAVIA_INI],
    placeholders: [],
};
const ovsUndercloud = {
    name: 'ovs-undercloud',
    description: 'Undercloud for nested pods with ML2/OVS and trunk ports; Kubernetes runs in the VM',
    backend: 'ovs',
    defaultTrain: 'kuryr-last',
    role: 'undercloud',
    basedOn: ['kuryr-kubernetes/df-era/local.conf.pod-in-vm.undercloud.sample'],
    localrc: [
        { comment: 'Profile ovs-undercloud (from local.conf.pod-in-vm.undercloud.sample)' },
        ...BASICS,
        { set: 'MULTI_HOST', shell: '1' },
        ...CLEAR,
        ...OVS_NEUTRON,
        { set: 'TUNNEL_TYPE', shell: 'vxlan' },
        { enable: ['q-trunk'] },
        ...CORE,
        ...OCTAVIA,
        ...COMPUTE,
        ...CIRROS,
        ...PUBLIC_NET,
    ],
    ini: [
        {
            phase: 'post-config',
            file: '/$Q_PLUGIN_CONF_FILE',
            sections: { securitygroup: { firewall_driver: 'openvswitch' } },
        },
        {
            phase: 'post-config',
            file: '$NEUTRON_CONF',
            sections: {
                DEFAULT: {
                    service_plugins: 'neutron.services.l3_router.l3_router_plugin.L3RouterPlugin,neutron.services.trunk.plugin.TrunkPlugin',
                },
            },
        },
    ],
    placeholders: [],
};
const ovn = {
    name: 'ovn',
    description: 'All-in-one DevStack with OVN, Octavia (amphora + OVN provider) and Kuryr-Kubernetes',
    backend: 'ovn',
    defaultTrain: 'kuryr-last',
    role: 'all-in-one',
    basedOn: ['kuryr-kubernetes/df-era/local.conf.ovn.sample', 'kuryr-kubernetes/latest/local.conf.sample'],
    poolDriver: 'neutron',
    localrc: [
        { comment: 'Profile ovn (from kuryr-kubernetes local.conf.ovn.sample / latest local.conf.sample)' },
        { plugin: 'kuryr-kubernetes' },
        ...BASICS,
        ...CLEAR,
        ...OVN_NEUTRON,
        ...CORE,
        ...OCTAVIA,
        ...OVN_OCTAVIA,
        ...COMPUTE,
        ...KUBERNETES,
        ...PORTS_POOL,
        ...CIRROS,
    ],
    ini: [OVN_OCTAVIA_INI],
    placeholders: [],
};
const ovnUndercloud = {
    name: 'ovn-undercloud',
    description: 'Undercloud for nested pods with OVN and trunk ports; Kubernetes runs in the VM',
    backend: 'ovn',
    defaultTrain: 'kuryr-last',
    role: 'undercloud',
    basedOn: [
        'kuryr-kubernetes/df-era/local.conf.pod-in-vm.undercloud.ovn.sample',
        'kuryr-kubernetes/latest/local.conf.pod-in-vm.undercloud.ovn.sample',
    ],
    localrc: [
        { comment: 'Profile ovn-undercloud (from local.conf.pod-in-vm.undercloud.ovn.sample)' },
        ...BASICS,
        { set: 'MULTI_HOST', shell: '1' },
        ...CLEAR,
        ...OVN_NEUTRON,
        { enable: ['q-trunk'] },
        ...CORE,
        ...OCTAVIA,
        ...OVN_OCTAVIA,
        ...COMPUTE,
        ...CIRROS,
        ...PUBLIC_NET,
    ],
    ini: [OVN_OCTAVIA_INI],
    placeholders: [],
};

;// CONCATENATED MODULE: ./build/devstack/profiles/index.js
/** The profile registry. */




const PROFILES = Object.fromEntries([dragonflow, dragonflowUndercloud, overcloudNestedVlan, ovs, ovsUndercloud, ovn, ovnUndercloud].map((p) => [
    p.name,
    p,
]));
/** Looks a profile up by name; a ConfigurationError lists the valid names. */
function getProfile(name) {
    const p = PROFILES[name];
    if (!p) {
        throw new runtime_errors/* ConfigurationError */.j1(`Unknown profile '${name}'. Accepted values: ${Object.keys(PROFILES).join(', ')}.`, 'profile');
    }
    return p;
}

;// CONCATENATED MODULE: ./build/devstack/trains.js
/**
 * Release trains: sets of refs that belong together (field guide §1.3). Upstream Dragonflow and kuryr-kubernetes
 * are retired; only these pinned combinations can stack. Every plugin is pinned because `enable_plugin` without a
 * ref clones master, and kuryr-kubernetes master is empty (the plugin is then silently skipped).
 */
const TRAINS = {
    ussuri: {
        name: 'ussuri',
        description: 'DevStack, kuryr-kubernetes and the plugins at ussuri-eol with Dragonflow 4dc36ed6 (2019-08-13): the last combination in which the Dragonflow samples and docs exist',
        devstackRef: 'ussuri-eol',
        pluginRefs: {
            'kuryr-kubernetes': 'ussuri-eol',
            dragonflow: '4dc36ed6490e2ed53b47dece883cdbd78ea96033',
            octavia: 'ussuri-eol',
            barbican: 'ussuri-eol',
            heat: 'ussuri-eol',
            'devstack-plugin-container': 'ussuri-eol',
            neutron: 'ussuri-eol',
            'networking-ovn': 'ussuri-eol',
            'ovn-octavia-provider': 'ussuri-eol',
        },
        backends: ['dragonflow', 'ovs', 'ovn'],
        supportedDistros: 'bionic|stretch|jessie|f30|f31|opensuse-15.2|opensuse-tumbleweed|rhel8',
        recommendedDistros: ['ubuntu-18.04', 'fedora-31', 'fedora-30'],
        defaultServices: 'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,q-svc,q-dhcp,q-meta,q-agt,q-l3,horizon,rabbit,tempest,mysql,etcd3,dstat',
        devstackSeries: '2020.1',
        workerNodesSubnetOption: 'worker_nodes_subnet',
        unverified: [
            'devstack-plugin-container ussuri-eol tag',
            'networking-ovn ussuri-eol tag',
            'ovn-octavia-provider ussuri-eol tag',
        ],
    },
    'kuryr-last': {
        name: 'kuryr-last',
        description: 'kuryr-kubernetes 398bd461 (2024-06-14, the last commit with content) with a devstack of its era; OVS and OVN only (Dragonflow cannot run on devstack >= 2023.1)',
        devstackRef: '2024.1-eom',
        pluginRefs: {
            'kuryr-kubernetes': '398bd461265abb10daeb1feee3f4e24564244e61',
            octavia: '2024.1-eom',
            barbican: '2024.1-eom',
            heat: '2024.1-eom',
            'devstack-plugin-container': '2024.1-eom',
            neutron: '2024.1-eom',
            'ovn-octavia-provider': '2024.1-eom',
        },
        backends: ['ovs', 'ovn'],
        supportedDistros: 'bookworm|jammy|noble|rhel9',
        recommendedDistros: ['ubuntu-22.04', 'ubuntu-24.04'],
        defaultServices: 'ovn-controller,ovn-northd,ovs-vswitchd,ovsdb-server,q-svc,q-ovn-agent',
        devstackSeries: '2024.1',
        workerNodesSubnetOption: 'worker_nodes_subnets',
        unverified: [
            'devstack 2024.1-eom tag (the 2024.1 series end-of-maintenance tag; override with devstack-ref if your mirror differs)',
            'plugin 2024.1-eom tags',
        ],
    },
};
/** DevStack series (YYYY.N) that dropped the `lib/neutron` functions the Dragonflow plugin calls (§1.3). */
const DRAGONFLOW_LAST_WORKING_SERIES = '2022.2';
/**
 * Best-effort series of a devstack ref given as an override: `stable/2023.1`, `2023.1-eol`, `unmaintained/2023.2`,
 * `stable/zed`, `zed-eol`, `master`. Returns undefined for a SHA or an unknown name.
 */
function seriesOfRef(ref) {
    if (ref === 'master' || ref === 'main')
        return 'master';
    const numeric = /(\d{4}\.[12])/.exec(ref);
    if (numeric)
        return numeric[1];
    const named = /(?:^|\/)([a-z]+)(?:-e[oe][lm])?$/.exec(ref);
    const name = named?.[1];
    if (!name)
        return undefined;
    return CODENAME_SERIES[name];
}
/** OpenStack release codenames and their YYYY.N series. */
const CODENAME_SERIES = {
    queens: '2018.1',
    rocky: '2018.2',
    stein: '2019.1',
    train: '2019.2',
    ussuri: '2020.1',
    victoria: '2020.2',
    wallaby: '2021.1',
    xena: '2021.2',
    yoga: '2022.1',
    zed: '2022.2',
    antelope: '2023.1',
    bobcat: '2023.2',
    caracal: '2024.1',
    dalmatian: '2024.2',
    epoxy: '2025.1',
    flamingo: '2025.2',
};
/** Compares two YYYY.N series ('master' sorts last). */
function compareSeries(a, b) {
    const v = (s) => (s === 'master' ? Number.POSITIVE_INFINITY : Number(s));
    return v(a) - v(b);
}

;// CONCATENATED MODULE: ./build/devstack/preflight.js
/**
 * Preflight: a pure check (< 1 s, no I/O) of distro × train × profile × overrides. Impossible combinations are
 * refused before anything is cloned, each with the reason and a combination that works.
 */



const trainsFor = (backend) => Object.values(TRAINS)
    .filter((t) => backend === 'none' || t.backends.includes(backend))
    .map((t) => t.name);
/** Runs every preflight check and returns the refusals and warnings (never throws for a bad combination). */
function preflight(input) {
    const { profile, train, distro } = input;
    const refused = [];
    const warnings = [];
    let forceDistro = false;
    if (profile.backend !== 'none' && !train.backends.includes(profile.backend)) {
        const sameRole = Object.values(PROFILES)
            .filter((p) => p.role === profile.role && p.backend !== 'none' && train.backends.includes(p.backend))
            .map((p) => p.name);
        refused.push({
            code: 'backend-not-in-train',
            message: `Profile '${profile.name}' (${profile.backend}) cannot run on release train '${train.name}': ` +
                (profile.backend === 'dragonflow'
                    ? `the Dragonflow plugin calls lib/neutron functions that devstack ${train.devstackSeries} no longer has (removed in 2023.1).`
                    : `the train supports ${train.backends.join(', ')} only.`),
            alternative: `use --release ${trainsFor(profile.backend).join(' or ')}` +
                (sameRole.length ? `, or profile ${sameRole.join('/')} on ${train.name}` : ''),
        });
    }
    const devstackRef = input.devstackRef ?? train.devstackRef;
    const series = input.devstackRef ? seriesOfRef(input.devstackRef) : train.devstackSeries;
    if (profile.backend === 'dragonflow' && input.devstackRef) {
        if (series && compareSeries(series, DRAGONFLOW_LAST_WORKING_SERIES) > 0) {
            refused.push({
                code: 'dragonflow-on-new-devstack',
                message: `devstack ref '${devstackRef}' (series ${series}) cannot run Dragonflow: devstack a52041cd (2023.1) dropped ` +
                    'neutron_server_config_add_new, which the Dragonflow plugin calls; stack.sh would abort with "command not found".',
                alternative: `use the ussuri train's devstack (${TRAINS.ussuri?.devstackRef}) or an ovs/ovn profile`,
            });
        }
        else if (!series) {
            warnings.push({
                code: 'devstack-ref-unknown-series',
                message: `Cannot tell the series of devstack ref '${devstackRef}'; Dragonflow works only up to devstack ${DRAGONFLOW_LAST_WORKING_SERIES} (zed).`,
            });
        }
    }
    if (distro) {
        if (!devstackAcceptsDistro(train.supportedDistros, distro)) {
            const message = `DevStack ${devstackRef} refuses ${distro.id} (DISTRO=${distro.devstackName}): SUPPORTED_DISTROS is ` +
                `"${train.supportedDistros}". stack.sh would die with "If you wish to run this script anyway run with FORCE=yes".`;
            const alternative = `run on ${train.recommendedDistros.join(' or ')}, or set force (FORCE=yes; untested by upstream)`;
            if (input.force) {
                forceDistro = true;
                warnings.push({ code: 'distro-forced', message: `${message} Continuing with FORCE=yes as requested.` });
            }
            else {
                refused.push({ code: 'distro-not-supported', message, alternative });
            }
        }
        if (distro.family !== 'ubuntu' && distro.family !== 'fedora') {
            warnings.push({
                code: 'distro-family-untested',
                message: `The toolkit is tested on Ubuntu and Fedora runners; ${distro.id} may need manual prerequisites.`,
            });
        }
    }
    if (train.unverified.length) {
        warnings.push({
            code: 'train-unverified-refs',
            message: `Release train '${train.name}' has refs nobody has fetched here: ${train.unverified.join('; ')}.`,
        });
    }
    return { ok: refused.length === 0, refused, warnings, forceDistro };
}
/** One line per refusal, with its alternative. */
function formatRefusals(result) {
    return result.refused.map((r) => `${r.message}${r.alternative ? ` Instead: ${r.alternative}.` : ''}`);
}

;// CONCATENATED MODULE: ./build/devstack/plan.js
/**
 * `kdf plan` and setup-devstack's first step: profile + train + options (+ a user fragment) → the exact local.conf,
 * the refs, the services, the preflight verdict and the commands setup will run. Pure apart from password
 * generation (injectable) — no I/O, no network.
 */













function resolveTrain(profile, release) {
    const name = release ?? profile.defaultTrain;
    const train = TRAINS[name];
    if (!train) {
        throw new runtime_errors/* ConfigurationError */.j1(`Unknown release train '${name}'. Accepted values: ${Object.keys(TRAINS).join(', ')}.`, 'release');
    }
    return train;
}
function choosePasswords(req) {
    const gen = req.generatePassword ?? generatePassword;
    const admin = req.adminPassword ? checkPassword(req.adminPassword, 'admin-password') : gen();
    const out = {};
    for (const v of PASSWORD_VARIABLES) {
        const given = req.passwords?.[v];
        out[v] = given ? checkPassword(given, v) : admin;
    }
    return out;
}
/** Builds a fragment LocalConf out of `--set` overrides (each value a quoted literal). */
function overridesFragment(set) {
    const statements = Object.entries(set).map(([k, v], i) => {
        const st = assignStatement(k, { literal: v });
        st.line = i + 1;
        st.endLine = i + 1;
        return st;
    });
    return {
        file: '--set',
        preamble: [],
        finalNewline: true,
        blocks: [
            { kind: 'localrc', header: { raw: '[[local|localrc]]', phase: 'local', file: 'localrc', line: 0 }, statements },
        ],
    };
}
/**
 * Creates a plan. Throws ConfigurationError for user mistakes (unknown profile/train, bad values, unresolved
 * placeholders). A refused combination is reported in `plan.preflight` (ok=false), not thrown.
 */
function createPlan(req) {
    const profile = getProfile(req.profile);
    const train = resolveTrain(profile, req.release);
    const distro = typeof req.distro === 'string' ? parseDistroId(req.distro) : req.distro;
    const devstackRef = req.devstackRef ? checkRef(req.devstackRef, 'devstack-ref') : train.devstackRef;
    const pluginRefs = Object.fromEntries(Object.entries(req.pluginRefs ?? {}).map(([k, v]) => [k, checkRef(v, `${k}-ref`)]));
    const gitBase = checkGitBase(req.gitBase ?? DEFAULT_GIT_BASE);
    const dest = checkAbsolutePath(req.dest ?? DEFAULT_DEST, 'dest');
    const stackUser = req.stackUser ?? 'stack';
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(stackUser)) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input 'stack-user' must be a POSIX user name (lowercase letters, digits, '_', '-'); got '${stackUser}'.`, 'stack-user');
    }
    const octavia = req.octavia ?? true;
    const portsPool = req.portsPool ?? { enabled: profile.role === 'overcloud', ...PORTS_POOL_DEFAULTS };
    const passwords = choosePasswords(req);
    const set = { ...(req.set ?? {}) };
    const placeholderValues = {};
    for (const ph of profile.placeholders) {
        const v = set[ph.variable];
        if (v !== undefined) {
            placeholderValues[ph.variable] = v;
            delete set[ph.variable];
        }
    }
    const pf = preflight({ profile, train, distro, force: req.force, devstackRef: req.devstackRef });
    const skeleton = planSkeleton(profile, train, distro, pf, {
        devstackRef,
        gitBase,
        octavia,
        portsPool,
        dest,
        stackUser,
        nat: req.nat ?? true,
    });
    if (!pf.ok)
        return skeleton;
    const built = buildProfileConf(profile, train, {
        gitBase,
        dest,
        octavia,
        portsPool,
        passwords,
        pluginRefs,
        placeholderValues,
    });
    if (built.unresolved.length) {
        throw new runtime_errors/* ConfigurationError */.j1(`Profile '${profile.name}' has unresolved placeholders:\n` +
            built.unresolved
                .map((p) => `  ${p.variable}: ${p.description}. Give it with --set ${p.variable}=<value> (find it with: ${p.resolveHint}).`)
                .join('\n'), '--set');
    }
    let conf = built.conf;
    if (Object.keys(set).length)
        conf = mergeLocalConf(conf, overridesFragment(set));
    for (const f of [...(req.fragment ? [req.fragment] : []), ...(req.fragments ?? [])]) {
        conf = mergeLocalConf(conf, parse_parseLocalConf(f.text, f.file));
    }
    const rendered = renderLocalConfWithOrigins(conf);
    // Re-parse so every element has its real line in the final file; origins come from the render.
    const finalConf = parse_parseLocalConf(rendered.text, 'local.conf');
    const localrc = finalConf.blocks.find((b) => b.kind === 'localrc');
    const statements = localrc && localrc.kind === 'localrc' ? localrc.statements : [];
    const services = evaluateServices(statements, train.defaultServices);
    // Plugins as finally written (a fragment may have replaced one).
    const plugins = services.plugins.map((p) => ({ name: p.name, url: p.url, ref: p.ref ?? 'master' }));
    const floating = flattenStatements(statements).find((s) => s.kind === 'assign' && s.name === 'FLOATING_RANGE');
    const secrets = [...new Set(Object.values(passwords))];
    for (const st of flattenStatements(statements)) {
        if (st.kind === 'assign' && st.name && /PASSWORD$|^SERVICE_TOKEN$|SECRET/.test(st.name) && st.value?.literal) {
            secrets.push(st.value.literal);
        }
    }
    return {
        ...skeleton,
        refs: { devstack: devstackRef, gitBase, plugins },
        services: { enabled: services.enabled, disabled: services.disabled },
        commands: planCommands({
            distro,
            gitBase,
            devstackRef,
            dest,
            stackUser,
            forceDistro: pf.forceDistro,
            plugins,
            nat: req.nat ?? true,
            floatingRange: floating?.value?.literal ?? '172.24.4.0/24',
        }),
        localConf: rendered.text,
        origins: rendered.origins,
        conf: finalConf,
        secrets: [...new Set(secrets)],
        serviceEvents: services.events,
    };
}
/** The plan context with nothing to run and no local.conf: what a refused combination gets, and the base of a full plan. */
function planSkeleton(profile, train, distro, pf, o) {
    return {
        profile: {
            name: profile.name,
            description: profile.description,
            role: profile.role,
            backend: profile.backend,
            basedOn: profile.basedOn,
        },
        train: { name: train.name, description: train.description, supportedDistros: train.supportedDistros },
        distro,
        refs: { devstack: o.devstackRef, gitBase: o.gitBase, plugins: [] },
        services: { enabled: [], disabled: [] },
        preflight: pf,
        options: { octavia: o.octavia, portsPool: o.portsPool, dest: o.dest, stackUser: o.stackUser, nat: o.nat },
        commands: [],
        localConf: '',
        origins: [],
        conf: { file: 'local.conf', preamble: [], blocks: [], finalNewline: true },
        secrets: [],
        serviceEvents: [],
    };
}
/** The plan as written to plan.json: everything except the local.conf text, the model and the secrets. */
function planToJson(plan) {
    const { localConf: _l, conf: _c, secrets: _s, origins: _o, ...rest } = plan;
    return { schemaVersion: 1, ...rest };
}

;// CONCATENATED MODULE: ./build/devstack/localconf/model.js
/** Phases DevStack merges, in the order stack.sh runs them (§3.1). */
const PHASES = ['local', 'post-config', 'extra', 'post-extra', 'test-config'];

;// CONCATENATED MODULE: ./build/devstack/lint/analysis.js


/** Phases whose INI blocks DevStack merges (every phase but `local`). */
const MERGE_PHASES = PHASES.filter((p) => p !== 'local');
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
/** Every assignment in execution order, including `export NAME=value` forms. */
function collectAssignments(statements) {
    const out = [];
    for (const st of statements) {
        if (st.kind === 'assign' && st.name && st.op) {
            out.push({
                name: st.name,
                op: st.op,
                value: st.value ?? { raw: '', literal: '', expands: false, executes: false },
                stmt: st,
            });
            continue;
        }
        if (st.kind === 'call' && st.command && DECLARERS.has(st.command)) {
            for (const arg of st.args ?? []) {
                const m = ASSIGN_WORD.exec(arg.raw);
                if (m)
                    out.push({ name: m[1], op: m[2], value: valueOfArg(arg, m[0].length), stmt: st });
            }
        }
    }
    return out;
}
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
            return isServiceEnabled(enabled, 'neutron') || enabled.some((s) => s.startsWith('neutron-'));
        default:
            return isServiceEnabled(enabled, name);
    }
}
/** Builds the shared analysis for one lint run. */
function analyse(conf, ctx) {
    const localrcBlocks = conf.blocks.filter((b) => b.kind === 'localrc');
    const iniBlocks = conf.blocks.filter((b) => b.kind === 'ini');
    const statements = flattenStatements(localrcBlocks.flatMap((b) => b.statements));
    const defaults = ctx.defaultServices ?? (ctx.era === 'newest' ? NEWEST_DEFAULT_SERVICES : DF_ERA_DEFAULT_SERVICES);
    const services = evaluateServices(statements, defaults);
    const assignments = collectAssignments(statements);
    const mergeBlocks = iniBlocks.filter((b) => MERGE_PHASES.includes(b.header.phase) && b.header.file !== '');
    return {
        conf,
        ctx,
        localrcBlocks,
        statements,
        services,
        defaultServices: defaults,
        assignments,
        assigned: new Set(assignments.map((a) => a.name)),
        iniBlocks,
        mergeBlocks,
        enabled: (name) => enabledWithAliases(services.enabled, name),
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
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./build/devstack/lint/bash-check.js
/**
 * The real `bash -n` check of localrc (rules LC301, LC313). stack.sh sources localrc before `errexit` is on
 * (field guide §3.2), so a syntax error never stops it: bash prints the error and the rest is silently lost. The
 * checker is injectable so callers (and tests) can replace the child process.
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
 * LC4xx: passwords that make stack.sh prompt (field guide §4.6) and the relative LOGFILE quirk (§4.4).
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
/** True when localrc leaves `name` non-empty (or set from an expansion, which we assume is non-empty). */
function isSet(a, name) {
    let value = '';
    for (const x of a.assignments) {
        if (x.name !== name)
            continue;
        const v = x.value.literal;
        if (x.op === '=')
            value = v;
        else
            value = value === undefined || v === undefined ? undefined : value + v;
    }
    return value === undefined || value !== '';
}
const serviceLabel = (s) => (s === 'keystone' ? 'keystone (key)' : s);
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
            if (isSet(a, s.name))
                continue;
            const on = s.services.find((svc) => a.enabled(svc));
            if (s.onlyWhenEnabled && (!on || (s.extra && !s.extra(a))))
                continue;
            out.push({
                line: block.header.line,
                severity: on ? 'error' : 'warning',
                message: on
                    ? `${s.name} is not set and ${serviceLabel(on)} is enabled: stack.sh's read_password prompts for it on stdin, which hangs a CI job (or fails at EOF when stdin is /dev/null).`
                    : `${s.name} is not set; nothing prompts for it because ${s.services.map(serviceLabel).join('/')} is not enabled here, but DevStack still uses it (clouds.yaml, service URLs on SERVICE_HOST), where it will be empty.`,
                fix: `Add ${code(`${s.name}=<letters-and-digits>`)} to [[local|localrc]].`,
            });
        }
        return out;
    },
};
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
            if (spec.startsWith('/') || spec.startsWith('~'))
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
const FILE_SPEC_RULES = [fileSpecUndefined, fileSpecRelative, fileSpecServiceDisabled];

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
/** LC7xx: checks that depend on the target host (field guide §3.4 "gawk is required", §3.6 item 10). */

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
 * LC5xx: INI blocks as `merge_config_file`'s awk program reads them (field guide §3.4). Each key line becomes
 * `iniset <file> <section> <key> "<value>"`, which the merge runs through `eval` under errexit.
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
        if (line.raw.startsWith(';') || !/\s/.test(key))
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
        const errors = lexStatement(inisetText(block.header.file, section, key, value)).errors;
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
];

;// CONCATENATED MODULE: ./build/devstack/lint/rules/kuryr-df.js
/**
 * LC6xx: Dragonflow and Kuryr specifics (field guide §3.6 items 8–9, §7.5, §7.6): settings that the plugins read
 * differently from what the docs and samples suggest.
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
            fix: `Write ${code(assignmentText(name, op, value))}.`,
        };
    }
    const head = st.command ?? '';
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)$/.exec(head);
    if (st.kind === 'other' && m && args.length > 0) {
        const value = args.map((w) => w.raw).join(' ');
        return {
            line: st.line,
            endLine: st.endLine,
            message: `Space after ${code(m[2])}: bash runs ${code(args[0].raw)} as a command with ${m[1]} set only in that command's environment; ${m[1]} stays unset.`,
            fix: `Write ${code(assignmentText(m[1], m[2], value))}.`,
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
        for (const st of a.statements) {
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
                    fix: `Write it as ${code(`# ${assignmentText(name, op, value)}`)}.`,
                });
            });
        }
        return out;
    },
};
const commandSubstitution = {
    id: 'LC314',
    name: 'localrc-command-substitution',
    severity: 'error',
    summary: '`$(…)` or backticks in localrc run a command while stack.sh sources it.',
    check(a) {
        const out = [];
        for (const st of a.statements) {
            const words = [...(st.value ? [st.value] : []), ...(st.args ?? [])];
            const w = words.find((x) => x.executes);
            if (!w || (st.kind !== 'assign' && st.kind !== 'call' && st.kind !== 'other'))
                continue;
            out.push({
                line: st.line,
                endLine: st.endLine,
                message: `${code(w.raw)} runs a command on the host while stack.sh sources localrc; a value that reaches local.conf from a workflow input must never execute.`,
                fix: 'Compute the value in the workflow and pass the literal (kdf plan --set NAME=value), or escape it (`\\$(`) if the text is meant literally.',
            });
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

;// CONCATENATED MODULE: ./build/devstack/lint/rules/services.js



/** The statement (for its endLine) that starts at `line`. */
function statementAt(a, line) {
    return a.statements.find((s) => s.line === line);
}
function eventDrafts(a, test, make) {
    return a.services.events
        .filter(test)
        .map((e) => ({ line: e.line, endLine: statementAt(a, e.line)?.endLine ?? e.line, ...make(e) }));
}
const callArgs = (s) => (s.args ?? []).flatMap((w) => (w.literal ?? w.raw).split(',')).filter(Boolean);
const enableAfterDisable = {
    id: 'LC304',
    name: 'enable-after-disable',
    severity: 'warning',
    summary: '`enable_service X` after `disable_service X` only warns; X stays disabled.',
    check(a) {
        return eventDrafts(a, (e) => e.code === 'enable-after-disable', (e) => {
            const svc = e.subject;
            const dis = a.statements.find((s) => s.kind === 'call' && s.command === 'disable_service' && s.line < e.line && callArgs(s).includes(svc));
            return {
                message: `DevStack prints ${code(`[WARNING] … ${e.message}`)} and keeps ${svc} disabled${dis ? ` (disable_service at line ${dis.line} wins)` : ''}.`,
                fix: `Remove ${code(`disable_service ${svc}`)}${dis ? ` (line ${dis.line})` : ''} if ${svc} should run, or remove this enable_service.`,
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
        }));
    },
};
const enabledServicesReset = {
    id: 'LC306',
    name: 'enabled-services-reset',
    severity: 'error',
    summary: '`ENABLED_SERVICES=` after enable_service lines wipes them.',
    check(a) {
        const out = [];
        let enables = [];
        for (const st of a.statements) {
            if (st.kind === 'call' && st.command === 'enable_service')
                enables.push(st.line);
            if (st.kind === 'assign' && st.name === 'ENABLED_SERVICES' && st.op === '=') {
                if (enables.length) {
                    out.push({
                        line: st.line,
                        endLine: st.endLine,
                        message: `${code(st.raw.split('\n')[0] ?? '')} replaces the whole list, so the enable_service call${enables.length > 1 ? 's' : ''} at line${enables.length > 1 ? 's' : ''} ${listText(enables.map(String))} no longer count.`,
                        fix: 'Move ENABLED_SERVICES= above every enable_service line (or append with `ENABLED_SERVICES+=",svc"`).',
                    });
                }
                enables = [];
            }
        }
        return out;
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
            const first = a.services.plugins.find((p) => p.name === name);
            return {
                message: `stack.sh dies while sourcing localrc: ${code(e.message)}${first ? ` (first enable_plugin at line ${first.line})` : ''}.`,
                fix: `Keep a single ${code(`enable_plugin ${name} …`)} line.`,
            };
        });
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
/** Refs that belong to the df-era release train (field guide §1.3): the ussuri train's pins. */
const DF_REFS = TRAINS.ussuri?.pluginRefs ?? {};
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
/** Emulates string assignments to one variable; undefined once a value expands at run time. */
function literalValueBefore(assignments, name, stmt) {
    let value = '';
    for (const x of assignments) {
        if (x.stmt === stmt)
            break;
        if (x.name !== name)
            continue;
        const v = x.value.literal;
        if (x.op === '=')
            value = v;
        else
            value = value === undefined || v === undefined ? undefined : value + v;
    }
    return value;
}
const imageUrlsDuplicate = {
    id: 'LC309',
    name: 'image-urls-duplicate',
    severity: 'error',
    summary: 'The same URL twice in IMAGE_URLS is fatal.',
    check(a) {
        const out = [];
        let text = '';
        let lines = []; // line of the statement that wrote each character of `text`
        let known = true;
        for (const x of a.assignments) {
            if (x.name !== 'IMAGE_URLS')
                continue;
            const v = x.value.literal;
            if (x.op === '=') {
                text = '';
                lines = [];
                known = v !== undefined;
            }
            if (v === undefined) {
                known = false;
                continue;
            }
            text += v;
            lines.push(...Array.from(v, () => x.stmt.line));
        }
        if (!known)
            return out;
        const seen = new Map();
        let start = 0;
        for (const item of text.split(',')) {
            const end = start + item.length;
            const url = item.trim();
            if (url) {
                const line = lines[end - 1] ?? 0;
                const first = seen.get(url);
                if (first !== undefined) {
                    out.push({
                        line,
                        endLine: statementAt(a, line)?.endLine ?? line,
                        message: `stack.sh dies: ${code(`${url} is duplicate, please remove it from IMAGE_URLS.`)} (first added at line ${first}).`,
                        fix: 'Remove the second copy of the URL.',
                    });
                }
                else
                    seen.set(url, line);
            }
            start = end + 1;
        }
        return out;
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
            let current;
            if (x.name === 'ENABLED_SERVICES') {
                const idx = Math.max(a.statements.indexOf(x.stmt), 0);
                current = evaluateServices(a.statements.slice(0, idx), a.defaultServices).enabled.join(',');
            }
            else
                current = literalValueBefore(a.assignments, x.name, x.stmt);
            const glued = current ? `${current}${added}` : undefined;
            out.push({
                line: x.stmt.line,
                endLine: x.stmt.endLine,
                severity: current ? 'error' : undefined,
                message: current
                    ? `${code('+=')} appends without a separator: ${x.name} is ${code(current)} here, so it becomes ${code(glued ?? '')} and the last entry is corrupted.`
                    : `${code('+=')} appends without a separator: this works only while ${x.name} is empty; if anything set it before (a CI wrapper, an earlier line), the last entry becomes ${code(`<last>${added}`)}.`,
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
 * The local.conf linter (field guide §3.6, §7.6). Two passes:
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
/** Runs every static rule on a parsed local.conf. Pure and synchronous; does not run bash. */
function lintLocalConf(conf, ctx) {
    const a = analyse(conf, resolveContext(ctx));
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
    return sortFindings(out);
}
/**
 * The static rules plus the `bash -n` check. A bash error inside the lines of an LC303 finding (unterminated quote)
 * is dropped, since both describe the same problem.
 */
function lintAll(conf, ctx, options = {}) {
    const findings = lintLocalConf(conf, ctx);
    const checker = options.syntaxCheck === undefined ? bashNoExec : options.syntaxCheck;
    if (checker === false)
        return findings;
    const quotes = findings.filter((f) => f.rule === 'LC303');
    const covered = (f) => quotes.some((q) => f.line >= q.line && f.line <= q.endLine);
    const syntax = checkLocalrcSyntax(conf, checker).filter((f) => !(f.rule === 'LC301' && covered(f)));
    return sortFindings([...findings, ...syntax]);
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
    const train = TRAINS[plan.train.name];
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

;// CONCATENATED MODULE: ./build/devstack/stack/output.js
/**
 * A streaming reader of stack.sh's console output (field guide §4.5). It strips the outfilter timestamp prefix,
 * follows xtrace lines (`+ file:function:line :   command`) to know where the run is, notices phases
 * (`run_phase stack <phase>`), and collects what matters for triage: `[ERROR]` lines with their `[Call Trace]`,
 * `stack.sh failed`, `Error on exit`, password prompts that would hang, the distro refusal, and the success tail.
 * Memory stays bounded: only a ring of recent meaningful lines is kept.
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? \| /;
const XTRACE = /^\++ (\S+?):(\S*?):(\d+)\s+:\s+(.*)$/;
const ERROR = /^\[ERROR\] (\S+?):(\S*) ?(.*)$/;
const WARNING = /^\[WARNING\] (\S+?):(\S*) ?(.*)$/;
const FRAME = /^(\S+?):(\d+):(\S+)$/;
const PHASE = /\brun_phase stack (\S+)/;
const BASH_ERROR = /^(\S+): line (\d+): (.+)$/;
const INTERESTING = /^(?:stack\.sh |Error on exit|World dumping|This is your host|Keystone is serving|Horizon is now|WARNING: this script|DevStack |ENTER A |DevStack Component Timing)/;
/** Removes the outfilter timestamp prefix (present unless VERBOSE_NO_TIMESTAMP=True). */
function stripTimestamp(line) {
    // Fast path for the common `YYYY-MM-DD HH:MM:SS.mmm | ` shape; the regex handles other precisions.
    if (line.length < 22 || line.charCodeAt(4) !== 45 /* - */ || line.charCodeAt(10) !== 32 /* space */)
        return line;
    if (line.charCodeAt(24) === 124 /* | */ && line.charCodeAt(19) === 46 /* . */)
        return line.slice(26);
    return line.replace(TIMESTAMP, '');
}
/** Feeds stack.sh output line by line; `outcome()` summarizes. */
class StackOutputParser {
    tailSize;
    state = {
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
    inCallTrace = false;
    pendingTrace = [];
    inTiming = false;
    lastXtrace;
    constructor(options = {}) {
        this.tailSize = options.tailSize ?? 40;
    }
    /** Consumes one line (without the newline) and returns what it meant. */
    push(rawLine) {
        const line = stripTimestamp(rawLine.replace(/\r$/, ''));
        const s = this.state;
        const events = [];
        if (line.charCodeAt(0) === 43 /* + */) {
            // xtrace: only the last one matters for triage, so keep the text and parse it lazily (the hot path).
            this.lastXtrace = line;
            const phaseAt = line.indexOf('run_phase stack ');
            if (phaseAt >= 0) {
                const p = PHASE.exec(line.slice(phaseAt));
                const phase = p?.[1];
                if (phase && !s.phases.includes(phase)) {
                    s.phases.push(phase);
                    events.push({ kind: 'phase', phase });
                }
            }
            if (XTRACE.test(line))
                return events;
        }
        const trimmed = line.trim();
        if (trimmed === '')
            return events;
        this.remember(line);
        if (trimmed === '[Call Trace]') {
            this.inCallTrace = true;
            this.pendingTrace = [];
            return events;
        }
        if (this.inCallTrace) {
            const f = FRAME.exec(trimmed);
            if (f) {
                this.pendingTrace.push({ file: f[1], line: Number(f[2]), func: f[3] });
                return events;
            }
            this.inCallTrace = false;
        }
        const e = ERROR.exec(trimmed);
        if (e) {
            const lineNo = /^\d+$/.test(e[2]) ? Number(e[2]) : undefined;
            // `die "msg"` without $LINENO prints `[ERROR] <file>:msg ` — the message sits where the line would.
            const message = lineNo === undefined ? [e[2], e[3]].filter(Boolean).join(' ').trim() : e[3].trim();
            const error = { file: e[1], line: lineNo, message, callTrace: this.pendingTrace };
            this.pendingTrace = [];
            s.errors.push(error);
            events.push({ kind: 'error', error });
            return events;
        }
        const w = WARNING.exec(trimmed);
        if (w) {
            const lineNo = /^\d+$/.test(w[2]) ? Number(w[2]) : undefined;
            s.warnings.push({
                file: w[1],
                line: lineNo,
                message: (lineNo === undefined ? `${w[2]} ${w[3]}` : w[3]).trim(),
            });
            return events;
        }
        const b = trimmed.includes(': line ') ? BASH_ERROR.exec(trimmed) : null;
        if (b) {
            s.bashErrors.push({ file: b[1], line: Number(b[2]), message: b[3] });
            if (s.bashErrors.length > 10)
                s.bashErrors.shift();
            return events;
        }
        // One cheap test for the lines that can matter below; everything else (pip, apt, plugin chatter) stops here.
        if (!this.inTiming && !INTERESTING.test(trimmed))
            return events;
        let m;
        if ((m = /^stack\.sh log (\S+)$/.exec(trimmed)))
            s.logFile = m[1];
        else if ((m = /^stack\.sh completed in (\d+) seconds\.$/.exec(trimmed))) {
            s.completed = true;
            s.completedSeconds = Number(m[1]);
            events.push({ kind: 'completed', seconds: s.completedSeconds });
        }
        else if (/^stack\.sh failed/.test(trimmed)) {
            s.stackFailed = trimmed;
            events.push({ kind: 'failed', text: trimmed });
        }
        else if (trimmed === 'Error on exit')
            s.errorOnExit = true;
        else if ((m = /^World dumping\.\.\. see (\S+) for details/.exec(trimmed)))
            s.worlddump = m[1];
        else if ((m = /^This is your host IP address: (\S+)/.exec(trimmed)))
            s.hostIp = m[1];
        else if ((m = /^This is your host IPv6 address: (\S+)/.exec(trimmed)))
            s.hostIpv6 = m[1];
        else if ((m = /^Keystone is serving at (\S+?)\/?$/.exec(trimmed)))
            s.keystoneUrl = m[1];
        else if ((m = /^Horizon is now available at (\S+)/.exec(trimmed)))
            s.horizonUrl = m[1];
        else if ((m = /^WARNING: this script has not been tested on (\S+)/.exec(trimmed)))
            s.distroRefused = m[1];
        else if (/^DevStack should be run as a user with sudo permissions,?/.test(trimmed))
            s.rootRefused = true;
        else if (/^ENTER A (?:PASSWORD|SERVICE_PASSWORD|SECRET)/.test(trimmed) ||
            /^ENTER A PASSWORD TO USE FOR/.test(trimmed)) {
            s.passwordPrompt = trimmed;
            events.push({ kind: 'password-prompt', banner: trimmed });
        }
        else if (trimmed === 'DevStack Component Timing')
            this.inTiming = true;
        else if (this.inTiming) {
            const t = /^(\S[\S ]*?)\s+(\d+)$/.exec(trimmed);
            if (/^Total runtime/.test(trimmed))
                this.inTiming = false;
            if (t && !/^\(times/.test(trimmed))
                s.timing[t[1].trim()] = Number(t[2]);
        }
        return events;
    }
    remember(line) {
        const tail = this.state.tail;
        tail.push(line);
        if (tail.length > this.tailSize)
            tail.shift();
    }
    /** What the run amounted to so far. */
    outcome() {
        const out = structuredClone(this.state);
        const x = this.lastXtrace === undefined ? null : XTRACE.exec(this.lastXtrace);
        if (x)
            out.lastTrace = { file: x[1], func: x[2], line: Number(x[3]), command: x[4] };
        return out;
    }
}
/** Which password variable a `read_password` banner asks for (§4.6). */
function passwordVariableOfBanner(banner) {
    const table = [
        [/DATABASE/, 'DATABASE_PASSWORD'],
        [/RABBIT/, 'RABBIT_PASSWORD'],
        [/SERVICE_PASSWORD|SERVICE AUTHENTICATION/, 'SERVICE_PASSWORD'],
        [/HORIZON AND KEYSTONE|ADMIN/, 'ADMIN_PASSWORD'],
        [/LDAP/, 'LDAP_PASSWORD'],
        [/SWIFT/, 'SWIFT_HASH'],
    ];
    return table.find(([re]) => re.test(banner))?.[1];
}

;// CONCATENATED MODULE: ./build/devstack/setup/host.js
/** Facts about the runner host that preflight checks: distro, memory, free disk. Reads files only. */




/** DevStack needs about 10 GB of disk (§4.10); an all-in-one with Octavia wants 8 GB of memory. */
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
        distro: distroFromOsRelease(osRelease),
        memoryMb: Math.floor(kb / 1024),
        diskFreeGb: Math.floor((fs.bavail * fs.bsize) / 1024 ** 3),
        isRoot: process.getuid?.() === 0,
    };
}

;// CONCATENATED MODULE: ./build/devstack/setup/actions-cache.js
/**
 * `cache: actions`: the git trees of DevStack and its plugins, DevStack's `files/` downloads and the stack user's pip
 * cache saved with the Actions cache under a key of train + refs + distro (field guide §4.7), restored before the
 * clone. Everything under DEST belongs to the stack user, so it is staged in a runner-owned directory with
 * `sudo cp -a` and `chown`, and the cache service only ever sees the staging directory.
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
 * installs) and `RECLONE=False` (field guide §4.7). The record lives beside the host lock, owned by the runner user.
 */



/** A stable key of everything that must be unchanged for an offline re-run. */
function hostCacheKey(k) {
    const plugins = [...k.plugins].sort((a, b) => a.name.localeCompare(b.name)).map((p) => `${p.name}@${p.ref}`);
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({ ...k, plugins }))
        .digest('hex')
        .slice(0, 32);
}
const recordPath = (dir, dest) => (0,external_node_path_.join)(dir, `kdf-devstack-cache-${dest.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root'}.json`);
/** The key of the last successful stack of `dest` on this host, if any. */
function readHostCache(dir, dest) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(recordPath(dir, dest), 'utf8')).key;
    }
    catch {
        return undefined;
    }
}
/** Records a successful stack of `dest` under `key`. */
function writeHostCache(dir, dest, key) {
    (0,external_node_fs_.writeFileSync)(recordPath(dir, dest), JSON.stringify({ key, at: new Date().toISOString() }) + '\n');
}

;// CONCATENATED MODULE: ./build/devstack/setup/triage.js

/**
 * Classifies a finished (or stopped) stack.sh run. Success requires exit code 0, the `stack.sh completed` line
 * and every plugin present (§1.3, §4.5).
 */
function triageStackRun(t) {
    const o = t.outcome;
    const findings = [];
    const at = (file, line) => ({ file, line: line ?? 1 });
    const localConf = at(t.localConfPath, 1);
    for (const e of o.errors) {
        const trace = e.callTrace.map((f) => `${f.file}:${f.line}:${f.func}`).join('\n');
        findings.push({
            ...at(e.file, e.line),
            level: 'failure',
            title: 'stack.sh: [ERROR]',
            message: e.message || '(DevStack gave no message)',
            details: trace ? `[Call Trace]\n${trace}` : undefined,
            rule: 'stack-error',
        });
    }
    for (const plugin of t.skippedPlugins) {
        findings.push({
            ...localConf,
            level: 'failure',
            title: `plugin ${plugin} was silently skipped`,
            message: `DevStack found no devstack/plugin.sh in ${plugin} after cloning, so it ran nothing from it (an empty or wrong ref: the kuryr-kubernetes master branch is empty). Pin the plugin to the release train's ref.`,
            rule: 'plugin-skipped',
        });
    }
    if (o.passwordPrompt) {
        const variable = passwordVariableOfBanner(o.passwordPrompt) ?? 'a password';
        findings.push({
            ...localConf,
            level: 'failure',
            title: `stack.sh asked for ${variable}`,
            message: `stack.sh prompted "${o.passwordPrompt}" because ${variable} is not set; in CI it would wait forever. Set ${variable} (alphanumeric) in local.conf or the admin-password input.`,
            rule: 'password-prompt',
        });
    }
    if (o.distroRefused) {
        findings.push({
            ...localConf,
            level: 'failure',
            title: 'stack.sh refused the distro',
            message: `DevStack has not been tested on ${o.distroRefused} and refused to run. Use a distro of the release train or force-distro (FORCE=yes).`,
            rule: 'distro-refused',
        });
    }
    if (o.rootRefused) {
        findings.push({
            ...localConf,
            level: 'failure',
            title: 'stack.sh refused to run as root',
            message: 'stack.sh must run as a non-root user with passwordless sudo (the stack-user input).',
            rule: 'root-refused',
        });
    }
    const completed = o.completed && t.exitCode === 0;
    if (!completed && o.errors.length === 0 && !o.passwordPrompt && !o.distroRefused && !o.rootRefused) {
        // A failure inside a function prints no `stack.sh failed` and no [ERROR] (§4.5): the last xtrace line is where
        // the run stopped.
        // bash's own error line (`file: line N: …: command not found`) is the most precise place; else the last xtrace.
        const bashError = o.bashErrors.at(-1);
        const where = bashError
            ? { file: bashError.file, line: bashError.line, func: '', command: bashError.message }
            : o.lastTrace;
        const reason = t.timedOut
            ? `stack.sh did not finish within ${t.timeoutMinutes} minutes and was stopped`
            : t.cancelled
                ? 'the job was cancelled while stack.sh ran'
                : `stack.sh exited with ${t.exitCode ?? 'a signal'}${o.stackFailed ? ` (${o.stackFailed})` : ''}`;
        findings.push({
            ...(where ? at(where.file, where.line) : localConf),
            level: 'failure',
            title: t.timedOut ? 'stack.sh timed out' : t.cancelled ? 'stack.sh cancelled' : 'stack.sh failed',
            message: bashError
                ? `${reason}; bash: ${bashError.message}`
                : where
                    ? `${reason}; last command: ${where.command} (in ${where.func || 'main'})`
                    : reason,
            details: o.tail.slice(-20).join('\n'),
            rule: t.timedOut ? 'stack-timeout' : t.cancelled ? 'stack-cancelled' : 'stack-failed',
        });
    }
    for (const f of findings)
        mapToOrigin(f, t);
    const success = completed && t.skippedPlugins.length === 0;
    const first = findings[0];
    const headline = success
        ? `stack.sh completed in ${o.completedSeconds ?? '?'} seconds`
        : first
            ? `${first.title}: ${first.message}`
            : 'stack.sh did not complete';
    return { success, headline, findings, tail: o.tail };
}
/** A finding on the generated local.conf whose line came from the user's fragment moves to that fragment line. */
function mapToOrigin(f, t) {
    if (f.file !== t.localConfPath)
        return;
    const origin = t.origins[f.line - 1];
    if (!origin)
        return;
    f.file = origin.file;
    f.line = origin.line;
}

;// CONCATENATED MODULE: ./build/devstack/setup/run.js
/**
 * setup-devstack, step by step (issue #5): preflight → prerequisites → stack user → clone → local.conf → stack.sh →
 * outputs + NAT, each in its own log group with elapsed time, every program through the command-runner port, and
 * every result on disk (results JSON) before the next step can fail. Shared by the action and `kdf setup`.
 */














const TOOL_VERSION = '0.1.0';
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
/** Runs `command` as the stack user through sudo (stack.sh refuses root; §4.2). */
function asUser(user, command, args) {
    return ['sudo', ['-n', '-u', user, '-H', '--', command, ...args]];
}
/** Reads the user's fragment file; it must stay inside the workspace (it is annotated by repository path). */
function readFragmentFile(workspace, file) {
    const abs = (0,external_node_path_.resolve)(workspace, file);
    const rel = (0,external_node_path_.relative)(workspace, abs);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input 'local-conf-file' must be a path inside the workspace; got '${file}'.`, 'local-conf-file');
    }
    try {
        return { text: (0,external_node_fs_.readFileSync)(abs, 'utf8'), file: rel.split('\\').join('/') };
    }
    catch (err) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input 'local-conf-file': cannot read '${file}' (${err.code ?? String(err)}).`, 'local-conf-file');
    }
}
/** The whole main step. Never throws for a stack.sh failure (it is in the result); throws for user mistakes. */
async function runSetup(settings, env) {
    const started = Date.now();
    const { logger, runner } = env;
    const results = await writer/* ResultsWriter */.QU.open(env.resultsPath, {
        toolVersion: TOOL_VERSION,
        stage: 'setup-devstack',
        profile: settings.profile,
        release: settings.release,
    });
    const findings = [];
    const step = async (id, name, fn) => {
        const t0 = Date.now();
        try {
            const value = await logger.group(name, fn);
            await results.addCase({ id, name, suite: 'setup-devstack', status: 'passed', durationMs: Date.now() - t0 });
            return value;
        }
        catch (err) {
            await results.addCase({
                id,
                name,
                suite: 'setup-devstack',
                status: err instanceof runtime_errors/* ConfigurationError */.j1 || err instanceof runtime_errors/* RefusedCombinationError */.Ix ? 'failed' : 'error',
                durationMs: Date.now() - t0,
                message: err instanceof Error ? err.message : String(err),
            });
            throw err;
        }
    };
    const run = (command, args, opts = {}) => runner.run(command, args, { signal: env.signal, ...opts });
    const runAs = (command, args, opts = {}) => {
        const [c, a] = asUser(settings.stackUser, command, args);
        return run(c, a, opts);
    };
    // 1. Preflight: nothing on the host changes before this passes.
    const { plan, host, cacheKey, cacheHit } = await step('preflight', 'Preflight', async () => {
        if (env.pr.isFork && !settings.allowForkPr) {
            throw new runtime_errors/* ConfigurationError */.j1('Refusing to run a pull request from a fork on a self-hosted runner: its code would run as root on this host. ' +
                'Set allow-fork-pr: true only for runners that are thrown away after each job.', 'allow-fork-pr');
        }
        const host = readHostFacts(settings.dest, { osRelease: env.osReleasePath });
        logger.info(`host: ${host.distro.id} (DISTRO=${host.distro.devstackName}), ${host.memoryMb} MB RAM, ${host.diskFreeGb} GB free`);
        const fragments = [
            ...(settings.localConfFile ? [readFragmentFile(env.workspace, settings.localConfFile)] : []),
            ...(settings.localConf ? [{ text: settings.localConf, file: 'input:local-conf' }] : []),
        ];
        if (settings.cache === 'actions' && !env.artifactCache) {
            throw new runtime_errors/* ConfigurationError */.j1("Input 'cache': 'actions' needs the Actions cache service (run inside GitHub Actions).", 'cache');
        }
        const planRequest = {
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
        let plan = createPlan(planRequest);
        const key = hostCacheKey({
            dest: settings.dest,
            devstackRef: plan.refs.devstack,
            gitBase: plan.refs.gitBase,
            plugins: plan.refs.plugins,
            distro: host.distro.id,
            shape: { ...planRequest, adminPassword: undefined, distro: host.distro.id },
        });
        const hit = settings.cache === 'host' &&
            readHostCache(env.lockDir, settings.dest) === key &&
            (0,external_node_fs_.existsSync)((0,external_node_path_.join)(settings.dest, 'devstack', '.git'));
        if (hit) {
            logger.notice('host cache: refs and local.conf inputs unchanged since the last successful stack → OFFLINE=True, RECLONE=False');
            plan = createPlan({
                ...planRequest,
                adminPassword: settings.adminPassword,
                set: { OFFLINE: 'True', RECLONE: 'False' },
            });
        }
        plan.secrets.forEach((s) => logger.addSecret(s));
        env.saveState(STATE.secrets, JSON.stringify(plan.secrets));
        for (const w of plan.preflight.warnings)
            logger.warning(w.message);
        if (!plan.preflight.ok) {
            for (const r of formatRefusals(plan.preflight))
                logger.error(r);
            throw new runtime_errors/* RefusedCombinationError */.Ix(formatRefusals(plan.preflight));
        }
        const lint = lintPlan(plan);
        for (const f of lint) {
            const finding = {
                file: f.file,
                line: f.line,
                endLine: f.endLine,
                level: f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
                title: `local.conf ${f.rule}`,
                message: `${f.message} Fix: ${f.fix}`,
                rule: f.rule,
            };
            findings.push(finding);
        }
        await results.addFindings(findings);
        const errors = lint.filter((f) => f.severity === 'error');
        if (errors.length) {
            throw new runtime_errors/* ConfigurationError */.j1(`local.conf has ${errors.length} error(s) DevStack would misread:\n` +
                errors.map((e) => `  ${e.file}:${e.line}: ${e.rule}: ${e.message}`).join('\n'), 'local-conf');
        }
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
            await run('sudo', ['-n', 'true'], { timeoutMs: 30_000 });
        }
        catch {
            throw new runtime_errors/* ConfigurationError */.j1('The runner user needs passwordless sudo (sudo -n true failed).', 'runner');
        }
        return { plan, host, cacheKey: key, cacheHit: hit };
    });
    const devstackDir = (0,external_node_path_.join)(settings.dest, 'devstack');
    const localConfPath = (0,external_node_path_.join)(devstackDir, 'local.conf');
    const logDir = (0,external_node_path_.join)(settings.dest, 'logs');
    const outputs = { 'local-conf': localConfPath, 'log-dir': logDir, results: env.resultsPath };
    if (settings.dryRun) {
        logger.notice(`dry-run: the plan passed preflight and lint; ${plan.commands.length} commands would run.`);
        for (const c of plan.commands)
            logger.info(`would run: ${c.asUser ? `(as ${c.asUser}) ` : ''}${c.command} ${c.args.join(' ')}`);
        await results.finish('passed');
        return { success: true, outputs, plan, findings, headline: 'dry run: preflight passed' };
    }
    const lockPath = await step('host-lock', 'Host lock', () => acquireHostLock({
        dir: env.lockDir,
        name: settings.dest,
        owner: { run: env.runId },
        ownerPid: env.lockOwnerPid,
        waitMs: env.lockWaitMs ?? 5 * 60_000,
    }));
    env.saveState(STATE.lock, lockPath);
    env.saveState(STATE.dest, settings.dest);
    env.saveState(STATE.stackUser, settings.stackUser);
    env.saveState(STATE.logDir, logDir);
    env.saveState(STATE.localConf, localConfPath);
    env.saveState(STATE.clean, settings.clean);
    // 2. Prerequisites.
    await step('prerequisites', `Prerequisites (${host.distro.packageManager})`, async () => {
        if (cacheHit) {
            logger.info('host cache: prerequisites were installed by the last successful stack');
            return;
        }
        if (host.distro.packageManager === 'apt') {
            await run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update', '-q'], {
                timeoutMs: 15 * 60_000,
            });
        }
        for (const c of plan.commands.filter((x) => x.step === 'prerequisites'))
            await run(c.command, c.args, { timeoutMs: 30 * 60_000 });
    });
    // 3. Stack user (idempotent, as tools/create-stack-user.sh).
    await step('stack-user', `Stack user ${settings.stackUser}`, async () => {
        const exists = await run('id', ['-u', settings.stackUser], { allowedExitCodes: [0, 1] });
        const cmds = plan.commands.filter((c) => c.step === 'stack-user');
        if (exists.exitCode === 0)
            logger.info(`user ${settings.stackUser} exists`);
        else
            await run(cmds[0].command, cmds[0].args);
        for (const c of cmds.slice(1))
            await run(c.command, c.args);
    });
    // Leftovers of an earlier stack (a persistent runner): clean them first when asked to.
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(devstackDir, '.stackenv'))) {
        if ((settings.clean === 'before' || settings.clean === 'both') && !cacheHit) {
            await step('clean-before', 'Clean the earlier stack (unstack.sh + clean.sh)', async () => {
                for (const script of ['unstack.sh', 'clean.sh']) {
                    await runAs((0,external_node_path_.join)(devstackDir, script), [], {
                        cwd: devstackDir,
                        timeoutMs: 20 * 60_000,
                        allowedExitCodes: [0, 1],
                    });
                }
            });
        }
        else if (!cacheHit) {
            logger.warning(`${devstackDir} holds an earlier stack (.stackenv); set clean: before to unstack and clean it first.`);
        }
    }
    // cache: actions — restore the git trees, files/ and pip cache before cloning.
    const actionsCache = settings.cache === 'actions' && env.artifactCache
        ? {
            runner,
            logger,
            cache: env.artifactCache,
            staging: env.cacheStaging ?? (0,external_node_path_.join)(settings.dest, '..', 'kdf-devstack-cache'),
            dest: settings.dest,
            stackUser: settings.stackUser,
            repos: ['devstack', ...plan.refs.plugins.map((p) => p.name)],
            ...actionsCacheKey(plan.train.name, host.distro.id, plan.refs.gitBase, Object.fromEntries([['devstack', plan.refs.devstack], ...plan.refs.plugins.map((p) => [p.name, p.ref])])),
        }
        : undefined;
    if (actionsCache) {
        await step('cache-restore', 'Restore the Actions cache', async () => {
            await restoreActionsCache(actionsCache, actionsCache.key, actionsCache.restoreKeys);
        });
    }
    // 4. Clone DevStack at the pinned ref and write local.conf (0600, owned by the stack user).
    await step('clone', `DevStack ${plan.refs.devstack}`, async () => {
        const clone = plan.commands.filter((c) => c.step === 'clone');
        if (cacheHit) {
            logger.info(`host cache: keeping ${devstackDir} as it is`);
        }
        else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(devstackDir, '.git'))) {
            logger.info(`${devstackDir} exists: fetching ${plan.refs.devstack} into it`);
            for (const c of clone.slice(1))
                await runAs(c.command, c.args, { timeoutMs: 30 * 60_000 });
        }
        else {
            for (const c of clone)
                await runAs(c.command, c.args, { timeoutMs: 30 * 60_000 });
        }
        const write = plan.commands.find((c) => c.step === 'local-conf');
        await runAs(write.command, write.args, { input: plan.localConf });
    });
    // 5. stack.sh, streamed, with a heartbeat and the timeout.
    const parser = new StackOutputParser();
    const stackCmd = plan.commands.find((c) => c.step === 'stack');
    let exitCode = null;
    let timedOut = false;
    let cancelled = false;
    const t0 = Date.now();
    // One log group per stack.sh phase (stack.sh announces them with `run_phase stack <phase>`).
    logger.startGroup('stack.sh: prerequisites and install');
    await (async () => {
        let last = Date.now();
        let lastLine = '';
        const heartbeat = setInterval(() => {
            if (Date.now() - last >= (env.heartbeatMs ?? 60_000)) {
                logger.info(`… stack.sh still running (${Math.round((Date.now() - t0) / 1000)} s; last line: ${lastLine.slice(0, 120)})`);
                last = Date.now();
            }
        }, Math.min(env.heartbeatMs ?? 60_000, 10_000));
        const onLine = (line) => {
            last = Date.now();
            lastLine = line;
            logger.info(line);
            for (const e of parser.push(line)) {
                if (e.kind === 'phase') {
                    logger.endGroup();
                    logger.startGroup(`stack.sh: ${e.phase} (from ${Math.round((Date.now() - t0) / 1000)} s)`);
                }
                if (e.kind === 'password-prompt')
                    logger.error(`stack.sh is prompting for a password: ${e.banner}`);
            }
        };
        try {
            const [c, a] = asUser(settings.stackUser, stackCmd.command, stackCmd.args);
            const r = await run(c, a, {
                cwd: devstackDir,
                timeoutMs: settings.timeoutMinutes * 60_000,
                onStdoutLine: onLine,
                onStderrLine: onLine,
                label: 'stack.sh',
                maxBufferBytes: 1024 * 1024,
            });
            exitCode = r.exitCode;
        }
        catch (err) {
            if (!(err instanceof command/* CommandError */.Qd))
                throw err;
            exitCode = err.exitCode;
            timedOut = err.timedOut;
            cancelled = err.cancelled;
        }
        finally {
            clearInterval(heartbeat);
            logger.endGroup();
        }
    })();
    // With LOGFILE set and VERBOSE=True, stack.sh's echo_summary lines (`stack.sh log …`, `stack.sh completed in N
    // seconds.`) go only to the summary log, never to the console: read it to know whether the run completed.
    if (exitCode === 0 && !parser.outcome().completed) {
        const summary = await run('sudo', ['-n', 'cat', (0,external_node_path_.join)(logDir, 'stack.sh.log.summary')], {
            allowedExitCodes: [0, 1],
        }).catch(() => undefined);
        for (const line of (summary?.exitCode === 0 ? summary.stdout : '').split('\n'))
            parser.push(line);
    }
    // 6-7. Verify plugins, triage, outputs.
    const skipped = [];
    for (const p of plan.refs.plugins) {
        const r = await runAs('test', ['-f', (0,external_node_path_.join)(settings.dest, p.name, 'devstack', 'plugin.sh')], {
            allowedExitCodes: [0, 1],
        }).catch(() => undefined);
        if (!r || r.exitCode !== 0)
            skipped.push(p.name);
    }
    const triage = triageStackRun({
        outcome: parser.outcome(),
        exitCode,
        timedOut,
        cancelled,
        timeoutMinutes: settings.timeoutMinutes,
        localConfPath,
        origins: plan.origins,
        skippedPlugins: exitCode === 0 ? skipped : [],
        devstackDir,
    });
    const relativeFindings = triage.findings.map((f) => (0,external_node_path_.isAbsolute)(f.file) && f.file.startsWith(env.workspace) ? { ...f, file: (0,external_node_path_.relative)(env.workspace, f.file) } : f);
    findings.push(...relativeFindings);
    await results.addFindings(relativeFindings);
    await results.addCase({
        id: 'stack',
        name: 'stack.sh',
        suite: 'setup-devstack',
        status: triage.success ? 'passed' : 'failed',
        durationMs: Date.now() - t0,
        message: triage.headline,
        details: triage.tail.join('\n'),
    });
    const outcome = parser.outcome();
    Object.assign(outputs, {
        'host-ip': outcome.hostIp ?? '',
        'keystone-url': outcome.keystoneUrl ?? '',
        'clouds-yaml': (0,external_node_path_.join)(env.etcDir, 'openstack', 'clouds.yaml'),
        'os-cloud': 'devstack',
        openrc: (0,external_node_path_.join)(devstackDir, 'openrc'),
        kubeconfig: (0,external_node_path_.join)(settings.dest, '.kube', 'config'),
    });
    if (triage.success && settings.nat) {
        await step('nat', 'NAT for floating IPs', async () => {
            const nat = plan.commands.find((c) => c.step === 'nat');
            // `sudo -n iptables …` → `sudo -n ip netns exec NS iptables …` when a namespace is given.
            const inNs = (args) => env.netns ? ['-n', 'ip', 'netns', 'exec', env.netns, ...args.slice(1)] : args;
            const check = inNs(nat.args
                .map((a) => (a === '-I' ? '-C' : a))
                .filter((a, i, all) => !(all[i - 1] === 'POSTROUTING' && a === '1')));
            const present = await run(nat.command, check, { allowedExitCodes: [0, 1, 2] });
            if (present.exitCode === 0)
                logger.info('NAT rule already present');
            else {
                await run(nat.command, inNs(nat.args));
                env.saveState(STATE.nat, JSON.stringify(check.map((a) => (a === '-C' ? '-D' : a))));
            }
        });
    }
    if (triage.success && settings.cache === 'host')
        writeHostCache(env.lockDir, settings.dest, cacheKey);
    if (triage.success && actionsCache) {
        await step('cache-save', 'Save the Actions cache', () => saveActionsCache(actionsCache, actionsCache.key)).catch((err) => logger.warning(`actions cache: not saved (${err instanceof Error ? err.message : String(err)})`));
    }
    outputs['duration-seconds'] = String(Math.round((Date.now() - started) / 1000));
    await results.finish(triage.success ? 'passed' : 'failed');
    return { success: triage.success, outputs, plan, triage, findings, headline: triage.headline };
}

;// CONCATENATED MODULE: ./build/devstack/setup/post.js
/**
 * setup-devstack's post step: the diagnostics bundle (field guide §4.4, §8), the NAT rule removed, the host lock
 * released, and unstack/clean per the `clean` input. Every collector is best effort: a missing tool is noted in the
 * bundle's index, never fatal.
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
/** Redacts `*PASSWORD*`/`SERVICE_TOKEN`/secret values in a local.conf, and any registered secret. */
function redactLocalConf(text, masker) {
    return masker.mask(text).replace(/^(\s*[A-Z_]*(?:PASSWORD|TOKEN|SECRET)[A-Z_]*\s*\+?=).*$/gm, '$1***');
}
/** Collects the diagnostics bundle into `o.bundle` (an INDEX.txt says what was and was not collected). */
async function collectDiagnostics(o) {
    const { runner, logger, masker, bundle } = o;
    await logger.group('Diagnostics', async () => {
        (0,external_node_fs_.mkdirSync)(bundle, { recursive: true });
        const index = [];
        for (const c of collectors(o.dest, o.logDir, o.etcDir)) {
            const [command, args] = c.asStackUser
                ? ['sudo', ['-n', '-u', o.stackUser, '--', c.command, ...c.args]]
                : [c.command, c.args];
            try {
                const r = await runner.run(command, args, {
                    timeoutMs: 60_000,
                    allowedExitCodes: [0],
                    maxBufferBytes: 64 * 1024 * 1024,
                });
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, c.file), masker.mask(r.stdout));
                index.push(`${c.file}: ok`);
            }
            catch (err) {
                index.push(`${c.file}: not collected (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
            }
        }
        if (o.localConf) {
            try {
                const r = await runner.run('sudo', ['-n', 'cat', o.localConf], { timeoutMs: 30_000 });
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, 'local.conf.redacted'), redactLocalConf(r.stdout, masker));
                index.push('local.conf.redacted: ok');
            }
            catch (err) {
                index.push(`local.conf.redacted: not collected (${err instanceof Error ? err.message : String(err)})`);
            }
        }
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, 'INDEX.txt'), index.join('\n') + '\n');
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

;// CONCATENATED MODULE: ./build/devstack/setup/settings.js
/**
 * setup-devstack's settings: every input parsed once into a typed object, shared by the action and `kdf setup`.
 * User mistakes throw ConfigurationError naming the input.
 */




const CACHE_MODES = ['host', 'actions', 'none'];
const CLEAN_MODES = ['before', 'after', 'both', 'never'];
/** Reads and validates every setup-devstack input. */
function readSetupSettings(inputs) {
    const profile = inputs.getEnumInput('profile', Object.keys(PROFILES), 'dragonflow');
    const release = inputs.getOptionalInput('release');
    if (release !== undefined && !TRAINS[release]) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input 'release' must be one of: ${Object.keys(TRAINS).join(', ')} (got '${release}').`, 'release');
    }
    const pluginRefs = {};
    const kuryr = inputs.getOptionalInput('kuryr-ref');
    const df = inputs.getOptionalInput('dragonflow-ref');
    if (kuryr)
        pluginRefs['kuryr-kubernetes'] = kuryr;
    if (df)
        pluginRefs.dragonflow = df;
    const pool = inputs.getOptionalInput('ports-pool');
    return {
        profile,
        release,
        devstackRef: inputs.getOptionalInput('devstack-ref'),
        pluginRefs,
        gitBase: inputs.getOptionalInput('git-base'),
        localConf: inputs.getOptionalInput('local-conf'),
        localConfFile: inputs.getOptionalInput('local-conf-file'),
        adminPassword: inputs.getOptionalInput('admin-password'),
        portsPool: pool === undefined ? undefined : parsePortsPool(pool, 'ports-pool'),
        octavia: inputs.getBooleanInput('octavia', true),
        dest: checkAbsolutePath(inputs.getOptionalInput('dest', '/opt/stack'), 'dest'),
        stackUser: inputs.getOptionalInput('stack-user', 'stack'),
        timeoutMinutes: inputs.getIntegerInput('timeout-minutes', { min: 1, max: 24 * 60 }, 120),
        nat: inputs.getBooleanInput('nat', true),
        cache: inputs.getEnumInput('cache', CACHE_MODES, 'none'),
        clean: inputs.getEnumInput('clean', CLEAN_MODES, 'after'),
        forceDistro: inputs.getBooleanInput('force-distro', false),
        allowForkPr: inputs.getBooleanInput('allow-fork-pr', false),
        dryRun: inputs.getBooleanInput('dry-run', false),
    };
}

;// CONCATENATED MODULE: ./build/actions/setup-devstack.js
/**
 * actions/setup-devstack: a thin adapter. Reads typed inputs, calls the library (src/devstack/setup), and turns the
 * result into outputs, annotations and a job summary. `post` collects diagnostics and cleans the host.
 */















/** Test and special-host knobs (documented in the README): never inputs, so a workflow cannot set them by accident. */
const knobs = {
    etcDir: process.env.KDF_ETC_DIR ?? '/etc',
    lockDir: process.env.KDF_LOCK_DIR ?? (0,external_node_os_.tmpdir)(),
    osRelease: process.env.KDF_OS_RELEASE,
    lockWaitMs: process.env.KDF_LOCK_WAIT_SECONDS ? Number(process.env.KDF_LOCK_WAIT_SECONDS) * 1000 : undefined,
    netns: process.env.KDF_NETNS,
    heartbeatMs: process.env.KDF_HEARTBEAT_SECONDS ? Number(process.env.KDF_HEARTBEAT_SECONDS) * 1000 : undefined,
};
function readEvent() {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch {
        return {};
    }
}
async function writeSummary(result, error) {
    const s = core.summary.addHeading('setup-devstack', 2);
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
async function main() {
    const inputs = new runtime_inputs/* Inputs */.G0(runtime_inputs/* actionsInputSource */.xq);
    const settings = readSetupSettings(inputs);
    if (settings.adminPassword)
        core.setSecret(settings.adminPassword);
    const logger = new core_logger/* CoreLogger */.U();
    const runner = new command/* ProcessCommandRunner */.rZ({ masker: secrets/* defaultMasker */.JC, logger });
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const path = (0,action_io/* resultsPathFor */.t)('setup-devstack');
    let result;
    try {
        result = await runSetup(settings, {
            runner,
            logger,
            workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            resultsPath: path,
            lockDir: knobs.lockDir,
            etcDir: knobs.etcDir,
            osReleasePath: knobs.osRelease,
            pr: pullRequestContext(process.env.GITHUB_EVENT_NAME ?? '', readEvent(), process.env.GITHUB_ACTOR),
            runId: process.env.GITHUB_RUN_ID,
            signal: abort.signal,
            lockWaitMs: knobs.lockWaitMs,
            heartbeatMs: knobs.heartbeatMs,
            netns: knobs.netns,
            artifactCache: {
                restore: (paths, key, restoreKeys) => cache/* restoreCache */.P3(paths, key, restoreKeys),
                save: async (paths, key) => {
                    await cache/* saveCache */.Io(paths, key);
                },
            },
            cacheStaging: (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'kdf-devstack-cache'),
            lockOwnerPid: process.ppid,
            saveState: (name, value) => core.saveState(name, value),
        });
    }
    catch (err) {
        // Preflight refusals and lint errors: the findings are already on disk; annotate them, then fail.
        const doc = await (0,writer/* readResults */.x8)(path).catch(() => undefined);
        if (doc)
            (0,action_io/* annotateFindings */.d)(doc.findings);
        core.setOutput('results', path);
        await writeSummary(undefined, err);
        throw err;
    }
    for (const [name, value] of Object.entries(result.outputs))
        core.setOutput(name, value);
    (0,action_io/* annotateFindings */.d)(result.findings);
    await writeSummary(result);
    if (!result.success)
        core.setFailed(result.headline);
}
/** The post step. */
async function post() {
    for (const s of JSON.parse(core.getState('secrets') || '[]'))
        core.setSecret(s);
    await runSetupPost({
        runner: new command/* ProcessCommandRunner */.rZ({ masker: secrets/* defaultMasker */.JC }),
        logger: new core_logger/* CoreLogger */.U(),
        getState: (name) => core.getState(name),
        etcDir: knobs.etcDir,
        lockOwnerPid: process.ppid,
        // Outside DEST: clean.sh deletes the log directory.
        bundleDir: (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'kdf-diagnostics'),
    });
}


/***/ }),

/***/ 542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ annotateFindings),
/* harmony export */   t: () => (/* binding */ resultsPathFor)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/** What every action adapter shares: where its results file goes, and findings turned into annotations. */



/** `$KDF_RESULTS_DIR/<stage>.json`, default `$RUNNER_TEMP/kdf-results/<stage>.json`: one directory for every stage. */
function resultsPathFor(stage) {
    const dir = process.env.KDF_RESULTS_DIR ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'kdf-results');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${stage}.json`);
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


/***/ })

};
