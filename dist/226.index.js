export const id = 226;
export const ids = [226];
export const modules = {

/***/ 2129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ parseOsReleaseFields),
/* harmony export */   M4: () => (/* binding */ devstackAcceptsDistro),
/* harmony export */   el: () => (/* binding */ parseDistroId),
/* harmony export */   lI: () => (/* binding */ distroFromOsRelease)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4704);
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
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Unsupported distro in /etc/os-release: ID=${id || '(none)'} VERSION_ID=${version || '(none)'}. ` +
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
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Unknown distro '${value}'. Use ubuntu-<version> (e.g. ubuntu-18.04), fedora-<release> (e.g. fedora-31), ` +
        'debian-<major>, rhel-<major>, or DevStack names such as bionic, f31, rhel8.', 'distro');
}
/** Whether stack.sh's unanchored `[[ ! ${DISTRO} =~ $SUPPORTED_DISTROS ]]` check passes (§4.1). */
function devstackAcceptsDistro(supportedDistros, distro) {
    return new RegExp(supportedDistros).test(distro.devstackName);
}


/***/ }),

/***/ 8629:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readFragmentFile)
/* harmony export */ });
/* unused harmony export decodeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4704);
/** Reading a user's local.conf fragment file from the workspace (setup-devstack and the trunk-vm overcloud). */



/**
 * Reads the fragment file named by `input`; it must stay inside the workspace because findings annotate it by its
 * repository path.
 */
function readFragmentFile(workspace, file, input) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, abs);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}' must be a path inside the workspace; got '${file}'.`, input);
    }
    let bytes;
    try {
        refuseEscapingLink(workspace, abs, file, input);
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs);
    }
    catch (err) {
        if (err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw err;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': cannot read '${file}' (${err.code ?? String(err)}).`, input);
    }
    return { text: decodeText(bytes, `Input '${input}': '${file}'`, input), file: rel.split('\\').join('/') };
}
/**
 * A text file's bytes as a string. NUL bytes or invalid UTF-8 mean a binary file (an image, an archive, a file
 * picked by mistake): refused, rather than linted as a local.conf full of settings before the first header.
 * @param bytes the file's contents
 * @param what how the error names the file (`Input 'local-conf-file': 'x.conf'`, `--local-conf 'x.conf'`)
 * @param input the input or flag the file came from
 * @throws ConfigurationError naming `what` when the file is not text
 */
function decodeText(bytes, what, input) {
    const binary = (why) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is not a text file (${why}); give a local.conf fragment.`, input);
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        throw binary(`NUL byte at offset ${nul}`);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw binary('not valid UTF-8');
    }
}
/**
 * A path inside the workspace may still be a symbolic link (or under one) to a file elsewhere on the runner (another
 * job's secrets, ~/.ssh): resolved, it must stay inside the resolved workspace too. A missing file throws ENOENT for
 * the caller to report.
 */
function refuseEscapingLink(workspace, abs, file, input) {
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace), real);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': '${file}' resolves through a symbolic link to '${real}', outside the workspace; ` +
            'put the fragment itself in the repository.', input);
    }
}


/***/ }),

/***/ 1406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ lexStatement),
/* harmony export */   X: () => (/* binding */ splitStatements)
/* harmony export */ });
/**
 * A small bash lexer for DevStack's `[[local|localrc]]` block. localrc is *sourced* by bash (field guide §3.2), so
 * statement boundaries, quoting and expansions follow bash rules. This lexer understands enough of them to split a
 * block into statements (with `\` continuations and multi-line quotes), split a statement into words, and tell a
 * literal word from one that would expand or execute. It never evaluates anything.
 */
const isSpace = (c) => c === ' ' || c === '\t';
const isMeta = (c) => c === ';' || c === '&' || c === '|' || c === '<' || c === '>';
/** `<(…)` / `>(…)` at `i`: a process substitution, which runs a command like `$(…)` (also in an assignment). */
const isProcessSubstitution = (text, i) => (text[i] === '<' || text[i] === '>') && text[i + 1] === '(';
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
/**
 * For a complete `$(…)` at `start` ending just before `end`: the body `X` when the text is an arithmetic expansion
 * `$((X))`, else undefined. Bash reads `$((` as arithmetic when the parentheses of `X` balance; otherwise (`$((cmd) )`,
 * `$((a); (b))`) it is a command substitution whose command starts with a subshell.
 */
function arithmeticBody(text, start, end) {
    if (text[start + 2] !== '(' || text[end - 2] !== ')' || end - start < 6)
        return undefined;
    const body = text.slice(start + 3, end - 2);
    let depth = 0;
    for (const c of body) {
        if (c === '(')
            depth++;
        if (c === ')' && --depth < 0)
            return undefined;
    }
    return depth === 0 ? body : undefined;
}
/**
 * True when the `$(…)` at `start` (closing just before `end`) runs a command: a command substitution always does, an
 * arithmetic expansion `$((…))` only through a `$(…)` or backticks inside it.
 */
function substitutionExecutes(text, start, end) {
    const body = arithmeticBody(text, start, end);
    return body === undefined || scanExpansions(body).executes;
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
/** The expansion starting at `i` (`<(…)`, `>(…)`, backticks, `$(…)`, `$((…))`, `${…}`, `$VAR`), if any. */
function expansionAt(text, i) {
    const ch = text[i];
    const next = text[i + 1];
    if (isProcessSubstitution(text, i))
        return { end: skipCommandSubstitution(text, i + 2), executes: true, what: `process substitution ${ch}(` };
    if (ch === '`')
        return { end: skipBackticks(text, i + 1), executes: true, what: 'command substitution (`)' };
    if (ch !== '$')
        return undefined;
    if (next === '(') {
        const end = skipCommandSubstitution(text, i + 2);
        return { end, executes: end < 0 || substitutionExecutes(text, i, end), what: 'command substitution $(' };
    }
    if (next === '{') {
        const close = text.indexOf('}', i + 2);
        if (close < 0)
            return { end: -1, executes: false, what: 'parameter expansion ${' };
        return { end: close + 1, executes: scanExpansions(text.slice(i + 2, close)).executes, what: '' };
    }
    if (next === undefined || !/[A-Za-z0-9_@*#?$!-]/.test(next))
        return undefined;
    let end = i + 2;
    // `$1`, `$@`, `$?` are one character; a name runs on over letters, digits and `_`.
    if (/[A-Za-z_]/.test(next))
        while (end < text.length && /[A-Za-z0-9_]/.test(text[end]))
            end++;
    return { end, executes: false, what: '' };
}
/**
 * Lexes one word starting at `start` (not a blank, comment or operator). An unterminated quote or substitution is
 * pushed to `errors` and the rest of the text becomes the word.
 */
function lexWord(text, start, errors) {
    let i = start;
    let literal = '';
    let expands = false;
    let executes = false;
    let broken = false;
    const unterminated = (what) => {
        errors.push(`unterminated ${what}`);
        broken = true;
        i = text.length;
    };
    const inWord = (k) => !isSpace(text[k]) && text[k] !== '\n' && (!isMeta(text[k]) || isProcessSubstitution(text, k));
    while (i < text.length && inWord(i)) {
        const ch = text[i];
        if (ch === '\\') {
            if (text[i + 1] !== '\n')
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
        const x = expansionAt(text, i);
        if (x && x.end < 0) {
            unterminated(x.what);
            break;
        }
        if (x) {
            expands = true;
            executes ||= x.executes;
            i = x.end;
            continue;
        }
        literal += ch;
        i++;
    }
    const word = { raw: text.slice(start, i), expands, executes };
    if (!expands && !broken)
        word.literal = literal;
    return { word, end: i };
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
        if (isMeta(c) && !isProcessSubstitution(text, i)) {
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
        const { word, end } = lexWord(text, i, st.errors);
        st.current.push(word);
        i = end;
    }
    if (st.current.length)
        st.words.push(st.current);
    return { commands: st.words, comment: st.comment, errors: st.errors };
}
/** Detects expansions inside double-quoted text (where `$` and backticks stay active; `$((…))` is arithmetic). */
function scanExpansions(inner) {
    const unescaped = inner.replace(/\\[$`"\\]/g, '');
    let executes = unescaped.includes('`');
    for (let i = unescaped.indexOf('$('); i >= 0 && !executes; i = unescaped.indexOf('$(', i + 2)) {
        const end = skipCommandSubstitution(unescaped, i + 2);
        // An unclosed `$(` is an error for the lexer; count it as executing, like a closed one.
        executes = end < 0 || substitutionExecutes(unescaped, i, end);
        if (end > 0)
            i = end - 2;
    }
    const expands = executes || /\$[A-Za-z0-9_{(@*#?$!-]/.test(unescaped);
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
        if ((c === '$' && text[i + 1] === '(') || isProcessSubstitution(text, i)) {
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


/***/ }),

/***/ 3312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ NEWEST_DEFAULT_SERVICES),
/* harmony export */   ix: () => (/* binding */ evaluateServices),
/* harmony export */   tf: () => (/* binding */ flattenStatements),
/* harmony export */   xC: () => (/* binding */ isServiceEnabled),
/* harmony export */   zf: () => (/* binding */ DF_ERA_DEFAULT_SERVICES)
/* harmony export */ });
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


/***/ }),

/***/ 9418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ checkPassword),
/* harmony export */   OC: () => (/* binding */ checkGitBase),
/* harmony export */   Qs: () => (/* binding */ parsePortsPool),
/* harmony export */   XV: () => (/* binding */ checkAbsolutePath),
/* harmony export */   _J: () => (/* binding */ PASSWORD_VARIABLES),
/* harmony export */   __: () => (/* binding */ checkRef),
/* harmony export */   bL: () => (/* binding */ PORTS_POOL_DEFAULTS),
/* harmony export */   bk: () => (/* binding */ generatePassword)
/* harmony export */ });
/* unused harmony export parseSetItems */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4704);
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
        out += chars[(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(chars.length)];
    return out;
}
/** Validates a user-given password; `input` names where it came from. */
function checkPassword(value, input) {
    if (!ALPHANUMERIC.test(value)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' must be alphanumeric (A-Z, a-z, 0-9): DevStack evaluates local.conf values and its password prompts accept only alphanumerics.`, input);
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
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has '${part.trim()}': use true, false, or comma-separated min=N, max=N, batch=N, update-freq=N (e.g. min=5,max=0,batch=10,update-freq=20).`, input);
        }
        out[key] = Number(m[2]);
    }
    return out;
}
/** Validates a git base URL (mirror) that is written into local.conf and used for clones. */
function checkGitBase(value, input = 'git-base') {
    const v = value.trim().replace(/\/+$/, '');
    if (!/^(https?|git|ssh|file):\/\/[^\s'"`$\\;|&<>()]+$/.test(v)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' must be a URL such as https://opendev.org or file:///srv/mirror (no spaces, quotes or shell characters); got '${value}'.`, input);
    }
    return v;
}
/** Validates a git ref (branch, tag or SHA) given by the user. */
function checkRef(value, input) {
    const v = value.trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(v) || v.includes('..')) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' must be a branch, tag or commit SHA (letters, digits, '.', '_', '/', '-'); got '${value}'.`, input);
    }
    return v;
}
/** Validates an absolute directory path such as `dest`. */
function checkAbsolutePath(value, input) {
    if (!/^\/[A-Za-z0-9._/-]*$/.test(value)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' must be an absolute path of letters, digits, '.', '_', '-' and '/'; got '${value}'.`, input);
    }
    return value.replace(/\/+$/, '') || '/';
}
/**
 * Parses `--set KEY=VALUE` items into localrc overrides. Keys must be shell variable names; values are one-line
 * literals (they are quoted when written, so nothing in them expands or executes; but DevStack splits local.conf
 * into sections line by line, so a newline in a value could start a new `[[...]]` header).
 */
function parseSetItems(items, input = '--set') {
    const out = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        const key = eq < 0 ? item : item.slice(0, eq);
        if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
            throw new ConfigurationError(`${input} '${item}' must look like NAME=value with NAME a shell variable name (letters, digits, '_').`, input);
        }
        const value = item.slice(eq + 1);
        if (/[\r\n\0]/.test(value)) {
            throw new ConfigurationError(`${input} ${key}: the value must be one line (no newline, carriage return or NUL): local.conf is read line by line.`, input);
        }
        out[key] = value;
    }
    return out;
}


/***/ }),

/***/ 8756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ createPlan)
});

// UNUSED EXPORTS: planToJson

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
// EXTERNAL MODULE: ./build/devstack/localconf/bash-words.js
var bash_words = __webpack_require__(1406);
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
        return { ...base, kind: 'other', command: head.raw, commandWord: head, args: words.slice(1) };
    }
    return { ...base, kind: 'call', command: head.literal ?? head.raw, commandWord: head, args: words.slice(1) };
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
    return (0,bash_words/* splitStatements */.X)(lines).map((st) => {
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
function parseLocalConf(text, file = 'local.conf') {
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
    const lexed = (0,bash_words/* lexStatement */.$)(raw);
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

// EXTERNAL MODULE: ./build/devstack/options.js
var options = __webpack_require__(9418);
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
        throw new errors/* ConfigurationError */.j1(`Release train '${train.name}' has no ref for plugin '${name}'; give one explicitly (e.g. --plugin-ref ${name}=<ref>).`, 'release');
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
            return options/* PASSWORD_VARIABLES */._J.map((v) => assignStatement(v, { literal: opts.passwords[v] }));
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

// EXTERNAL MODULE: ./build/devstack/distro.js
var devstack_distro = __webpack_require__(2129);
// EXTERNAL MODULE: ./build/devstack/localconf/services.js
var localconf_services = __webpack_require__(3312);
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
    return (0,localconf_services/* flattenStatements */.tf)(statements).some((s) => s.kind === 'call' && s.command === 'enable_service' && argNames(s).includes(name));
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

// EXTERNAL MODULE: ./build/devstack/preflight.js
var preflight = __webpack_require__(9855);
// EXTERNAL MODULE: ./build/devstack/profiles/index.js + 4 modules
var profiles = __webpack_require__(9015);
// EXTERNAL MODULE: ./build/devstack/trains.js
var trains = __webpack_require__(7613);
;// CONCATENATED MODULE: ./build/devstack/plan.js
/**
 * `kdf plan` and setup-devstack's first step: profile + train + options (+ a user fragment) → the exact local.conf,
 * the refs, the services, the preflight verdict and the commands setup will run. Pure apart from password
 * generation (injectable) — no I/O, no network.
 */













function resolveTrain(profile, release) {
    const name = release ?? profile.defaultTrain;
    const train = trains/* TRAINS */.G3[name];
    if (!train) {
        throw new errors/* ConfigurationError */.j1(`Unknown release train '${name}'. Accepted values: ${Object.keys(trains/* TRAINS */.G3).join(', ')}.`, 'release');
    }
    return train;
}
function choosePasswords(req) {
    const gen = req.generatePassword ?? options/* generatePassword */.bk;
    const admin = req.adminPassword ? (0,options/* checkPassword */.O7)(req.adminPassword, 'admin-password') : gen();
    const out = {};
    for (const v of options/* PASSWORD_VARIABLES */._J) {
        const given = req.passwords?.[v];
        out[v] = given ? (0,options/* checkPassword */.O7)(given, v) : admin;
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
    const profile = (0,profiles/* getProfile */.E)(req.profile);
    const train = resolveTrain(profile, req.release);
    const distro = typeof req.distro === 'string' ? (0,devstack_distro/* parseDistroId */.el)(req.distro) : req.distro;
    const devstackRef = req.devstackRef ? (0,options/* checkRef */.__)(req.devstackRef, 'devstack-ref') : train.devstackRef;
    const pluginRefs = Object.fromEntries(Object.entries(req.pluginRefs ?? {}).map(([k, v]) => [k, (0,options/* checkRef */.__)(v, `${k}-ref`)]));
    const gitBase = (0,options/* checkGitBase */.OC)(req.gitBase ?? DEFAULT_GIT_BASE);
    const dest = (0,options/* checkAbsolutePath */.XV)(req.dest ?? DEFAULT_DEST, 'dest');
    const stackUser = req.stackUser ?? 'stack';
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(stackUser)) {
        throw new errors/* ConfigurationError */.j1(`Input 'stack-user' must be a POSIX user name (lowercase letters, digits, '_', '-'); got '${stackUser}'.`, 'stack-user');
    }
    const octavia = req.octavia ?? true;
    const portsPool = req.portsPool ?? { enabled: profile.role === 'overcloud', ...options/* PORTS_POOL_DEFAULTS */.bL };
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
    const pf = (0,preflight/* preflight */.M)({ profile, train, distro, force: req.force, devstackRef: req.devstackRef });
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
        throw new errors/* ConfigurationError */.j1(`Profile '${profile.name}' has unresolved placeholders:\n` +
            built.unresolved
                .map((p) => `  ${p.variable}: ${p.description}. Give it with --set ${p.variable}=<value> (find it with: ${p.resolveHint}).`)
                .join('\n'), '--set');
    }
    let conf = built.conf;
    if (Object.keys(set).length)
        conf = mergeLocalConf(conf, overridesFragment(set));
    for (const f of [...(req.fragment ? [req.fragment] : []), ...(req.fragments ?? [])]) {
        conf = mergeLocalConf(conf, parseLocalConf(f.text, f.file));
    }
    const rendered = renderLocalConfWithOrigins(conf);
    // Re-parse so every element has its real line in the final file; origins come from the render.
    const finalConf = parseLocalConf(rendered.text, 'local.conf');
    const localrc = finalConf.blocks.find((b) => b.kind === 'localrc');
    const statements = localrc && localrc.kind === 'localrc' ? localrc.statements : [];
    const services = (0,localconf_services/* evaluateServices */.ix)(statements, train.defaultServices);
    // Plugins as finally written (a fragment may have replaced one).
    const plugins = services.plugins.map((p) => ({ name: p.name, url: p.url, ref: p.ref ?? 'master' }));
    const floating = (0,localconf_services/* flattenStatements */.tf)(statements).find((s) => s.kind === 'assign' && s.name === 'FLOATING_RANGE');
    const secrets = [...new Set(Object.values(passwords))];
    for (const st of (0,localconf_services/* flattenStatements */.tf)(statements)) {
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


/***/ }),

/***/ 9855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ preflight),
/* harmony export */   h: () => (/* binding */ formatRefusals)
/* harmony export */ });
/* harmony import */ var _distro_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2129);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9015);
/* harmony import */ var _trains_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7613);
/**
 * Preflight: a pure check (< 1 s, no I/O) of distro × train × profile × overrides. Impossible combinations are
 * refused before anything is cloned, each with the reason and a combination that works.
 */



const trainsFor = (backend) => Object.values(_trains_js__WEBPACK_IMPORTED_MODULE_2__/* .TRAINS */ .G3)
    .filter((t) => backend === 'none' || t.backends.includes(backend))
    .map((t) => t.name);
/** Runs every preflight check and returns the refusals and warnings (never throws for a bad combination). */
function preflight(input) {
    const { profile, train, distro } = input;
    const refused = [];
    const warnings = [];
    let forceDistro = false;
    if (profile.backend !== 'none' && !train.backends.includes(profile.backend)) {
        const sameRole = Object.values(_profiles_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILES */ .j)
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
    const series = input.devstackRef ? (0,_trains_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesOfRef */ .O$)(input.devstackRef) : train.devstackSeries;
    if (profile.backend === 'dragonflow' && input.devstackRef) {
        if (series && (0,_trains_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSeries */ .J4)(series, _trains_js__WEBPACK_IMPORTED_MODULE_2__/* .DRAGONFLOW_LAST_WORKING_SERIES */ .tq) > 0) {
            refused.push({
                code: 'dragonflow-on-new-devstack',
                message: `devstack ref '${devstackRef}' (series ${series}) cannot run Dragonflow: devstack a52041cd (2023.1) dropped ` +
                    'neutron_server_config_add_new, which the Dragonflow plugin calls; stack.sh would abort with "command not found".',
                alternative: `use the ussuri train's devstack (${_trains_js__WEBPACK_IMPORTED_MODULE_2__/* .TRAINS */ .G3.ussuri?.devstackRef}) or an ovs/ovn profile`,
            });
        }
        else if (!series) {
            warnings.push({
                code: 'devstack-ref-unknown-series',
                message: `Cannot tell the series of devstack ref '${devstackRef}'; Dragonflow works only up to devstack ${_trains_js__WEBPACK_IMPORTED_MODULE_2__/* .DRAGONFLOW_LAST_WORKING_SERIES */ .tq} (zed).`,
            });
        }
    }
    if (distro) {
        if (!(0,_distro_js__WEBPACK_IMPORTED_MODULE_0__/* .devstackAcceptsDistro */ .M4)(train.supportedDistros, distro)) {
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


/***/ }),

/***/ 9015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ PROFILES),
  E: () => (/* binding */ getProfile)
});

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
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
        throw new errors/* ConfigurationError */.j1(`Unknown profile '${name}'. Accepted values: ${Object.keys(PROFILES).join(', ')}.`, 'profile');
    }
    return p;
}


/***/ }),

/***/ 2816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ triageStackRun)
/* harmony export */ });
/* harmony import */ var _stack_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4786);

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
        const variable = (0,_stack_output_js__WEBPACK_IMPORTED_MODULE_0__/* .passwordVariableOfBanner */ .HW)(o.passwordPrompt) ?? 'a password';
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


/***/ }),

/***/ 4786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ passwordVariableOfBanner),
/* harmony export */   zb: () => (/* binding */ StackOutputParser)
/* harmony export */ });
/* unused harmony export stripTimestamp */
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


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ streamStackRun)
/* harmony export */ });
/* harmony import */ var _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8806);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4786);
/**
 * Runs stack.sh streamed into the log: one log group per DevStack phase (`run_phase stack <phase>`), a "still
 * running" heartbeat when it goes quiet, an error line when it prompts for a password, and the outcome parsed as it
 * goes. Shared by setup-devstack (stack.sh on the runner) and trunk-vm's overcloud (stack.sh over SSH in the VM).
 */


/**
 * Starts stack.sh through `start` (which must pass `onLine` as the runner's stdout and stderr line callback) and
 * streams it. A CommandError (non-zero exit, timeout, cancel) is part of the outcome; anything else is rethrown.
 * @param label how the log calls the run (`stack.sh`, `overcloud stack.sh`)
 */
async function streamStackRun(start, { logger, label, heartbeatMs = 60_000 }) {
    const parser = new _output_js__WEBPACK_IMPORTED_MODULE_1__/* .StackOutputParser */ .zb();
    const t0 = Date.now();
    let last = Date.now();
    let lastLine = '';
    const run = { parser, exitCode: null, timedOut: false, cancelled: false, durationMs: 0 };
    logger.startGroup(`${label}: prerequisites and install`);
    const heartbeat = setInterval(() => {
        if (Date.now() - last >= heartbeatMs) {
            logger.info(`… ${label} still running (${Math.round((Date.now() - t0) / 1000)} s; last line: ${lastLine.slice(0, 120)})`);
            last = Date.now();
        }
    }, Math.min(heartbeatMs, 10_000));
    const onLine = (line) => {
        last = Date.now();
        lastLine = line;
        logger.info(line);
        for (const e of parser.push(line)) {
            if (e.kind === 'phase') {
                logger.endGroup();
                logger.startGroup(`${label}: ${e.phase} (from ${Math.round((Date.now() - t0) / 1000)} s)`);
            }
            if (e.kind === 'password-prompt')
                logger.error(`${label} is prompting for a password: ${e.banner}`);
        }
    };
    try {
        run.exitCode = (await start(onLine)).exitCode;
    }
    catch (err) {
        if (!(err instanceof _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd))
            throw err;
        run.exitCode = err.exitCode;
        run.timedOut = err.timedOut;
        run.cancelled = err.cancelled;
    }
    finally {
        clearInterval(heartbeat);
        logger.endGroup();
        run.durationMs = Date.now() - t0;
    }
    return run;
}


/***/ }),

/***/ 7613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ TRAINS),
/* harmony export */   J4: () => (/* binding */ compareSeries),
/* harmony export */   O$: () => (/* binding */ seriesOfRef),
/* harmony export */   tq: () => (/* binding */ DRAGONFLOW_LAST_WORKING_SERIES)
/* harmony export */ });
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


/***/ })

};
