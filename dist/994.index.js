export const id = 994;
export const ids = [994];
export const modules = {

/***/ 22129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ readOsRelease),
/* harmony export */   M4: () => (/* binding */ devstackAcceptsDistro),
/* harmony export */   el: () => (/* binding */ parseDistroId),
/* harmony export */   lI: () => (/* binding */ distroFromOsRelease),
/* harmony export */   wt: () => (/* binding */ hostDistro)
/* harmony export */ });
/* unused harmony export parseOsReleaseFields */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/**
 * Distro identification as DevStack's `GetDistro` does it (docs/devstack-operations.md#supported-distros): the codename
 * on Ubuntu/Debian, `f<release>` on Fedora, `rhel<major>` on RHEL-likes. Input is /etc/os-release content or a short
 * id.
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
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Unsupported distro in /etc/os-release: ID=${id || '(none)'} VERSION_ID=${version || '(none)'}. ` +
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
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Unknown distro '${value}'. Use ubuntu-<version> (e.g. ubuntu-18.04), fedora-<release> (e.g. fedora-31), ` +
        'debian-<major>, rhel-<major>, or DevStack names such as bionic, f31, rhel8.', 'distro');
}
/**
 * Whether stack.sh's unanchored `[[ ! ${DISTRO} =~ $SUPPORTED_DISTROS ]]` check passes
 * (docs/devstack-operations.md#supported-distros).
 */
function devstackAcceptsDistro(supportedDistros, distro) {
    return new RegExp(supportedDistros).test(distro.devstackName);
}
/** The toolkit's id of the distro in os-release content (`ubuntu-18.04`), or `ID-VERSION_ID`, or `unknown`. */
function hostDistro(osRelease) {
    if (osRelease === undefined)
        return 'unknown';
    try {
        return distroFromOsRelease(osRelease).id;
    }
    catch {
        const f = parseOsReleaseFields(osRelease);
        return [f.ID, f.VERSION_ID].filter(Boolean).join('-') || 'unknown';
    }
}
/** The host's os-release text (`path`, default /etc/os-release), or undefined when it cannot be read. */
const readOsRelease = (path = '/etc/os-release') => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
};


/***/ }),

/***/ 62743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ removeIniOption),
/* harmony export */   Yc: () => (/* binding */ getIniOption),
/* harmony export */   rc: () => (/* binding */ setIniOptions)
/* harmony export */ });
/**
 * Sets options in an existing INI file's text the way `iniset` does (DevStack's `inc/ini-config`): the first
 * `key = value` line of the section is replaced in place, a missing key is added at the end of its section, a
 * missing section is appended. Everything else (comments, order, other sections) is kept byte for byte.
 */
const SECTION = /^\s*\[([^\]]+)\]\s*$/;
const OPTION = /^\s*([^=#;\s][^=]*?)\s*=/;
/** Returns `text` with every setting applied (later settings win over earlier ones for the same key). */
function setIniOptions(text, settings) {
    const trailingNewline = text === '' || text.endsWith('\n');
    const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    for (const s of settings) {
        if (/[\r\n]/.test(s.value) || /[\r\n[\]]/.test(s.section) || /[\r\n=]/.test(s.key)) {
            throw new Error(`INI option ${s.section}.${s.key}: line breaks, '=' in keys and brackets in sections are not allowed`);
        }
        let current;
        let sectionEnd = -1;
        let done = false;
        for (let i = 0; i < lines.length; i++) {
            const header = SECTION.exec(lines[i]);
            if (header) {
                current = header[1].trim();
                continue;
            }
            if (current !== s.section)
                continue;
            sectionEnd = i;
            const option = OPTION.exec(lines[i]);
            if (option && option[1] === s.key) {
                lines[i] = `${s.key} = ${s.value}`;
                done = true;
                break;
            }
        }
        if (done)
            continue;
        const headerIndex = lines.findIndex((l) => SECTION.exec(l)?.[1]?.trim() === s.section);
        if (headerIndex < 0) {
            if (lines.length > 0 && lines[lines.length - 1].trim() !== '')
                lines.push('');
            lines.push(`[${s.section}]`, `${s.key} = ${s.value}`);
        }
        else {
            // after the section's last non-blank line
            let at = Math.max(headerIndex, sectionEnd);
            while (at > headerIndex && lines[at].trim() === '')
                at--;
            lines.splice(at + 1, 0, `${s.key} = ${s.value}`);
        }
    }
    return lines.join('\n') + (trailingNewline || lines.length > 0 ? '\n' : '');
}
/** Reads one option (`iniget`): the value of the first `key =` line of the section, trimmed; undefined if absent. */
function getIniOption(text, section, key) {
    let current;
    for (const line of text.split('\n')) {
        const header = SECTION.exec(line);
        if (header) {
            current = header[1].trim();
            continue;
        }
        if (current !== section)
            continue;
        const option = OPTION.exec(line);
        if (option && option[1] === key)
            return line.slice(line.indexOf('=') + 1).trim();
    }
    return undefined;
}
/** Returns `text` without the `key =` lines of the section (`inidelete`); other lines are kept byte for byte. */
function removeIniOption(text, section, key) {
    let current;
    const kept = [];
    for (const line of text.split('\n')) {
        const header = SECTION.exec(line);
        if (header)
            current = header[1].trim();
        else if (current === section && OPTION.exec(line)?.[1] === key)
            continue;
        kept.push(line);
    }
    return kept.join('\n');
}


/***/ }),

/***/ 81406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ lexStatement),
/* harmony export */   X: () => (/* binding */ splitStatements)
/* harmony export */ });
/**
 * A small bash lexer for DevStack's `[[local|localrc]]` block. localrc is *sourced* by bash
 * (docs/local-conf.md#how-localrc-is-read), so statement boundaries, quoting and expansions follow bash rules. This
 * lexer understands enough of them to split a block into statements (with `\` continuations and multi-line quotes),
 * split a statement into words, and tell a literal word from one that would expand or execute. It never evaluates
 * anything.
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
    if (next === '[') {
        // `$[…]`: the old arithmetic form; it expands but runs nothing (unless a substitution inside does).
        const close = text.indexOf(']', i + 2);
        if (close < 0)
            return { end: -1, executes: false, what: 'arithmetic expansion $[' };
        return { end: close + 1, executes: scanExpansions(text.slice(i + 2, close)).executes, what: '' };
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
    const st = { words: [], current: [], errors: [], ops: [] };
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
                st.ops.push({ op, before: st.words.length });
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
    return { commands: st.words, comment: st.comment, errors: st.errors, ops: st.ops };
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
    const expands = executes || /\$[A-Za-z0-9_{([@*#?$!-]/.test(unescaped);
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
/** The delimiters of the here-documents (`<<EOF`, `<<-'EOF'`) a statement opens, in order. */
function heredocDelimiters(commands) {
    const out = [];
    for (const words of commands) {
        words.forEach((w, k) => {
            const next = words[k + 1];
            if (w.raw !== '<<' || !next)
                return;
            const strip = next.raw.startsWith('-');
            const word = (next.literal ?? next.raw).replace(/^-/, '');
            if (word !== '')
                out.push({ word, strip });
        });
    }
    return out;
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
        // A here-document's body is data, not commands: it runs up to the delimiter line.
        for (const { word, strip } of heredocDelimiters(lexed.commands)) {
            while (j + 1 < lines.length) {
                j++;
                text += '\n' + lines[j];
                if ((strip ? lines[j].replace(/^\t+/, '') : lines[j]) === word)
                    break;
            }
        }
        out.push({ raw: text, line: startLine, endLine: j + 1, ...lexed });
        i = j + 1;
    }
    return out;
}


/***/ }),

/***/ 52645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ commandToStatement),
/* harmony export */   hw: () => (/* binding */ parseLocalConf),
/* harmony export */   iw: () => (/* binding */ parseIniLine),
/* harmony export */   pQ: () => (/* binding */ toLocalrcStatement)
/* harmony export */ });
/* unused harmony exports parseHeader, isHeaderLine, parseIniLines, parseLocalrcLines */
/* harmony import */ var _bash_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81406);
/**
 * Parses a local.conf into the model, following DevStack's own readers: the awk header regex of `inc/meta-config`
 * for blocks, bash for `[[local|localrc]]`, and the `merge_config_file` awk rules for INI blocks.
 */

/** DevStack's header test: `/^\[\[.+\|.*\]\]/` on the whole line (docs/local-conf.md#meta-section-headers). */
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
        const stmt = { ...base, kind: st.raw.trim() === '' ? 'blank' : 'comment' };
        if (st.ops?.length)
            stmt.ops = st.ops; // a `;;` alone on its line ends a case arm
        return stmt;
    }
    const [first, ...rest] = st.commands.map((words) => commandToStatement(words, base));
    const stmt = first;
    rest.forEach((r, i) => {
        const op = st.ops?.find((o) => o.before === i + 1)?.op;
        if (op !== undefined)
            r.joinedBy = op;
    });
    if (rest.length)
        stmt.more = rest;
    if (st.ops?.length)
        stmt.ops = st.ops;
    return stmt;
}
/** One command's words as a statement (assignment, env-prefixed command, or call); `base` gives raw text and lines. */
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
/** Classifies one INI line exactly as the merge awk program does (docs/local-conf.md#ini-merge). */
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
    // Shift the lexed statement before building on it: adjusting the finished statements afterwards cost a third of
    // parsing time (issue #18, lint speed).
    return (0,_bash_words_js__WEBPACK_IMPORTED_MODULE_0__/* .splitStatements */ .X)(lines).map((st) => {
        st.line += firstLine - 1;
        st.endLine += firstLine - 1;
        return toLocalrcStatement(st);
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


/***/ }),

/***/ 3312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ applyStatement),
/* harmony export */   PS: () => (/* binding */ cloneWalk),
/* harmony export */   cW: () => (/* binding */ NEWEST_DEFAULT_SERVICES),
/* harmony export */   eh: () => (/* binding */ startWalk),
/* harmony export */   i5: () => (/* binding */ enabledList),
/* harmony export */   ix: () => (/* binding */ evaluateServices),
/* harmony export */   tf: () => (/* binding */ flattenStatements),
/* harmony export */   xC: () => (/* binding */ isServiceEnabled),
/* harmony export */   zf: () => (/* binding */ DF_ERA_DEFAULT_SERVICES)
/* harmony export */ });
/* unused harmony export walkResult */
/** DevStack's default ENABLED_SERVICES of the df era (`stackrc@a13ab8db`, docs/local-conf.md#undercloud-sample). */
const DF_ERA_DEFAULT_SERVICES = 'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,q-svc,q-dhcp,q-meta,q-agt,q-l3,horizon,rabbit,tempest,mysql,etcd3,dstat';
/**
 * Newest devstack's default ENABLED_SERVICES: stackrc builds it from pieces (keystone, nova, placement, glance,
 * cinder, the OVN services, neutron with the OVN agent, horizon, the infrastructure services); the same list is in
 * src/devstack/lint/data/devstack-variables.json (`eras.newest.defaultServices`, provenance in its README).
 */
const NEWEST_DEFAULT_SERVICES = 'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,ovn-controller,ovn-northd,ovs-vswitchd,ovsdb-server,q-svc,q-ovn-agent,horizon,rabbit,tempest,mysql,etcd3,dstat';
const splitList = (v) => v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
/** The statements in execution order, `;`-joined commands flattened. */
function flattenStatements(statements) {
    return statements.flatMap((s) => [s, ...(s.more ?? [])]);
}
function addEvent(walk, e, st) {
    walk.events.push({ ...e, endLine: st.endLine });
}
/** The services the raw list enables: first occurrence of each, minus those a `-svc` entry removes. */
function enabledList(raw) {
    const items = splitList(raw);
    const removed = new Set(items.filter((s) => s.startsWith('-')).map((s) => s.slice(1)));
    return [...new Set(items.filter((s) => !s.startsWith('-') && !removed.has(s)))];
}
/** `ENABLED_SERVICES=` / `+=`: replaces or appends; re-enabling a disabled service this way is fatal in DevStack. */
function assignEnabledServices(walk, st) {
    if (st.value?.literal === undefined)
        walk.unknown = true;
    const v = st.value?.literal ?? '';
    if (st.op === '=') {
        walk.raw = v;
        walk.clearedAt = st.line;
    }
    else {
        walk.raw += v;
    }
    for (const item of splitList(v)) {
        if (!item.startsWith('-') && walk.disabled.includes(item)) {
            addEvent(walk, {
                code: 'overcome-disable',
                level: 'fatal',
                line: st.line,
                subject: item,
                message: `ENABLED_SERVICES directly modified to overcome 'disable_service ${item}'`,
            }, st);
        }
    }
}
/** `enable_service`: appends each service not yet enabled; one disabled earlier stays disabled (a warning). */
function enableServices(walk, args, st) {
    for (const svc of args.flatMap(splitList)) {
        if (walk.disabled.includes(svc)) {
            addEvent(walk, {
                code: 'enable-after-disable',
                level: 'warning',
                line: st.line,
                subject: svc,
                message: `Attempt to enable_service ${svc} when it has been disabled`,
            }, st);
            continue;
        }
        if (!enabledList(walk.raw).includes(svc))
            walk.raw = walk.raw ? `${walk.raw},${svc}` : svc;
    }
}
/** `disable_service`: removes each service from the list and remembers it as disabled. */
function disableServices(walk, args) {
    for (const svc of args.flatMap(splitList)) {
        walk.raw = splitList(walk.raw)
            .filter((s) => s !== svc)
            .join(',');
        if (!walk.disabled.includes(svc))
            walk.disabled.push(svc);
    }
}
/** `enable_plugin NAME URL [REF]`: a missing argument or a second plugin of the same name is fatal. */
function enablePlugin(walk, args, st) {
    const [name, url, ref] = args;
    if (!name || !url) {
        addEvent(walk, {
            code: 'plugin-args',
            level: 'fatal',
            line: st.line,
            subject: name ?? '',
            message: 'enable_plugin needs a name and a URL',
        }, st);
        return;
    }
    if (walk.plugins.some((p) => p.name === name)) {
        addEvent(walk, {
            code: 'plugin-twice',
            level: 'fatal',
            line: st.line,
            subject: name,
            message: `Plugin attempted to be enabled twice: ${name} ${url} ${ref ?? 'master'}`,
        }, st);
        return;
    }
    walk.plugins.push({ name, url, ref, line: st.line });
}
/** A walk before any localrc statement: ENABLED_SERVICES holds `defaults`. */
function startWalk(defaults = DF_ERA_DEFAULT_SERVICES) {
    return { raw: defaults, disabled: [], plugins: [], events: [], clearedAt: undefined, unknown: false };
}
/** An independent copy of a walk (for the alternative paths of an `if`/`case`). */
function cloneWalk(w) {
    return { ...w, disabled: [...w.disabled], plugins: [...w.plugins], events: [...w.events] };
}
/** Applies one command (not `;`-joined: pass flattened statements) to the walk. */
function applyStatement(walk, st) {
    if (st.kind === 'assign' && st.name === 'ENABLED_SERVICES') {
        assignEnabledServices(walk, st);
        return;
    }
    if (st.kind !== 'call')
        return;
    const args = (st.args ?? []).map((a) => a.literal ?? a.raw);
    if (st.command === 'enable_service')
        enableServices(walk, args, st);
    else if (st.command === 'disable_service')
        disableServices(walk, args);
    else if (st.command === 'enable_plugin')
        enablePlugin(walk, args, st);
}
/** The state a walk reports. */
function walkResult(walk) {
    const { disabled, plugins, events, clearedAt, unknown } = walk;
    return { enabled: enabledList(walk.raw), disabled, plugins, events, clearedAt, unknown };
}
/**
 * Walks localrc statements in order and applies `enable_service`, `disable_service`, `enable_plugin` and
 * `ENABLED_SERVICES` assignments with DevStack's semantics, as if every statement ran (no control flow). Values that
 * expand at run time are not evaluated.
 */
function evaluateServices(statements, defaults = DF_ERA_DEFAULT_SERVICES) {
    const walk = startWalk(defaults);
    for (const st of flattenStatements(statements))
        applyStatement(walk, st);
    return walkResult(walk);
}
/**
 * Prefix rules of `is_service_enabled`: `neutron` matches any `q-*`, `nova` any `n-*`, and so on
 * (docs/local-conf.md#service-lists).
 */
const PREFIXES = { neutron: 'q-', nova: 'n-', glance: 'g-', swift: 's-', trove: 'tr-' };
/** True when DevStack's `is_service_enabled name` would be true for this service list. */
function isServiceEnabled(enabled, name) {
    if (enabled.includes(name))
        return true;
    const prefix = PREFIXES[name];
    return prefix !== undefined && enabled.some((s) => s.startsWith(prefix));
}


/***/ }),

/***/ 99418:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/**
 * Typed plan options (the engine's settings) and their parsing from strings, shared by the CLI and the actions.
 * Every user mistake is a ConfigurationError naming the input and the fix.
 */


/** The defaults of kuryr's `devstack/settings` (docs/connectivity.md#ports-pool). */
const PORTS_POOL_DEFAULTS = { min: 2, max: 0, batch: 5, updateFrequency: 30 };
const PASSWORD_VARIABLES = [
    'ADMIN_PASSWORD',
    'DATABASE_PASSWORD',
    'RABBIT_PASSWORD',
    'SERVICE_PASSWORD',
    'SERVICE_TOKEN',
];
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
/**
 * A random alphanumeric password (DevStack accepts only alphanumerics, docs/devstack-operations.md#password-prompts).
 */
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

/***/ 6419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ createPlan)
});

// UNUSED EXPORTS: planToJson

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/devstack/localconf/bash-words.js
var bash_words = __webpack_require__(81406);
// EXTERNAL MODULE: ./build/devstack/localconf/parse.js
var parse = __webpack_require__(52645);
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
 * `eval` (docs/local-conf.md#ini-merge): `\`, `"`, `$` and backticks are backslash-escaped so the value arrives
 * unchanged.
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
    const st = (0,parse/* toLocalrcStatement */.pQ)({ raw, line: 0, endLine: lineCount - 1, ...lexed });
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
    const line = (0,parse/* parseIniLine */.iw)(`${key} = ${text}`, 0, section);
    if (origin)
        line.origin = origin;
    return line;
}
function iniSectionLine(section) {
    return (0,parse/* parseIniLine */.iw)(`[${section}]`, 0, section);
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
var options = __webpack_require__(99418);
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
/**
 * Packages DevStack needs before stack.sh can even start (gawk: devstack bug #1909041, docs/local-conf.md#ini-merge).
 */
const PREREQUISITES = {
    apt: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'lsb-release', 'net-tools', 'ca-certificates'],
    dnf: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'redhat-lsb-core', 'net-tools', 'ca-certificates'],
    zypper: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'lsb-release', 'net-tools', 'ca-certificates'],
};
/** Installs {@link PREREQUISITES} with the distribution's package manager (apt when the distro is unknown). */
function prerequisitesCommand(distro) {
    const pm = distro?.packageManager ?? 'apt';
    if (pm !== 'apt') {
        return {
            step: 'prerequisites',
            command: 'sudo',
            args: ['-n', pm, 'install', '-y', ...PREREQUISITES[pm]],
            why: 'git to clone, gawk for the local.conf merge, iptables for the NAT rule',
        };
    }
    return {
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
    };
}
/** The stack user, as DevStack's tools/create-stack-user.sh makes it: account, DEST permissions, sudoers entry. */
function stackUserCommands({ dest, stackUser }) {
    return [
        {
            step: 'stack-user',
            command: 'sudo',
            args: ['-n', 'useradd', '-U', '-s', '/bin/bash', '-d', dest, '-m', stackUser],
            why: 'as tools/create-stack-user.sh (skipped when the user exists)',
        },
        {
            step: 'stack-user',
            command: 'sudo',
            args: ['-n', 'chmod', '755', dest],
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
                stackUser,
            ],
            why: 'passwordless sudo for the stack user, as create-stack-user.sh writes it',
        },
    ];
}
/** Clones DevStack and checks out exactly the pinned ref, as the stack user. */
function cloneCommands({ gitBase, devstackRef, stackUser }, devstackDir) {
    return [
        {
            step: 'clone',
            command: 'git',
            args: ['clone', '--no-checkout', `${gitBase}/openstack/devstack`, devstackDir],
            asUser: stackUser,
            why: 'clone DevStack from the git base (mirror-friendly)',
        },
        {
            step: 'clone',
            command: 'git',
            args: ['-C', devstackDir, 'fetch', 'origin', devstackRef],
            asUser: stackUser,
            why: 'fetch the pinned ref (tag, branch or SHA)',
        },
        {
            step: 'clone',
            command: 'git',
            args: ['-C', devstackDir, 'checkout', '--detach', 'FETCH_HEAD'],
            asUser: stackUser,
            why: 'check out exactly the pinned ref',
        },
    ];
}
/** Writes local.conf (0600) and runs stack.sh, both as the stack user. */
function stackCommands({ stackUser, forceDistro }, devstackDir) {
    return [
        {
            step: 'local-conf',
            // cat reads fd 0 directly: /dev/stdin cannot be opened when stdin is a socket (as Node's pipes are).
            command: 'sh',
            args: ['-c', 'umask 077 && cat > "$1" && chmod 0600 "$1"', 'sh', `${devstackDir}/local.conf`],
            asUser: stackUser,
            why: 'write local.conf readable by the stack user only (it holds passwords)',
        },
        {
            step: 'stack',
            command: 'env',
            args: [...(forceDistro ? ['FORCE=yes'] : []), `${devstackDir}/stack.sh`],
            asUser: stackUser,
            why: 'stdin is /dev/null so a password prompt fails fast instead of hanging',
        },
    ];
}
/** After stack.sh: each plugin has devstack/plugin.sh (else DevStack skipped it silently), and its commit. */
function verifyPluginCommands({ dest, stackUser, plugins }) {
    return plugins.flatMap((p) => [
        {
            step: 'verify',
            command: 'test',
            args: ['-f', `${dest}/${p.name}/devstack/plugin.sh`],
            asUser: stackUser,
            why: `an unpinned or empty plugin is silently skipped by DevStack: ${p.name} must have devstack/plugin.sh`,
        },
        {
            step: 'verify',
            command: 'git',
            args: ['-C', `${dest}/${p.name}`, 'rev-parse', 'HEAD'],
            asUser: stackUser,
            why: `record the commit of ${p.name} actually stacked`,
        },
    ]);
}
/** Builds the command list setup-devstack will run, in order. */
function planCommands(input) {
    const devstackDir = `${input.dest}/devstack`;
    const cmds = [
        { step: 'preflight', command: 'sudo', args: ['-n', 'true'], why: 'passwordless sudo is required' },
        prerequisitesCommand(input.distro),
        ...stackUserCommands(input),
        ...cloneCommands(input, devstackDir),
        ...stackCommands(input, devstackDir),
        ...verifyPluginCommands(input),
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
var devstack_distro = __webpack_require__(22129);
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
var preflight = __webpack_require__(29855);
// EXTERNAL MODULE: ./build/devstack/profiles/index.js + 4 modules
var profiles = __webpack_require__(29015);
// EXTERNAL MODULE: ./build/devstack/trains.js
var trains = __webpack_require__(67613);
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
/** Checks and defaults the request's options, in the order their errors are reported. */
function resolveOptions(req, profile, train) {
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
    return { distro, devstackRef, pluginRefs, gitBase, dest, stackUser, octavia, portsPool, nat: req.nat ?? true };
}
/** Splits `--set` into the profile's placeholder values and the remaining literal overrides. */
function splitPlaceholders(profile, set = {}) {
    const overrides = { ...set };
    const placeholderValues = {};
    for (const ph of profile.placeholders) {
        const v = overrides[ph.variable];
        if (v !== undefined) {
            placeholderValues[ph.variable] = v;
            delete overrides[ph.variable];
        }
    }
    return { placeholderValues, overrides };
}
/** The profile's local.conf for this train; a placeholder without a value is a user error naming `--set`. */
function buildResolvedConf(profile, train, o, passwords, placeholderValues) {
    const { gitBase, dest, octavia, portsPool, pluginRefs } = o;
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
    return built.conf;
}
/** Merges the `--set` overrides, then the user fragments in order, over the profile's local.conf. */
function mergeUserInput(conf, overrides, req) {
    let merged = conf;
    if (Object.keys(overrides).length)
        merged = mergeLocalConf(merged, overridesFragment(overrides));
    for (const f of [...(req.fragment ? [req.fragment] : []), ...(req.fragments ?? [])]) {
        merged = mergeLocalConf(merged, (0,parse/* parseLocalConf */.hw)(f.text, f.file));
    }
    return merged;
}
/** Every value to mask: the passwords, and each password/token/secret literal the final localrc assigns. */
function collectSecrets(passwords, statements) {
    const secrets = [...new Set(Object.values(passwords))];
    for (const st of (0,localconf_services/* flattenStatements */.tf)(statements)) {
        if (st.kind === 'assign' && st.name && /PASSWORD$|^SERVICE_TOKEN$|SECRET/.test(st.name) && st.value?.literal) {
            secrets.push(st.value.literal);
        }
    }
    return [...new Set(secrets)];
}
/**
 * Creates a plan. Throws ConfigurationError for user mistakes (unknown profile/train, bad values, unresolved
 * placeholders). A refused combination is reported in `plan.preflight` (ok=false), not thrown.
 */
function createPlan(req) {
    const profile = (0,profiles/* getProfile */.E)(req.profile);
    const train = resolveTrain(profile, req.release);
    const o = resolveOptions(req, profile, train);
    const passwords = choosePasswords(req);
    const { placeholderValues, overrides } = splitPlaceholders(profile, req.set);
    const pf = (0,preflight/* preflight */.M)({ profile, train, distro: o.distro, force: req.force, devstackRef: req.devstackRef });
    const skeleton = planSkeleton(profile, train, o.distro, pf, o);
    if (!pf.ok)
        return skeleton;
    const conf = mergeUserInput(buildResolvedConf(profile, train, o, passwords, placeholderValues), overrides, req);
    const rendered = renderLocalConfWithOrigins(conf);
    // Re-parse so every element has its real line in the final file; origins come from the render.
    const finalConf = (0,parse/* parseLocalConf */.hw)(rendered.text, 'local.conf');
    const localrc = finalConf.blocks.find((b) => b.kind === 'localrc');
    const statements = localrc && localrc.kind === 'localrc' ? localrc.statements : [];
    const services = (0,localconf_services/* evaluateServices */.ix)(statements, train.defaultServices);
    // Plugins as finally written (a fragment may have replaced one).
    const plugins = services.plugins.map((p) => ({ name: p.name, url: p.url, ref: p.ref ?? 'master' }));
    const floating = (0,localconf_services/* flattenStatements */.tf)(statements).find((s) => s.kind === 'assign' && s.name === 'FLOATING_RANGE');
    return {
        ...skeleton,
        refs: { devstack: o.devstackRef, gitBase: o.gitBase, plugins },
        services: { enabled: services.enabled, disabled: services.disabled },
        commands: planCommands({
            distro: o.distro,
            gitBase: o.gitBase,
            devstackRef: o.devstackRef,
            dest: o.dest,
            stackUser: o.stackUser,
            forceDistro: pf.forceDistro,
            plugins,
            nat: o.nat,
            floatingRange: floating?.value?.literal ?? '172.24.4.0/24',
        }),
        localConf: rendered.text,
        origins: rendered.origins,
        conf: finalConf,
        secrets: collectSecrets(passwords, statements),
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

/***/ 29855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ preflight),
/* harmony export */   h: () => (/* binding */ formatRefusals)
/* harmony export */ });
/* harmony import */ var _distro_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22129);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29015);
/* harmony import */ var _trains_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67613);
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

/***/ 29015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ PROFILES),
  E: () => (/* binding */ getProfile)
});

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
;// CONCATENATED MODULE: ./build/devstack/profiles/common.js
const USSURI_ONLY = { trains: ['ussuri'] };
const KURYR_LAST_ONLY = { trains: ['kuryr-last'] };
/**
 * Credentials, Keystone v3, logging: every sample sets these; we generate passwords and fix LOGFILE
 * (docs/devstack-operations.md#logs, docs/devstack-operations.md#password-prompts).
 */
const BASICS = [
    { generated: 'git-base' },
    {
        comment: 'Log settings: an absolute LOGFILE avoids the relative-path quirk of the samples (docs/devstack-operations.md#logs)',
    },
    { generated: 'logging' },
    { blank: true },
    { comment: 'Credentials: all set (stack.sh would prompt otherwise), alphanumeric, masked in logs' },
    { generated: 'credentials' },
    { set: 'IDENTITY_API_VERSION', shell: '3' },
    { comment: 'CI: always re-check prerequisites (docs/devstack-operations.md#re-runs-and-caches)' },
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
/**
 * Ports pool variables as the code reads them (docs/connectivity.md#ports-pool), written by the builder from the
 * `ports-pool` option.
 */
const PORTS_POOL = [
    { blank: true },
    {
        comment: 'Kuryr ports pool: the variables devstack/settings really reads (KURYR_VIF_POOL_*), see docs/connectivity.md#ports-pool',
    },
    { generated: 'ports-pool' },
];
/**
 * Gives the first amphora time to boot (all-in-one samples; undercloud samples lack it,
 * docs/local-conf.md#undercloud-sample).
 */
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
/**
 * Dragonflow profiles, from `local.conf.df.sample` and `local.conf.pod-in-vm.undercloud.df.sample`
 * (docs/local-conf.md#single-node-sample, docs/local-conf.md#undercloud-sample).
 */

const DF_CORE = [
    { blank: true },
    {
        comment: 'Dragonflow: Redis NB database, local controller (guard must be exactly True, docs/local-conf.md#single-node-sample)',
    },
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
            comment: 'Explicit service list: the sample inherits the default list (cinder, horizon, ...); clearing it keeps the host lean (docs/local-conf.md#undercloud-sample)',
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
/**
 * The nested-VLAN overcloud stacked inside the trunk VM (`local.conf.pod-in-vm.overcloud.sample`,
 * docs/local-conf.md#overcloud-sample).
 */

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
        {
            comment: 'Kuryr creates its defaults in the undercloud Neutron (exactly True: compared raw, docs/connectivity.md#doc-and-code-mismatches)',
        },
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

/***/ 62816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ triageStackRun)
/* harmony export */ });
/* harmony import */ var _stack_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84786);

const at = (file, line) => ({ file, line: line ?? 1 });
/** One finding per `[ERROR]` DevStack printed, at the file and line it named, with the call trace. */
function errorFindings(o) {
    return o.errors.map((e) => {
        const trace = e.callTrace.map((f) => `${f.file}:${f.line}:${f.func}`).join('\n');
        return {
            ...at(e.file, e.line),
            level: 'failure',
            title: 'stack.sh: [ERROR]',
            message: e.message || '(DevStack gave no message)',
            details: trace ? `[Call Trace]\n${trace}` : undefined,
            rule: 'stack-error',
        };
    });
}
/** Findings on local.conf for what stopped the run before it began: skipped plugins, a password prompt, refusals. */
function refusalFindings(o, skippedPlugins, localConf) {
    const findings = skippedPlugins.map((plugin) => ({
        ...localConf,
        level: 'failure',
        title: `plugin ${plugin} was silently skipped`,
        message: `DevStack found no devstack/plugin.sh in ${plugin} after cloning, so it ran nothing from it (an empty or wrong ref: the kuryr-kubernetes master branch is empty). Pin the plugin to the release train's ref.`,
        rule: 'plugin-skipped',
    }));
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
    return findings;
}
/**
 * The finding for a run that stopped without saying why: a failure inside a function prints no `stack.sh failed`
 * and no [ERROR] (docs/devstack-operations.md#console-output). bash's own error line (`file: line N: …: command not
 * found`) is the most precise place; else the last xtrace line is where the run stopped.
 */
function silentFailureFinding(t, localConf) {
    const o = t.outcome;
    const bashError = o.bashErrors.at(-1);
    const where = bashError
        ? { file: bashError.file, line: bashError.line, func: '', command: bashError.message }
        : o.lastTrace;
    const reason = t.timedOut
        ? `stack.sh did not finish within ${t.timeoutMinutes} minutes and was stopped`
        : t.cancelled
            ? 'the job was cancelled while stack.sh ran'
            : `stack.sh exited with ${t.exitCode ?? 'a signal'}${o.stackFailed ? ` (${o.stackFailed})` : ''}`;
    return {
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
    };
}
/**
 * Classifies a finished (or stopped) stack.sh run. Success requires exit code 0, the `stack.sh completed` line
 * and every plugin present (docs/release-trains.md#pinning-plugins, docs/devstack-operations.md#console-output).
 */
function triageStackRun(t) {
    const o = t.outcome;
    const localConf = at(t.localConfPath, 1);
    const findings = [...errorFindings(o), ...refusalFindings(o, t.skippedPlugins, localConf)];
    const completed = o.completed && t.exitCode === 0;
    if (!completed && o.errors.length === 0 && !o.passwordPrompt && !o.distroRefused && !o.rootRefused) {
        findings.push(silentFailureFinding(t, localConf));
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

/***/ 84786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ passwordVariableOfBanner),
/* harmony export */   zb: () => (/* binding */ StackOutputParser)
/* harmony export */ });
/* unused harmony export stripTimestamp */
/**
 * A streaming reader of stack.sh's console output (docs/devstack-operations.md#console-output). It strips the outfilter
 * timestamp prefix, follows xtrace lines (`+ file:function:line :   command`) to know where the run is, notices phases
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
        const events = [];
        if (line.charCodeAt(0) === 43 /* + */ && this.readXtrace(line, events))
            return events;
        const trimmed = line.trim();
        if (trimmed === '')
            return events;
        this.remember(line);
        if (this.readCallTrace(trimmed))
            return events;
        if (this.readError(trimmed, events) || this.readWarning(trimmed) || this.readBashError(trimmed))
            return events;
        // One cheap test for the lines that can matter below; everything else (pip, apt, plugin chatter) stops here.
        if (!this.inTiming && !INTERESTING.test(trimmed))
            return events;
        if (!this.readRunReport(trimmed, events))
            this.readTiming(trimmed);
        return events;
    }
    /**
     * An xtrace line (`+ file:function:line :   command`): remembers it and notes a new phase. True when it is a well
     * formed xtrace line (nothing else to read in it).
     */
    readXtrace(line, events) {
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
    readCallTrace(trimmed) {
        if (trimmed === '[Call Trace]') {
            this.inCallTrace = true;
            this.pendingTrace = [];
            return true;
        }
        if (!this.inCallTrace)
            return false;
        const f = FRAME.exec(trimmed);
        if (f) {
            this.pendingTrace.push({ file: f[1], line: Number(f[2]), func: f[3] });
            return true;
        }
        this.inCallTrace = false;
        return false;
    }
    /** `[ERROR] <file>:<line> <message>`, with the call trace read before it. */
    readError(trimmed, events) {
        const e = ERROR.exec(trimmed);
        if (!e)
            return false;
        const lineNo = /^\d+$/.test(e[2]) ? Number(e[2]) : undefined;
        // `die "msg"` without $LINENO prints `[ERROR] <file>:msg ` — the message sits where the line would.
        const message = lineNo === undefined ? [e[2], e[3]].filter(Boolean).join(' ').trim() : e[3].trim();
        const error = { file: e[1], line: lineNo, message, callTrace: this.pendingTrace };
        this.pendingTrace = [];
        this.state.errors.push(error);
        events.push({ kind: 'error', error });
        return true;
    }
    /** `[WARNING] <file>:<line> <message>`. */
    readWarning(trimmed) {
        const w = WARNING.exec(trimmed);
        if (!w)
            return false;
        const lineNo = /^\d+$/.test(w[2]) ? Number(w[2]) : undefined;
        this.state.warnings.push({
            file: w[1],
            line: lineNo,
            message: (lineNo === undefined ? `${w[2]} ${w[3]}` : w[3]).trim(),
        });
        return true;
    }
    /** bash's own `<file>: line N: <message>`; the last ten are kept. */
    readBashError(trimmed) {
        const b = trimmed.includes(': line ') ? BASH_ERROR.exec(trimmed) : null;
        if (!b)
            return false;
        const bashErrors = this.state.bashErrors;
        bashErrors.push({ file: b[1], line: Number(b[2]), message: b[3] });
        if (bashErrors.length > 10)
            bashErrors.shift();
        return true;
    }
    /**
     * The lines stack.sh prints about the run as a whole: log file, completion or failure, world dump, endpoints,
     * refusals, password prompts, the start of the timing table. True when the line was one of them.
     */
    readRunReport(trimmed, events) {
        const s = this.state;
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
        else
            return false;
        return true;
    }
    /** A row of the component timing table (`osc   42`), up to `Total runtime`. */
    readTiming(trimmed) {
        if (!this.inTiming)
            return;
        const t = /^(\S[\S ]*?)\s+(\d+)$/.exec(trimmed);
        if (/^Total runtime/.test(trimmed))
            this.inTiming = false;
        if (t && !/^\(times/.test(trimmed))
            this.state.timing[t[1].trim()] = Number(t[2]);
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
/** Which password variable a `read_password` banner asks for (docs/devstack-operations.md#password-prompts). */
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

/***/ 42483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ streamStackRun)
/* harmony export */ });
/* harmony import */ var _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38806);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84786);
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

/***/ 67613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ TRAINS),
/* harmony export */   J4: () => (/* binding */ compareSeries),
/* harmony export */   O$: () => (/* binding */ seriesOfRef),
/* harmony export */   tq: () => (/* binding */ DRAGONFLOW_LAST_WORKING_SERIES)
/* harmony export */ });
/**
 * Release trains: sets of refs that belong together (docs/release-trains.md#the-ussuri-train). Upstream Dragonflow and
 * kuryr-kubernetes are retired; only these pinned combinations can stack. Every plugin is pinned because
 * `enable_plugin` without a ref clones master, and kuryr-kubernetes master is empty (the plugin is then silently
 * skipped).
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
        // stackrc's default of the 2024 series (read from a 2024.2 stackrc): OVN with the OVN metadata agent.
        defaultServices: 'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,ovn-controller,ovn-northd,ovs-vswitchd,ovsdb-server,q-svc,q-ovn-metadata-agent,horizon,rabbit,tempest,mysql,etcd3,dstat',
        devstackSeries: '2024.1',
        workerNodesSubnetOption: 'worker_nodes_subnets',
        unverified: [
            'devstack 2024.1-eom tag (the 2024.1 series end-of-maintenance tag; override with devstack-ref if your mirror differs)',
            'plugin 2024.1-eom tags',
        ],
    },
};
/**
 * DevStack series (YYYY.N) that dropped the `lib/neutron` functions the Dragonflow plugin calls
 * (docs/release-trains.md#why-newer-devstack-breaks-the-dragonflow-plugin).
 */
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


/***/ }),

/***/ 21039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   js: () => (/* binding */ readConnectivitySettings),
/* harmony export */   zU: () => (/* binding */ DEFAULT_KURYR_CONF)
/* harmony export */ });
/* unused harmony exports DEFAULT_IMAGE, generateNamespace */
/* harmony import */ var _runtime_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89040);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/**
 * actions/connectivity's settings: every input parsed once into a typed object, shared by the action and
 * `kdf connectivity`. User mistakes throw a ConfigurationError naming the input.
 */



/** The default image (docs/connectivity.md#demo-image). */
const DEFAULT_IMAGE = 'quay.io/kuryr/demo';
/** Where Kuryr's DevStack plugin writes Kuryr's configuration. */
const DEFAULT_KURYR_CONF = '/etc/kuryr/kuryr.conf';
/** A namespace name unique per run. */
function generateNamespace() {
    return `kdf-conn-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(3).toString('hex')}`;
}
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Reads and validates every input. */
function readConnectivitySettings(inputs, env = process.env) {
    const given = inputs.getOptionalInput('namespace');
    if (given !== undefined && (!DNS_LABEL.test(given) || given.length > 63)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'namespace' must be a DNS label (lowercase letters, digits, '-'; got '${given}').`, 'namespace');
    }
    const execMode = (0,_runtime_env_js__WEBPACK_IMPORTED_MODULE_0__/* .kdfEnv */ .ZH)('connectivityExecMode', env) ?? 'batched';
    if (execMode !== 'batched' && execMode !== 'per-probe') {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${(0,_runtime_env_js__WEBPACK_IMPORTED_MODULE_0__/* .kdfEnvName */ .o3)('connectivityExecMode')} must be batched or per-probe (got '${execMode}').`, (0,_runtime_env_js__WEBPACK_IMPORTED_MODULE_0__/* .kdfEnvName */ .o3)('connectivityExecMode'));
    }
    const suites = inputs.getListInput('suites');
    return {
        suites: suites.length > 0 ? suites : ['basic'],
        kubeconfig: inputs.getOptionalInput('kubeconfig'),
        cloud: inputs.getOptionalInput('os-cloud', 'devstack-admin'),
        namespace: given ?? generateNamespace(),
        generatedNamespace: given === undefined,
        image: inputs.getOptionalInput('image', DEFAULT_IMAGE),
        replicas: inputs.getIntegerInput('replicas', { min: 1, max: 200 }, 2),
        mode: inputs.getEnumInput('mode', ['baremetal', 'nested'], 'baremetal'),
        filter: inputs.getListInput('filter'),
        repeat: inputs.getIntegerInput('repeat', { min: 1, max: 100 }),
        timeoutMs: inputs.getIntegerInput('timeout-minutes', { min: 1, max: 24 * 60 }, 30) * 60_000,
        resultsDir: inputs.getOptionalInput('results-dir'),
        externalTarget: inputs.getOptionalInput('external-target'),
        kuryrConf: inputs.getOptionalInput('kuryr-conf', DEFAULT_KURYR_CONF),
        execMode,
    };
}


/***/ }),

/***/ 16353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QK: () => (/* binding */ cloudAuthHost),
/* harmony export */   Y2: () => (/* binding */ cloudsYamlCandidates),
/* harmony export */   bw: () => (/* binding */ configFileCandidates),
/* harmony export */   zO: () => (/* binding */ cloudPassword)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84704);
/**
 * Reads a cloud's password from clouds.yaml, the way openstacksdk finds the file: `OS_CLIENT_CONFIG_FILE` (the
 * `clouds-yaml` input), else `./clouds.yaml`, `~/.config/openstack/clouds.yaml`, `/etc/openstack/clouds.yaml`.
 * DevStack gives every user ADMIN_PASSWORD (docs/devstack-operations.md#credentials), so the password of any devstack
 * cloud is the admin password the overcloud must share.
 */





/**
 * The `file` (clouds.yaml or secure.yaml) candidates openstacksdk would read, in its order; `explicit` alone if given
 * (relative to `cwd`, as the CLI started there would read it).
 */
function configFileCandidates(file, explicit, cwd = process.cwd()) {
    if (explicit !== undefined && explicit !== '')
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, explicit)];
    return [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, file), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.config/openstack', file), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('/etc/openstack', file)];
}
/** The clouds.yaml files openstacksdk would read, in its order. */
function cloudsYamlCandidates(explicit, cwd = process.cwd()) {
    return configFileCandidates('clouds.yaml', explicit, cwd);
}
/** `clouds.<cloud>.auth.auth_url`'s host, or undefined when clouds.yaml or the URL cannot be read. */
function cloudAuthHost(cloud, explicit, cwd) {
    for (const file of cloudsYamlCandidates(explicit, cwd)) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            continue;
        try {
            const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
            const url = doc?.clouds?.[cloud]?.auth?.auth_url;
            if (typeof url === 'string')
                return new URL(url).hostname;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/** `clouds.<cloud>.auth.password`; a ConfigurationError naming `admin-password` when it cannot be found. */
function cloudPassword(cloud, explicit, cwd) {
    const files = cloudsYamlCandidates(explicit, cwd);
    for (const file of files) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            continue;
        let doc;
        try {
            doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        }
        catch (err) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is not valid YAML: ${err.message}`, 'clouds-yaml');
        }
        const password = doc?.clouds?.[cloud]
            ?.auth?.password;
        if (typeof password === 'string' && password !== '')
            return password;
        if (explicit)
            break;
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`no password for cloud '${cloud}' in ${files.join(', ')}: set 'admin-password' to the undercloud's ADMIN_PASSWORD`, 'admin-password');
}


/***/ }),

/***/ 64416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ deletedIfExists),
/* harmony export */   CA: () => (/* binding */ unlessNotFound),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   jK: () => (/* binding */ OpenStackError)
/* harmony export */ });
/* unused harmony exports classifyOpenStackFailure, apiMessageOf */
const CONNECTION_FAILURES = [
    /Unable to establish connection/i,
    /Connection refused/i,
    /Connection reset/i,
    /Connection aborted/i,
    /ECONNREFUSED|ECONNRESET/,
    /Service Unavailable|Bad Gateway|Gateway Timeout/i,
];
const NOT_FOUND = [
    /No \S+ found for /i,
    /No \S+ with a name or ID of /i,
    /Unable to find \S+ with name or id /i,
    /could not be found/i,
    /NotFound/,
];
/**
 * Classifies the stderr of a failed `openstack` call. 4xx answers are never transient; connection failures
 * ("Unable to establish connection", refused, reset) and 5xx answers are.
 */
function classifyOpenStackFailure(stderr) {
    const status = /(?:Exception|Error)?:?\s*\(?HTTP (\d{3})\)?|\w+Exception: (\d{3})\b/.exec(stderr);
    const code = status ? Number(status[1] ?? status[2]) : undefined;
    const notFound = code === 404 || NOT_FOUND.some((re) => re.test(stderr));
    if (code !== undefined && code >= 400 && code < 500)
        return { httpStatus: code, transient: false, notFound };
    if (notFound)
        return { httpStatus: code, transient: false, notFound };
    const transient = (code !== undefined && code >= 500) || CONNECTION_FAILURES.some((re) => re.test(stderr));
    return { httpStatus: code, transient, notFound: false };
}
/** The API's message: the last meaningful stderr line, without the client's "Error while executing command:" lead. */
function apiMessageOf(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' &&
        !/^\d+ of \d+ \S+ failed to delete\.?$/.test(line) &&
        !/^Neutron server returns request_ids:/.test(line));
    const last = lines[lines.length - 1] ?? '';
    return last.replace(/^Error while executing command:\s*/, '');
}
/**
 * A failed OpenStack operation: through the CLI, the command line, its exit code and the API's message from stderr;
 * through the REST client, the operation's `openstack …` equivalent, `exitCode` null and the HTTP answer.
 */
class OpenStackError extends Error {
    /** The masked command line (REST client: the operation's `openstack …` equivalent). */
    command;
    /** The exit code, or `null` when the process was killed (timeout, cancellation). */
    exitCode;
    /** The API's message (e.g. `No Flavor found for nope`, `ConflictException: 409, …`). */
    apiMessage;
    /** The whole stderr (masked). */
    stderr;
    httpStatus;
    /** True for connection failures and 5xx answers. */
    transient;
    /** True when the object does not exist. */
    notFound;
    /** True when the call was killed by its timeout. */
    timedOut;
    constructor(init) {
        const apiMessage = init.http ? init.http.apiMessage : apiMessageOf(init.stderr);
        const klass = init.http
            ? { httpStatus: init.http.status, transient: init.http.transient, notFound: init.http.notFound }
            : classifyOpenStackFailure(init.stderr);
        const what = init.timedOut ? 'timed out' : (init.http?.what ?? `exited with code ${String(init.exitCode)}`);
        const tries = init.attempts !== undefined && init.attempts > 1 ? ` (after ${init.attempts} attempts)` : '';
        super(`\`${init.command}\` ${what}${tries}${apiMessage ? `: ${apiMessage}` : ''}`, { cause: init.cause });
        this.name = 'OpenStackError';
        this.command = init.command;
        this.exitCode = init.exitCode;
        this.apiMessage = apiMessage;
        this.stderr = init.stderr;
        this.httpStatus = klass.httpStatus;
        this.transient = !init.timedOut && klass.transient;
        this.notFound = klass.notFound;
        this.timedOut = init.timedOut ?? false;
    }
    /** Wraps a runner's `CommandError`. */
    static fromCommandError(err, attempts) {
        return new OpenStackError({
            command: err.command,
            exitCode: err.exitCode,
            stderr: err.result.stderr,
            timedOut: err.timedOut,
            cause: err,
            attempts,
        });
    }
}
/** True when `err` is an {@link OpenStackError} for an object that does not exist. */
function isNotFound(err) {
    return err instanceof OpenStackError && err.notFound;
}
/** `work`'s value, or `undefined` when it fails because the object does not exist. */
async function unlessNotFound(work) {
    try {
        return await work;
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        throw err;
    }
}
/** True once `deletion` is done, false when the object did not exist. */
async function deletedIfExists(deletion) {
    return (await unlessNotFound(deletion.then(() => true))) ?? false;
}


/***/ }),

/***/ 96526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ TEARDOWN_ORDER),
/* harmony export */   k: () => (/* binding */ TeardownLedger)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/**
 * The teardown ledger: every resource a trunk-VM run created (or adopted), persisted as JSON after each change so a
 * later `down`, even after a crash mid-way, knows what to delete.
 */


/** Dependency order of teardown. */
const TEARDOWN_ORDER = [
    'floating-ip',
    'server',
    'subport',
    'trunk',
    'port',
    'keypair',
    'security-group-rule',
    'image',
];
/** A ledger bound to a file (or to memory when `path` is undefined). */
class TeardownLedger {
    path;
    data;
    constructor(path, cloud, entries = []) {
        this.path = path;
        this.data = { version: 1, cloud, entries: [...entries] };
    }
    /** Loads a ledger file; a missing file is an empty ledger. */
    static load(path, cloud) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            return new TeardownLedger(path, cloud);
        let parsed;
        try {
            parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch (err) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`ledger ${path} is not valid JSON: ${String(err)}`, 'ledger');
        }
        const data = parsed;
        if (data.version !== 1 || !Array.isArray(data.entries)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`ledger ${path} is not a trunk-vm teardown ledger (version 1)`, 'ledger');
        }
        return new TeardownLedger(path, data.cloud ?? cloud, data.entries);
    }
    /** The cloud the resources live in. */
    get cloud() {
        return this.data.cloud;
    }
    /** A copy of the entries. */
    get entries() {
        return [...this.data.entries];
    }
    /** Records a resource (once per kind and id) and saves. */
    record(entry) {
        if (!this.data.entries.some((e) => e.kind === entry.kind && e.id === entry.id)) {
            this.data.entries.push(entry);
            this.save();
        }
    }
    /** Forgets a resource (after it was deleted) and saves. */
    remove(entry) {
        this.data.entries = this.data.entries.filter((e) => !(e.kind === entry.kind && e.id === entry.id));
        this.save();
    }
    /** Writes the file atomically (temporary file, then rename). */
    save() {
        if (this.path === undefined)
            return;
        const tmp = `${this.path}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, `${JSON.stringify(this.data, null, 2)}\n`, { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, this.path);
    }
}


/***/ }),

/***/ 71536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _b: () => (/* binding */ stackOvercloud),
/* harmony export */   x$: () => (/* binding */ OVERCLOUD_DEFAULTS)
/* harmony export */ });
/* unused harmony exports KURYR_UNITS, workerSubnetsOption, kuryrConfEdits, interfaceWithAddress, resolveOvercloudPlaceholders, planOvercloud */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84704);
/* harmony import */ var _devstack_ini_edit_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62743);
/* harmony import */ var _devstack_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6419);
/* harmony import */ var _devstack_trains_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67613);
/* harmony import */ var _devstack_stack_stream_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42483);
/* harmony import */ var _devstack_setup_triage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64416);
/**
 * The overcloud inside the trunk VM (docs/local-conf.md#overcloud-sample, docs/nested-topology.md#trunk-vm-procedure):
 * resolve the placeholders from the undercloud, render the overcloud local.conf with the configuration engine, copy
 * DevStack into the VM over SSH, run stack.sh there streamed into log groups, apply the kuryr.conf edits DevStack does
 * not make, restart the two kuryr units and fetch the overcloud kubeconfig.
 */










/** Defaults of {@link OvercloudSettings} (docs/local-conf.md#overcloud-sample). */
const OVERCLOUD_DEFAULTS = {
    profile: 'overcloud-nested-vlan',
    router: 'router1',
    subnetPool: 'shared-default-subnetpool-v4',
    devstackDir: '/opt/stack/devstack',
    remoteDir: 'devstack',
    kuryrConfPath: '/etc/kuryr/kuryr.conf',
    remoteKubeconfig: '.kube/config',
    stackTimeoutMinutes: 60,
};
/** The kuryr units restarted after the edits (docs/local-conf.md#kuryr-config-edits). */
const KURYR_UNITS = ['devstack@kuryr-kubernetes.service', 'devstack@kuryr-daemon.service'];
/**
 * The `[pod_vif_nested]` option name the pinned kuryr reads: `worker_nodes_subnet` in the df-era code (ussuri
 * train, `config.py@258c708b`), `worker_nodes_subnets` later (docs/local-conf.md#kuryr-config-edits).
 */
function workerSubnetsOption(train) {
    const option = _devstack_trains_js__WEBPACK_IMPORTED_MODULE_5__/* .TRAINS */ .G3[train]?.workerNodesSubnetOption;
    if (option === undefined)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`unknown release train '${train}'`, 'overcloud-release');
    return option;
}
/** The kuryr.conf edits of docs/local-conf.md#kuryr-config-edits for one overcloud. */
function kuryrConfEdits(train, workerSubnetId, linkIface) {
    return [
        { section: 'pod_vif_nested', key: workerSubnetsOption(train), value: workerSubnetId },
        { section: 'binding', key: 'driver', value: 'kuryr.lib.binding.drivers.vlan' },
        { section: 'binding', key: 'link_iface', value: linkIface },
    ];
}
/**
 * Finds the interface holding `ip` in `ip -o -4 addr show` output (`2: eth0    inet 10.0.0.5/26 brd …`). VLAN
 * sub-interfaces print as `eth0.101@eth0`: the name is the part before `@`.
 */
function interfaceWithAddress(ipAddrOutput, ip) {
    for (const line of ipAddrOutput.split('\n')) {
        const m = /^\d+:\s+(\S+)\s+inet\s+([0-9.]+)\//.exec(line);
        if (m && m[2] === ip)
            return m[1].split('@')[0];
    }
    return undefined;
}
/** Undercloud values for the placeholders of the overcloud profile (docs/local-conf.md#placeholders). */
async function resolveOvercloudPlaceholders(s, client) {
    const pool = await client.subnetPoolShow(s.subnetPool).catch((err) => {
        throw notFoundAsConfig(err, 'overcloud-local-conf', `subnet pool '${s.subnetPool}' does not exist on the undercloud`);
    });
    await client.routerShow(s.router).catch((err) => {
        throw notFoundAsConfig(err, 'overcloud-local-conf', `router '${s.router}' (KURYR_NEUTRON_DEFAULT_ROUTER) does not exist on the undercloud; set KURYR_NEUTRON_DEFAULT_ROUTER in overcloud-local-conf to the undercloud's router`);
    });
    let serviceHost = s.serviceHost;
    if (serviceHost === undefined || serviceHost === '')
        serviceHost = await externalGateway(client, s.externalNetwork);
    if (serviceHost === undefined)
        serviceHost = s.authUrlHost && !isLoopback(s.authUrlHost) ? s.authUrlHost : undefined;
    if (serviceHost === undefined) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot tell which undercloud address the VM reaches: cloud '${client.cloud}' cannot read an IPv4 gateway of network '${s.externalNetwork}' and its auth_url host is ${s.authUrlHost ? `loopback (${s.authUrlHost})` : 'unknown'}; set 'overcloud-service-host'`, 'overcloud-service-host');
    }
    return { serviceHost, subnetPoolId: pool.id, router: s.router };
}
/**
 * The gateway of the external network's IPv4 subnet: br-ex's address on a DevStack host, which the VM reaches
 * through the router. Undefined when the cloud may not read those subnets (demo cannot read admin's `public-subnet`).
 */
async function externalGateway(client, network) {
    const net = await client.networkShow(network);
    for (const id of net.subnets) {
        const subnet = await client.find((n) => client.subnetShow(n), id);
        if (subnet?.ipVersion === 4 && subnet.gatewayIp)
            return subnet.gatewayIp;
    }
    return undefined;
}
function isLoopback(host) {
    return /^(127\.|localhost$|::1$|\[::1\]$)/.test(host);
}
function notFoundAsConfig(err, input, message) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OpenStackError */ .jK && err.notFound ? new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(message, input) : err;
}
/** Renders the overcloud local.conf with the engine; unresolved placeholders or refused options are user errors. */
function planOvercloud(s, resolved, stackUser, hostIp) {
    const plan = (0,_devstack_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .createPlan */ .q)({
        profile: s.profile,
        release: s.release,
        set: {
            // DevStack's own guess (get_default_host_ip) skips addresses inside FIXED_RANGE (10.0.0.0/22 by default),
            // which is exactly where port0 lives on a DevStack undercloud: without HOST_IP stack.sh dies in stackrc with
            // "Could not determine host ip address".
            HOST_IP: hostIp,
            SERVICE_HOST: resolved.serviceHost,
            KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID: resolved.subnetPoolId,
            KURYR_NEUTRON_DEFAULT_ROUTER: resolved.router,
        },
        adminPassword: s.adminPassword,
        fragments: s.fragments,
        gitBase: s.gitBase,
        stackUser,
    });
    if (plan.profile.role !== 'overcloud') {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`profile '${s.profile}' is not an overcloud profile (role ${plan.profile.role}); use overcloud-nested-vlan`, 'overcloud-profile');
    }
    return plan;
}
/** Step 1: the VM's NIC that carries port0 (link_iface), detected instead of assumed. */
async function findLinkIface(vm, ssh, logger) {
    const addrs = await ssh.run(['ip', '-o', '-4', 'addr', 'show'], { timeoutMs: 60_000 });
    const linkIface = interfaceWithAddress(addrs.stdout, vm.parentPortIp);
    if (linkIface === undefined) {
        throw new Error(`no interface in the VM holds port0's address ${vm.parentPortIp}:\n${addrs.stdout.trim()}`);
    }
    logger.info(`link_iface: ${linkIface} holds ${vm.parentPortIp}`);
    return linkIface;
}
/** Step 2: DevStack into the VM (a tarball over scp, unpacked into the remote dir), and the local.conf. */
async function copyDevstack(s, localConf, { ssh, runner, logger }) {
    await logger.group(`Copy DevStack into the VM (${s.devstackDir} → ${ssh.address}:${s.remoteDir})`, async () => {
        const work = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'kdf-overcloud-'));
        try {
            const tarball = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'devstack.tar.gz');
            await runner.run('tar', ['-C', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(s.devstackDir), '-czf', tarball, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(s.devstackDir)], {
                timeoutMs: 10 * 60_000,
                label: 'tar',
            });
            const remoteTar = `/tmp/kdf-devstack-${process.pid}.tar.gz`;
            await ssh.copyTo(tarball, remoteTar);
            await ssh.run([
                'sh',
                '-c',
                'set -e; rm -rf "$1"; mkdir -p "$1"; tar -xzf "$2" -C "$1" --strip-components=1; rm -f "$2"',
                'unpack',
                s.remoteDir,
                remoteTar,
            ], { timeoutMs: 10 * 60_000 });
            await ssh.writeFile(`${s.remoteDir}/local.conf`, localConf, { mode: '0600' });
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(work, { recursive: true, force: true });
        }
    });
}
/** Step 3: stack.sh in the VM, streamed, then triaged the way the undercloud's run is. */
async function stackInVm(s, plan, ssh, logger) {
    const run = await runStack(s, ssh, logger);
    return (0,_devstack_setup_triage_js__WEBPACK_IMPORTED_MODULE_8__/* .triageStackRun */ .S)({
        outcome: run.parser.outcome(),
        exitCode: run.exitCode,
        timedOut: run.timedOut,
        cancelled: run.cancelled,
        timeoutMinutes: s.stackTimeoutMinutes,
        localConfPath: s.localConfPath,
        origins: plan.origins,
        skippedPlugins: [],
        devstackDir: s.remoteDir,
    });
}
/** Step 4: the kuryr.conf edits (docs/local-conf.md#kuryr-config-edits), read back, then the restarts. */
async function editKuryrConf(s, edits, ssh, logger) {
    await logger.group(`Edit ${s.kuryrConfPath} and restart kuryr`, async () => {
        const current = await ssh.run(['sudo', '-n', 'cat', s.kuryrConfPath], { timeoutMs: 60_000 });
        const edited = (0,_devstack_ini_edit_js__WEBPACK_IMPORTED_MODULE_9__/* .setIniOptions */ .rc)(current.stdout, edits);
        await ssh.writeFile(s.kuryrConfPath, edited, { sudo: true, mode: '0644' });
        const check = (await ssh.run(['sudo', '-n', 'cat', s.kuryrConfPath], { timeoutMs: 60_000 })).stdout;
        for (const e of edits) {
            const got = (0,_devstack_ini_edit_js__WEBPACK_IMPORTED_MODULE_9__/* .getIniOption */ .Yc)(check, e.section, e.key);
            if (got !== e.value)
                throw new Error(`kuryr.conf [${e.section}] ${e.key} reads '${got}' after the edit, not '${e.value}'`);
            logger.info(`[${e.section}] ${e.key} = ${e.value}`);
        }
        await ssh.run(['sudo', '-n', 'systemctl', 'restart', ...KURYR_UNITS], { timeoutMs: 5 * 60_000 });
        logger.info(`restarted ${KURYR_UNITS.join(' and ')}`);
    });
}
/** Step 5: the kubeconfig, copied out of the VM (0600); a finding when it cannot be read. */
async function fetchKubeconfig(s, ssh, logger) {
    try {
        const kube = await ssh.run(['cat', s.remoteKubeconfig], { timeoutMs: 60_000 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(s.kubeconfigPath, kube.stdout, { mode: 0o600 });
        logger.info(`overcloud kubeconfig fetched to ${s.kubeconfigPath}`);
        return { path: s.kubeconfigPath };
    }
    catch (err) {
        return {
            finding: {
                file: s.localConfPath,
                line: 1,
                level: 'failure',
                title: 'overcloud kubeconfig missing',
                message: `~/${s.remoteKubeconfig} could not be read in the VM: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(err)}`,
                rule: 'overcloud-kubeconfig',
            },
        };
    }
}
/**
 * Stacks the overcloud in the VM. Never throws for a stack.sh failure (it is in the result, with findings); throws
 * for user mistakes (ConfigurationError) and for SSH/copy failures.
 */
async function stackOvercloud(s, vm, deps) {
    const { client, ssh, logger } = deps;
    const resolved = await resolveOvercloudPlaceholders(s, client);
    logger.info(`overcloud placeholders: HOST_IP=${vm.parentPortIp} (port0), SERVICE_HOST=${resolved.serviceHost}, KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID=${resolved.subnetPoolId} (${s.subnetPool}), KURYR_NEUTRON_DEFAULT_ROUTER=${resolved.router}, worker nodes subnet ${vm.workerSubnetId}`);
    const plan = planOvercloud(s, resolved, ssh.target.user, vm.parentPortIp);
    for (const secret of plan.secrets)
        logger.addSecret(secret);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(s.localConfPath, plan.localConf, { mode: 0o600 });
    const base = { ...resolved, kuryrConf: [] };
    const linkIface = await findLinkIface(vm, ssh, logger);
    await copyDevstack(s, plan.localConf, deps);
    const triage = await stackInVm(s, plan, ssh, logger);
    const findings = triage.findings.map((f) => ({ ...f, title: `overcloud ${f.title}` }));
    const stacked = { ...base, linkIface, findings, tail: triage.tail };
    if (!triage.success)
        return { ...stacked, success: false, headline: `overcloud: ${triage.headline}` };
    const train = plan.train.name;
    const edits = kuryrConfEdits(train, vm.workerSubnetId, linkIface);
    await editKuryrConf(s, edits, ssh, logger);
    const kube = await fetchKubeconfig(s, ssh, logger);
    if ('finding' in kube) {
        findings.push(kube.finding);
        return { ...stacked, kuryrConf: edits, success: false, headline: 'overcloud stacked but no kubeconfig' };
    }
    return {
        ...stacked,
        kuryrConf: edits,
        kubeconfigPath: kube.path,
        success: true,
        headline: `overcloud stacked (${plan.profile.name}, train ${train})`,
    };
}
async function runStack(s, ssh, logger) {
    const run = await (0,_devstack_stack_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .streamStackRun */ .k)((onLine) => ssh.run(['sh', '-c', 'cd "$1" && exec ./stack.sh', 'stack', s.remoteDir], {
        timeoutMs: s.stackTimeoutMinutes * 60_000,
        onStdoutLine: onLine,
        onStderrLine: onLine,
        label: 'overcloud stack.sh',
        maxBufferBytes: 1024 * 1024,
    }), { logger, label: 'overcloud stack.sh', heartbeatMs: s.heartbeatMs });
    const { parser, exitCode } = run;
    // As on the undercloud: with LOGFILE + VERBOSE the completion line is only in the summary log.
    if (exitCode === 0 && !parser.outcome().completed) {
        // .stackenv (save_stackenv) knows where LOGFILE went in the VM
        const summary = await ssh
            // LOGFILE there carries stack.sh's timestamp suffix; `<name>.summary` is the symlink to the newest summary
            .run(['sh', '-c', 'cd "$1" && . ./.stackenv && cat "${LOGFILE%.*}.summary"', 'summary', s.remoteDir], {
            timeoutMs: 60_000,
            allowedExitCodes: [0, 1, 2],
        })
            .catch(() => undefined);
        for (const line of (summary?.stdout ?? '').split('\n'))
            parser.push(line);
    }
    return run;
}


/***/ }),

/***/ 21358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AA: () => (/* binding */ TRUNK_VM_DEFAULTS),
  Xc: () => (/* binding */ TRUNK_VM_RULES),
  YF: () => (/* binding */ downTrunkVm),
  hT: () => (/* binding */ upTrunkVm)
});

// EXTERNAL MODULE: ./build/runtime/cancel.js
var cancel = __webpack_require__(1729);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/openstack/errors.js
var openstack_errors = __webpack_require__(64416);
// EXTERNAL MODULE: ./build/openstack/ledger.js
var openstack_ledger = __webpack_require__(96526);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/openstack/types/network.js
var network = __webpack_require__(28635);
;// CONCATENATED MODULE: ./build/openstack/security-groups.js
/**
 * Security groups by project. Neutron names are not unique: an admin lists one `default` group per project, so
 * `security group rule list default` fails with "More than one SecurityGroup exists with the name 'default'". The
 * trunk VM's group is resolved here, once, to the id of the group in the cloud's own project, and used by id.
 */


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Resolves a security group name (or id) to the id of that group in the cloud's own project. An id is returned as
 * is. Among several groups of that name (an admin sees every project's `default`), the one of the current project
 * wins; a single group of another project (shared with this one) is taken as well.
 * @throws ConfigurationError naming `input` when no group, or several none of them the project's own, match
 */
async function resolveSecurityGroupId(client, nameOrId, input = 'security-group') {
    if (UUID.test(nameOrId))
        return nameOrId;
    const projectId = await client.projectId();
    const groups = await client.securityGroupList();
    const named = groups.filter((g) => g.name === nameOrId);
    const own = named.filter((g) => g.projectId === projectId);
    if (own.length === 1 && own[0])
        return own[0].id;
    if (own.length === 0 && named.length === 1 && named[0])
        return named[0].id;
    if (named.length === 0) {
        throw new errors/* ConfigurationError */.j1(`security group '${nameOrId}' does not exist for cloud '${client.cloud}' (project ${projectId})`, input);
    }
    const where = (own.length > 1 ? own : named).map((g) => `${g.id} (project ${g.projectId})`).join(', ');
    throw new errors/* ConfigurationError */.j1(`security group '${nameOrId}' is ambiguous for cloud '${client.cloud}' (project ${projectId}): ${where}; ` +
        'give its id instead', input);
}

// EXTERNAL MODULE: ./build/runtime/wait.js
var wait = __webpack_require__(21166);
;// CONCATENATED MODULE: ./build/openstack/trunk-vm-steps.js
/**
 * The steps of the nested trunk VM's bring-up (trunk-vm.ts runs them in order): each finds its object, adopts it
 * when `reuse` allows, or creates it, and records it in the run's {@link TeardownLedger}.
 */









/** Fails clearly when `what` exists and `reuse` is off. */
function existing(kind, name, reuse) {
    if (!reuse) {
        throw new errors/* ConfigurationError */.j1(`${kind} '${name}' already exists: delete it, or set 'reuse: true' to adopt it`, 'reuse');
    }
}
/** 1. The key pair, generated per run; the private key is a secret, written with mode 0600. */
async function ensureKeypair({ s, deps: { client, logger }, ledger }) {
    const knownKeypair = await client.find((n) => client.keypairShow(n), s.keypairName);
    if (knownKeypair) {
        existing('key pair', s.keypairName, s.reuse);
        if (!(0,external_node_fs_.existsSync)(s.sshKeyPath)) {
            throw new errors/* ConfigurationError */.j1(`key pair '${s.keypairName}' exists but its private key ${s.sshKeyPath} does not: it cannot be adopted`, 'ssh-key-path');
        }
        ledger.record({ kind: 'keypair', id: s.keypairName, adopted: true });
    }
    else {
        const keypair = await client.keypairCreate(s.keypairName);
        ledger.record({ kind: 'keypair', id: s.keypairName });
        const key = keypair.privateKey ?? '';
        logger.addSecret(key);
        (0,external_node_fs_.writeFileSync)(s.sshKeyPath, key, { mode: 0o600 });
        (0,external_node_fs_.chmodSync)(s.sshKeyPath, 0o600);
        logger.info(`key pair ${s.keypairName} created; private key in ${s.sshKeyPath}`);
    }
}
/**
 * 2. The ICMP and SSH rules, idempotent, in the group of the cloud's own project (by id: an admin sees one
 * `default` per project, and the name alone is ambiguous). Returns the group's id.
 */
async function ensureSecurityRules({ s, deps: { client, logger }, ledger }, rules) {
    const groupId = await resolveSecurityGroupId(client, s.securityGroup);
    for (const spec of rules) {
        const { rule, created } = await client.ensureSecurityGroupRule(groupId, spec);
        if (created)
            ledger.record({ kind: 'security-group-rule', id: rule.id });
        logger.info(`security group ${s.securityGroup} (${groupId}): ${describeRule(spec)} ${created ? 'added' : 'present'}`);
    }
    return groupId;
}
/** 3. The image (must exist, or comes from `imageUrl`), the flavor, and the external network (must be external). */
async function bootInputs(run) {
    const { s } = run;
    const { client } = run.deps;
    const image = s.imageUrl === undefined
        ? await mustExist(() => client.imageShow(s.image), 'image', `image '${s.image}' does not exist`)
        : await ensureImage(run, s.imageUrl);
    const flavor = await mustExist(() => client.flavorShow(s.flavor), 'flavor', `flavor '${s.flavor}' does not exist`);
    const external = await mustExist(() => client.networkShow(s.externalNetwork), 'external-network', `network '${s.externalNetwork}' does not exist`);
    if (!external.external) {
        throw new errors/* ConfigurationError */.j1(`network '${s.externalNetwork}' is not external (router:external)`, 'external-network');
    }
    return { image, flavor };
}
/** 4. port0 on the network, in security group `groupId`; its first fixed IP is the VM's address. */
async function ensureParentPort({ s, deps: { client }, ledger }, groupId) {
    let port = await client.find((n) => client.portShow(n), s.portName);
    if (port) {
        existing('port', s.portName, s.reuse);
        ledger.record({ kind: 'port', id: port.id, name: s.portName, adopted: true });
    }
    else {
        await mustExist(() => client.networkShow(s.network), 'network', `network '${s.network}' does not exist`);
        port = await client.portCreate(s.portName, { network: s.network, securityGroups: [groupId] });
        ledger.record({ kind: 'port', id: port.id, name: s.portName });
    }
    const workerSubnetId = port.fixedIps[0]?.subnetId;
    const parentPortIp = port.fixedIps[0]?.ipAddress;
    if (workerSubnetId === undefined || parentPortIp === undefined) {
        throw new Error(`port ${s.portName} (${port.id}) has no fixed IP`);
    }
    return { port, workerSubnetId, parentPortIp };
}
/** 5. trunk0 with port0 as its parent (an adopted trunk must have that parent). */
async function ensureTrunk({ s, deps: { client }, ledger }, port) {
    let trunk = await client.find((n) => client.trunkShow(n), s.trunkName);
    if (trunk) {
        existing('trunk', s.trunkName, s.reuse);
        if (trunk.portId !== port.id) {
            throw new errors/* ConfigurationError */.j1(`trunk '${s.trunkName}' exists with parent port ${trunk.portId}, not ${s.portName} (${port.id})`, 'reuse');
        }
        ledger.record({ kind: 'trunk', id: trunk.id, name: s.trunkName, adopted: true });
    }
    else {
        trunk = await client.trunkCreate(s.trunkName, port.id);
        ledger.record({ kind: 'trunk', id: trunk.id, name: s.trunkName });
    }
    return trunk;
}
/** 6. The optional VLAN subports the trunk does not have yet; returns every subport's port id by VLAN id. */
async function ensureSubports({ s, deps: { client, signal }, ledger }, trunk) {
    const subportIds = {};
    for (const sub of trunk.subPorts)
        subportIds[sub.segmentationId] = sub.portId;
    for (const vlan of s.subportVlanIds) {
        if (subportIds[vlan] !== undefined)
            continue;
        (0,cancel/* throwIfCancelled */.dZ)(signal);
        const name = `${s.trunkName}-vlan${vlan}`;
        const sub = await client.portCreate(name, { network: s.subportNetwork ?? s.network });
        ledger.record({ kind: 'port', id: sub.id, name });
        await client.trunkSet(trunk.id, [{ port: sub.id, segmentationId: vlan }]);
        ledger.record({ kind: 'subport', id: sub.id, name, trunkId: trunk.id });
        subportIds[vlan] = sub.id;
    }
    return subportIds;
}
/** 7. The server on port0, then waits until it is ACTIVE (a server in ERROR fails with its fault). */
async function ensureServer({ s, deps: { client, logger, signal }, ledger }, boot) {
    let server = await client.find((n) => client.serverShow(n), s.serverName);
    if (server) {
        existing('server', s.serverName, s.reuse);
        ledger.record({ kind: 'server', id: server.id, name: s.serverName, adopted: true });
    }
    else {
        server = await client.serverCreate(s.serverName, {
            image: boot.image.id,
            flavor: boot.flavor.id,
            portId: boot.port.id,
            keyName: s.keypairName,
        });
        ledger.record({ kind: 'server', id: server.id, name: s.serverName });
        logger.info(`server ${s.serverName} (${server.id}) created; waiting for ACTIVE`);
    }
    const serverId = server.id;
    let last = server;
    await (0,wait/* waitFor */.fm)(async () => {
        last = await client.serverShow(serverId);
        if (last.status === 'ACTIVE')
            return last;
        if (last.status === 'ERROR')
            throw await serverFailure(client, last);
        return undefined;
    }, {
        timeoutMs: s.bootTimeoutMs ?? 600_000,
        intervalMs: s.pollIntervalMs ?? 2000,
        describe: () => `server ${s.serverName} (${serverId}) to be ACTIVE (last status ${last.status})`,
        signal,
    });
    return serverId;
}
/** 8. A floating IP on the external network, associated to port0 (the one it has, with `reuse`). */
async function attachFloatingIp({ s, deps: { client }, ledger }, port) {
    const [adopt] = await client.floatingIpIds({ port: port.id });
    if (adopt !== undefined) {
        existing(`floating IP on port`, s.portName, s.reuse);
        ledger.record({ kind: 'floating-ip', id: adopt, adopted: true });
        const shown = await client.floatingIpShow(adopt);
        return { id: shown.id, address: shown.address };
    }
    const fip = await client.floatingIpCreate(s.externalNetwork, { port: port.id });
    ledger.record({ kind: 'floating-ip', id: fip.id, name: fip.address });
    return { id: fip.id, address: fip.address };
}
/**
 * The image for `imageUrl`: the Glance image named `image` when it exists, otherwise the URL downloaded with curl
 * (kept in `imageCacheDir` by the URL's SHA-256, so a second run does not download again) and uploaded.
 */
async function ensureImage({ s, deps: { client, logger, runner }, ledger }, url) {
    const known = await client.find((n) => client.imageShow(n), s.image);
    if (known) {
        logger.info(`image ${s.image} exists (${known.id}); image-url not downloaded`);
        return known;
    }
    if (!runner)
        throw new Error('image-url needs a command runner for curl');
    const cacheDir = s.imageCacheDir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'kdf-image-cache');
    (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true, mode: 0o700 });
    const file = (0,external_node_path_.join)(cacheDir, `${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 32)}.img`);
    if ((0,external_node_fs_.existsSync)(file)) {
        logger.info(`image-url ${url}: cached in ${file}`);
    }
    else {
        const partial = `${file}.part-${process.pid}`;
        logger.info(`downloading image-url ${url}`);
        try {
            await runner.run('curl', ['--fail', '--location', '--silent', '--show-error', '--retry', '3', '--output', partial, '--', url], { timeoutMs: 60 * 60_000, label: 'curl' });
            (0,external_node_fs_.renameSync)(partial, file);
        }
        catch (err) {
            (0,external_node_fs_.rmSync)(partial, { force: true });
            throw new errors/* ConfigurationError */.j1(`image-url ${url} could not be downloaded: ${(0,errors/* getErrorMessage */.u1)(err)}`, 'image-url');
        }
    }
    const image = await client.imageCreate(s.image, { file, diskFormat: s.imageDiskFormat ?? 'qcow2' });
    ledger.record({ kind: 'image', id: image.id, name: s.image });
    logger.info(`image ${s.image} (${image.id}) uploaded from ${url}`);
    return image;
}
async function mustExist(show, input, message) {
    try {
        return await show();
    }
    catch (err) {
        if (err instanceof openstack_errors/* OpenStackError */.jK && err.notFound)
            throw new errors/* ConfigurationError */.j1(`${message} (${err.apiMessage})`, input);
        throw err;
    }
}
/** The error for a server in ERROR: its fault and the tail of its console log. */
async function serverFailure(client, server) {
    let log = '';
    try {
        log = (await client.consoleLog(server.id, 50)).trimEnd();
    }
    catch (err) {
        log = `(console log unavailable: ${(0,errors/* getErrorMessage */.u1)(err)})`;
    }
    const fault = server.fault
        ? `${server.fault.message}${server.fault.code === undefined ? '' : ` (code ${server.fault.code})`}`
        : 'no fault recorded';
    return new Error(`server ${server.name} (${server.id}) went to ERROR: ${fault}\nconsole log:\n${log}`);
}
function describeRule(spec) {
    return spec.dstPort === undefined ? spec.protocol : `${spec.protocol}/${spec.dstPort}`;
}

;// CONCATENATED MODULE: ./build/openstack/trunk-vm.js
/**
 * The nested trunk VM (docs/nested-topology.md#trunk-vm-procedure) (library part of `actions/trunk-vm`): key pair,
 * security group rules, parent port `port0`, trunk `trunk0`, a server on the parent port, a floating IP, optional VLAN
 * subports. Every created resource goes into a {@link TeardownLedger} so {@link downTrunkVm} can undo a run, also a
 * partial one.
 *
 * SSH readiness and the overcloud follow in trunk-vm-action.ts (ssh.ts, overcloud.ts).
 */






/** The defaults of docs/nested-topology.md#trunk-vm-procedure for everything but the image and the paths. */
const TRUNK_VM_DEFAULTS = {
    flavor: 'ds4G',
    network: 'private',
    externalNetwork: 'public',
    securityGroup: 'default',
    serverName: 'overcloud_vm',
    portName: 'port0',
    trunkName: 'trunk0',
    subportVlanIds: [],
    reuse: false,
};
/** The rules docs/nested-topology.md#trunk-vm-procedure adds to the VM's security group. */
const TRUNK_VM_RULES = [{ protocol: 'icmp' }, { protocol: 'tcp', dstPort: 22 }];
/**
 * Brings the trunk VM up, in the order of docs/nested-topology.md#trunk-vm-procedure. On failure it tears down what it
 * created (the ledger then is empty) and rethrows.
 */
async function upTrunkVm(settings, deps) {
    validate(settings);
    const ledger = settings.ledgerPath
        ? openstack_ledger/* TeardownLedger */.k.load(settings.ledgerPath, deps.client.cloud)
        : new openstack_ledger/* TeardownLedger */.k(undefined, deps.client.cloud);
    try {
        return await up(settings, deps, ledger);
    }
    catch (err) {
        deps.logger.error(`trunk VM failed: ${(0,errors/* getErrorMessage */.u1)(err)}; tearing down what this run created`);
        try {
            await downTrunkVm(ledger, deps, {
                deleteTimeoutMs: settings.deleteTimeoutMs,
                pollIntervalMs: settings.pollIntervalMs,
            });
        }
        catch (teardown) {
            deps.logger.error(`teardown after the failure was incomplete: ${(0,errors/* getErrorMessage */.u1)(teardown)}`);
        }
        throw err;
    }
}
function validate(s) {
    const required = [
        ['image', s.image],
        ['flavor', s.flavor],
        ['network', s.network],
        ['external-network', s.externalNetwork],
        ['security-group', s.securityGroup],
        ['server-name', s.serverName],
        ['port-name', s.portName],
        ['trunk-name', s.trunkName],
        ['keypair-name', s.keypairName],
        ['ssh-key-path', s.sshKeyPath],
    ];
    for (const [input, value] of required) {
        if (value.trim() === '')
            throw new errors/* ConfigurationError */.j1(`input '${input}' must not be empty`, input);
    }
    for (const id of s.subportVlanIds) {
        if (!Number.isInteger(id) || id < 1 || id > 4094) {
            throw new errors/* ConfigurationError */.j1(`subport VLAN id ${id} is not in 1-4094`, 'subports');
        }
    }
    if (new Set(s.subportVlanIds).size !== s.subportVlanIds.length) {
        throw new errors/* ConfigurationError */.j1('subport VLAN ids must be unique', 'subports');
    }
}
/** The bring-up's steps in order (trunk-vm-steps.ts), checking for a cancellation before each. */
async function up(s, deps, ledger) {
    const run = { s, deps, ledger };
    const step = () => (0,cancel/* throwIfCancelled */.dZ)(deps.signal);
    step();
    await ensureKeypair(run);
    step();
    const groupId = await ensureSecurityRules(run, s.securityRules ?? TRUNK_VM_RULES);
    step();
    const { image, flavor } = await bootInputs(run);
    step();
    const { port, workerSubnetId, parentPortIp } = await ensureParentPort(run, groupId);
    step();
    const trunk = await ensureTrunk(run, port);
    step();
    const subportIds = await ensureSubports(run, trunk);
    step();
    const serverId = await ensureServer(run, { image, flavor, port });
    step();
    const fip = await attachFloatingIp(run, port);
    deps.logger.info(`trunk VM up: server ${serverId}, floating IP ${fip.address}, trunk ${trunk.id}`);
    return {
        serverId,
        floatingIp: fip.address,
        floatingIpId: fip.id,
        trunkId: trunk.id,
        parentPortId: port.id,
        parentPortIp,
        workerSubnetId,
        sshKeyPath: s.sshKeyPath,
        subportIds,
        ledger,
    };
}
/**
 * Deletes what the ledger records, in dependency order (floating IP, server and wait until gone, subports, trunk,
 * ports, key pair, rules). Idempotent: gone resources count as deleted. Every step is tried; deleted entries leave
 * the ledger, and when some failed it throws listing them.
 */
async function downTrunkVm(ledger, { client, logger }, options = {}) {
    const failures = [];
    const entries = ledger.entries.filter((e) => options.includeAdopted || !e.adopted);
    for (const kind of openstack_ledger/* TEARDOWN_ORDER */._) {
        for (const entry of entries.filter((e) => e.kind === kind)) {
            try {
                await deleteEntry(client, entry, options);
                ledger.remove(entry);
                logger.info(`deleted ${entry.kind} ${entry.name ?? entry.id}`);
            }
            catch (err) {
                failures.push(`${entry.kind} ${entry.name ?? entry.id}: ${(0,errors/* getErrorMessage */.u1)(err)}`);
            }
        }
    }
    // adopted entries are not ours to delete: forget them
    for (const entry of ledger.entries.filter((e) => e.adopted && !options.includeAdopted))
        ledger.remove(entry);
    if (failures.length > 0)
        throw new Error(`teardown incomplete:\n  ${failures.join('\n  ')}`);
}
async function deleteEntry(client, entry, options) {
    switch (entry.kind) {
        case 'floating-ip':
            await client.floatingIpDelete(entry.id);
            return;
        case 'server':
            if (await client.serverDelete(entry.id)) {
                await (0,wait/* waitFor */.fm)(async () => ((await client.find((id) => client.serverShow(id), entry.id)) ? undefined : true), {
                    timeoutMs: options.deleteTimeoutMs ?? 300_000,
                    intervalMs: options.pollIntervalMs ?? 2000,
                    describe: `server ${entry.name ?? entry.id} to be deleted`,
                });
            }
            return;
        case 'subport':
            if (entry.trunkId !== undefined) {
                try {
                    await client.trunkUnset(entry.trunkId, [entry.id]);
                }
                catch (err) {
                    // the trunk or the subport is gone already, or the port is no longer a subport
                    if (!(err instanceof openstack_errors/* OpenStackError */.jK) || !(err.notFound || err.httpStatus === 404))
                        throw err;
                }
            }
            return;
        case 'trunk':
            await client.trunkDelete(entry.id);
            return;
        case 'port':
            await client.portDelete(entry.id);
            return;
        case 'keypair':
            await client.keypairDelete(entry.id);
            return;
        case 'security-group-rule':
            await client.securityGroupRuleDelete(entry.id);
            return;
        case 'image':
            await client.imageDelete(entry.id);
            return;
    }
}


/***/ }),

/***/ 28635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ parseSubnet),
/* harmony export */   HE: () => (/* binding */ parseSubnetPool),
/* harmony export */   LP: () => (/* binding */ parseRouter),
/* harmony export */   MO: () => (/* binding */ parseNetwork),
/* harmony export */   PC: () => (/* binding */ parseSecurityGroupRule),
/* harmony export */   PG: () => (/* binding */ parseSecurityGroupRuleList),
/* harmony export */   Pt: () => (/* binding */ parseSecurityGroupList),
/* harmony export */   Rf: () => (/* binding */ parseFloatingIp)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3314);
/**
 * Neutron's network objects as `openstack … -f json` prints them: networks, subnets, subnet pools, security group
 * rules and floating IPs (ports and trunks are in port.ts).
 */

/** `network show -f json`. */
function parseNetwork(text) {
    const w = 'network show';
    const o = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseObject */ .lj)(w, text);
    const subnets = o.subnets;
    return {
        id: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'id'),
        name: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'name'),
        external: o['router:external'] === true,
        subnets: Array.isArray(subnets) ? subnets.filter((s) => typeof s === 'string') : [],
    };
}
/** `subnet show -f json`. */
function parseSubnet(text) {
    const w = 'subnet show';
    const o = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseObject */ .lj)(w, text);
    return {
        id: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'id'),
        name: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'name'),
        cidr: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'cidr'),
        networkId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'network_id'),
        subnetpoolId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'subnetpool_id'),
        gatewayIp: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'gateway_ip'),
        ipVersion: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(w, o, 'ip_version'),
    };
}
/** `subnet pool show -f json`. */
function parseSubnetPool(text) {
    const w = 'subnet pool show';
    const o = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseObject */ .lj)(w, text);
    const prefixes = o.prefixes;
    return {
        id: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'id'),
        name: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'name'),
        prefixes: Array.isArray(prefixes) ? prefixes.filter((p) => typeof p === 'string') : [],
        // the CLI prints a number, Neutron's API a numeric string
        defaultPrefixlen: typeof o.default_prefixlen === 'number' ||
            (typeof o.default_prefixlen === 'string' && /^\d+$/.test(o.default_prefixlen))
            ? Number(o.default_prefixlen)
            : null,
    };
}
/** `security group rule create -f json` (snake_case keys). */
function parseSecurityGroupRule(text) {
    const w = 'security group rule create';
    const o = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseObject */ .lj)(w, text);
    return {
        id: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'id'),
        protocol: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'protocol'),
        ethertype: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'ether_type'),
        direction: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'direction') === 'egress' ? 'egress' : 'ingress',
        remoteIpPrefix: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'remote_ip_prefix'),
        remoteGroupId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'remote_group_id'),
        portRangeMin: typeof o.port_range_min === 'number' ? o.port_range_min : null,
        portRangeMax: typeof o.port_range_max === 'number' ? o.port_range_max : null,
    };
}
/**
 * `security group rule list GROUP -f json`: titled columns `ID`, `IP Protocol`, `Ethertype`, `IP Range`,
 * `Port Range` (`""` or `"22:22"`), `Direction`, `Remote Security Group`.
 */
function parseSecurityGroupRuleList(text) {
    const w = 'security group rule list';
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArray */ .$v)(w, text).map((o) => {
        const range = /^(\d+):(\d+)$/.exec((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'Port Range') ?? '');
        return {
            id: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'ID'),
            protocol: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'IP Protocol'),
            ethertype: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'Ethertype'),
            direction: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'Direction') === 'egress' ? 'egress' : 'ingress',
            remoteIpPrefix: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'IP Range'),
            remoteGroupId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'Remote Security Group'),
            portRangeMin: range ? Number(range[1]) : null,
            portRangeMax: range ? Number(range[2]) : null,
        };
    });
}
/** `floating ip create|show -f json`. */
function parseFloatingIp(text) {
    const w = 'floating ip show';
    const o = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseObject */ .lj)(w, text);
    return {
        id: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'id'),
        address: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'floating_ip_address'),
        networkId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'floating_network_id'),
        portId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'port_id'),
        fixedIpAddress: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .optStr */ .VK)(o, 'fixed_ip_address'),
        status: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'status'),
    };
}
/** Parses `security group list -f json` (columns ID, Name, Description, Project, Tags; API keys accepted too). */
function parseSecurityGroupList(text) {
    const what = 'security group list';
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArray */ .$v)(what, text).map((row) => {
        const id = row.ID ?? row.id;
        const name = row.Name ?? row.name;
        const project = row.Project ?? row.project_id ?? row.tenant_id;
        if (typeof id !== 'string' || typeof name !== 'string' || typeof project !== 'string') {
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .OpenStackParseError */ .mM(what, 'a row lacks ID, Name or Project');
        }
        return { id, name, projectId: project };
    });
}
/** `router show -f json`. */
function parseRouter(text) {
    const w = 'router show';
    const o = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseObject */ .lj)(w, text);
    return { id: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w, o, 'id'), name: typeof o.name === 'string' ? o.name : '' };
}


/***/ }),

/***/ 3314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ parseArray),
/* harmony export */   JD: () => (/* binding */ objects),
/* harmony export */   VK: () => (/* binding */ optStr),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lj: () => (/* binding */ parseObject),
/* harmony export */   mM: () => (/* binding */ OpenStackParseError)
/* harmony export */ });
/**
 * Typed results of the `openstack` CLI (python-openstackclient 6.0, `-f json`): the JSON readers every parser uses.
 * Key names are the ones the real CLI prints: `show`/`create` use the API's snake_case keys, `list` commands print
 * the column titles (`ID`, `Name`, `Fixed IP Addresses`, `Segmentation ID`, …). The parsers live next to their
 * types: compute.ts, network.ts, port.ts and loadbalancer.ts in this directory.
 */
/** Thrown when the CLI printed something other than the expected shape. */
class OpenStackParseError extends Error {
    constructor(what, detail) {
        super(`unexpected output of 'openstack ${what}': ${detail}`);
        this.name = 'OpenStackParseError';
    }
}
/** Parses JSON output into an object (or throws naming the command). */
function parseObject(what, text) {
    const value = parseJson(what, text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new OpenStackParseError(what, 'expected a JSON object');
    }
    return value;
}
/** Parses JSON output into an array of objects. */
function parseArray(what, text) {
    const value = parseJson(what, text);
    if (!Array.isArray(value) || value.some((row) => row === null || typeof row !== 'object')) {
        throw new OpenStackParseError(what, 'expected a JSON array of objects');
    }
    return value;
}
function parseJson(what, text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new OpenStackParseError(what, `not JSON: ${text.slice(0, 200)}`);
    }
}
/** `obj[key]`, which must be a string. */
function str(what, obj, key) {
    const value = obj[key];
    if (typeof value !== 'string')
        throw new OpenStackParseError(what, `'${key}' is not a string`);
    return value;
}
/** `obj[key]` when it is a non-empty string, else `null`. */
function optStr(obj, key) {
    const value = obj[key];
    return typeof value === 'string' && value !== '' ? value : null;
}
/** `obj[key]`, which must be a number. */
function num(what, obj, key) {
    const value = obj[key];
    if (typeof value !== 'number')
        throw new OpenStackParseError(what, `'${key}' is not a number`);
    return value;
}
/** `obj[key]`: an array of objects (missing counts as empty). */
function objects(what, obj, key) {
    const value = obj[key] ?? [];
    if (!Array.isArray(value))
        throw new OpenStackParseError(what, `'${key}' is not an array`);
    return value;
}


/***/ }),

/***/ 43971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ buildAnnotations),
/* harmony export */   TT: () => (/* binding */ selectAnnotations),
/* harmony export */   ro: () => (/* binding */ annotationKey),
/* harmony export */   t2: () => (/* binding */ caseTitle)
/* harmony export */ });
/* unused harmony export limitAnnotation */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17005);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97858);
/**
 * Kept results → check-run annotations: failures first, then warnings, then notices, each in arrival order;
 * identical annotations merged (with a count in the title); every field cut to GitHub's limits by bytes or characters.
 */



/** The first `limit` entries (0 = all) and how many annotations are left out in total. */
function selectAnnotations(set, limit) {
    const entries = limit > 0 ? set.entries.slice(0, limit) : set.entries;
    return { entries, omitted: set.entries.length - entries.length + set.notKept };
}
const LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
/** Case title: `suite › name`, or the name alone when the suite repeats it (jest-junit). */
function caseTitle(suite, name) {
    if (!suite || suite === '(no suite)' || suite === name || name.startsWith(`${suite} `))
        return name;
    return `${suite} › ${name}`;
}
function fallbackFor(file) {
    if (!file)
        return 'results';
    return file.display.startsWith('/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file.display) : file.display;
}
/** Applies GitHub's field limits to one annotation (title by characters, message and raw_details by bytes). */
function limitAnnotation(a) {
    const out = { ...a };
    if (out.title !== undefined)
        out.title = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateChars */ .UT)(out.title, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_LIMITS */ .f.titleChars);
    out.message = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateUtf8 */ .Ck)(out.message === '' ? '(no message)' : out.message, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_LIMITS */ .f.annotationFieldBytes);
    if (out.raw_details !== undefined) {
        if (out.raw_details === '')
            delete out.raw_details;
        else
            out.raw_details = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateUtf8 */ .Ck)(out.raw_details, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_LIMITS */ .f.annotationFieldBytes);
    }
    if (out.start_line < 1)
        out.start_line = 1;
    if (out.end_line < out.start_line)
        out.end_line = out.start_line;
    if (out.start_line !== out.end_line || out.start_column === undefined) {
        delete out.start_column;
        delete out.end_column;
    }
    else if (out.end_column !== undefined && out.end_column < out.start_column) {
        out.end_column = out.start_column;
    }
    return out;
}
/** The identity used to merge duplicates and to recognise annotations an earlier run already published. */
function annotationKey(a) {
    return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.title ?? '', a.message]);
}
/** The annotation of a kept failed, errored or flaky case. */
function caseEntry(kept, file, options) {
    const c = kept.case;
    const loc = options.locator.locate(c.location, c.details, file ? options.baseDir(file) : undefined);
    const flaky = c.status === 'flaky';
    const attempts = c.attempts && c.attempts > 1 ? c.attempts : undefined;
    const title = `${flaky ? 'Flaky' : c.status === 'error' ? 'Error' : 'Failed'}: ${caseTitle(c.suite, c.name)}`;
    const lines = [];
    lines.push(c.message?.trim() || (flaky ? 'failed, then passed on a retry' : c.status === 'error' ? 'error' : 'failed'));
    if (flaky)
        lines.push(`Passed after ${attempts ?? 2} attempts.`);
    else if (attempts)
        lines.push(`Failed ${attempts} attempts.`);
    if (loc.outside)
        lines.push(`Location outside the repository: ${loc.outside}${loc.line ? `:${loc.line}` : ''}`);
    const start = loc.path ? (loc.line ?? 1) : 1;
    const a = {
        path: loc.path ?? fallbackFor(file),
        start_line: start,
        end_line: loc.path ? Math.max(start, loc.endLine ?? start) : 1,
        annotation_level: flaky ? 'warning' : 'failure',
        title,
        message: lines.join('\n'),
    };
    if (c.details)
        a.raw_details = c.details;
    return {
        annotation: a,
        ...(loc.outside ? { outside: loc.outside } : {}),
        fallbackPath: loc.path === undefined,
        order: kept.order,
    };
}
/** The annotation of a kept finding. */
function findingEntry(kept, file, options) {
    const f = kept.finding;
    const path = options.locator.toRepoPath(f.file, file ? options.baseDir(file) : undefined);
    const message = path === undefined ? `${f.message}\nLocation outside the repository: ${f.file}:${f.line}` : f.message;
    const a = {
        path: path ?? fallbackFor(file),
        start_line: path === undefined ? 1 : f.line,
        end_line: path === undefined ? 1 : (f.endLine ?? f.line),
        annotation_level: f.level,
        title: f.rule ? `${f.title} (${f.rule})` : f.title,
        message,
    };
    if (path !== undefined && f.column !== undefined) {
        a.start_column = f.column;
        if (f.endColumn !== undefined)
            a.end_column = f.endColumn;
    }
    if (f.details)
        a.raw_details = f.details;
    return {
        annotation: a,
        ...(path === undefined ? { outside: f.file } : {}),
        fallbackPath: path === undefined,
        order: kept.order,
    };
}
/**
 * Limits every entry's fields and merges duplicates: the first occurrence stays in place and carries the count in
 * its title. `entries` must already be sorted.
 */
function limitAndMerge(entries) {
    const merged = [];
    const counts = new Map();
    for (const e of entries) {
        const limited = limitAnnotation(e.annotation);
        const key = annotationKey(limited);
        const seen = counts.get(key);
        if (seen) {
            seen.count++;
            continue;
        }
        const entry = { ...e, annotation: limited };
        counts.set(key, { entry, count: 1 });
        merged.push(entry);
    }
    for (const { entry, count } of counts.values()) {
        if (count > 1) {
            const suffix = ` (×${count})`;
            entry.annotation.title =
                (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateChars */ .UT)(entry.annotation.title ?? '', _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_LIMITS */ .f.titleChars - suffix.length) + suffix;
        }
    }
    return merged;
}
/** Builds the sorted, merged annotation list from what `collector` kept. */
function buildAnnotations(collector, options) {
    const fileOf = (i) => collector.files[i];
    const raw = [
        ...[...collector.failures, ...collector.flaky].map((kept) => caseEntry(kept, fileOf(kept.file), options)),
        ...collector.findings.map((kept) => findingEntry(kept, fileOf(kept.file), options)),
    ];
    raw.sort((x, y) => LEVEL_RANK[x.annotation.annotation_level] - LEVEL_RANK[y.annotation.annotation_level] || x.order - y.order);
    const notKept = collector.dropped.failures + collector.dropped.flaky + collector.dropped.findings;
    return { entries: limitAndMerge(raw), notKept };
}


/***/ }),

/***/ 51381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   u1: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony exports readOnlyReason, parseRepository, checkEventFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/**
 * What the workflow event says about where to publish: the repository, the commit, the pull request, and whether the
 * token can write checks at all. Decided from the payload before any API call
 * (docs/github-limits.md#permissions-and-forks): pull requests from forks and Dependabot-triggered runs get a read-only
 * token, so `auto` mode must fall back to the job summary.
 */


const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Events whose token keeps write access even when Dependabot or a fork triggered them. */
const PRIVILEGED_EVENTS = new Set(['pull_request_target', 'workflow_run', 'workflow_dispatch', 'schedule']);
const DEPENDABOT = 'dependabot[bot]';
/**
 * Reads and parses an event payload file.
 * @param input the input or variable that named the file, for the error
 * @throws ConfigurationError when the file cannot be read or is not a JSON object
 */
function readEventPayload(path, input) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: cannot read '${path}': ${err.code ?? String(err)}.`, input);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: '${path}' is not JSON: ${err.message}.`, input);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: '${path}' is not a JSON object (an event payload).`, input);
    }
    return value;
}
function validSha(value) {
    return value !== undefined && SHA.test(value) ? value : undefined;
}
/** Why the token of this run cannot write checks, or `undefined` when it can. */
function readOnlyReason(env, current, repository) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (PRIVILEGED_EVENTS.has(event))
        return undefined;
    if (PR_EVENTS.has(event)) {
        const head = current.pull_request?.head?.repo?.full_name;
        if (head === undefined || head === null || head.toLowerCase() !== repository.toLowerCase()) {
            return `this pull request comes from a fork (${head ?? 'a deleted repository'}), so the token is read-only`;
        }
    }
    const actor = env.GITHUB_ACTOR ?? current.sender?.login;
    if (actor === DEPENDABOT)
        return 'Dependabot triggered this run, so the token is read-only';
    return undefined;
}
/** GitHub's spelling of an owner or repository name (letters, digits, `-`, `_`, `.`; not `.` or `..`). */
const NAME = /^(?!\.{1,2}$)[A-Za-z0-9_.-]+$/;
/**
 * Splits and checks `owner/name`.
 * @param source the variable or flag the value came from, for the error
 * @throws ConfigurationError naming `source` when the value is not `OWNER/NAME`
 */
function parseRepository(value, source) {
    const [owner, repo, ...rest] = value.split('/');
    if (owner === undefined || repo === undefined || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
        const hint = source === 'GITHUB_REPOSITORY' ? '; outside Actions pass --repo' : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} must be OWNER/NAME (letters, digits, '-', '_' and '.'), got '${value}'${hint}.`, source);
    }
    return { owner, repo };
}
const sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * The commit the current event vouches for: the `commit` input (written by the workflow author), else this event's
 * pull request head or workflow_run head (GITHUB_SHA is the merge commit or the default branch there), else
 * GITHUB_SHA. Never anything from an event file.
 */
function trustedCommit(env, current, commit) {
    if (commit !== undefined) {
        const c = commit.trim().toLowerCase();
        if (!SHA.test(c))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'commit' must be a full commit SHA (got '${commit}').`, 'commit');
        return { sha: c, shaSource: 'input' };
    }
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const prHead = validSha(current.pull_request?.head?.sha);
    if (PR_EVENTS.has(eventName.replace(/_target$/, '')) && prHead)
        return { sha: prHead, shaSource: 'pull_request' };
    const runHead = validSha(current.workflow_run?.head_sha);
    if (eventName === 'workflow_run' && runHead)
        return { sha: runHead, shaSource: 'workflow_run' };
    const sha = validSha(env.GITHUB_SHA);
    if (!sha)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("No commit to publish to: set the 'commit' input (GITHUB_SHA is not set).", 'commit');
    return { sha, shaSource: 'GITHUB_SHA' };
}
/**
 * What an event file may add: the pull request number, and only when the file describes the very commit and
 * repositories the trusted side names. In the workflow_run pattern the file is an artifact of the run that tested
 * the pull request, which a fork controls; letting it choose the commit would let a fork put a green check on any
 * commit (and, through the external_id lookup, rewrite an existing one). A disagreement is refused rather than
 * ignored, because it means either a wrong file or a forged one.
 * @throws ConfigurationError naming `event-file`
 */
function checkEventFile(file, trusted) {
    const refuse = (why) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`event-file: ${why}; it must be the event payload of the run for ${trusted.repository}@${trusted.sha} ` +
            '(the commit comes from the current event, never from the file).', 'event-file');
    };
    const claimed = file.pull_request?.head?.sha ?? file.workflow_run?.head_sha ?? file.head_commit?.id ?? file.after ?? undefined;
    if (claimed === undefined)
        refuse('it names no head commit (pull_request.head.sha) to check it against');
    if (String(claimed).toLowerCase() !== trusted.sha)
        refuse(`its head commit ${String(claimed)} is not the one published`);
    for (const repo of [file.repository?.full_name, file.pull_request?.base?.repo?.full_name]) {
        if (typeof repo === 'string' && !sameName(repo, trusted.repository))
            refuse(`it belongs to repository ${repo}, not ${trusted.repository}`);
    }
    const head = file.pull_request?.head?.repo?.full_name;
    const trustedHead = trusted.current.workflow_run?.head_repository?.full_name ?? trusted.current.pull_request?.head?.repo?.full_name;
    if (typeof head === 'string' && typeof trustedHead === 'string' && !sameName(head, trustedHead))
        refuse(`its head repository ${head} is not ${trustedHead}, the one the current event names`);
    const number = file.pull_request?.number ?? file.workflow_run?.pull_requests?.[0]?.number;
    const known = (trusted.current.workflow_run?.pull_requests ?? []).flatMap((p) => typeof p.number === 'number' ? [p.number] : []);
    if (typeof number === 'number' && known.length > 0 && !known.includes(number))
        refuse(`its pull request #${number} is not among the current event's (${known.map((n) => `#${n}`).join(', ')})`);
    return typeof number === 'number' ? number : undefined;
}
/**
 * Resolves repository, commit, pull request and write access. The commit always comes from the trusted side (see
 * {@link trustedCommit}); an event file only adds the pull request number (see {@link checkEventFile}).
 * @throws ConfigurationError for a missing or malformed repository or commit, or an event file that disagrees
 */
function resolveTarget(options) {
    const { env, current, eventFile } = options;
    const repository = options.repository ?? env.GITHUB_REPOSITORY ?? '';
    const { owner, repo } = parseRepository(repository, options.repository !== undefined ? '--repo' : 'GITHUB_REPOSITORY');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const { sha, shaSource } = trustedCommit(env, current, options.commit);
    const fromFile = eventFile ? checkEventFile(eventFile, { sha, repository, current }) : undefined;
    const pr = fromFile ?? current.pull_request?.number ?? current.workflow_run?.pull_requests?.[0]?.number;
    const target = { owner, repo, repository, eventName, sha, shaSource };
    if (typeof pr === 'number')
        target.pullRequest = pr;
    const ro = readOnlyReason(env, current, repository);
    if (ro)
        target.readOnly = ro;
    return target;
}


/***/ }),

/***/ 58690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ expandResultGlobs),
/* harmony export */   s: () => (/* binding */ splitPatterns)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73382);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/** Expands the `results` input (globs separated by newlines or commas, `!` to exclude) into a sorted file list. */




/** Splits the raw input into patterns: newlines or commas, trimmed, empty ones dropped. */
function splitPatterns(raw) {
    const items = typeof raw === 'string' ? [raw] : raw;
    return items
        .flatMap((item) => item.split(/[\n,]/))
        .map((p) => p.trim())
        .filter((p) => p !== '');
}
/**
 * Absolute paths of the regular files the patterns match, sorted and without duplicates. Patterns are relative to
 * `cwd` unless absolute; dot files are matched; symbolic links are followed.
 * @param input the input or flag name, for the error message
 * @throws ConfigurationError when there are no patterns or nothing matches
 */
async function expandResultGlobs(patterns, cwd, input = 'results') {
    if (patterns.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}' is required: give one or more globs.`, input);
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const found = new Set();
    for (const pattern of include) {
        const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)([pattern], {
            cwd,
            absolute: true,
            dot: true,
            onlyFiles: true,
            followSymbolicLinks: true,
            ignore: exclude,
            expandDirectories: false,
        });
        for (const m of matches)
            found.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(m));
    }
    const files = [...found].filter((f) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(f).isFile();
        }
        catch {
            return false;
        }
    });
    if (files.length === 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': no files match ${patterns.map((p) => `'${p}'`).join(', ')} (relative to ${cwd}).`, input);
    }
    return files.sort();
}


/***/ }),

/***/ 17005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ GITHUB_LIMITS)
/* harmony export */ });
/** GitHub's limits that publish-results respects (docs/github-limits.md#size-and-count-limits). */
const GITHUB_LIMITS = {
    /** Annotations per Create/Update a check run request; further updates append. */
    annotationsPerRequest: 50,
    /** Annotation `title`, in characters. */
    titleChars: 255,
    /** Annotation `message` and `raw_details`: 64 KiB, counted in bytes (the server's `maximum bytesize of 65535`). */
    annotationFieldBytes: 65535,
    /** Check-run `output.summary` and `output.text`, in UTF-8 bytes. */
    outputBytes: 65535,
    /** Job summary per step: 1 MiB. */
    jobSummaryBytes: 1024 * 1024,
    /** Workflow-command annotations per step and level (`::error`, `::warning`, `::notice`). */
    workflowAnnotationsPerLevel: 10,
    /** Minimum pause between two content-creating requests (secondary rate limits). */
    minWriteIntervalMs: 1000,
};


/***/ }),

/***/ 79967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ Locator)
/* harmony export */ });
/* unused harmony export stackFrames */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/**
 * Where a result points in the repository. Paths in results files come in every shape: repository-relative
 * (pytest `file`), relative to a runner's root directory (jest-junit), absolute on this runner, or absolute on another
 * machine (a DevStack VM running tempest). GitHub wants repository-relative paths with forward slashes; this module
 * maps what it can and says what it could not.
 */


/** Path fragments that are never the code under test. */
const FOREIGN = /(^|\/)(node_modules|site-packages|dist-packages|\.pnpm|lib\/python\d[^/]*|internal)\//;
/** Stack frames in `text`, in the order they appear, for JS, Python, pytest, Go and generic `file:line:` styles. */
function stackFrames(text) {
    const frames = [];
    let python = false;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        let m = /^File "([^"]+)", line (\d+)/.exec(line);
        if (m)
            python = true;
        m ??= /^at (?:.*? \()?((?:[A-Za-z]:)?[^\s()]+?):(\d+):\d+\)?$/.exec(line);
        m ??= /^([^\s:"'()]+\.[A-Za-z0-9]+):(\d+):(?: |$)/.exec(line);
        if (m?.[1] && m[2]) {
            if (/^(node:|<anonymous>|internal\/)/.test(m[1]))
                continue;
            if (line.includes('.py:'))
                python = true;
            frames.push({ file: m[1], line: Number(m[2]) });
        }
    }
    return { frames, innermostLast: python };
}
/** Maps paths and stack traces of results onto the repository. */
class Locator {
    root;
    exists;
    existsCache = new Map();
    constructor(options) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root);
        const exists = options.exists ?? ((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, p)));
        this.exists = (p) => {
            let v = this.existsCache.get(p);
            if (v === undefined) {
                v = exists(p);
                if (this.existsCache.size < 10_000)
                    this.existsCache.set(p, v);
            }
            return v;
        };
    }
    /**
     * The repository-relative form of `file`, or `undefined` when it is outside. Relative paths are tried against the
     * repository root, then against `baseDir` (the results file's folder); absolute paths from another machine are
     * matched by their longest suffix (at least two components) that exists in the repository.
     */
    toRepoPath(file, baseDir) {
        const f = file.replace(/\\/g, '/').replace(/^file:\/\//, '');
        if (f === '' || f.includes('\0'))
            return undefined;
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(f) && !/^[A-Za-z]:\//.test(f)) {
            const norm = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(f);
            if (!norm.startsWith('../') && norm !== '..') {
                if (!baseDir || this.exists(norm))
                    return norm;
                const viaBase = this.inside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, norm));
                if (viaBase !== undefined && this.exists(viaBase))
                    return viaBase;
                return norm;
            }
            return baseDir ? this.inside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, norm)) : undefined;
        }
        const direct = this.inside(f);
        if (direct !== undefined)
            return direct;
        const parts = f.split('/').filter((p) => p !== '');
        for (let i = 1; i <= parts.length - 2; i++) {
            const suffix = parts.slice(i).join('/');
            if (this.exists(suffix))
                return suffix;
        }
        return undefined;
    }
    inside(abs) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(abs));
        if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
            return undefined;
        return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    }
    /**
     * Resolves a case's location. With a file, a stack frame in that file refines the line (the failing assertion
     * beats the test's first line); without one, the first in-repository frame of the details (innermost for Python)
     * is used.
     */
    locate(location, details, baseDir) {
        const { frames, innermostLast } = details ? stackFrames(details) : { frames: [], innermostLast: false };
        const ordered = innermostLast ? [...frames].reverse() : frames;
        if (location) {
            const path = this.toRepoPath(location.file, baseDir);
            if (path === undefined) {
                const frame = this.firstInRepo(ordered, baseDir);
                if (frame)
                    return { ...frame, outside: location.file };
                return { outside: location.file, ...(location.line ? { line: location.line } : {}) };
            }
            const own = ordered.find((fr) => {
                const p = fr.file.replace(/\\/g, '/');
                return p === path || p.endsWith(`/${path}`) || this.toRepoPath(p, baseDir) === path;
            });
            if (own)
                return { path, line: own.line };
            const out = { path };
            if (location.line !== undefined)
                out.line = location.line;
            if (location.endLine !== undefined)
                out.endLine = location.endLine;
            return out;
        }
        return this.firstInRepo(ordered, baseDir) ?? {};
    }
    firstInRepo(frames, baseDir) {
        for (const fr of frames) {
            const norm = fr.file.replace(/\\/g, '/');
            if (FOREIGN.test(norm))
                continue;
            const path = this.toRepoPath(norm, baseDir);
            if (path !== undefined && !FOREIGN.test(path) && this.exists(path))
                return { path, line: fr.line };
        }
        return undefined;
    }
}


/***/ }),

/***/ 3280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony export PublishOctokit */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59988);
/**
 * The Octokit client publish-results uses: @octokit/rest with the retry and throttling plugins.
 *
 * - Reads are retried by plugin-retry on 5xx (safe: they are idempotent).
 * - Writes are never retried blindly (`request.retries: 0`): the sender checks what the server applied first, because
 *   a 502 may hide a write that happened.
 * - Secondary rate limits (403/429 "secondary rate limit") and primary ones are handled by plugin-throttling, whose
 *   waits go through the injected clock so `retry-after` is honoured and testable; the plugin's own write limiter is
 *   replaced by the sender's {@link WritePacer}, the single place that spaces writes.
 */



/** The Octokit class with both plugins. */
const PublishOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
/** A Bottleneck group stand-in that runs jobs at once: pacing is the WritePacer's job. */
const passThroughGroup = {
    key: () => ({
        schedule: (optionsOrFn, ...rest) => {
            const fn = (typeof optionsOrFn === 'function' ? optionsOrFn : rest.shift());
            return fn(...rest);
        },
    }),
};
/** Builds the client. */
function createOctokit(options) {
    const rateLimitRetries = options.rateLimitRetries ?? 5;
    const maxWait = options.maxRateLimitWaitSeconds ?? 900;
    const log = options.logger;
    const wait = async (seconds) => options.clock.sleep(Math.max(1, seconds) * 1000);
    return new PublishOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'kuryr-dragonflow-actions/publish-results',
        request: options.fetch ? { fetch: options.fetch } : {},
        // Octokit's own request log goes to debug: the sender reports failures itself, once, with what it did about
        // them (an `error` here would become an error annotation for a 502 that was recovered).
        log: {
            debug: (m) => log?.debug(m),
            info: (m) => log?.debug(m),
            warn: (m) => log?.debug(m),
            error: (m) => log?.debug(m),
        },
        retry: { retries: options.readRetries ?? 3, retryAfterBaseValue: options.readRetryBaseMs ?? 1000 },
        throttle: {
            // The plugin multiplies retry-after by this before its own wait; we already waited through the clock.
            retryAfterBaseValue: 0,
            // Only `key(id).schedule(...)` is used by the plugin; the rest of Bottleneck's Group API is not needed.
            write: passThroughGroup,
            notifications: passThroughGroup,
            onSecondaryRateLimit: async (retryAfter, o, _k, retryCount) => {
                log?.warning(`Secondary rate limit on ${o.method} ${o.url}: waiting ${retryAfter}s (retry ${retryCount + 1}).`);
                if (retryCount >= rateLimitRetries)
                    return false;
                await wait(retryAfter);
                return true;
            },
            onRateLimit: async (retryAfter, o, _k, retryCount) => {
                log?.warning(`Rate limit on ${o.method} ${o.url}: resets in ${retryAfter}s.`);
                if (retryCount >= rateLimitRetries || retryAfter > maxWait)
                    return false;
                await wait(retryAfter);
                return true;
            },
        },
    });
}


/***/ }),

/***/ 98466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock),
/* harmony export */   p: () => (/* binding */ WritePacer)
/* harmony export */ });
/**
 * Pacing of content-creating requests: writes go one at a time with at least `minIntervalMs` between the end of one
 * and the start of the next (GitHub's secondary-rate-limit guidance). The clock is injected, so tests run instantly
 * and still check every wait.
 */
/** The real clock. */
const systemClock = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
/** Serialises writes and spaces them out. */
class WritePacer {
    clock;
    minIntervalMs;
    lastEnd;
    queue = Promise.resolve();
    /** Total time spent waiting, in milliseconds. */
    waitedMs = 0;
    constructor(clock = systemClock, minIntervalMs = 1000) {
        this.clock = clock;
        this.minIntervalMs = minIntervalMs;
    }
    /** Runs `fn` as a write: after earlier writes, and at least `minIntervalMs` after the last one ended. */
    async write(fn) {
        const run = async () => {
            if (this.lastEnd !== undefined) {
                const wait = this.lastEnd + this.minIntervalMs - this.clock.now();
                if (wait > 0)
                    await this.sleep(wait);
            }
            try {
                return await fn();
            }
            finally {
                this.lastEnd = this.clock.now();
            }
        };
        const result = this.queue.then(run, run);
        this.queue = result.then(() => undefined, () => undefined);
        return result;
    }
    /** Waits `ms` through the clock (for `retry-after`), counted in {@link waitedMs}. */
    async sleep(ms) {
        if (ms <= 0)
            return;
        this.waitedMs += ms;
        await this.clock.sleep(ms);
    }
}


/***/ }),

/***/ 32461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ externalIdFor),
/* harmony export */   R1: () => (/* binding */ planCheckRun),
/* harmony export */   rp: () => (/* binding */ CHECK_RUN_ID_PLACEHOLDER)
/* harmony export */ });
/* unused harmony exports chunk, writeRequestCount */
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43971);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17005);
/**
 * The pure request planner: results (annotations + rendered output) → the exact sequence of Checks API writes.
 *
 * One `POST /repos/{owner}/{repo}/check-runs` carries the first 50 annotations; each further 50 go in a
 * `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}` (GitHub appends annotations on update). The last request
 * completes the run with its conclusion. Total writes = max(1, ⌈k/50⌉). When a run with our `external_id` already
 * exists for the commit (a re-run), every request is a PATCH of that run and annotations it already has are skipped.
 */


/** Placeholder for the check run id in planned paths until the run exists. */
const CHECK_RUN_ID_PLACEHOLDER = '{check_run_id}';
/** `external_id` for a check name on a commit: stable across re-runs, so a re-run finds its earlier run. */
function externalIdFor(name, headSha) {
    return `kuryr-dragonflow-actions/publish-results:${name}@${headSha}`;
}
/** Splits `items` into chunks of `size` (at least one chunk, possibly empty). */
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out.length ? out : [[]];
}
/** Number of write requests for `k` annotations: max(1, ⌈k/50⌉). */
function writeRequestCount(k) {
    return Math.max(1, Math.ceil(k / GITHUB_LIMITS.annotationsPerRequest));
}
/** Plans the writes for one check run. Pure: same input, same requests. */
function planCheckRun(input) {
    const base = `/repos/${encodeURIComponent(input.owner)}/${encodeURIComponent(input.repo)}/check-runs`;
    const have = input.existing?.annotationKeys;
    const annotations = have ? input.annotations.filter((a) => !have.has((0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationKey */ .ro)(a))) : input.annotations;
    const batches = chunk(annotations, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_LIMITS */ .f.annotationsPerRequest);
    const runPath = `${base}/${input.existing ? input.existing.id : CHECK_RUN_ID_PLACEHOLDER}`;
    const requests = [];
    let sent = 0;
    batches.forEach((batch, i) => {
        const last = i === batches.length - 1;
        const output = { title: input.title, summary: input.summary };
        if (input.text !== undefined)
            output.text = input.text;
        if (batch.length > 0)
            output.annotations = batch;
        sent += batch.length;
        const body = { output };
        if (i === 0 && !input.existing) {
            body.name = input.name;
            body.head_sha = input.headSha;
            body.external_id = input.externalId;
        }
        if (last) {
            body.status = 'completed';
            body.conclusion = input.conclusion;
        }
        else if (i === 0 && !input.existing) {
            body.status = 'in_progress';
        }
        requests.push({
            method: i === 0 && !input.existing ? 'POST' : 'PATCH',
            path: i === 0 && !input.existing ? base : runPath,
            body,
            annotationsAfter: sent,
        });
    });
    return requests;
}


/***/ }),

/***/ 69749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hg: () => (/* binding */ DEFAULT_ANNOTATIONS_LIMIT),
  d$: () => (/* binding */ FAIL_ON),
  nQ: () => (/* binding */ PUBLISH_MODES),
  ku: () => (/* binding */ publishResults)
});

// UNUSED EXPORTS: decideConclusion, omittedNote

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/results/publish/annotations.js
var annotations = __webpack_require__(43971);
;// CONCATENATED MODULE: ./build/results/publish/id-set.js
/**
 * A set of strings kept as 64-bit fingerprints in flat typed arrays (open addressing, linear probing): about 20 bytes
 * per member instead of a string plus a map entry (80–100 bytes). The collector uses it to remember the id of every
 * failure it counted but did not keep, so a later pass of the same case (a retry) is still recognised as flaky while
 * memory stays nearly flat however many failures there are.
 *
 * Two different strings share a fingerprint with probability about n²/2⁶⁵ (for a million failures, one in 36
 * million); the cost of that would be one passed case counted as a retry.
 */
const EMPTY = 0;
const USED = 1;
const DELETED = 2;
/** Two independent 32-bit hashes of `s` (FNV-1a and a multiply-rotate hash over UTF-16 code units). */
function fingerprint(s) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b = (b << 13) | (b >>> 19);
    }
    b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
    return [a >>> 0, (b ^ (b >>> 16)) >>> 0];
}
/** A set of strings by fingerprint: `add`, `has`, `delete`. */
class FingerprintSet {
    hi;
    lo;
    state;
    /** Members. */
    size = 0;
    /** Slots that are not empty (members and tombstones): what the load factor counts. */
    occupied = 0;
    constructor(capacity = 1024) {
        const n = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
        this.hi = new Uint32Array(n);
        this.lo = new Uint32Array(n);
        this.state = new Uint8Array(n);
    }
    /** Adds `s` (no effect when present). */
    add(s) {
        const [h, l] = fingerprint(s);
        if (this.find(h, l) !== -1)
            return;
        if ((this.occupied + 1) * 2 > this.state.length)
            this.rehash((this.size + 1) * 4 > this.state.length);
        const mask = this.state.length - 1;
        let i = h & mask;
        while (this.state[i] === USED)
            i = (i + 1) & mask;
        if (this.state[i] === EMPTY)
            this.occupied++;
        this.hi[i] = h;
        this.lo[i] = l;
        this.state[i] = USED;
        this.size++;
    }
    /** Whether `s` is a member. */
    has(s) {
        const [h, l] = fingerprint(s);
        return this.find(h, l) !== -1;
    }
    /** Removes `s`; true when it was a member. */
    delete(s) {
        const [h, l] = fingerprint(s);
        const i = this.find(h, l);
        if (i === -1)
            return false;
        this.state[i] = DELETED;
        this.size--;
        return true;
    }
    find(h, l) {
        const mask = this.state.length - 1;
        for (let i = h & mask; this.state[i] !== EMPTY; i = (i + 1) & mask) {
            if (this.state[i] === USED && this.hi[i] === h && this.lo[i] === l)
                return i;
        }
        return -1;
    }
    /** Rebuilds without tombstones, twice as large when `grow`. */
    rehash(grow) {
        const { hi, lo, state } = this;
        const n = grow ? state.length * 2 : state.length;
        this.hi = new Uint32Array(n);
        this.lo = new Uint32Array(n);
        this.state = new Uint8Array(n);
        this.occupied = 0;
        const mask = n - 1;
        for (let j = 0; j < state.length; j++) {
            if (state[j] !== USED)
                continue;
            let i = hi[j] & mask;
            while (this.state[i] === USED)
                i = (i + 1) & mask;
            this.hi[i] = hi[j];
            this.lo[i] = lo[j];
            this.state[i] = USED;
            this.occupied++;
        }
    }
}

;// CONCATENATED MODULE: ./build/results/publish/collector.js

/**
 * An independent copy of a string. Parsers hand out slices of their input chunks; keeping one of those alive keeps
 * the whole chunk (V8 sliced and cons strings, and external strings that do not even count against the heap). What
 * the collector keeps is copied, so memory stays bounded by what is kept.
 */
function detach(s) {
    return JSON.parse(JSON.stringify(s));
}
function emptyTotals() {
    return {
        total: 0,
        passed: 0,
        failed: 0,
        error: 0,
        skipped: 0,
        flaky: 0,
        durationMs: 0,
        findings: { notice: 0, warning: 0, failure: 0 },
    };
}
/** Streams cases and findings in; read totals and the kept items out. */
class ResultsCollector {
    totals = emptyTotals();
    files = [];
    /** Kept failed/errored cases, in arrival order (a case turned flaky moves to {@link flaky}). */
    failures = [];
    flaky = [];
    /** Findings kept, in arrival order. */
    findings = [];
    /** Failures, flaky cases and findings that were counted but not kept. */
    dropped = { failures: 0, flaky: 0, findings: 0 };
    /** The slowest cases, slowest first. */
    slowest = [];
    keepFailures;
    keepFlaky;
    keepFindings;
    slowestMax;
    observers;
    order = 0;
    /** Failed ids (per file) of the failures kept → their record. */
    keptIds = new Map();
    /** Failed ids (per file) of the failures only counted: fingerprints, so memory stays flat in their number. */
    droppedIds = new FingerprintSet();
    findingsPerLevel = { notice: 0, warning: 0, failure: 0 };
    constructor(options = {}) {
        this.keepFailures = options.keepFailures ?? Number.POSITIVE_INFINITY;
        this.keepFlaky = options.keepFlaky ?? 1000;
        this.keepFindings = options.keepFindings ?? Number.POSITIVE_INFINITY;
        this.slowestMax = options.slowest ?? 10;
        this.observers = options.observers ?? [];
    }
    /** Registers a results file before its cases are added. */
    addFile(file) {
        const f = { ...file, index: this.files.length, cases: 0 };
        this.files.push(f);
        return f;
    }
    /** Counts a case and keeps it if it failed (within the limit) or is flaky. */
    addCase(c, file) {
        file.cases++;
        for (const o of this.observers)
            o.observe(c, file);
        const key = `${file.index}\0${c.id}`;
        // Only what is kept is copied (see detach): the keys of kept failures, and the failures and flaky cases themselves;
        // a failure that is only counted is not copied at all, so it leaves no garbage behind either.
        const t = this.totals;
        t.durationMs += c.durationMs ?? 0;
        this.trackSlowest(c, file.index);
        const earlier = this.failedEarlier(key);
        if (earlier !== undefined && (c.status === 'passed' || c.status === 'flaky')) {
            // A retry that passed: the earlier failure and this pass are one flaky case.
            this.keptIds.delete(key);
            this.droppedIds.delete(key);
            const wasError = earlier ? earlier.case.status === 'error' : false;
            t[wasError ? 'error' : 'failed'] -= 1;
            t.flaky += 1;
            const attempts = (earlier?.case.attempts ?? 1) + (c.attempts ?? 1);
            if (earlier) {
                this.failures = this.failures.filter((f) => f !== earlier);
                earlier.case = { ...earlier.case, status: 'flaky', attempts };
                this.keepFlakyCase(earlier);
            }
            else {
                // It was counted among the failures not kept; it is no longer a failure.
                this.dropped.failures -= 1;
                this.keepFlakyCase({ case: { ...c, status: 'flaky', attempts }, file: file.index, order: this.order++ }, true);
            }
            return;
        }
        t.total += 1;
        t[c.status] += 1;
        const order = this.order++;
        if (c.status === 'failed' || c.status === 'error') {
            if (earlier !== undefined) {
                // The same id failed again (another retry): count it once, as its worst status, with the first details.
                t.total -= 1;
                t[c.status] -= 1;
                if (earlier) {
                    const worse = earlier.case.status === 'error' || c.status === 'error' ? 'error' : 'failed';
                    if (worse !== earlier.case.status) {
                        t[earlier.case.status] -= 1;
                        t[worse] += 1;
                    }
                    earlier.case = { ...earlier.case, status: worse, attempts: (earlier.case.attempts ?? 1) + (c.attempts ?? 1) };
                }
                return;
            }
            if (this.failures.length < this.keepFailures) {
                const record = { case: structuredClone(c), file: file.index, order };
                this.failures.push(record);
                this.keptIds.set(detach(key), record);
            }
            else {
                this.dropped.failures++;
                this.droppedIds.add(key);
            }
        }
        else if (c.status === 'flaky') {
            this.keepFlakyCase({ case: c, file: file.index, order }, true);
        }
    }
    /** Counts a finding and keeps it within the per-level limit. */
    addFinding(f, file) {
        this.totals.findings[f.level] += 1;
        if (this.findingsPerLevel[f.level] >= this.keepFindings) {
            this.dropped.findings++;
            return;
        }
        this.findingsPerLevel[f.level] += 1;
        this.findings.push({ finding: f, file: file.index, order: this.order++ });
    }
    /** The worst case status seen: `error` > `failed` > `passed` (flaky and skipped pass). */
    get worst() {
        if (this.totals.error > 0)
            return 'error';
        if (this.totals.failed > 0 || this.totals.findings.failure > 0)
            return 'failed';
        return 'passed';
    }
    /** The earlier failure with this key: its record when kept, `null` when only counted, `undefined` when none. */
    failedEarlier(key) {
        const kept = this.keptIds.get(key);
        if (kept)
            return kept;
        return this.droppedIds.size > 0 && this.droppedIds.has(key) ? null : undefined;
    }
    /** Keeps a flaky case within the limit (`copy`: the case still holds the parser's strings). */
    keepFlakyCase(record, copy = false) {
        if (this.flaky.length < this.keepFlaky)
            this.flaky.push(copy ? { ...record, case: structuredClone(record.case) } : record);
        else
            this.dropped.flaky++;
    }
    trackSlowest(c, file) {
        const d = c.durationMs;
        if (d === undefined || this.slowestMax <= 0)
            return;
        const s = this.slowest;
        if (s.length >= this.slowestMax && (s[s.length - 1]?.durationMs ?? 0) >= d)
            return;
        const entry = { name: detach(c.name), suite: detach(c.suite), durationMs: d, file };
        let i = s.findIndex((e) => e.durationMs < d);
        if (i === -1)
            i = s.length;
        s.splice(i, 0, entry);
        if (s.length > this.slowestMax)
            s.pop();
    }
}

// EXTERNAL MODULE: ./build/results/publish/event.js
var publish_event = __webpack_require__(51381);
// EXTERNAL MODULE: ./build/results/publish/files.js
var publish_files = __webpack_require__(58690);
// EXTERNAL MODULE: ./build/results/publish/limits.js
var limits = __webpack_require__(17005);
// EXTERNAL MODULE: ./build/results/publish/locate.js
var locate = __webpack_require__(79967);
// EXTERNAL MODULE: ./build/results/publish/octokit.js
var publish_octokit = __webpack_require__(3280);
// EXTERNAL MODULE: ./build/results/publish/pacer.js
var pacer = __webpack_require__(98466);
// EXTERNAL MODULE: ./build/results/publish/planner.js
var planner = __webpack_require__(32461);
// EXTERNAL MODULE: ./build/results/publish/read.js + 5 modules
var read = __webpack_require__(61209);
// EXTERNAL MODULE: ./build/results/publish/sender.js
var publish_sender = __webpack_require__(4048);
// EXTERNAL MODULE: ./build/results/publish/utf8.js
var utf8 = __webpack_require__(97858);
// EXTERNAL MODULE: ./build/results/publish/summary/markdown.js
var markdown = __webpack_require__(72005);
;// CONCATENATED MODULE: ./build/results/publish/summary/renderer.js


/** Renders sections into a byte budget. */
class SummaryRenderer {
    sections = [];
    constructor(sections = []) {
        for (const s of sections)
            this.add(s);
    }
    /** Adds a section, replacing one with the same id. */
    add(section) {
        const i = this.sections.findIndex((s) => s.id === section.id);
        if (i === -1)
            this.sections.push(section);
        else
            this.sections[i] = section;
        return this;
    }
    /** The sections, in output order. */
    list() {
        return [...this.sections].sort((a, b) => a.order - b.order);
    }
    /** Observers of the sections that have one. */
    observers() {
        return this.sections.flatMap((s) => (s.observer ? [s.observer] : []));
    }
    /** Renders every section into at most `maxBytes` UTF-8 bytes. */
    render(ctx, maxBytes) {
        const ordered = this.list();
        const SEP = '\n\n';
        const minimal = new Map(ordered.map((s) => [s.id, s.minimal(ctx)]));
        const sizeOf = (t) => (t === '' ? 0 : (0,utf8/* utf8Length */.wI)(t) + SEP.length);
        // Minimal forms that do not fit even alone are dropped, lowest priority first.
        const byPriority = [...ordered].sort((a, b) => (a.priority ?? a.order) - (b.priority ?? b.order));
        let reserved = [...minimal.values()].reduce((n, t) => n + sizeOf(t), 0);
        for (const s of [...byPriority].reverse()) {
            if (reserved <= maxBytes)
                break;
            reserved -= sizeOf(minimal.get(s.id) ?? '');
            minimal.set(s.id, '');
        }
        const rendered = new Map();
        let remaining = maxBytes;
        for (const s of byPriority) {
            const min = minimal.get(s.id) ?? '';
            reserved -= sizeOf(min);
            // What this section may use: everything not reserved for the minimal forms of the sections still to come.
            const budget = remaining - reserved - SEP.length;
            let text = min;
            if (budget > (0,utf8/* utf8Length */.wI)(min)) {
                try {
                    text = s.render(ctx, budget);
                }
                catch (err) {
                    text = `_The ${(0,markdown/* inlineText */.ln)(s.id)} section failed to render: ${(0,markdown/* inlineText */.ln)(err instanceof Error ? err.message : String(err))}_`;
                }
                if ((0,utf8/* utf8Length */.wI)(text) > budget)
                    text = min;
            }
            rendered.set(s.id, text);
            remaining -= sizeOf(text);
        }
        const out = ordered
            .map((s) => rendered.get(s.id) ?? '')
            .filter((t) => t !== '')
            .join(SEP);
        return (0,utf8/* truncateUtf8 */.Ck)(out + '\n', maxBytes);
    }
}

// EXTERNAL MODULE: ./build/results/publish/summary/sections.js
var sections = __webpack_require__(52504);
// EXTERNAL MODULE: ./build/results/publish/workflow-annotations.js
var workflow_annotations = __webpack_require__(75515);
;// CONCATENATED MODULE: ./build/results/publish/publish.js
/**
 * publish-results end to end, behind ports so the action, the CLI and the tests share it:
 *
 *  1. resolve the target (repository, commit, pull request, write access) from the event — no network;
 *  2. read every results file through the streaming parsers into a bounded collector;
 *  3. build annotations and render the job summary, and write the summary — still no network, so if GitHub is down
 *     nothing is lost;
 *  4. publish: a check run (find an earlier one by `external_id`, plan, send paced writes), or, when the token is
 *     read-only (fork, Dependabot) or `mode: summary`, workflow-command annotations within their per-step limits;
 *  5. append the outcome (link or failure) to the job summary and set the outputs.
 */


















const PUBLISH_MODES = ['auto', 'check-run', 'summary'];
const FAIL_ON = ['failure', 'error', 'never'];
/**
 * Default `annotations-limit`: 1000 annotations are 20 paced writes (well under a minute), and the collector then keeps
 * a bounded number of failures, so memory does not grow with the size of the results. `0` publishes all.
 */
const DEFAULT_ANNOTATIONS_LIMIT = 1000;
/** Conclusion and step verdict for the totals under `failOn`. */
function decideConclusion(totals, failOn) {
    const failing = totals.failed + totals.error + totals.findings.failure;
    const nothing = totals.total === 0 && totals.findings.notice + totals.findings.warning + totals.findings.failure === 0;
    const trigger = failOn === 'failure' ? failing > 0 : failOn === 'error' ? totals.error > 0 : false;
    if (trigger) {
        const what = failOn === 'error'
            ? `${totals.error} error(s)`
            : `${totals.failed} failed, ${totals.error} error(s), ${totals.findings.failure} failure finding(s)`;
        return { conclusion: 'failure', failStep: true, failMessage: `Results have ${what} (fail-on: ${failOn}).` };
    }
    return { conclusion: failing > 0 || nothing ? 'neutral' : 'success', failStep: false };
}
function currentPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return (0,publish_event/* readEventPayload */.N5)(path, 'GITHUB_EVENT_PATH');
    }
    catch {
        return {};
    }
}
/** Space kept free in the job summary for the note appended after publishing. */
const OUTCOME_NOTE_RESERVE = 4096;
/** Runs publish-results. Throws ConfigurationError for bad settings; publishing failures end up in the outcome. */
async function publishResults(settings, ports) {
    const { logger, env } = ports;
    if (settings.token)
        logger.addSecret(settings.token);
    const root = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE ?? ports.cwd ?? process.cwd());
    const cwd = (0,external_node_path_.resolve)(ports.cwd ?? root);
    // 1. Target, from the event alone; 2. results; 3. job summary, before any network call; 4. publish.
    const { target, mode, reason } = chooseTarget(settings, ports, cwd);
    const p = await readAll(settings, ports, { target, mode, reason, root, cwd });
    await writeJobSummary(p);
    if (mode === 'dry-run')
        return writeDryRun(p);
    if (mode === 'summary') {
        annotateInSummaryMode(p);
        const shown = `${p.outcome.annotations} shown as workflow annotations`;
        await appendNote(ports, logger, `Annotations: ${shown} (at most ${PER_LEVEL} per level and step).`);
        return p.outcome;
    }
    return sendCheckRun(p);
}
const PER_LEVEL = limits/* GITHUB_LIMITS */.f.workflowAnnotationsPerLevel;
/** Where the results go (repository, commit, pull request) and how: check run, summary only, or dry run. */
function chooseTarget(settings, ports, cwd) {
    const { logger, env } = ports;
    const eventFile = settings.eventFile ? (0,publish_event/* readEventPayload */.N5)((0,external_node_path_.resolve)(cwd, settings.eventFile), 'event-file') : undefined;
    const target = (0,publish_event/* resolveTarget */.u1)({
        env: env,
        current: currentPayload(env),
        eventFile,
        commit: settings.commit,
        repository: settings.repository,
    });
    let mode = settings.dryRunDir ? 'dry-run' : 'check-run';
    let reason;
    if (!settings.dryRunDir) {
        if (settings.mode === 'summary') {
            mode = 'summary';
            reason = "mode is 'summary'";
        }
        else if (target.readOnly) {
            if (settings.mode === 'auto') {
                mode = 'summary';
                reason = target.readOnly;
            }
            else {
                logger.warning(`mode is 'check-run' but ${target.readOnly}: creating the check run will probably fail.`);
            }
        }
    }
    if (mode === 'check-run' && !settings.token) {
        // Unauthenticated calls would only fail after retries (and exit as a publishing failure): refuse up front.
        // `input` is the stage input's own name, which the root action maps to its `github-token`.
        throw new errors/* ConfigurationError */.j1(`${settings.tokenSource ?? "Input 'token'"} is not set: writing a check run needs a token with 'checks: write' (or publish with mode 'summary', or a dry run).`, settings.tokenSource ?? 'token');
    }
    logger.info(`Publishing to ${target.repository}@${target.sha} (${target.shaSource}${target.pullRequest ? `, PR #${target.pullRequest}` : ''}) as '${settings.name}', mode ${mode}${reason ? `: ${reason}` : ''}.`);
    return { target, mode, reason };
}
/** Reads every results file, builds the annotations and the verdict, and starts the outcome. */
async function readAll(settings, ports, where) {
    const { logger } = ports;
    const { target, mode, reason, root } = where;
    const renderer = new SummaryRenderer([...(0,sections/* defaultSections */.Qm)(), ...(ports.sections ?? [])]);
    const limit = settings.annotationsLimit;
    const collector = new ResultsCollector({
        keepFailures: limit > 0 ? Math.max(limit, 200) : Number.POSITIVE_INFINITY,
        keepFindings: limit > 0 ? Math.max(limit, 200) : Number.POSITIVE_INFINITY,
        observers: renderer.observers(),
    });
    const files = await (0,publish_files/* expandResultGlobs */.D)(settings.results, where.cwd);
    await logger.group(`Reading ${files.length} results file(s)`, async () => {
        await (0,read/* readResultsFiles */.sT)(files, collector, { root });
        for (const f of collector.files) {
            logger.info(`${f.display}: ${f.format}, ${f.cases} case(s)${f.problem ? ` — problem: ${f.problem}` : ''}`);
            if (f.problem)
                logger.warning(`${f.display}: ${f.problem}`);
        }
    });
    const set = (0,annotations/* buildAnnotations */.P)(collector, { locator: new locate/* Locator */.h({ root }), baseDir: read/* sourceDir */.fm });
    const totals = collector.totals;
    const verdict = decideConclusion(totals, settings.failOn);
    const chosen = (0,annotations/* selectAnnotations */.TT)(set, limit);
    const notes = [];
    if (mode === 'summary') {
        notes.push(`No check run was written: ${(0,markdown/* inlineText */.ln)(reason ?? '')}. Failures are listed below, and the first ${PER_LEVEL} of each level are shown as annotations. ` +
            'To get every failure annotated on pull requests from forks, publish from a `workflow_run` workflow (see the publish-results README).');
    }
    if (mode !== 'summary' && chosen.omitted > 0)
        notes.push(omittedNote(chosen.entries.length, chosen.omitted, limit));
    const context = (t) => ({
        name: settings.name,
        target: t,
        totals,
        collector,
        annotations: set,
        conclusion: verdict.conclusion,
        notes: [...notes],
        commit: target.sha,
    });
    const outcome = {
        target,
        mode,
        ...(reason ? { reason } : {}),
        totals,
        ...verdict,
        annotations: 0,
        annotationsOmitted: 0,
        jobSummary: '',
    };
    return { settings, ports, logger, target, cwd: where.cwd, renderer, set, chosen, context, outcome };
}
/** The job summary, written before any network call (a failed write is a warning). */
async function writeJobSummary(p) {
    p.outcome.jobSummary = p.renderer.render(p.context('job-summary'), limits/* GITHUB_LIMITS */.f.jobSummaryBytes - OUTCOME_NOTE_RESERVE);
    if (!p.ports.jobSummary)
        return;
    try {
        await p.ports.jobSummary.append(p.outcome.jobSummary);
    }
    catch (err) {
        p.logger.warning(`Could not write the job summary: ${(0,errors/* getErrorMessage */.u1)(err)}`);
    }
}
/** The check run's requests (a new run, or an update of `existing`). */
function plan(p, existing) {
    const { settings, target } = p;
    return (0,planner/* planCheckRun */.R1)({
        owner: target.owner,
        repo: target.repo,
        name: settings.name,
        headSha: target.sha,
        externalId: (0,planner/* externalIdFor */.Cp)(settings.name, target.sha),
        title: (0,sections/* totalsPhrase */.BZ)(p.context('check-run')),
        summary: p.renderer.render(p.context('check-run'), limits/* GITHUB_LIMITS */.f.outputBytes),
        annotations: p.chosen.entries.map((e) => e.annotation),
        conclusion: p.outcome.conclusion,
        ...(existing ? { existing } : {}),
    });
}
/** `--dry-run`: the requests and the summary written to the directory, nothing sent. */
function writeDryRun(p) {
    const dir = (0,external_node_path_.resolve)(p.cwd, p.settings.dryRunDir);
    const requests = plan(p);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const sent = requests.map(({ method, path, body }) => ({ method, path, body }));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'requests.json'), JSON.stringify(sent, null, 2) + '\n');
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'summary.md'), p.outcome.jobSummary);
    Object.assign(p.outcome, { requests, annotations: p.chosen.entries.length, annotationsOmitted: p.chosen.omitted });
    return p.outcome;
}
/** Summary mode: the annotations as workflow commands (GitHub shows a few per level). */
function annotateInSummaryMode(p, why) {
    const r = (0,workflow_annotations/* emitWorkflowAnnotations */.P)(p.set.entries, p.logger);
    p.outcome.annotations = r.emitted;
    p.outcome.annotationsOmitted = r.skipped + p.set.notKept;
    if (why)
        p.logger.warning(why);
}
/** Writes the check run (creating it or updating this commit's); a token that may not write checks falls back. */
async function sendCheckRun(p) {
    const { settings, ports, logger, target, outcome } = p;
    const clock = ports.clock ?? pacer/* systemClock */.m;
    const octokit = (ports.octokit ?? publish_octokit/* createOctokit */.Q)({
        token: settings.token ?? '',
        baseUrl: ports.env.GITHUB_API_URL || 'https://api.github.com',
        clock,
        logger,
        ...(ports.readRetryBaseMs !== undefined ? { readRetryBaseMs: ports.readRetryBaseMs } : {}),
    });
    const sender = new publish_sender/* CheckRunSender */.xo(octokit, new pacer/* WritePacer */.p(clock, limits/* GITHUB_LIMITS */.f.minWriteIntervalMs), {
        owner: target.owner,
        repo: target.repo,
        logger,
        ...(ports.writeBackoffMs !== undefined ? { backoffMs: ports.writeBackoffMs } : {}),
    });
    const identity = { name: settings.name, sha: target.sha, externalId: (0,planner/* externalIdFor */.Cp)(settings.name, target.sha) };
    try {
        await logger.group(`Publishing check run '${settings.name}' (${p.chosen.entries.length} annotation(s))`, async () => {
            const existing = await sender.findExisting(identity.name, identity.sha, identity.externalId);
            if (existing)
                logger.info(`Updating check run ${existing.id} from an earlier run for this commit.`);
            const keys = existing && existing.annotationsCount > 0 ? await sender.annotationKeys(existing.id) : undefined;
            const requests = plan(p, existing ? { id: existing.id, ...(keys ? { annotationKeys: keys } : {}) } : undefined);
            outcome.requests = requests;
            const result = await sender.send(requests, identity, existing);
            outcome.send = result;
            outcome.checkRunId = result.id;
            if (result.htmlUrl)
                outcome.checkRunUrl = result.htmlUrl;
            outcome.annotations = requests.reduce((n, r) => n + (r.body.output.annotations?.length ?? 0), 0);
            outcome.annotationsOmitted = p.chosen.omitted;
            logger.info(`Check run ${result.id}: ${result.writes} write(s)${result.recovered ? `, ${result.recovered} recovered after an error` : ''}. ${result.htmlUrl ?? ''}`);
        });
    }
    catch (err) {
        return sendFailed(p, err);
    }
    await appendNote(ports, logger, outcome.checkRunUrl
        ? `Check run: [${(0,markdown/* inlineText */.ln)(settings.name)}](${outcome.checkRunUrl}) (${outcome.annotations} annotation(s)).`
        : `Check run ${outcome.checkRunId} written.`);
    return outcome;
}
/** The check run could not be written: summary mode when the token may not write checks (mode auto), else the error. */
async function sendFailed(p, err) {
    const { settings, ports, logger, outcome } = p;
    const message = (0,publish_sender/* describeHttpError */.g2)(err);
    const forbidden = err instanceof publish_sender/* PublishError */.S1 && err.status === 403 && /not accessible by integration/i.test(message);
    if (forbidden && settings.mode === 'auto') {
        outcome.mode = 'summary';
        outcome.reason = 'the token may not write checks (add `permissions: checks: write` to the job)';
        annotateInSummaryMode(p, `Could not create the check run: ${message}. Add 'permissions: checks: write' to the job; showing annotations through workflow commands instead.`);
        await appendNote(ports, logger, `No check run: ${outcome.reason}. The first ${PER_LEVEL} annotations of each level are shown as workflow annotations.`);
        return outcome;
    }
    outcome.publishError = message;
    logger.error(`Publishing the check run failed: ${message}. The results are complete in the job summary.`);
    await appendNote(ports, logger, `⚠️ Publishing the check run failed: ${(0,markdown/* inlineText */.ln)(message)}. The results above are complete.`);
    return outcome;
}
/** The headline note when annotations were left out: how many, why, and how to get them all. */
function omittedNote(published, omitted, limit) {
    const why = limit > 0 ? `\`annotations-limit\` is ${limit}, failures first` : 'more flaky cases than are kept';
    return (`Annotations: ${published} of ${published + omitted} published (${why}); the other ${omitted} are counted in ` +
        'the totals and the `annotations-omitted` output, not annotated. `annotations-limit: 0` (`--annotations-limit 0`) ' +
        'annotates all.');
}
async function appendNote(ports, logger, note) {
    if (!ports.jobSummary)
        return;
    try {
        await ports.jobSummary.append(`\n> ${note.slice(0, OUTCOME_NOTE_RESERVE - 16)}\n`);
    }
    catch (err) {
        logger.warning(`Could not write the job summary: ${(0,errors/* getErrorMessage */.u1)(err)}`);
    }
}


/***/ }),

/***/ 61209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sT: () => (/* binding */ readResultsFiles),
  fm: () => (/* binding */ sourceDir)
});

// UNUSED EXPORTS: displayPath, readResultsFile, sniffFormat, unreadableFileCase

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(59800);
;// CONCATENATED MODULE: ./build/results/capped-text.js
/**
 * A text accumulator with a fixed memory bound: it keeps the head and the tail of what it is fed and counts what it
 * dropped in between. Parsers use it for failure bodies, tracebacks and captured output, which can be arbitrarily
 * large in a results file; the start (the assertion) and the end (the exception) are the parts a reviewer reads.
 */
class CappedText {
    maxChars;
    head = '';
    tail = '';
    dropped = 0;
    /** Set once text went to the tail: the head never grows after that, or the order would break. */
    headClosed = false;
    headMax;
    /** @param maxChars total characters kept (half head, half tail) */
    constructor(maxChars = 64 * 1024) {
        this.maxChars = maxChars;
        this.headMax = Math.ceil(maxChars / 2);
    }
    /** What the tail may keep: the rest of the budget (the head may be one short to keep a surrogate pair whole). */
    get tailMax() {
        return this.maxChars - this.head.length;
    }
    /** Appends `chunk`. */
    push(chunk) {
        if (chunk === '')
            return;
        if (!this.headClosed && this.head.length < this.headMax) {
            let room = this.headMax - this.head.length;
            // Do not end the head on the first half of a surrogate pair.
            const last = chunk.charCodeAt(room - 1);
            if (room < chunk.length && last >= 0xd800 && last <= 0xdbff)
                room--;
            this.head += chunk.slice(0, room);
            chunk = chunk.slice(room);
            if (chunk === '')
                return;
        }
        this.headClosed = true;
        this.tail += chunk;
        if (this.tail.length > this.tailMax * 2)
            this.compact();
    }
    /** True when nothing was pushed. */
    get empty() {
        return this.head === '' && this.tail === '';
    }
    /** Characters dropped from the middle so far. */
    get droppedChars() {
        this.compact();
        return this.dropped;
    }
    /** The kept text: head, a `[… N characters omitted …]` line if anything was dropped, tail. */
    toString() {
        this.compact();
        if (this.dropped === 0)
            return this.head + this.tail;
        return `${this.head}\n[… ${this.dropped} characters omitted …]\n${this.tail}`;
    }
    compact() {
        if (this.tail.length <= this.tailMax)
            return;
        let cut = this.tail.length - this.tailMax;
        // Do not start the tail on the second half of a surrogate pair.
        const code = this.tail.charCodeAt(cut);
        if (code >= 0xdc00 && code <= 0xdfff)
            cut++;
        this.dropped += cut;
        this.tail = this.tail.slice(cut);
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./build/results/junit/decode.js
/**
 * Byte stream → text stream for XML: the encoding comes from the byte-order mark, else from the XML declaration's
 * `encoding` pseudo-attribute, else UTF-8 (XML 1.0 §4.3.3 and Appendix F). Decoding is incremental, so a file of any
 * size passes through a fixed-size window; malformed bytes become U+FFFD instead of aborting the parse.
 */


/** How many leading bytes are examined for the declaration. */
const SNIFF_BYTES = 1024;
/** The encoding label for `head`, the first bytes of an XML document. */
function sniffXmlEncoding(head) {
    const [b0, b1, b2, b3] = head;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return 'utf-8';
    if (b0 === 0xff && b1 === 0xfe)
        return 'utf-16le';
    if (b0 === 0xfe && b1 === 0xff)
        return 'utf-16be';
    // UTF-16 without a BOM: `<?` as 16-bit units.
    if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00)
        return 'utf-16le';
    if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f)
        return 'utf-16be';
    const text = Buffer.from(head.subarray(0, SNIFF_BYTES)).toString('latin1');
    const decl = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(text);
    return decl?.[1]?.toLowerCase() ?? 'utf-8';
}
function createDecoder(label, source) {
    try {
        return new external_node_util_.TextDecoder(label, { fatal: false });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${source}: unsupported XML encoding '${label}'.`, source);
    }
}
/**
 * Decodes an XML byte stream to text chunks. The first chunk(s) are buffered until {@link SNIFF_BYTES} bytes (or the
 * end) are seen, to find the encoding; after that every chunk is decoded as it arrives.
 * @param source file name for error messages
 * @throws ConfigurationError when the declared encoding is unknown
 */
async function* decodeXmlStream(chunks, source) {
    let decoder;
    let pending = [];
    let pendingBytes = 0;
    for await (const chunk of chunks) {
        if (!decoder) {
            pending.push(chunk);
            pendingBytes += chunk.length;
            if (pendingBytes < SNIFF_BYTES)
                continue;
            const head = Buffer.concat(pending);
            pending = [];
            decoder = createDecoder(sniffXmlEncoding(head), source);
            const text = decoder.decode(head, { stream: true });
            if (text !== '')
                yield text;
            continue;
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '')
            yield text;
    }
    if (!decoder) {
        const head = Buffer.concat(pending);
        decoder = createDecoder(sniffXmlEncoding(head), source);
        const text = decoder.decode(head, { stream: true });
        if (text !== '')
            yield text;
    }
    const rest = decoder.decode();
    if (rest !== '')
        yield rest;
}

;// CONCATENATED MODULE: ./build/results/junit/parse.js
/**
 * Streaming JUnit XML reader. One pass of a SAX parser (saxes) turns every `<testcase>` into a {@link TestCase} and
 * hands it to a callback; nothing but the current case (with capped failure text and output) is held, so memory does
 * not grow with the file.
 *
 * Flavours handled: a `<testsuites>` root or a bare `<testsuite>` root, nested suites, surefire (`flakyFailure`,
 * `flakyError`, `rerunFailure`, `rerunError`, `stackTrace` children), pytest (`file`/`line` attributes; `line` is
 * 0-based there), jest-junit (`file` attribute, suite-level errors), CDATA bodies and per-case `system-out`/
 * `system-err`.
 *
 * Security: DTDs are never processed. A document with a DOCTYPE is refused before its root element, and saxes does not
 * expand entities beyond the five predefined ones and character references, so XXE and entity-expansion bombs have
 * nothing to work with.
 */



/** A parse that stopped on malformed or refused input. Cases emitted before the problem stay valid. */
class JUnitParseError extends Error {
    source;
    line;
    casesBefore;
    constructor(message, source, line, casesBefore = 0) {
        super(message);
        this.source = source;
        this.line = line;
        this.casesBefore = casesBefore;
        this.name = 'JUnitParseError';
    }
}
const STATUS_RANK = { passed: 0, flaky: 1, skipped: 2, failed: 3, error: 4 };
/** Parses `time="1.5"` (seconds; tolerates thousands separators) into milliseconds. */
function parseJUnitTime(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value.replace(/,/g, '').trim());
    return Number.isFinite(n) && n >= 0 ? Math.round(n * 1000 * 1000) / 1000 : undefined;
}
function attr(tag, name) {
    const v = tag.attributes[name];
    return typeof v === 'string' ? v : undefined;
}
function positiveInt(value) {
    if (value === undefined || !/^\d+$/.test(value.trim()))
        return undefined;
    return Number(value.trim());
}
/**
 * The state of one parse: the open suites, the case being read and which of its texts is being captured. Its
 * `on*` members are the SAX handlers; the first problem is kept in {@link failure} and everything after it ignored.
 */
class JUnitReader {
    parser;
    source;
    maxText;
    onCase;
    suites = [];
    current;
    capture;
    depthInCapture = 0;
    rootSeen = false;
    cases = 0;
    orphanSuiteProblems = 0;
    failure;
    constructor(parser, source, maxText, onCase) {
        this.parser = parser;
        this.source = source;
        this.maxText = maxText;
        this.onCase = onCase;
        parser.on('error', (err) => this.fail(err.message.replace(/^[^:]*:\d+:\d+: /, '')));
        parser.on('doctype', () => this.fail('DOCTYPE declarations are refused (DTDs and entity expansion are disabled)'));
        parser.on('opentag', this.onOpenTag);
        parser.on('text', this.onText);
        parser.on('cdata', this.onText);
        parser.on('closetag', this.onCloseTag);
    }
    /** Records the first problem, with the line the parser is at. */
    fail(message) {
        this.failure ??= new JUnitParseError(`${this.source}:${this.parser.line}: ${message}`, this.source, this.parser.line, this.cases);
    }
    onOpenTag = (tag) => {
        if (this.failure)
            return;
        const name = tag.name;
        if (!this.rootSeen) {
            this.rootSeen = true;
            if (name !== 'testsuites' && name !== 'testsuite') {
                this.fail(`root element <${name}> is not <testsuites> or <testsuite>`);
                return;
            }
        }
        if (this.capture !== undefined) {
            this.depthInCapture++; // e.g. surefire <flakyFailure><stackTrace>: text goes to the same capture
            return;
        }
        if (name === 'testsuite' || (name === 'testsuites' && this.suites.length === 0))
            this.openSuite(tag);
        else if (name === 'testcase')
            this.openCase(tag);
        else if (this.current)
            this.openCaseChild(tag, this.current);
    };
    openSuite(tag) {
        const parent = this.suites[this.suites.length - 1];
        const suiteName = attr(tag, 'name') ?? '';
        this.suites.push({
            name: suiteName,
            file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? parent?.file,
            zeroBasedLines: parent?.zeroBasedLines === true || suiteName === 'pytest',
            declaredProblems: (positiveInt(attr(tag, 'errors')) ?? 0) + (positiveInt(attr(tag, 'failures')) ?? 0),
            seenProblems: 0,
        });
    }
    openCase(tag) {
        const suite = this.suites[this.suites.length - 1];
        const line = positiveInt(attr(tag, 'line'));
        this.current = {
            name: attr(tag, 'name') ?? '(unnamed)',
            classname: attr(tag, 'classname') ?? attr(tag, 'class') ?? suite?.name ?? '',
            file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? suite?.file,
            line: line === undefined ? undefined : suite?.zeroBasedLines ? line + 1 : Math.max(1, line),
            timeMs: parseJUnitTime(attr(tag, 'time')),
            status: 'passed',
            body: new CappedText(this.maxText),
            out: new CappedText(this.maxText),
            err: new CappedText(this.maxText),
            flakyRuns: 0,
            reruns: 0,
        };
    }
    /** A child of `<testcase>`: sets the status it implies and what its text is captured into. */
    openCaseChild(tag, c) {
        switch (tag.name) {
            case 'failure':
            case 'error':
            case 'rerunFailure':
            case 'rerunError':
                openProblem(tag, c);
                this.capture = 'failure';
                return;
            case 'flakyFailure':
            case 'flakyError':
                c.flakyRuns++;
                if (c.status === 'passed')
                    c.status = 'flaky';
                c.message ??= attr(tag, 'message');
                c.type ??= attr(tag, 'type');
                this.capture = 'flaky';
                return;
            case 'skipped':
                if (STATUS_RANK.skipped > STATUS_RANK[c.status])
                    c.status = 'skipped';
                c.message ??= attr(tag, 'message');
                this.capture = 'skip';
                return;
            case 'system-out':
                this.capture = 'out';
                return;
            case 'system-err':
                this.capture = 'err';
                return;
            default:
                return;
        }
    }
    onText = (text) => {
        const c = this.current;
        if (this.failure || !c || this.capture === undefined)
            return;
        switch (this.capture) {
            case 'failure':
            case 'flaky':
                c.body.push(text);
                return;
            case 'skip':
                if (c.message === undefined && text.trim() !== '')
                    c.message = text.trim().slice(0, 1000);
                return;
            case 'out':
                c.out.push(text);
                return;
            case 'err':
                c.err.push(text);
                return;
        }
    };
    onCloseTag = (tag) => {
        if (this.failure)
            return;
        if (this.capture !== undefined) {
            if (this.depthInCapture > 0)
                this.depthInCapture--;
            else
                this.capture = undefined;
            return;
        }
        if (tag.name === 'testcase' && this.current)
            this.closeCase(this.current);
        else if (tag.name === 'testsuite' || tag.name === 'testsuites')
            this.closeSuite(tag.name);
    };
    closeCase(c) {
        this.current = undefined;
        const suite = this.suites[this.suites.length - 1];
        if (suite && (c.status === 'failed' || c.status === 'error'))
            suite.seenProblems++;
        this.cases++;
        this.onCase(toTestCase(c));
    }
    closeSuite(name) {
        const suite = this.suites.pop();
        if (suite && suite.declaredProblems > suite.seenProblems && name === 'testsuite')
            this.emitOrphanProblems(suite);
        const parent = this.suites[this.suites.length - 1];
        if (parent && suite)
            parent.seenProblems += Math.max(suite.seenProblems, suite.declaredProblems);
    }
    /** A suite that says it failed but has no failing `<testcase>` (jest-junit: a test file that did not load). */
    emitOrphanProblems(suite) {
        const missing = suite.declaredProblems - suite.seenProblems;
        this.orphanSuiteProblems += missing;
        this.cases++;
        this.onCase({
            id: `${this.source}#suite-${this.cases}`,
            name: suite.name || '(suite)',
            suite: suite.name || '(suite)',
            status: 'error',
            message: `The suite reports ${missing} error(s)/failure(s) without a failing test case (it may not have loaded).`,
            ...(suite.file ? { location: { file: suite.file } } : {}),
        });
    }
}
/** `<failure>`, `<error>`, `<rerunFailure>`, `<rerunError>`: the worst status wins, the first message and type stay. */
function openProblem(tag, c) {
    const status = tag.name.toLowerCase().endsWith('error') ? 'error' : 'failed';
    if (tag.name.startsWith('rerun'))
        c.reruns++;
    if (STATUS_RANK[status] > STATUS_RANK[c.status] || c.message === undefined) {
        if (STATUS_RANK[status] >= STATUS_RANK[c.status])
            c.status = status;
        c.message ??= attr(tag, 'message');
        c.type ??= attr(tag, 'type');
    }
    if (!c.body.empty)
        c.body.push('\n');
}
/** Decodes the bytes and writes them to the parser until the input ends or the reader has failed. */
async function feed(parser, reader, bytes, source) {
    try {
        for await (const text of decodeXmlStream(bytes, source)) {
            parser.write(text);
            if (reader.failure)
                break;
        }
        if (!reader.failure)
            parser.close();
    }
    catch (err) {
        if (err instanceof JUnitParseError)
            throw err;
        reader.fail(err instanceof Error ? err.message : String(err));
    }
}
/**
 * Reads a JUnit XML byte stream and calls `onCase` for every test case, in document order.
 * @throws JUnitParseError on malformed XML, a DOCTYPE, or a root element that is not `testsuites`/`testsuite`
 */
async function parseJUnit(bytes, onCase, options) {
    const { source } = options;
    const parser = new saxes/* SaxesParser */.wT({ position: true, fileName: source });
    const reader = new JUnitReader(parser, source, options.maxTextChars ?? 64 * 1024, onCase);
    await feed(parser, reader, bytes, source);
    if (!reader.failure && !reader.rootSeen)
        reader.fail('no root element (empty or not XML)');
    if (reader.failure)
        throw reader.failure;
    return { cases: reader.cases, orphanSuiteProblems: reader.orphanSuiteProblems };
}
function joinText(parts) {
    const kept = parts.filter(([, t]) => !t.empty && t.toString().trim() !== '');
    if (kept.length === 0)
        return undefined;
    if (kept.length === 1 && kept[0]?.[0] === '')
        return kept[0][1].toString().trim();
    return kept.map(([label, t]) => (label ? `${label}\n${t.toString().trim()}` : t.toString().trim())).join('\n\n');
}
function toTestCase(c) {
    const bad = c.status !== 'passed' && c.status !== 'skipped';
    const suite = c.classname || '(no suite)';
    const tc = { id: `${suite}::${c.name}`, name: c.name, suite, status: c.status };
    if (c.timeMs !== undefined)
        tc.durationMs = c.timeMs;
    let message = c.message?.trim();
    if (bad && !message && c.type)
        message = c.type;
    if (bad && !message)
        message = firstLine(c.body.toString());
    if (message)
        tc.message = message;
    if (bad) {
        const details = joinText([
            ['', c.body],
            ['--- stdout ---', c.out],
            ['--- stderr ---', c.err],
        ]);
        if (details)
            tc.details = details;
    }
    if (c.file)
        tc.location = c.line !== undefined ? { file: c.file, line: c.line } : { file: c.file };
    const attempts = 1 + c.flakyRuns + c.reruns;
    if (attempts > 1)
        tc.attempts = attempts;
    return tc;
}
function firstLine(text) {
    const line = text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '');
    return line === undefined ? undefined : line.slice(0, 500);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/results/subunit/v2.js
/**
 * A streaming reader of subunit v2, the binary test-event protocol of python-subunit, testtools, stestr and tempest.
 *
 * Packet layout (python-subunit `subunit/v2.py`): signature `0xB3`; 16-bit big-endian flags (version `0x2` in the top
 * nibble); the whole packet's length as a variable-length number of at most 3 bytes (so a packet is < 4 MiB); then,
 * each only when its flag is set and in this order: timestamp (32-bit seconds + varint nanoseconds), test id, tags
 * (varint count + strings), MIME type, file content (name + varint length + bytes), route code; finally a CRC-32 of
 * everything before it. Strings are a varint byte length followed by UTF-8.
 *
 * Bytes between packets that do not start with the signature are "non-subunit" output and are reported as such. A
 * packet with a bad checksum or a bad field is reported and skipped, and reading resumes after it, as python-subunit
 * does. At most one packet is buffered, so memory is bounded by the 4 MiB packet limit.
 */


const SUBUNIT_SIGNATURE = 0xb3;
const FLAG_TEST_ID = 0x0800;
const FLAG_ROUTE_CODE = 0x0400;
const FLAG_TIMESTAMP = 0x0200;
const FLAG_RUNNABLE = 0x0100;
const FLAG_TAGS = 0x0080;
const FLAG_FILE_CONTENT = 0x0040;
const FLAG_MIME_TYPE = 0x0020;
const FLAG_EOF = 0x0010;
/** Test statuses by their 3-bit code. */
const SUBUNIT_STATUSES = [
    'undefined',
    'exists',
    'inprogress',
    'success',
    'uxsuccess',
    'skip',
    'fail',
    'xfail',
];
/** Thrown by field decoding inside one packet. */
class PacketError extends Error {
}
/** A FIFO of byte chunks that copies only what is asked for. */
class ByteQueue {
    chunks = [];
    length = 0;
    push(chunk) {
        if (chunk.length === 0)
            return;
        this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
        this.length += chunk.length;
    }
    /** The first `n` bytes (n ≤ length), without consuming them. */
    peek(n) {
        const first = this.chunks[0];
        if (first && first.length >= n)
            return first.subarray(0, n);
        const merged = Buffer.concat(this.chunks);
        this.chunks = [merged];
        return merged.subarray(0, n);
    }
    /** Index of the first `byte` within the first `limit` bytes, or -1. */
    indexOf(byte, limit) {
        let base = 0;
        for (const chunk of this.chunks) {
            if (base >= limit)
                break;
            const i = chunk.indexOf(byte);
            if (i !== -1 && base + i < limit)
                return base + i;
            base += chunk.length;
        }
        return -1;
    }
    /** Removes and returns the first `n` bytes. */
    take(n) {
        const out = this.peek(n);
        const first = this.chunks[0];
        const rest = first.subarray(n);
        if (rest.length === 0)
            this.chunks.shift();
        else
            this.chunks[0] = rest;
        this.length -= n;
        return Buffer.from(out); // detach from the shared chunk so callers may keep it
    }
}
/** Reads a subunit variable-length number at `pos`; returns [value, bytes used]. */
function readVarint(buf, pos, max3Bytes = false) {
    const b0 = buf[pos];
    if (b0 === undefined)
        throw new PacketError(`number at ${pos} runs past the end of the packet`);
    const kind = b0 & 0xc0;
    const v0 = b0 & 0x3f;
    const need = kind === 0x00 ? 1 : kind === 0x40 ? 2 : kind === 0x80 ? 3 : 4;
    if (need === 4 && max3Bytes)
        throw new PacketError('packet length uses 4 bytes (at most 3 are allowed)');
    if (pos + need > buf.length)
        throw new PacketError(`number at ${pos} runs past the end of the packet`);
    if (need === 1)
        return [v0, 1];
    if (need === 2)
        return [(v0 << 8) | buf[pos + 1], 2];
    if (need === 3)
        return [(v0 << 16) | buf.readUInt16BE(pos + 1), 3];
    return [v0 * 0x1000000 + buf.readUIntBE(pos + 1, 3), 4];
}
const utf8 = new external_node_util_.TextDecoder('utf-8', { fatal: true });
function readString(buf, pos, what) {
    const [len, used] = readVarint(buf, pos);
    const start = pos + used;
    if (start + len > buf.length)
        throw new PacketError(`${what} runs past the end of the packet`);
    const bytes = buf.subarray(start, start + len);
    if (bytes.includes(0))
        throw new PacketError(`${what} contains a NUL byte`);
    try {
        return [utf8.decode(bytes), start + len];
    }
    catch {
        throw new PacketError(`${what} is not UTF-8`);
    }
}
/** Decodes the body of one complete packet (signature to CRC inclusive). */
function decodePacket(packet, offset) {
    const flags = packet.readUInt16BE(1);
    const version = flags >> 12;
    if (version !== 2)
        throw new PacketError(`unsupported version ${version}`);
    const [, lenBytes] = readVarint(packet, 3, true);
    const body = packet.subarray(0, packet.length - 4);
    let pos = 3 + lenBytes;
    const out = {
        kind: 'packet',
        offset,
        status: SUBUNIT_STATUSES[flags & 0x7],
        eof: (flags & FLAG_EOF) !== 0,
        runnable: (flags & FLAG_RUNNABLE) !== 0,
    };
    if (flags & FLAG_TIMESTAMP) {
        if (pos + 4 > body.length)
            throw new PacketError('timestamp runs past the end of the packet');
        const seconds = body.readUInt32BE(pos);
        const [nanos, used] = readVarint(body, pos + 4);
        pos += 4 + used;
        out.timestamp = { seconds, nanos };
        out.timestampMs = seconds * 1000 + nanos / 1e6;
    }
    if (flags & FLAG_TEST_ID)
        [out.testId, pos] = readString(body, pos, 'test id');
    if (flags & FLAG_TAGS) {
        const [count, used] = readVarint(body, pos);
        pos += used;
        const tags = [];
        for (let i = 0; i < count; i++) {
            let tag;
            [tag, pos] = readString(body, pos, 'tag');
            tags.push(tag);
        }
        out.tags = tags;
    }
    if (flags & FLAG_MIME_TYPE)
        [out.mimeType, pos] = readString(body, pos, 'MIME type');
    if (flags & FLAG_FILE_CONTENT) {
        [out.fileName, pos] = readString(body, pos, 'file name');
        const [len, used] = readVarint(body, pos);
        pos += used;
        if (pos + len > body.length)
            throw new PacketError('file content runs past the end of the packet');
        out.fileBytes = Buffer.from(body.subarray(pos, pos + len));
        pos += len;
    }
    if (flags & FLAG_ROUTE_CODE)
        [out.routeCode, pos] = readString(body, pos, 'route code');
    return out;
}
/** Most non-subunit bytes reported in one event. */
const MAX_NON_SUBUNIT_CHUNK = 64 * 1024;
/** The reader's input: a byte queue filled from the chunk iterator on demand, and the offset of its first byte. */
class PacketInput {
    q = new ByteQueue();
    offset = 0;
    ended = false;
    iterator;
    constructor(chunks) {
        this.iterator = chunks[Symbol.asyncIterator]();
    }
    /** Pulls chunks until `n` bytes are queued or the input ends; true when they are. */
    async fill(n) {
        while (this.q.length < n && !this.ended) {
            const next = await this.iterator.next();
            if (next.done)
                this.ended = true;
            else
                this.q.push(next.value);
        }
        return this.q.length >= n;
    }
    /** Removes and returns `n` bytes, moving the offset past them. */
    take(n) {
        const bytes = this.q.take(n);
        this.offset += n;
        return bytes;
    }
    /** Drops everything queued (the rest of the stream is unreadable). */
    drop() {
        this.q.take(this.q.length);
    }
}
const problem = (offset, message) => ({ kind: 'problem', offset, message });
/** Bytes up to the next signature byte (at most {@link MAX_NON_SUBUNIT_CHUNK}) as non-subunit output. */
function readNonSubunit(input) {
    const offset = input.offset;
    const limit = Math.min(input.q.length, MAX_NON_SUBUNIT_CHUNK);
    const next = input.q.indexOf(SUBUNIT_SIGNATURE, limit);
    return { kind: 'non-subunit', offset, bytes: input.take(next === -1 ? limit : next) };
}
/** A problem at the current byte, which is skipped so reading resumes right after it. */
function skipByte(input, message) {
    const event = problem(input.offset, message);
    input.take(1);
    return { event };
}
/** The stream ends inside a packet: a problem, and nothing more to read. */
function truncated(input, message) {
    const event = problem(input.offset, message);
    input.drop();
    return { event, end: true };
}
/** Reads the length of the packet at the signature byte, or the step to take when the header is unusable. */
async function readPacketLength(input) {
    const offset = input.offset;
    // Signature, flags, and up to 3 length bytes.
    if (!(await input.fill(4)))
        return truncated(input, `truncated packet header at byte ${offset}`);
    // The length's first byte says how many bytes it takes (1-3; 4 is refused below).
    const headerBytes = 3 + Math.min(((input.q.peek(4)[3] >> 6) & 0x3) + 1, 3);
    if (!(await input.fill(headerBytes)))
        return truncated(input, `truncated packet header at byte ${offset}`);
    let length;
    try {
        [length] = readVarint(input.q.peek(headerBytes), 3, true);
    }
    catch (err) {
        return skipByte(input, `bad packet length at byte ${offset}: ${err.message}`);
    }
    if (length < 8)
        return skipByte(input, `impossible packet length ${length} at byte ${offset}`);
    return length;
}
/** A whole packet's bytes → the packet, or a problem when its checksum or a field is bad. */
function checkedPacket(packet, offset) {
    const length = packet.length;
    const stored = packet.readUInt32BE(length - 4);
    const computed = (0,external_node_zlib_.crc32)(packet.subarray(0, length - 4)) >>> 0;
    if (stored !== computed) {
        return problem(offset, `bad checksum at byte ${offset}: computed 0x${computed.toString(16)}, stored 0x${stored.toString(16)}`);
    }
    try {
        return decodePacket(packet, offset);
    }
    catch (err) {
        if (!(err instanceof PacketError))
            throw err;
        return problem(offset, `bad packet at byte ${offset}: ${err.message}`);
    }
}
/** Reads the packet that starts at the current byte (a signature). */
async function readPacket(input) {
    const length = await readPacketLength(input);
    if (typeof length !== 'number')
        return length;
    const offset = input.offset;
    if (!(await input.fill(length))) {
        return truncated(input, `truncated packet at byte ${offset}: ${length} bytes declared, ${input.q.length} left in the stream`);
    }
    return { event: checkedPacket(input.take(length), offset) };
}
/**
 * Reads a subunit v2 byte stream and yields its packets, interleaved non-subunit output, and problems (bad checksum,
 * bad fields, a truncated last packet). Never throws for bad input; rejects only if `chunks` itself fails.
 */
async function* readSubunitV2(chunks) {
    const input = new PacketInput(chunks);
    while (await input.fill(1)) {
        if (input.q.peek(1)[0] !== SUBUNIT_SIGNATURE) {
            yield readNonSubunit(input);
            continue;
        }
        const step = await readPacket(input);
        yield step.event;
        if (step.end)
            break;
    }
}

;// CONCATENATED MODULE: ./build/results/subunit/cases.js
/**
 * Subunit v2 events → test cases. A test is a sequence of packets sharing a test id: `inprogress` (start time),
 * file attachments (traceback, reason, pythonlogging, stdout/stderr, possibly chunked), then one final status.
 * Only tests still in flight are held, so memory is bounded by concurrency, not by the stream's length.
 */



const FINAL = {
    success: 'passed',
    xfail: 'passed',
    fail: 'failed',
    uxsuccess: 'failed',
    skip: 'skipped',
};
/** Splits a Python test id (`pkg.mod.Class.test_x[id-1,smoke]`) into suite and name. */
function splitTestId(id) {
    const bracket = id.indexOf('[');
    const head = bracket === -1 ? id : id.slice(0, bracket);
    const dot = head.lastIndexOf('.');
    if (dot <= 0)
        return { suite: '(no suite)', name: id };
    return { suite: id.slice(0, dot), name: id.slice(dot + 1) };
}
/** The exception line of a traceback (`AssertionError: 1 != 2`), else its last non-empty line. */
function exceptionLine(text) {
    const lines = text.split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i]?.trim();
        if (line && /^[A-Za-z_][\w.]*(Error|Exception|Exit|Failure|Interrupt|Warning|Timeout)\b/.test(line)) {
            return line.slice(0, 1000);
        }
    }
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i]?.trim();
        if (line)
            return line.slice(0, 1000);
    }
    return undefined;
}
const UNFINISHED = 'the test never finished (no final status in the stream: the runner may have crashed)';
/** Appends a packet's file content to the test's attachment of that name (a new one while under the limit). */
function attach(s, p, limits) {
    if (p.fileName === undefined || p.fileBytes === undefined)
        return;
    let a = s.attachments.get(p.fileName);
    if (!a) {
        if (s.attachments.size >= limits.maxAttachments) {
            s.droppedAttachments++;
            return;
        }
        a = { text: new CappedText(limits.maxText), decoder: new external_node_util_.TextDecoder('utf-8') };
        s.attachments.set(p.fileName, a);
    }
    a.text.push(a.decoder.decode(p.fileBytes, { stream: !p.eof }));
}
/** Flushes every attachment's decoder and returns the non-empty texts by file name, in arrival order. */
function attachmentTexts(s) {
    const texts = new Map();
    for (const [fileName, a] of s?.attachments ?? []) {
        a.text.push(a.decoder.decode());
        const t = a.text.toString().trim();
        if (t)
            texts.set(fileName, t);
    }
    return texts;
}
/** Sets a case's message (and, for a failure, its details) from the test's attachments. */
function describeFromAttachments(c, s, note) {
    const texts = attachmentTexts(s);
    const traceback = texts.get('traceback') ?? texts.get('Traceback');
    const reason = texts.get('reason');
    if (c.status === 'skipped') {
        if (reason)
            c.message = exceptionLine(reason);
        return;
    }
    if (c.status !== 'failed' && c.status !== 'error')
        return;
    c.message = note ?? (traceback ? exceptionLine(traceback) : undefined) ?? reason ?? 'failed';
    const parts = [];
    if (traceback)
        parts.push(traceback);
    for (const [fileName, t] of texts) {
        if (fileName === 'traceback' || fileName === 'Traceback')
            continue;
        parts.push(`--- ${fileName} ---\n${t}`);
    }
    if (s && s.droppedAttachments > 0)
        parts.push(`(${s.droppedAttachments} more attachment(s) not kept)`);
    if (parts.length)
        c.details = parts.join('\n\n');
}
/** The test case for test `id` ending with `status`, from what was collected while it ran (`s`, if anything). */
function cases_toTestCase(id, s, status, endMs, note) {
    const { suite, name } = splitTestId(id);
    const c = { id, name, suite, status };
    if (s?.startMs !== undefined && endMs !== undefined && endMs >= s.startMs) {
        c.durationMs = Math.round((endMs - s.startMs) * 1000) / 1000;
    }
    describeFromAttachments(c, s, note);
    const tags = [...(s?.tags ?? [])].filter((t) => t !== '');
    if (tags.length)
        c.tags = tags.slice(0, 20);
    return c;
}
/** Counts a problem or non-subunit output in the result. */
function countNonPacket(ev, result) {
    if (ev.kind === 'non-subunit') {
        result.nonSubunitBytes += ev.bytes.length;
        return;
    }
    result.problemCount++;
    if (result.problems.length < 20)
        result.problems.push(ev.message);
}
/**
 * Applies a packet to its test's in-flight state and returns the final status it carries, if any (with the note for
 * an unexpected success). Packets without a test id and test listings change nothing.
 */
function applyPacket(inFlight, ev, limits) {
    const id = ev.testId;
    if (id === undefined)
        return undefined; // global attachments and tag-only packets
    if (ev.status === 'exists' && ev.fileName === undefined)
        return undefined; // a test listing
    let s = inFlight.get(id);
    if (!s) {
        s = { attachments: new Map(), droppedAttachments: 0, tags: new Set() };
        inFlight.set(id, s);
    }
    for (const tag of ev.tags ?? [])
        if (s.tags.size < 20)
            s.tags.add(tag);
    attach(s, ev, limits);
    if (ev.status === 'inprogress') {
        s.startMs ??= ev.timestampMs;
        return undefined;
    }
    const status = FINAL[ev.status];
    if (status === undefined)
        return undefined;
    return ev.status === 'uxsuccess'
        ? { status, note: 'unexpected success (the test was expected to fail)' }
        : { status, note: undefined };
}
/**
 * Reads a subunit v2 stream and calls `onCase` once per finished test, in the order their final status arrives.
 * Tests that never got a final status become `error` cases; undecodable packets are collected as problems.
 */
async function parseSubunit(bytes, onCase, options) {
    const limits = {
        maxText: options.maxTextChars ?? 64 * 1024,
        maxAttachments: options.maxAttachments ?? 8,
    };
    const inFlight = new Map();
    const result = { cases: 0, packets: 0, problems: [], problemCount: 0, nonSubunitBytes: 0 };
    const finish = (id, status, endMs, note) => {
        const s = inFlight.get(id);
        inFlight.delete(id);
        const c = cases_toTestCase(id, s, status, endMs, note);
        result.cases++;
        onCase(c);
    };
    for await (const ev of readSubunitV2(bytes)) {
        if (ev.kind !== 'packet') {
            countNonPacket(ev, result);
            continue;
        }
        result.packets++;
        const final = applyPacket(inFlight, ev, limits);
        if (final)
            finish(ev.testId, final.status, ev.timestampMs, final.note);
    }
    for (const [id, s] of [...inFlight]) {
        // A test seen only in tags or listings never started: nothing to report.
        if (s.startMs === undefined && s.attachments.size === 0)
            inFlight.delete(id);
        else
            finish(id, 'error', undefined, UNFINISHED);
    }
    return result;
}

// EXTERNAL MODULE: ./build/results/writer.js + 2 modules
var writer = __webpack_require__(3694);
;// CONCATENATED MODULE: ./build/results/publish/read.js
/**
 * Reads results files into a {@link ResultsCollector}: sniffs each file's format from its first bytes and streams it
 * through the matching parser. A file that cannot be read completely keeps what was read and adds an `error` case
 * saying why, so a truncated report still fails the run visibly instead of passing silently.
 */








/** Read buffer size: large enough that parsing, not system calls, dominates. */
const CHUNK_BYTES = 1024 * 1024;
/** The format of a file from its first bytes, or `undefined` when it is none of ours. */
function sniffFormat(head) {
    if (head.length === 0)
        return undefined;
    if (head[0] === SUBUNIT_SIGNATURE)
        return 'subunit';
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
        return 'junit';
    const text = Buffer.from(head)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart();
    if (text.startsWith('<'))
        return 'junit';
    if (text.startsWith('{'))
        return 'results-json';
    return undefined;
}
async function readHead(path, bytes = 512) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await fh.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
/** How a file is shown: repository-relative with forward slashes when inside `root`, else absolute. */
function displayPath(abs, root) {
    const rel = (0,external_node_path_.relative)(root, abs);
    if (rel === '' || rel.startsWith('..') || rel.startsWith(external_node_path_.sep))
        return abs;
    return rel.split(external_node_path_.sep).join('/');
}
/** The error case that stands for a results file that could not be read completely. */
function unreadableFileCase(file, problem, line) {
    const inside = !file.display.startsWith('/');
    return {
        id: `publish-results::${file.display}`,
        name: `read ${file.display}`,
        suite: 'publish-results',
        status: 'error',
        message: problem,
        ...(inside ? { location: line ? { file: file.display, line } : { file: file.display } } : {}),
    };
}
/** Reads one file into `collector`; never throws for bad content (that becomes an error case). */
async function readResultsFile(abs, collector, options) {
    const display = displayPath(abs, options.root);
    let format;
    try {
        format = sniffFormat(await readHead(abs));
    }
    catch (err) {
        const file = collector.addFile({ display, abs, format: 'junit' });
        file.problem = `cannot read: ${(0,errors/* getErrorMessage */.u1)(err)}`;
        collector.addCase(unreadableFileCase(file, file.problem), file);
        return file;
    }
    const file = collector.addFile({ display, abs, format: format ?? 'junit' });
    const onCase = (c) => collector.addCase(c, file);
    const stream = () => (0,external_node_fs_.createReadStream)(abs, { highWaterMark: CHUNK_BYTES });
    let problemLine;
    try {
        switch (format) {
            case undefined:
                file.problem = 'not a results file: expected results JSON, JUnit XML or a subunit v2 stream';
                break;
            case 'results-json': {
                const doc = await (0,writer/* readResults */.x8)(abs);
                file.run = doc.run;
                for (const c of doc.cases)
                    onCase(c);
                for (const f of doc.findings)
                    collector.addFinding(f, file);
                const status = doc.run.status;
                const bad = doc.cases.some((c) => c.status === 'error');
                if (status === 'error' && !bad)
                    file.problem = `stage '${doc.run.stage}' ended in error`;
                else if ((status === 'running' || status === undefined) && doc.run.finishedAt === undefined && !bad) {
                    file.problem = `stage '${doc.run.stage}' did not finish (no finishedAt: it may have crashed)`;
                }
                break;
            }
            case 'junit':
                await parseJUnit(stream(), onCase, { source: display, maxTextChars: options.maxTextChars });
                break;
            case 'subunit': {
                const r = await parseSubunit(stream(), onCase, { source: display, maxTextChars: options.maxTextChars });
                if (r.problemCount > 0) {
                    const more = r.problemCount > r.problems.length ? ` (and ${r.problemCount - r.problems.length} more)` : '';
                    file.problem = `${r.problemCount} undecodable subunit packet(s): ${r.problems.slice(0, 3).join('; ')}${more}`;
                }
                break;
            }
        }
    }
    catch (err) {
        if (err instanceof JUnitParseError) {
            file.problem = err.message.startsWith(`${display}:`)
                ? err.message.slice(display.length + 1).replace(/^\d+: /, '')
                : err.message;
            problemLine = err.line;
        }
        else {
            file.problem = (0,errors/* getErrorMessage */.u1)(err);
        }
    }
    if (file.problem !== undefined)
        collector.addCase(unreadableFileCase(file, file.problem, problemLine), file);
    return file;
}
/** Reads every file, in order. */
async function readResultsFiles(files, collector, options) {
    for (const f of files)
        await readResultsFile(f, collector, options);
}
/** The folder of a source file, for resolving relative paths inside it. */
function sourceDir(file) {
    return (0,external_node_path_.dirname)(file.abs);
}


/***/ }),

/***/ 4048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S1: () => (/* binding */ PublishError),
/* harmony export */   g2: () => (/* binding */ describeHttpError),
/* harmony export */   xo: () => (/* binding */ CheckRunSender)
/* harmony export */ });
/* unused harmony exports retryAfterMs, isUncertain, isRateLimited */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43971);
/* harmony import */ var _planner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32461);
/**
 * Sends a planned check run. Writes go through the {@link WritePacer} one at a time; a write that failed in a way
 * that leaves its effect unknown (5xx, a dropped connection) is verified before it is repeated, so a retried create
 * never makes a second check run and a retried update never appends the same annotations twice:
 *
 * - after a failed `POST`, the run is looked up by `external_id` on the commit; if it exists, the create happened;
 * - after a failed `PATCH` with annotations, the run's `annotations_count` tells whether the batch landed.
 */



/** A write that failed for good. */
class PublishError extends Error {
    status;
    constructor(message, status, cause) {
        super(message, { cause });
        this.status = status;
        this.name = 'PublishError';
    }
}
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/** An HTTP error's message with the network cause behind it (`fetch failed: connect ECONNREFUSED 127.0.0.1:9`). */
function describeHttpError(err) {
    const parts = [(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err)];
    let cause = err?.cause;
    for (let depth = 0; cause !== undefined && cause !== null && depth < 3; depth++) {
        const m = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(cause);
        if (m && !parts.includes(m))
            parts.push(m);
        cause = cause.cause;
    }
    return parts.join(': ');
}
/** `retry-after` of an error response, in milliseconds. */
function retryAfterMs(err) {
    const raw = err?.response?.headers?.['retry-after'];
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0)
        return n * 1000;
    const date = Date.parse(String(raw));
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** True when a failed write may or may not have been applied (server error or no response). */
function isUncertain(err) {
    const status = httpStatus(err);
    return status === undefined || status >= 500;
}
/** True for a rate-limit refusal (not applied; safe to repeat after waiting). */
function isRateLimited(err) {
    const status = httpStatus(err);
    const message = err?.message ?? '';
    return status === 429 || (status === 403 && /rate limit/i.test(message));
}
/** Talks to the Checks API for one repository. */
class CheckRunSender {
    octokit;
    pacer;
    owner;
    repo;
    logger;
    maxAttempts;
    backoffMs;
    constructor(octokit, pacer, options) {
        this.octokit = octokit;
        this.pacer = pacer;
        this.owner = options.owner;
        this.repo = options.repo;
        this.logger = options.logger;
        this.maxAttempts = options.maxAttempts ?? 5;
        this.backoffMs = options.backoffMs ?? 2000;
    }
    /**
     * The run with `externalId` among the commit's runs named `name`, if any. Only runs whose `head_sha` is `sha`
     * count: the run found here is PATCHed, so a run on any other commit must never match, whatever the server returns.
     */
    async findExisting(name, sha, externalId) {
        for (let page = 1; page <= 10; page++) {
            const res = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
                owner: this.owner,
                repo: this.repo,
                ref: sha,
                check_name: name,
                filter: 'all',
                per_page: 100,
                page,
            });
            const runs = res.data.check_runs;
            const hit = runs.find((r) => r.external_id === externalId && r.head_sha === sha);
            if (hit)
                return {
                    id: Number(hit.id),
                    htmlUrl: hit.html_url ?? undefined,
                    annotationsCount: hit.output.annotations_count,
                };
            if (runs.length < 100)
                return undefined;
        }
        return undefined;
    }
    /** One run's id, URL and annotation count. */
    async getRun(id) {
        const res = await this.octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            owner: this.owner,
            repo: this.repo,
            check_run_id: id,
        });
        return {
            id: Number(res.data.id),
            htmlUrl: res.data.html_url ?? undefined,
            annotationsCount: res.data.output.annotations_count,
        };
    }
    /** Keys ({@link annotationKey}) of the annotations a run already has. */
    async annotationKeys(id) {
        const keys = new Set();
        for (let page = 1;; page++) {
            const res = await this.octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
                owner: this.owner,
                repo: this.repo,
                check_run_id: id,
                per_page: 100,
                page,
            });
            for (const a of res.data) {
                keys.add((0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .annotationKey */ .ro)({
                    path: a.path,
                    start_line: a.start_line,
                    end_line: a.end_line,
                    annotation_level: (a.annotation_level ?? 'failure'),
                    title: a.title ?? undefined,
                    message: a.message ?? '',
                }));
            }
            if (res.data.length < 100)
                return keys;
        }
    }
    /**
     * Sends `plan` in order.
     * @param identity name, commit and external id of the run (to find it after an uncertain create)
     * @param existing the run being updated, when the plan is all updates
     * @throws PublishError when a write fails for good
     */
    async send(plan, identity, existing) {
        let id = existing?.id;
        let htmlUrl = existing?.htmlUrl;
        const base = existing?.annotationsCount ?? 0;
        let writes = 0;
        let recovered = 0;
        for (const [index, req] of plan.entries()) {
            const label = `${req.method} check run (request ${index + 1} of ${plan.length})`;
            for (let attempt = 1;; attempt++) {
                if (req.path.includes(_planner_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_RUN_ID_PLACEHOLDER */ .rp) && id === undefined) {
                    throw new PublishError(`${label}: no check run id (the create did not succeed).`);
                }
                const path = req.path.replace(_planner_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_RUN_ID_PLACEHOLDER */ .rp, String(id));
                try {
                    writes++;
                    const res = await this.pacer.write(() => this.octokit.request(`${req.method} ${path}`, { data: req.body, request: { retries: 0 } }));
                    const data = res.data;
                    id = data.id;
                    htmlUrl = data.html_url ?? htmlUrl;
                    break;
                }
                catch (err) {
                    const status = httpStatus(err);
                    const what = `${label} failed${status ? ` with HTTP ${status}` : ''}: ${describeHttpError(err)}`;
                    const uncertain = isUncertain(err);
                    if ((!uncertain && !isRateLimited(err)) || attempt >= this.maxAttempts) {
                        throw new PublishError(what, status, err);
                    }
                    const wait = retryAfterMs(err) ?? this.backoffMs * 2 ** (attempt - 1);
                    this.logger?.warning(`${what}. Retrying in ${Math.round(wait / 1000)}s (attempt ${attempt + 1} of ${this.maxAttempts}).`);
                    await this.pacer.sleep(wait);
                    if (!uncertain)
                        continue;
                    const check = await this.applied(req, identity, id, base);
                    if (check.applied) {
                        recovered++;
                        if (check.run) {
                            id = check.run.id;
                            htmlUrl = check.run.htmlUrl ?? htmlUrl;
                        }
                        this.logger?.info(`${label}: the server had applied it despite the error; not sending it again.`);
                        break;
                    }
                }
            }
        }
        if (id === undefined)
            throw new PublishError('No check run was created.');
        return { id, ...(htmlUrl ? { htmlUrl } : {}), writes, recovered };
    }
    /** Whether an uncertain write took effect (and, for a create, the run it made). */
    async applied(req, identity, id, base) {
        try {
            if (req.method === 'POST') {
                const run = await this.findExisting(identity.name, identity.sha, identity.externalId);
                return run ? { applied: true, run } : { applied: false };
            }
            const sent = req.body.output.annotations?.length ?? 0;
            if (sent === 0 || id === undefined)
                return { applied: false }; // an update without annotations is safe to repeat
            const run = await this.getRun(id);
            return { applied: run.annotationsCount >= base + req.annotationsAfter, run };
        }
        catch (err) {
            this.logger?.debug(`Could not verify the failed write: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err)}`);
            return { applied: false };
        }
    }
}


/***/ }),

/***/ 45168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ readPublishSettings),
/* harmony export */   _E: () => (/* binding */ PUBLISH_INPUTS)
/* harmony export */ });
/* unused harmony export DEFAULT_CHECK_NAME */
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58690);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69749);


/** Input names, as in actions/publish-results/action.yml. */
const PUBLISH_INPUTS = {
    results: 'results',
    name: 'name',
    token: 'token',
    mode: 'mode',
    annotationsLimit: 'annotations-limit',
    failOn: 'fail-on',
    commit: 'commit',
    eventFile: 'event-file',
};
/** The check name when none is given. */
const DEFAULT_CHECK_NAME = 'kuryr-dragonflow';
/**
 * Reads and validates every setting (ConfigurationError naming the input or flag on a bad value).
 * @param names what each setting is called where it comes from (default: the action's inputs)
 */
function readPublishSettings(inputs, names = PUBLISH_INPUTS) {
    const settings = {
        results: (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .splitPatterns */ .s)(inputs.getRequiredInput(names.results)),
        name: inputs.getOptionalInput(names.name, DEFAULT_CHECK_NAME),
        mode: inputs.getEnumInput(names.mode, _publish_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLISH_MODES */ .nQ, 'auto'),
        annotationsLimit: inputs.getIntegerInput(names.annotationsLimit, { min: 0, max: 1_000_000 }, _publish_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ANNOTATIONS_LIMIT */ .Hg),
        failOn: inputs.getEnumInput(names.failOn, _publish_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON */ .d$, 'failure'),
    };
    const token = inputs.getOptionalInput(names.token);
    if (token)
        settings.token = token;
    const commit = inputs.getOptionalInput(names.commit);
    if (commit)
        settings.commit = commit;
    const eventFile = inputs.getOptionalInput(names.eventFile);
    if (eventFile)
        settings.eventFile = eventFile;
    return settings;
}


/***/ }),

/***/ 72005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   __: () => (/* binding */ countsPhrase),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Small helpers for GitHub-flavoured Markdown/HTML in summaries. */
/** Escapes text for HTML content and attribute values. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Every line break CommonMark or HTML knows (a lone `\r` ends a line too). */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Characters that open inline Markdown (emphasis, code spans, links and images, strikethrough, escapes), as numeric
 * character references: those read as the plain character both in Markdown and inside raw HTML, where a backslash
 * escape would show.
 */
const MARKDOWN_INLINE = /[\\`*_[\]~]/g;
/**
 * Escapes user-controlled text (a case name, a message, a path, a leg) for one line of a summary, wherever it lands:
 * in Markdown, in a table, or inside an HTML element such as `<summary>` or `<code>`. HTML is escaped, line breaks
 * become spaces (a blank line would end the HTML element and start Markdown: a heading, an image) and inline
 * Markdown is neutralised, so the text renders as written and stays inside its element.
 */
function inlineText(text) {
    return escapeHtml(text)
        .replace(LINE_BREAK, ' ')
        .replace(MARKDOWN_INLINE, (c) => `&#${c.charCodeAt(0)};`);
}
/** Escapes text for one Markdown table cell: {@link inlineText}, with pipes escaped. */
function cell(text) {
    return inlineText(text).replace(/\|/g, '\\|');
}
/** A Markdown table; every cell is escaped with {@link cell}. */
function table(header, rows) {
    const line = (r) => `| ${r.map(cell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/** First line of `text`, at most `max` characters. */
function oneLine(text, max = 200) {
    const first = (text ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
    const t = first.trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
/** "3 failed, 1 error, 10 passed" from counts, zero counts left out (`none` when all are zero). */
function countsPhrase(parts) {
    const kept = parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`);
    return kept.length ? kept.join(', ') : 'no results';
}


/***/ }),

/***/ 59117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ matrixSection),
/* harmony export */   Y: () => (/* binding */ legOf)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72005);

/** Stages in pipeline order; other stages follow in the order first seen. */
const STAGE_ORDER = ['lint', 'plan', 'setup-devstack', 'trunk-vm', 'connectivity'];
/** Documents that describe the run itself rather than one stage of it. */
const NOT_A_COLUMN = new Set(['pipeline', 'publish-results']);
const CELL = {
    passed: '✅ passed',
    failed: '❌ failed',
    error: '❌ error',
    running: '⚠️ unfinished',
    skipped: '⏭️ skipped',
};
/** Worst first: a leg with two documents for one stage shows the worse. */
const RANK = { error: 0, failed: 1, running: 2, passed: 3, skipped: 4 };
/** The leg a document belongs to (`run.extra.leg`), if any. */
function legOf(file) {
    const leg = file.run?.extra?.leg;
    return typeof leg === 'string' && leg.trim() !== '' ? leg.trim() : undefined;
}
/** The matrix section (order 35: after failures and flaky cases, before the stages table). */
function matrixSection() {
    const skipped = new Map();
    return {
        id: 'matrix',
        order: 35,
        priority: 4,
        minimal: () => '',
        observer: {
            observe(c, file) {
                const leg = legOf(file);
                if (leg === undefined || file.run?.stage !== 'pipeline' || c.status !== 'skipped')
                    return;
                const set = skipped.get(leg) ?? new Set();
                set.add(c.id);
                skipped.set(leg, set);
            },
        },
        render: (ctx) => {
            const legs = new Map();
            const stages = [];
            const legFor = (name) => {
                let leg = legs.get(name);
                if (!leg)
                    legs.set(name, (leg = { cells: new Map(), cases: 0 }));
                return leg;
            };
            const addStage = (stage) => {
                if (!stages.includes(stage))
                    stages.push(stage);
            };
            for (const f of ctx.collector.files) {
                const name = legOf(f);
                if (name === undefined || !f.run)
                    continue;
                const leg = legFor(name);
                if (NOT_A_COLUMN.has(f.run.stage))
                    continue;
                addStage(f.run.stage);
                leg.cases += f.cases;
                const status = f.run.status ?? 'running';
                const before = leg.cells.get(f.run.stage);
                if (before === undefined || RANK[status] < RANK[before])
                    leg.cells.set(f.run.stage, status);
            }
            for (const [name, ids] of skipped) {
                const leg = legFor(name);
                for (const stage of ids) {
                    if (NOT_A_COLUMN.has(stage))
                        continue;
                    addStage(stage);
                    if (!leg.cells.has(stage))
                        leg.cells.set(stage, 'skipped');
                }
            }
            if (legs.size === 0)
                return '';
            const known = (s) => (STAGE_ORDER.includes(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.length);
            const columns = stages
                .map((s, i) => ({ s, i }))
                .sort((a, b) => known(a.s) - known(b.s) || a.i - b.i)
                .map((x) => x.s);
            const rows = [...legs].map(([name, leg]) => [
                name,
                ...columns.map((s) => {
                    const status = leg.cells.get(s);
                    return status === undefined ? '—' : CELL[status];
                }),
                String(leg.cases),
            ]);
            return `#### Matrix\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['leg', ...columns, 'cases'], rows)}`;
        },
    };
}


/***/ }),

/***/ 52504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ totalsPhrase),
/* harmony export */   Qm: () => (/* binding */ defaultSections)
/* harmony export */ });
/* unused harmony exports totalsText, headlineSection, totalsSection, failuresSection, flakySection, stagesSection, durationsSection, filesSection */
/* harmony import */ var _runtime_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5027);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43971);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97858);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72005);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59117);
/**
 * The built-in summary sections: headline and notes, totals, failures (degrading from full details to one line each
 * to a count), flaky cases, stages, durations and the files that were read.
 */





const ICON = { success: '✅', failure: '❌', neutral: '⚠️' };
/** The headline phrase for counts: `3 failed, 1 error, 120 passed, 2 skipped, 1 flaky`. */
function totalsText(t) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .countsPhrase */ .__)([
        [t.failed, 'failed'],
        [t.error, t.error === 1 ? 'error' : 'errors'],
        [t.passed, 'passed'],
        [t.skipped, 'skipped'],
        [t.flaky, 'flaky'],
    ]);
}
/** {@link totalsText} of a summary context. */
function totalsPhrase(ctx) {
    return totalsText(ctx.totals);
}
/** Headline, duration and notes. */
function headlineSection() {
    const head = (ctx) => `### ${ICON[ctx.conclusion]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(ctx.name)}: ${totalsPhrase(ctx)}` +
        (ctx.totals.durationMs > 0 ? ` in ${(0,_runtime_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ctx.totals.durationMs)}` : '');
    return {
        id: 'headline',
        order: 0,
        minimal: head,
        // A note is Markdown the publisher wrote (user text in it already escaped); it stays on its own quoted line.
        render: (ctx, max) => (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateUtf8 */ .Ck)([head(ctx), ...ctx.notes.map((n) => `> ${n.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')}`)].join('\n'), max),
    };
}
/** The totals table. */
function totalsSection() {
    return {
        id: 'totals',
        order: 10,
        minimal: () => '',
        render: (ctx) => {
            const t = ctx.totals;
            const f = t.findings;
            const header = ['passed', 'failed', 'errors', 'skipped', 'flaky', 'duration'];
            const row = [t.passed, t.failed, t.error, t.skipped, t.flaky].map(String);
            row.push((0,_runtime_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(t.durationMs));
            if (f.failure + f.warning + f.notice > 0) {
                header.push('findings');
                row.push(`${f.failure} failure, ${f.warning} warning, ${f.notice} notice`);
            }
            return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(header, [row]);
        },
    };
}
function where(e) {
    const a = e.annotation;
    if (e.outside)
        return ` — outside the repository: <code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(e.outside)}</code>`;
    if (e.fallbackPath)
        return ` — reported in <code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(a.path)}</code>`;
    return ` — <code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(a.path)}:${a.start_line}</code>`;
}
function entryDetails(e, maxBody) {
    const a = e.annotation;
    const body = [a.message, a.raw_details].filter((x) => x !== undefined && x !== '').join('\n\n');
    const pre = `<pre>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD)((0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateUtf8 */ .Ck)(body, maxBody))}</pre>`;
    return `<details><summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(a.title ?? '')}${where(e)}</summary>\n\n${pre}\n\n</details>`;
}
function entryLine(e) {
    const a = e.annotation;
    return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(a.title ?? '')}${where(e)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(a.message))}`;
}
/**
 * Failures (and failure-level findings): as many as fit with full details in `<details>`, then one line each, then
 * a count of the rest. Each entry's details are capped (8 KiB in a check run, 32 KiB in a job summary).
 */
function failuresSection() {
    const pick = (ctx) => ctx.annotations.entries.filter((e) => e.annotation.annotation_level === 'failure');
    const heading = (ctx, n) => `#### Failures (${n})`;
    const total = (ctx) => pick(ctx).length + ctx.collector.dropped.failures;
    return {
        id: 'failures',
        order: 20,
        priority: 1,
        minimal: (ctx) => total(ctx) === 0 ? '' : `${heading(ctx, total(ctx))}\n${total(ctx)} failure(s): see the annotations.`,
        render: (ctx, max) => {
            const entries = pick(ctx);
            const all = total(ctx);
            if (all === 0)
                return '';
            const perEntry = ctx.target === 'check-run' ? 8 * 1024 : 32 * 1024;
            const parts = [heading(ctx, all)];
            let used = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Length */ .wI)(parts[0] ?? '');
            const reserve = 200; // for the closing "and N more" line
            let i = 0;
            let full = true;
            for (; i < entries.length; i++) {
                const e = entries[i];
                let text = full ? entryDetails(e, perEntry) : entryLine(e);
                if (full && used + (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Length */ .wI)(text) + 1 > max - reserve) {
                    full = false;
                    text = entryLine(e);
                }
                if (used + (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Length */ .wI)(text) + 1 > max - reserve)
                    break;
                parts.push(text);
                used += (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Length */ .wI)(text) + 1;
            }
            if (i === 0)
                return `${heading(ctx, all)}\n${all} failure(s): see the annotations.`;
            const rest = all - i;
            if (rest > 0)
                parts.push(`\n…and ${rest} more failure(s) not shown here.`);
            return parts.join('\n');
        },
    };
}
/** Flaky cases and warning-level findings, one line each. */
function flakySection() {
    return {
        id: 'flaky',
        order: 30,
        priority: 2,
        minimal: (ctx) => (ctx.totals.flaky > 0 ? `#### Flaky (${ctx.totals.flaky})` : ''),
        render: (ctx, max) => {
            if (ctx.totals.flaky === 0)
                return '';
            const lines = [`#### Flaky (${ctx.totals.flaky})`];
            let used = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Length */ .wI)(lines[0] ?? '');
            let shown = 0;
            for (const k of ctx.collector.flaky) {
                const c = k.case;
                const line = `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)((0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .caseTitle */ .t2)(c.suite, c.name))}${c.attempts ? ` (${c.attempts} attempts)` : ''}`;
                if (used + (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Length */ .wI)(line) + 1 > max - 100)
                    break;
                lines.push(line);
                used += (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Length */ .wI)(line) + 1;
                shown++;
            }
            if (shown < ctx.totals.flaky)
                lines.push(`- …and ${ctx.totals.flaky - shown} more`);
            return lines.join('\n');
        },
    };
}
/** Results documents' run metadata (stage, status, profile, release, distro). */
function stagesSection() {
    return {
        id: 'stages',
        order: 40,
        priority: 5,
        minimal: () => '',
        render: (ctx) => {
            const runs = ctx.collector.files.filter((f) => f.run);
            if (runs.length === 0)
                return '';
            // documents of a matrix: a first column names the leg each row belongs to
            const legs = runs.some((f) => (0,_matrix_js__WEBPACK_IMPORTED_MODULE_2__/* .legOf */ .Y)(f) !== undefined);
            const rows = runs.map((f) => {
                const r = f.run;
                const row = [r.stage, r.status ?? '', r.profile ?? '', r.release ?? '', r.distro ?? '', String(f.cases)];
                return legs ? [(0,_matrix_js__WEBPACK_IMPORTED_MODULE_2__/* .legOf */ .Y)(f) ?? '', ...row] : row;
            });
            const header = ['stage', 'status', 'profile', 'release', 'distro', 'cases'];
            return `#### Stages\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(legs ? ['leg', ...header] : header, rows)}`;
        },
    };
}
/** The slowest cases. */
function durationsSection() {
    return {
        id: 'durations',
        order: 60,
        priority: 6,
        minimal: () => '',
        render: (ctx) => {
            const slow = ctx.collector.slowest;
            if (slow.length === 0 || ctx.totals.durationMs === 0)
                return '';
            const rows = slow.map((s) => [(0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .caseTitle */ .t2)(s.suite, s.name), (0,_runtime_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.durationMs)]);
            return `<details><summary>Slowest tests (total ${(0,_runtime_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ctx.totals.durationMs)})</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['test', 'duration'], rows)}\n\n</details>`;
        },
    };
}
/** Files read, their format, case count and any problem. */
function filesSection() {
    return {
        id: 'files',
        order: 90,
        priority: 7,
        minimal: (ctx) => `<sub>${ctx.collector.files.length} results file(s) read${ctx.commit ? ` for ${ctx.commit.slice(0, 12)}` : ''}.</sub>`,
        render: (ctx, max) => {
            const rows = ctx.collector.files.map((f) => [f.display, f.format, String(f.cases), f.problem ?? '']);
            const text = `<details><summary>${rows.length} results file(s)${ctx.commit ? ` for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(ctx.commit.slice(0, 12))}` : ''}</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['file', 'format', 'cases', 'problem'], rows)}\n\n</details>`;
            return (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Length */ .wI)(text) <= max ? text : `<sub>${rows.length} results file(s) read.</sub>`;
        },
    };
}
/** The built-in sections, fresh. */
function defaultSections() {
    return [
        headlineSection(),
        totalsSection(),
        failuresSection(),
        flakySection(),
        (0,_matrix_js__WEBPACK_IMPORTED_MODULE_2__/* .matrixSection */ .B)(),
        stagesSection(),
        durationsSection(),
        filesSection(),
    ];
}


/***/ }),

/***/ 97858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ truncateUtf8),
/* harmony export */   UT: () => (/* binding */ truncateChars),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/* unused harmony exports TRUNCATION_MARKER, utf8Prefix */
/**
 * Byte-exact text limits. GitHub counts `summary`/`text`/`message`/`raw_details` in UTF-8 bytes and `title` in
 * characters; these helpers cut to the largest prefix that fits, never inside a character, and leave room for a
 * marker that says something was cut.
 */
/** What {@link truncateUtf8} and {@link truncateChars} append when they cut. */
const TRUNCATION_MARKER = '\n… (truncated)';
/** Size of `text` in UTF-8 bytes. */
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * The longest prefix of `text` whose UTF-8 encoding has at most `maxBytes` bytes, never splitting a code point (a
 * surrogate pair is kept or dropped whole).
 */
function utf8Prefix(text, maxBytes) {
    if (maxBytes <= 0)
        return '';
    // Cheap exits: UTF-8 needs 1-3 bytes per UTF-16 unit, so short strings fit without encoding.
    if (text.length * 3 <= maxBytes)
        return text;
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let end = maxBytes;
    // Back off over continuation bytes (10xxxxxx) to the start of the code point that does not fit.
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8');
}
/**
 * `text` if it fits in `maxBytes` UTF-8 bytes; otherwise the longest prefix that fits together with `marker`
 * (the marker itself is cut if even it does not fit).
 */
function truncateUtf8(text, maxBytes, marker = TRUNCATION_MARKER) {
    if (utf8Length(text) <= maxBytes)
        return text;
    const markerBytes = utf8Length(marker);
    if (markerBytes >= maxBytes)
        return utf8Prefix(marker, maxBytes);
    return utf8Prefix(text, maxBytes - markerBytes) + marker;
}
/**
 * `text` cut to at most `maxUnits` UTF-16 code units (which also bounds the code points), never splitting a
 * surrogate pair, with `marker` at the end when cut.
 */
function truncateChars(text, maxUnits, marker = '…') {
    if (text.length <= maxUnits)
        return text;
    if (marker.length >= maxUnits)
        return marker.slice(0, Math.max(0, maxUnits));
    let end = maxUnits - marker.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--; // a high surrogate whose pair would be cut off
    return text.slice(0, end) + marker;
}


/***/ }),

/***/ 75515:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ emitWorkflowAnnotations)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17005);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97858);


/** Emits up to the per-step limit of each level; returns how many were emitted and how many were not. */
function emitWorkflowAnnotations(entries, logger, perLevel = _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_LIMITS */ .f.workflowAnnotationsPerLevel) {
    const used = { failure: 0, warning: 0, notice: 0 };
    let emitted = 0;
    for (const e of entries) {
        const a = e.annotation;
        const level = a.annotation_level;
        if (used[level] >= perLevel)
            continue;
        used[level]++;
        emitted++;
        const props = {
            title: a.title,
            ...(e.fallbackPath ? {} : { file: a.path, startLine: a.start_line, endLine: a.end_line }),
        };
        // A workflow command is one log line; keep it readable (the summary has the full text).
        const message = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateUtf8 */ .Ck)(a.message, 4096);
        if (level === 'failure')
            logger.error(message, props);
        else if (level === 'warning')
            logger.warning(message, props);
        else
            logger.notice(message, props);
    }
    return { emitted, skipped: entries.length - emitted };
}


/***/ }),

/***/ 3694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QU: () => (/* binding */ ResultsWriter),
  x8: () => (/* binding */ readResults)
});

// UNUSED EXPORTS: LEG_ENV, ResultsLockTimeoutError, writeFileAtomic, writeResults

// EXTERNAL MODULE: ./build/runtime/env.js
var env = __webpack_require__(89040);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/runtime/pid-lock.js
var pid_lock = __webpack_require__(1048);
// EXTERNAL MODULE: ./build/results/model.js
var model = __webpack_require__(81896);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
;// CONCATENATED MODULE: ./schemas/results.schema.json
const results_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kuryr-dragonflow-actions.invalid/schemas/results.schema.json","title":"kuryr-dragonflow-actions results document","description":"The one results format every stage (lint, plan, setup-devstack, trunk-vm, connectivity, publish-results) writes. publish-results merges these documents (plus JUnit and subunit) into check-run annotations and a job summary.","type":"object","additionalProperties":false,"required":["schemaVersion","run","cases","findings"],"properties":{"$schema":{"title":"Schema reference","description":"Optional pointer to this schema so editors offer completion and help. Ignored by the toolkit.","type":"string"},"schemaVersion":{"title":"Schema version","description":"Version of this format. Bumped only on incompatible changes; readers reject versions they do not know.","const":1},"run":{"$ref":"#/$defs/run"},"cases":{"title":"Test cases","description":"Checks the stage performed, one entry per check. Case ids are unique within a document; writing a case with an existing id replaces the earlier one (a retried case updates its result).","type":"array","items":{"$ref":"#/$defs/case"}},"findings":{"title":"Findings","description":"Problems tied to a file and line; publish-results turns each into a check-run annotation.","type":"array","items":{"$ref":"#/$defs/finding"}}},"$defs":{"nonEmptyString":{"title":"Non-empty string","description":"A string with at least one character.","type":"string","minLength":1},"dateTime":{"title":"Timestamp","description":"RFC 3339 date-time with a time zone, e.g. 2025-01-31T12:00:00.000Z.","type":"string","format":"date-time"},"run":{"title":"Run metadata","description":"Who wrote this document, for which stage, and in which environment.","type":"object","additionalProperties":false,"required":["tool","toolVersion","stage","startedAt"],"properties":{"tool":{"title":"Tool","description":"Always kuryr-dragonflow-actions; guards against feeding foreign JSON to publish-results.","const":"kuryr-dragonflow-actions"},"toolVersion":{"title":"Tool version","description":"Version of the toolkit that wrote the document (package.json version or a git describe).","$ref":"#/$defs/nonEmptyString"},"stage":{"title":"Stage","description":"Stage that produced the results: lint, plan, setup-devstack, trunk-vm, connectivity, publish-results, or another kebab-case name.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$","examples":["lint","plan","setup-devstack","trunk-vm","connectivity","publish-results"]},"startedAt":{"title":"Started at","description":"When the stage started (RFC 3339 date-time).","$ref":"#/$defs/dateTime"},"finishedAt":{"title":"Finished at","description":"When the stage finished (RFC 3339 date-time). Absent while the stage is running or if it crashed.","$ref":"#/$defs/dateTime"},"status":{"title":"Run status","description":"running while the stage writes; passed, failed (a check failed) or error (the stage could not do its job) at the end.","enum":["running","passed","failed","error"]},"profile":{"title":"Profile","description":"Deployment profile name, e.g. dragonflow or dragonflow-nested.","$ref":"#/$defs/nonEmptyString"},"release":{"title":"Release","description":"OpenStack release or branch of the release train, e.g. stable/rocky.","$ref":"#/$defs/nonEmptyString"},"distro":{"title":"Distro","description":"Host distribution and version, e.g. ubuntu-18.04.","$ref":"#/$defs/nonEmptyString"},"runner":{"title":"Runner","description":"GitHub runner name (RUNNER_NAME), if the stage ran on a runner.","$ref":"#/$defs/nonEmptyString"},"host":{"title":"Host","description":"Host name of the machine that ran the stage.","$ref":"#/$defs/nonEmptyString"},"github":{"$ref":"#/$defs/github"},"extra":{"title":"Extra metadata","description":"Free-form, stage-specific metadata (SDN, Octavia provider, VIF driver, Kubernetes version...). Not validated.","type":"object"}}},"github":{"title":"GitHub context","description":"Where the run happened on GitHub; publish-results uses it to attach check runs to the right commit and to link runs.","type":"object","additionalProperties":false,"required":["repository","sha","runId"],"properties":{"repository":{"title":"Repository","description":"owner/name (GITHUB_REPOSITORY).","type":"string","pattern":"^[^/\\\\s]+/[^/\\\\s]+$"},"sha":{"title":"Commit SHA","description":"Commit the results describe (GITHUB_SHA, or the head SHA of a pull request / workflow_run).","type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"runId":{"title":"Workflow run id","description":"GITHUB_RUN_ID.","type":"integer","minimum":1},"runAttempt":{"title":"Run attempt","description":"GITHUB_RUN_ATTEMPT (1 for the first attempt).","type":"integer","minimum":1},"job":{"title":"Job","description":"Job id (GITHUB_JOB).","$ref":"#/$defs/nonEmptyString"},"workflow":{"title":"Workflow","description":"Workflow name (GITHUB_WORKFLOW).","$ref":"#/$defs/nonEmptyString"},"ref":{"title":"Ref","description":"Git ref (GITHUB_REF), e.g. refs/heads/main or refs/pull/1/merge.","$ref":"#/$defs/nonEmptyString"},"serverUrl":{"title":"Server URL","description":"GITHUB_SERVER_URL, e.g. https://github.com; needed to build links on GitHub Enterprise Server.","type":"string","format":"uri"},"eventName":{"title":"Event name","description":"GITHUB_EVENT_NAME, e.g. push, pull_request, workflow_run.","$ref":"#/$defs/nonEmptyString"}}},"location":{"title":"Source location","description":"File (and optionally lines) a case is about, e.g. the local.conf or test file.","type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"title":"File","description":"Path relative to the repository root, with forward slashes (what GitHub annotations expect).","$ref":"#/$defs/nonEmptyString"},"line":{"title":"Line","description":"First line, 1-based.","type":"integer","minimum":1},"endLine":{"title":"End line","description":"Last line, 1-based, not before line.","type":"integer","minimum":1}}},"evidence":{"title":"Evidence","description":"Data that explains a result: a command and its output, an OpenStack port, a Kuryr CRD, a log excerpt...","type":"object","additionalProperties":false,"required":["kind","data"],"properties":{"kind":{"title":"Kind","description":"What the data is, e.g. command, log, http, neutron-port, kuryr-port, security-group-rules.","$ref":"#/$defs/nonEmptyString"},"title":{"title":"Title","description":"Short human-readable caption.","type":"string"},"data":{"title":"Data","description":"Any JSON value; not validated. Keep it small: publish-results truncates to fit GitHub limits (64 KB per annotation field)."}}},"case":{"title":"Test case","description":"One check and its result.","type":"object","additionalProperties":false,"required":["id","name","suite","status"],"properties":{"id":{"title":"Case id","description":"Stable identifier, unique within the document (e.g. connectivity/pod-to-service/same-node). Re-adding an id replaces the earlier case.","$ref":"#/$defs/nonEmptyString"},"name":{"title":"Name","description":"Human-readable name shown in the summary.","$ref":"#/$defs/nonEmptyString"},"suite":{"title":"Suite","description":"Group the case belongs to (JUnit classname), e.g. local.conf, pod-to-pod, load-balancer.","$ref":"#/$defs/nonEmptyString"},"status":{"title":"Status","description":"passed; failed (the check ran and found a problem); error (the check could not run); skipped; flaky (failed at least once, then passed).","enum":["passed","failed","error","skipped","flaky"]},"durationMs":{"title":"Duration (ms)","description":"Wall time of the case in milliseconds, all attempts included.","type":"number","minimum":0},"message":{"title":"Message","description":"One-line reason for a failure, error or skip.","type":"string"},"details":{"title":"Details","description":"Longer text: output, stack trace, diff. publish-results truncates it to fit GitHub limits.","type":"string"},"location":{"$ref":"#/$defs/location"},"attempts":{"title":"Attempts","description":"How many times the case ran (1 without retries).","type":"integer","minimum":1},"evidence":{"title":"Evidence","description":"Data collected for this case, mostly on failure.","type":"array","items":{"$ref":"#/$defs/evidence"}},"tags":{"title":"Tags","description":"Free labels for filtering, e.g. nested, ipv6, octavia.","type":"array","items":{"$ref":"#/$defs/nonEmptyString"}}}},"finding":{"title":"Finding","description":"A problem at a file and line; becomes a check-run annotation (path, start_line, end_line, start_column, end_column, annotation_level, title, message, raw_details).","type":"object","additionalProperties":false,"required":["file","line","level","title","message"],"properties":{"file":{"title":"File","description":"Path relative to the repository root, with forward slashes (annotation path).","$ref":"#/$defs/nonEmptyString"},"line":{"title":"Line","description":"First line, 1-based (annotation start_line).","type":"integer","minimum":1},"endLine":{"title":"End line","description":"Last line, 1-based, not before line (annotation end_line; defaults to line).","type":"integer","minimum":1},"column":{"title":"Column","description":"First column, 1-based. GitHub keeps columns only when the finding spans one line.","type":"integer","minimum":1},"endColumn":{"title":"End column","description":"Last column, 1-based (annotation end_column).","type":"integer","minimum":1},"level":{"title":"Level","description":"Annotation level: notice, warning or failure. A failure finding fails the run.","enum":["notice","warning","failure"]},"title":{"title":"Title","description":"Short summary. publish-results truncates it to GitHub\'s 255 characters.","$ref":"#/$defs/nonEmptyString"},"message":{"title":"Message","description":"What is wrong and how to fix it. GitHub caps it at 64 KB; publish-results truncates.","$ref":"#/$defs/nonEmptyString"},"details":{"title":"Raw details","description":"Extra text shown collapsed under the annotation (raw_details, 64 KB cap).","type":"string"},"rule":{"title":"Rule","description":"Stable id of the rule that produced the finding, e.g. localconf/unquoted-heredoc.","$ref":"#/$defs/nonEmptyString"},"caseId":{"title":"Case id","description":"Id of the case in the same document this finding belongs to, if any.","$ref":"#/$defs/nonEmptyString"}}}}}');
;// CONCATENATED MODULE: ./build/results/validate.js
/**
 * Validation of results documents against `schemas/results.schema.json` (ajv, draft 2020-12) plus the rules JSON
 * Schema cannot express (unique case ids, `endLine >= line`).
 *
 * The schema is imported as a JSON module: tsc (NodeNext), ts-jest, tsx and ncc all understand
 * `with { type: 'json' }`, ncc inlines it into the bundle, and nothing depends on the working directory.
 */




/** The results JSON Schema, as parsed JSON. */
const resultsSchema = (/* unused pure expression or super */ null && (schemaJson));
/** How many problems an error message lists before it says "and N more". */
const MAX_LISTED_ERRORS = 10;
const Ajv2020 = (_2020["default"] ?? _2020);
const addFormats = (dist["default"] ?? dist);
let validators;
/** Compiles the schema once, on first use (about 20 ms we do not want to pay at import time). */
function getValidators() {
    if (validators)
        return validators;
    const ajv = new Ajv2020({ allErrors: true, strict: true, logger: false });
    addFormats(ajv);
    ajv.addSchema(results_schema_namespaceObject);
    const id = results_schema_namespaceObject.$id;
    const get = (ref) => {
        const fn = ajv.getSchema(ref);
        if (!fn)
            throw new Error(`results schema: cannot resolve ${ref}`);
        return fn;
    };
    validators = {
        document: get(id),
        testCase: get(`${id}#/$defs/case`),
        finding: get(`${id}#/$defs/finding`),
    };
    return validators;
}
function describeAjvError(e) {
    const where = e.instancePath || '/';
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return `${where} must NOT have additional property ${JSON.stringify(p.additionalProperty)}`;
        case 'enum':
            return `${where} ${e.message ?? 'is invalid'}: ${p.allowedValues.join(', ')}`;
        case 'const':
            return `${where} ${e.message ?? 'is invalid'} ${JSON.stringify(p.allowedValue)}`;
        default:
            return `${where} ${e.message ?? 'is invalid'}`;
    }
}
function checkLines(problems, path, obj) {
    if (obj?.line !== undefined && obj.endLine !== undefined && obj.endLine < obj.line) {
        problems.push(`${path}/endLine must be >= line (${obj.line})`);
    }
}
/** Rules the schema cannot express; only run on schema-valid documents. */
function semanticProblems(doc) {
    const problems = [];
    const seen = new Map();
    doc.cases.forEach((c, i) => {
        const first = seen.get(c.id);
        if (first !== undefined)
            problems.push(`/cases/${i}/id duplicates case id ${JSON.stringify(c.id)} of /cases/${first}`);
        else
            seen.set(c.id, i);
        checkLines(problems, `/cases/${i}/location`, c.location);
    });
    doc.findings.forEach((f, i) => checkLines(problems, `/findings/${i}`, f));
    return problems;
}
function collect(fn, value, source, extra) {
    const problems = fn(value) ? (extra?.(value) ?? []) : [...new Set((fn.errors ?? []).map(describeAjvError))];
    return problems.map((p) => `${source}: ${p}`);
}
function fail(source, what, problems) {
    const listed = problems.slice(0, MAX_LISTED_ERRORS);
    const more = problems.length - listed.length;
    const lines = [
        `${source}: invalid ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
        ...listed,
    ];
    if (more > 0)
        lines.push(`${source}: ... and ${more} more`);
    throw new errors/* ConfigurationError */.j1(lines.join('\n'), source);
}
/**
 * Every problem with `value` as a results document, each formatted `<source>: <instancePath> <message>`.
 * Empty when the document is valid.
 */
function resultsProblems(value, source = 'results') {
    return collect(getValidators().document, value, source, semanticProblems);
}
/**
 * Checks that `value` is a valid results document and returns it typed.
 * @param source file name (or other label) that prefixes every problem in the error message
 * @throws ConfigurationError listing up to {@link MAX_LISTED_ERRORS} problems as `<source>: <instancePath> <message>`
 */
function validate_validateResults(value, source = 'results') {
    const problems = resultsProblems(value, source);
    if (problems.length > 0)
        fail(source, 'results document', problems);
    return value;
}
/**
 * Checks one case against the schema (paths are relative to the case).
 * @throws ConfigurationError as {@link validateResults}
 */
function validateCase(value, source = 'case') {
    const problems = collect(getValidators().testCase, value, source, (c) => {
        const p = [];
        checkLines(p, '/location', c.location);
        return p;
    });
    if (problems.length > 0)
        fail(source, 'test case', problems);
    return value;
}
/**
 * Checks one finding against the schema (paths are relative to the finding).
 * @throws ConfigurationError as {@link validateResults}
 */
function validateFinding(value, source = 'finding') {
    const problems = collect(getValidators().finding, value, source, (f) => {
        const p = [];
        checkLines(p, '', f);
        return p;
    });
    if (problems.length > 0)
        fail(source, 'finding', problems);
    return value;
}

;// CONCATENATED MODULE: ./build/results/writer.js
/**
 * Durable, append-only persistence of results documents.
 *
 * Every mutation is a read-modify-write of the whole file under a lock:
 *  1. in-process: operations on the same path are chained on one promise queue (shared by all writers in the process);
 *  2. cross-process: a lock file `<target>.lock` created with O_EXCL (`wx`), retried with backoff; a lock whose pid
 *     is dead (same host) or that is older than `staleLockMs` is taken over;
 *  3. under the lock the file is re-read, so entries other processes appended are kept;
 *  4. the new content goes to a temp file in the same directory, is fsynced and renamed over the target, then the
 *     directory is fsynced. Readers see the old or the new file, never a partial one.
 *
 * Case ids are unique per document: adding a case whose id already exists replaces the earlier case in place (a
 * retried case updates its result; its position in `cases` stays that of the first occurrence).
 */









/**
 * The environment variable naming the matrix leg (e.g. `ubuntu-18.04/nested`) of the job writing results: the
 * reusable workflow sets it, publish-results' matrix section groups documents by it.
 */
const LEG_ENV = (0,env/* kdfEnvName */.o3)('leg');
/** `run` with `extra.leg` set, unless it has one already or `leg` is empty. */
function withLeg(run, leg) {
    const value = leg?.trim();
    if (!value || run.extra?.leg !== undefined)
        return run;
    return { ...run, extra: { ...run.extra, leg: value } };
}
const DEFAULT_LOCK_TIMEOUT_MS = 60_000;
const DEFAULT_STALE_LOCK_MS = 30_000;
const lockOptionsOf = (o) => ({
    lockTimeoutMs: o.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
    staleLockMs: o.staleLockMs ?? DEFAULT_STALE_LOCK_MS,
});
/** Thrown when the results lock cannot be taken in time (an environment problem, not a user mistake). */
class ResultsLockTimeoutError extends Error {
    lockPath;
    holder;
    constructor(lockPath, holder) {
        super(`timed out waiting for the results lock ${lockPath} (held by ${holder})`);
        this.lockPath = lockPath;
        this.holder = holder;
        this.name = 'ResultsLockTimeoutError';
    }
}
const RANK = { passed: 0, failed: 1, error: 2 };
const errno = (err) => err?.code;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Drops `undefined` members and detaches the value from the caller's object, so what we validate is what we write. */
const plain = (value) => JSON.parse(JSON.stringify(value));
const serialize = (doc) => `${JSON.stringify(doc, null, 2)}\n`;
// ---------------------------------------------------------------------------------------------------------------------
// In-process serialization: one promise chain per absolute path, shared by every writer instance in this process.
const queues = new Map();
function enqueue(key, task) {
    const prev = queues.get(key) ?? Promise.resolve();
    const result = prev.then(task, task);
    const tail = result.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
        if (queues.get(key) === tail)
            queues.delete(key);
    });
    return result;
}
async function acquireLock(lockPath, timeoutMs, staleMs) {
    const info = {
        pid: process.pid,
        host: (0,external_node_os_.hostname)(),
        token: (0,external_node_crypto_.randomUUID)(),
        createdAt: new Date().toISOString(),
    };
    const deadline = Date.now() + timeoutMs;
    let delay = 1;
    const isStale = (text, mtimeMs) => (0,pid_lock/* ownerIsGone */.BP)((0,pid_lock/* parseLockOwner */.Gl)(text)) || Date.now() - mtimeMs >= staleMs;
    for (;;) {
        if (await (0,pid_lock/* tryCreateLock */.Fi)(lockPath, info, 0o666))
            return info;
        if (await (0,pid_lock/* breakStaleLock */.I_)(lockPath, isStale))
            continue;
        if (Date.now() >= deadline) {
            const holder = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => 'unknown');
            throw new ResultsLockTimeoutError(lockPath, holder || 'unknown');
        }
        await sleep(delay + Math.random() * delay); // jitter keeps competing processes from retrying in lockstep
        delay = Math.min(delay * 2, 50);
    }
}
async function withFileLock(target, opts, fn) {
    const lockPath = `${target}.lock`;
    const info = await acquireLock(lockPath, opts.lockTimeoutMs, opts.staleLockMs);
    try {
        return await fn();
    }
    finally {
        // Only our own lock: if it was judged stale and taken over, the file now belongs to someone else.
        (0,pid_lock/* releaseLock */.x_)(lockPath, (owner) => owner.token === info.token);
    }
}
// ---------------------------------------------------------------------------------------------------------------------
// Atomic file replacement.
async function fsyncDir(dir) {
    try {
        const fh = await (0,promises_.open)(dir, 'r');
        try {
            await fh.sync();
        }
        finally {
            await fh.close();
        }
    }
    catch {
        // Not supported everywhere (Windows); the rename itself is still atomic.
    }
}
/** Writes `text` to `target` so that readers see either the old or the new content, and it survives a crash. */
async function writeFileAtomic(target, text) {
    const dir = (0,external_node_path_.dirname)(target);
    const tmp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(target)}.${process.pid}.${(0,external_node_crypto_.randomUUID)().slice(0, 8)}.tmp`);
    const fh = await (0,promises_.open)(tmp, 'wx', 0o644);
    try {
        try {
            await fh.writeFile(text, 'utf8');
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,promises_.rename)(tmp, target);
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
    await fsyncDir(dir);
}
// ---------------------------------------------------------------------------------------------------------------------
// Reading.
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return undefined;
        throw err;
    }
}
function parseResults(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${source}: not valid JSON: ${err.message}`, source);
    }
    return validate_validateResults(value, source);
}
/**
 * Reads and validates a results file.
 * @throws ConfigurationError if the file is missing, is not JSON or does not match the schema (messages name `path`)
 */
async function readResults(path) {
    const text = await readText(path);
    if (text === undefined)
        throw new errors/* ConfigurationError */.j1(`${path}: results file not found`, path);
    return parseResults(text, path);
}
/**
 * Validates `doc` and writes it to `path` atomically, replacing the file (under the same locks as
 * {@link ResultsWriter}, so it does not interleave with appends). Creates the directory if needed.
 * @throws ConfigurationError if `doc` is invalid
 */
async function writeResults(path, doc, options = {}) {
    const abs = resolve(path);
    const text = serialize(validateResults(plain(doc), abs));
    const lockOptions = lockOptionsOf(options);
    await mkdir(dirname(abs), { recursive: true });
    await enqueue(abs, () => withFileLock(abs, lockOptions, () => writeFileAtomic(abs, text)));
}
// ---------------------------------------------------------------------------------------------------------------------
// Writer.
/**
 * Appends cases and findings to a results file; safe against concurrent writers in this and other processes.
 * Create it with {@link ResultsWriter.open}. Every method resolves only once the change is on disk.
 */
class ResultsWriter {
    /** Absolute path of the results file. */
    path;
    doc;
    /** Text of the file as we last wrote or read it; lets us skip re-validating when nobody else wrote. */
    lastText;
    lockOptions;
    now;
    constructor(path, doc, options) {
        this.path = path;
        this.doc = doc;
        this.lockOptions = lockOptionsOf(options);
        this.now = options.now ?? (() => new Date());
    }
    /**
     * Opens `path` for appending, creating it (and its directory) with a fresh document for `run` if it does not exist.
     * An existing file is validated and kept as is, its run metadata included; it must be for the same stage.
     * With `reset: true` the file is replaced by a fresh document.
     * @throws ConfigurationError if `run` is invalid, or the existing file is corrupt or belongs to another stage
     */
    static async open(path, run, options = {}) {
        const abs = (0,external_node_path_.resolve)(path);
        const fresh = validate_validateResults(plain((0,model/* createResultsDocument */.eO)(withLeg(run, options.leg ?? (0,env/* kdfEnv */.ZH)('leg')), (options.now ?? (() => new Date()))())), abs);
        const writer = new ResultsWriter(abs, fresh, options);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(abs), { recursive: true });
        await enqueue(abs, () => withFileLock(abs, writer.lockOptions, async () => {
            const text = options.reset ? undefined : await readText(abs);
            if (text === undefined) {
                await writer.persist(fresh);
                return;
            }
            const existing = parseResults(text, abs);
            if (existing.run.stage !== fresh.run.stage) {
                throw new errors/* ConfigurationError */.j1(`${abs}: holds results of stage "${existing.run.stage}", not "${fresh.run.stage}"; use another file or reset it`, abs);
            }
            writer.doc = existing;
            writer.lastText = text;
        }));
        return writer;
    }
    /** A copy of the document as of this writer's last operation (other processes may have appended since). */
    get document() {
        return structuredClone(this.doc);
    }
    /** Adds (or, for an existing id, replaces) one case. */
    addCase(testCase) {
        return this.addCases([testCase]);
    }
    /** Adds (or replaces by id) several cases in one durable write; within the batch the last case of an id wins. */
    async addCases(cases) {
        const items = cases.map((c, i) => validateCase(plain(c), `${this.path}: case ${i}`));
        await this.update((doc) => {
            const index = new Map(doc.cases.map((c, i) => [c.id, i]));
            for (const c of items) {
                const at = index.get(c.id);
                if (at === undefined)
                    index.set(c.id, doc.cases.push(c) - 1);
                else
                    doc.cases[at] = c;
            }
        });
    }
    /** Adds one finding. */
    addFinding(finding) {
        return this.addFindings([finding]);
    }
    /** Adds several findings in one durable write. */
    async addFindings(findings) {
        const items = findings.map((f, i) => validateFinding(plain(f), `${this.path}: finding ${i}`));
        await this.update((doc) => {
            doc.findings.push(...items);
        });
    }
    /**
     * Marks the run finished: sets `finishedAt` to now and `status` to the worse of `status` (if given) and what the
     * content says ({@link overallStatus}), so a run with failed cases can never be recorded as passed.
     * @returns the final document
     */
    async finish(status) {
        await this.update((doc) => {
            const computed = (0,model/* overallStatus */.gX)({ ...doc, run: { ...doc.run, status: 'running' } });
            const final = status !== undefined && RANK[status] > RANK[computed] ? status : computed;
            doc.run = { ...doc.run, status: final, finishedAt: this.now().toISOString() };
        });
        return this.document;
    }
    /** Runs `mutate` on the current on-disk document under both locks and persists the result. */
    update(mutate) {
        return enqueue(this.path, () => withFileLock(this.path, this.lockOptions, async () => {
            const text = await readText(this.path);
            // Missing file (deleted under us): rebuild it from what we know rather than lose our entries.
            const current = text === undefined || text === this.lastText ? structuredClone(this.doc) : parseResults(text, this.path);
            mutate(current);
            await this.persist(current);
        }));
    }
    async persist(doc) {
        const text = serialize(doc);
        await writeFileAtomic(this.path, text);
        this.doc = doc;
        this.lastText = text;
    }
}


/***/ }),

/***/ 10542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dv: () => (/* binding */ annotateFindings),
/* harmony export */   o1: () => (/* binding */ resultsDir),
/* harmony export */   tM: () => (/* binding */ resultsPathFor)
/* harmony export */ });
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89040);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/** What every action adapter shares: where its results file goes, and findings turned into annotations. */




/**
 * The one directory every stage writes its results to: the results-dir variable (runtime/env.ts), default
 * `$RUNNER_TEMP/kdf-results`. The only place this default is computed.
 */
function resultsDir(env = process.env) {
    return (0,_env_js__WEBPACK_IMPORTED_MODULE_0__/* .kdfEnv */ .ZH)('resultsDir', env) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'kdf-results');
}
/** `<dir>/<stage>.json` (`dir` default {@link resultsDir}). */
function resultsPathFor(stage, dir = resultsDir()) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `${stage}.json`);
}
/** One annotation per finding, at its file and lines, with its level (failure → error). */
function annotateFindings(findings) {
    for (const f of findings) {
        const props = { title: f.title, file: f.file, startLine: f.line, endLine: f.endLine };
        const text = f.details ? `${f.message}\n${f.details}` : f.message;
        if (f.level === 'failure')
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.error(text, props);
        else if (f.level === 'warning')
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(text, props);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.notice(text, props);
    }
}


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ SignalledCommandRunner),
/* harmony export */   PB: () => (/* binding */ abortOnSignals),
/* harmony export */   bp: () => (/* binding */ sleepUnlessAborted),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dZ: () => (/* binding */ throwIfCancelled),
/* harmony export */   zw: () => (/* binding */ cancelReason)
/* harmony export */ });
/** Thrown at a step boundary once the run was cancelled. */
class CancelledError extends Error {
    reason;
    /** @param during what was cut short, e.g. `while waiting for server vm to be ACTIVE` */
    constructor(reason, during) {
        super(`cancelled (${reason})${during ? ` ${during}` : ''}`);
        this.reason = reason;
        this.name = 'CancelledError';
    }
}
/** The reason an aborted signal carries, as text (`SIGINT`), or `cancelled`. */
function cancelReason(signal) {
    const reason = signal?.reason;
    return typeof reason === 'string' ? reason : 'cancelled';
}
/** Throws a {@link CancelledError} when `signal` was aborted. */
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw new CancelledError(cancelReason(signal));
}
/** Waits `ms`, or less when `signal` aborts meanwhile (it resolves either way; check the signal after). */
function sleepUnlessAborted(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/** A runner whose every command is cancelled by `signal` (unless the call passes its own). */
class SignalledCommandRunner {
    inner;
    signal;
    constructor(inner, signal) {
        this.inner = inner;
        this.signal = signal;
    }
    /** {@inheritDoc CommandRunner.run} */
    run(command, args, options = {}) {
        return this.inner.run(command, args, { signal: this.signal, ...options });
    }
}
/**
 * Aborts on the first SIGINT or SIGTERM of this process, with the signal's name as the reason. Later signals are
 * swallowed while the listener is installed, so clean-up is not cut short; `dispose` removes it.
 */
function abortOnSignals() {
    const controller = new AbortController();
    const onSignal = (sig) => {
        if (!controller.signal.aborted)
            controller.abort(sig);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}


/***/ }),

/***/ 38806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   _x: () => (/* binding */ ANY_EXIT_CODE),
/* harmony export */   qF: () => (/* binding */ DEFAULT_MAX_BUFFER_BYTES),
/* harmony export */   zR: () => (/* binding */ formatCommandLine)
/* harmony export */ });
/* unused harmony exports DEFAULT_STDERR_TAIL_LINES, quoteArg */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5027);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86210);
/**
 * The command-runner port. Every external program (stack.sh, openstack, kubectl, ovs-vsctl, ...) runs through a
 * `CommandRunner`, so tests swap in a fake and production gets one place that handles timeouts, cancellation, process
 * groups, stdin, output limits and secret masking. This file is the port itself (options, result, the error every
 * runner fails with, the masked display); the implementation on node:child_process is in process-runner.ts.
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
function formatCommandLine(command, args, masker = _secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultMasker */ .JC) {
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
        const after = init.timeoutMs === undefined ? '' : ` after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(init.timeoutMs)}`;
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
/** `allowedExitCodes` that accept any exit status: for probes whose exit code is the answer. */
const ANY_EXIT_CODE = Array.from({ length: 256 }, (_, i) => i);


/***/ }),

/***/ 5027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   H_: () => (/* binding */ DURATION_UNIT_NAMES),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Parsing and formatting of human durations (`90s`, `15m`, `1h30m`, `500ms`), in milliseconds. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Human names of the units, for error messages. */
const DURATION_UNIT_NAMES = {
    ms: 'milliseconds',
    s: 'seconds',
    m: 'minutes',
    h: 'hours',
    d: 'days',
};
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
// `ms` must come before `m` in the alternation, otherwise `500ms` would read as 500 minutes followed by junk.
const SEGMENT = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*/y;
/**
 * Parses `text` into milliseconds (rounded), or returns `undefined` when it is not a duration. Accepts one or more
 * `<number><unit>` segments (`1h30m`, `1h 30m`, `1.5h`, `500ms`; units ms, s, m, h, d, case-insensitive) or a bare
 * number, which is read in `bareUnit`.
 */
function parseDuration(text, bareUnit = 's') {
    const value = text.trim().toLowerCase();
    if (value === '')
        return undefined;
    if (BARE_NUMBER.test(value))
        return Math.round(Number(value) * UNIT_MS[bareUnit]);
    let total = 0;
    SEGMENT.lastIndex = 0;
    while (SEGMENT.lastIndex < value.length) {
        const match = SEGMENT.exec(value);
        if (!match)
            return undefined;
        total += Number(match[1]) * UNIT_MS[match[2]];
    }
    return Math.round(total);
}
/**
 * Formats milliseconds for humans: `300ms`, `12.3s`, `30s`, `1m30s`, `15m`, `1h30m`, `2h`. Sub-minute values keep one
 * decimal; longer ones are rounded to whole seconds.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return `${ms}ms`;
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 59_950) {
        const seconds = Math.round(ms / 100) / 10;
        return `${Number.isInteger(seconds) ? seconds.toFixed(0) : seconds.toFixed(1)}s`;
    }
    let rest = Math.round(ms / 1000);
    const hours = Math.floor(rest / 3600);
    rest -= hours * 3600;
    const minutes = Math.floor(rest / 60);
    const seconds = rest - minutes * 60;
    return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].join('') || '0s';
}


/***/ }),

/***/ 89040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ kdfEnvSecondsMs),
/* harmony export */   ZH: () => (/* binding */ kdfEnv),
/* harmony export */   o3: () => (/* binding */ kdfEnvName)
/* harmony export */ });
/* unused harmony export ENV_VARIABLES */
/**
 * Every `KDF_*` environment variable the toolkit reads, declared once: its name, what it means and who sets it.
 * Code reads them only through {@link kdfEnv} (never at import time), so a test can set one just before it runs a
 * step, and a variable that is not in this table cannot be read at all. None of them is an action input: a workflow
 * cannot set them by accident through `with:`.
 */
/** The declared variables, by key. The README's knob lists are checked against this table (test/runtime/env.test.ts). */
const ENV_VARIABLES = {
    adminPassword: {
        name: 'KDF_ADMIN_PASSWORD',
        audience: 'users',
        meaning: "kdf plan/setup/sandbox: the admin password when '--admin-password' is not given",
    },
    leg: {
        name: 'KDF_LEG',
        audience: 'users',
        meaning: "the matrix leg a job's results are labelled with (set per job by the reusable workflow)",
    },
    resultsDir: {
        name: 'KDF_RESULTS_DIR',
        audience: 'tests and special hosts',
        meaning: "where the actions write their results files (default '$RUNNER_TEMP/kdf-results')",
    },
    secrets: {
        name: 'KDF_SECRETS',
        audience: 'users',
        meaning: 'kdf diagnostics: values to redact, one per line',
    },
    kubectl: {
        name: 'KDF_KUBECTL',
        audience: 'tests and special hosts',
        meaning: "connectivity: the kubectl executable (default 'kubectl'; kdf: '--kubectl')",
    },
    connectivityExecMode: {
        name: 'KDF_CONNECTIVITY_EXEC_MODE',
        audience: 'tests and special hosts',
        meaning: "connectivity: 'batched' (one kubectl exec per source pod, default) or 'per-probe', for comparison",
    },
    openstackNetns: {
        name: 'KDF_OPENSTACK_NETNS',
        audience: 'tests and special hosts',
        meaning: "trunk-vm, connectivity: reach the cloud's APIs (or run 'openstack'), 'ssh' and 'scp' from this network " +
            "namespace, where the cloud's API and floating IPs are reachable (kdf: '--prefix-netns')",
    },
    openstackClient: {
        name: 'KDF_OPENSTACK_CLIENT',
        audience: 'users',
        meaning: "trunk-vm, connectivity: 'rest' (default: the APIs directly) or 'cli' (the python-openstackclient 'openstack' " +
            'command, one process per operation)',
    },
    natNetns: {
        name: 'KDF_NETNS',
        audience: 'tests and special hosts',
        meaning: "setup-devstack: run the host's firewall (NAT) commands in this network namespace, never the machine's own " +
            '(the DevStack host, not the cloud: the demo sets both to different namespaces)',
    },
    osRelease: {
        name: 'KDF_OS_RELEASE',
        audience: 'tests and special hosts',
        meaning: "setup-devstack, the root action's leg: the os-release file to read (default '/etc/os-release')",
    },
    etcDir: {
        name: 'KDF_ETC_DIR',
        audience: 'tests and special hosts',
        meaning: "setup-devstack, kdf diagnostics: where DevStack writes its '/etc' content (default '/etc')",
    },
    lockDir: {
        name: 'KDF_LOCK_DIR',
        audience: 'tests and special hosts',
        meaning: 'setup-devstack: where the host lock and the host cache live (default the temp directory)',
    },
    lockWaitSeconds: {
        name: 'KDF_LOCK_WAIT_SECONDS',
        audience: 'tests and special hosts',
        meaning: 'setup-devstack: how long to wait for the host lock (default 300)',
    },
    heartbeatSeconds: {
        name: 'KDF_HEARTBEAT_SECONDS',
        audience: 'tests and special hosts',
        meaning: "setup-devstack: the interval of stack.sh's 'still running' line",
    },
    sandboxDir: {
        name: 'KDF_SANDBOX_DIR',
        audience: 'sandbox',
        meaning: "kdf sandbox: the state directory (default '.kdf/sandbox'; '--dir')",
    },
    sandboxAssets: {
        name: 'KDF_SANDBOX_ASSETS',
        audience: 'sandbox',
        meaning: "kdf sandbox: where 'sandbox/openstack/' is, when kdf does not run from the repository",
    },
    sandboxShare: {
        name: 'KDF_SANDBOX_SHARE',
        audience: 'sandbox',
        meaning: "kdf sandbox: the share directory of the sandbox's Python packages",
    },
};
/** The name of a declared variable (for messages and help texts). */
function kdfEnvName(key) {
    return ENV_VARIABLES[key].name;
}
/** A declared variable's value in `env` (read when called), `undefined` when unset. */
function kdfEnv(key, env = process.env) {
    return env[ENV_VARIABLES[key].name];
}
/** A declared variable holding seconds, in milliseconds; `undefined` when unset or empty. */
function kdfEnvSecondsMs(key, env = process.env) {
    const v = kdfEnv(key, env);
    return v ? Number(v) * 1000 : undefined;
}


/***/ }),

/***/ 33926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readFragmentFile)
/* harmony export */ });
/* unused harmony export decodeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/** Reading a user's local.conf fragment file from the workspace (setup-devstack and the trunk-vm overcloud). */



/**
 * Reads the fragment file named by `input`; it must stay inside the workspace because findings annotate it by its
 * repository path.
 */
function readFragmentFile(workspace, file, input) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, abs);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}' must be a path inside the workspace; got '${file}'.`, input);
    }
    let bytes;
    try {
        refuseEscapingLink(workspace, abs, file, input);
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': cannot read '${file}' (${err.code ?? String(err)}).`, input);
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
    const binary = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is not a text file (${why}); give a local.conf fragment.`, input);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': '${file}' resolves through a symbolic link to '${real}', outside the workspace; ` +
            'put the fragment itself in the repository.', input);
    }
}


/***/ }),

/***/ 4634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ recordInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   xq: () => (/* binding */ actionsInputSource)
/* harmony export */ });
/* unused harmony export envInputSource */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5027);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/**
 * Typed action inputs. Values are read from an `InputSource` (the `INPUT_*` environment by default, as @actions/core
 * does) and every bad value throws a `ConfigurationError` that names the input and says what is accepted.
 */


/** Reads `INPUT_<NAME>` from `env`, with spaces turned into `_` and upper-cased, exactly like `core.getInput`. */
function envInputSource(env = process.env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
/** The GitHub Actions source: `process.env['INPUT_' + name.replace(/ /g, '_').toUpperCase()]`, read at call time. */
const actionsInputSource = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
/** A source backed by a plain object or map (CLI flags, tests). */
function recordInputSource(values) {
    if (values instanceof Map)
        return (name) => values.get(name);
    const record = values;
    return (name) => (Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined);
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/**
 * Typed getters over one `InputSource`. Values are trimmed and an empty value counts as unset; a getter given a
 * default returns it for an unset input, one without returns `undefined`.
 */
class Inputs {
    source;
    constructor(source = actionsInputSource) {
        this.source = source;
    }
    /** The trimmed value, or `undefined` when unset or empty. */
    raw(name) {
        const value = this.source(name)?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    /** A string input that must be set. */
    getRequiredInput(name) {
        const value = this.raw(name);
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is required but was not supplied.`, name);
        return value;
    }
    getOptionalInput(name, defaultValue) {
        return this.raw(name) ?? defaultValue;
    }
    getBooleanInput(name, defaultValue) {
        const value = this.raw(name);
        if (value === undefined)
            return defaultValue;
        if (TRUE_VALUES.includes(value))
            return true;
        if (FALSE_VALUES.includes(value))
            return false;
        throw invalid(name, value, `must be a boolean: one of ${[...TRUE_VALUES, ...FALSE_VALUES].join(', ')}`);
    }
    getEnumInput(name, allowed, defaultValue) {
        const value = this.raw(name);
        if (value === undefined)
            return defaultValue;
        if (allowed.includes(value))
            return value;
        const near = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
        const hint = near === undefined ? '' : ` Did you mean '${near}'?`;
        throw invalid(name, value, `must be one of: ${allowed.join(', ')}`, hint);
    }
    getIntegerInput(name, options = {}, defaultValue) {
        const value = this.raw(name);
        if (value === undefined)
            return defaultValue;
        const parsed = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
        const { min, max } = options;
        if (!Number.isSafeInteger(parsed) || (min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
            throw invalid(name, value, `must be an integer${describeRange(min, max, String)}`);
        }
        return parsed;
    }
    getDurationInput(name, options = {}, defaultValue) {
        const value = this.raw(name);
        if (value === undefined)
            return defaultValue;
        const bareUnit = options.bareUnit ?? 's';
        const parsed = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value, bareUnit);
        const { min, max } = options;
        if (parsed === undefined || (min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
            const range = describeRange(min, max, _duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3);
            throw invalid(name, value, `must be a duration${range} such as 90s, 15m, 2h, 1h30m or 500ms (a bare number means ${_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_UNIT_NAMES */ .H_[bareUnit]})`);
        }
        return parsed;
    }
    /** A list separated by newlines or commas; items are trimmed and empty ones dropped. Unset gives `[]`. */
    getListInput(name) {
        const value = this.raw(name);
        if (value === undefined)
            return [];
        return value
            .split(/[\n,]/)
            .map((item) => item.trim())
            .filter((item) => item !== '');
    }
}
function describeRange(min, max, show) {
    if (min !== undefined && max !== undefined)
        return ` between ${show(min)} and ${show(max)}`;
    if (min !== undefined)
        return ` of at least ${show(min)}`;
    if (max !== undefined)
        return ` of at most ${show(max)}`;
    return '';
}
function invalid(name, value, requirement, hint = '') {
    const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' ${requirement} (got '${shown}').${hint}`, name);
}


/***/ }),

/***/ 1048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ ownerIsGone),
/* harmony export */   Fi: () => (/* binding */ tryCreateLock),
/* harmony export */   Gl: () => (/* binding */ parseLockOwner),
/* harmony export */   IM: () => (/* binding */ readLockOwnerSync),
/* harmony export */   I_: () => (/* binding */ breakStaleLock),
/* harmony export */   x_: () => (/* binding */ releaseLock)
/* harmony export */ });
/* unused harmony export isPidAlive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/**
 * Pid-file locks: a lock is a file created with `O_EXCL` holding JSON that names its owner (`pid`, `host`, …). A lock
 * whose owner is gone is taken over without racing other waiters. Used by the setup stage's host lock and the results
 * writer; each keeps its own policy (how long to wait, what counts as stale, what to say when it gives up).
 */




const errno = (err) => err?.code;
/** True when process `pid` exists (EPERM: it exists but belongs to another user). */
function isPidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return errno(err) === 'EPERM';
    }
}
/** True when `owner` names a process on this host that no longer runs (a lock from another host is never judged). */
function ownerIsGone(owner) {
    return owner !== undefined && owner.host === (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)() && !isPidAlive(owner.pid);
}
/**
 * Parses a lock file's text; `undefined` when it is not JSON with a numeric `pid` and a string `host` (a lock being
 * written is created empty and filled afterwards, so only its age can tell then).
 */
function parseLockOwner(text) {
    try {
        const v = JSON.parse(text);
        return typeof v?.pid === 'number' && typeof v.host === 'string' ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** Creates `path` exclusively with `owner` as JSON. False when it exists already (someone holds the lock). */
async function tryCreateLock(path, owner, mode = 0o644) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'wx', mode);
    }
    catch (err) {
        if (errno(err) === 'EEXIST')
            return false;
        throw err;
    }
    try {
        await fh.writeFile(JSON.stringify(owner));
    }
    finally {
        await fh.close();
    }
    return true;
}
/**
 * Removes lock `path` when `isStale(text, mtimeMs)` says so. Returns true when the caller should try to take the lock
 * again at once (it was removed, by us or meanwhile by its owner), false when it is held.
 */
async function breakStaleLock(path, isStale) {
    let text;
    let mtimeMs;
    try {
        mtimeMs = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).mtimeMs;
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8');
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return true;
        throw err;
    }
    if (!isStale(text, mtimeMs))
        return false;
    // Take it over without racing another breaker: move it aside atomically, then check we moved the lock we judged.
    const aside = `${path}.stale-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(path, aside);
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return true;
        throw err;
    }
    const moved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(aside, 'utf8').catch(() => '');
    if (moved !== text) {
        // Someone replaced the stale lock with a live one between our read and our rename: put theirs back.
        // (link fails if a third process locked in that instant; nothing safer can be done then.)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(aside, path).catch(() => undefined);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(aside).catch(() => undefined);
    return true;
}
/**
 * Removes lock `path` if `owns(owner)` says the current holder is the caller; a lock judged stale and taken over
 * since belongs to someone else and stays. Returns whether it was removed. Synchronous, so a post step or a
 * `finally` can release without awaiting.
 */
function releaseLock(path, owns) {
    const owner = readLockOwnerSync(path);
    if (owner === undefined || !owns(owner))
        return false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { force: true });
    return true;
}
/** The owner recorded in lock `path`, `undefined` when there is no lock or it is not readable yet. */
function readLockOwnerSync(path) {
    try {
        return parseLockOwner((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 47186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ PipelineStageIO),
/* harmony export */   oW: () => (/* binding */ actionsStageIO)
/* harmony export */ });
/* unused harmony export actionsStageContext */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _action_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10542);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89040);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4634);
/**
 * What an action adapter reads and writes through the runner: inputs, outputs, the main→post state, and the
 * {@link StageContext} the pipeline hands it. Alone, an action uses the runner's own ({@link actionsStageIO});
 * inside the root action's pipeline each stage gets a view with its own inputs, its outputs collected, its state
 * keys namespaced so stages never collide, and the context as arguments (never through the environment).
 * Whether a stage failed is its returned {@link StageOutcome}, not a message: the caller decides what to fail.
 */




/** The context of a stage running as its own action: the defaults, from the runner's environment. */
function actionsStageContext(env = process.env) {
    return { resultsDir: (0,_action_io_js__WEBPACK_IMPORTED_MODULE_1__/* .resultsDir */ .o1)(env), leg: (0,_env_js__WEBPACK_IMPORTED_MODULE_2__/* .kdfEnv */ .ZH)('leg', env), cloudsYaml: env.OS_CLIENT_CONFIG_FILE };
}
/** The runner's own inputs, outputs and state (a stage running as its own action). */
function actionsStageIO() {
    return {
        inputs: new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0(_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsInputSource */ .xq),
        context: actionsStageContext(),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value),
        saveState: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(name, value),
        getState: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(name),
    };
}
/** A pipeline stage's view: given inputs and context, outputs recorded, state under `<stage>.` keys. */
class PipelineStageIO {
    stage;
    inputs;
    context;
    state;
    outputs = {};
    constructor(stage, inputs, context, state = {
        save: (n, v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(n, v),
        get: (n) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(n),
    }) {
        this.stage = stage;
        this.inputs = inputs;
        this.context = context;
        this.state = state;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    saveState(name, value) {
        this.state.save(`${this.stage}.${name}`, value);
    }
    getState(name) {
        return this.state.get(`${this.stage}.${name}`);
    }
}


/***/ }),

/***/ 21166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   UX: () => (/* binding */ pauseAfterPoll),
/* harmony export */   fm: () => (/* binding */ waitFor),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony export pauseAfter */
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1729);
/** Polling on state (never fixed sleeps). */

/** Thrown by {@link waitFor} when the condition did not hold in time. */
class WaitTimeoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WaitTimeoutError';
    }
}
/**
 * Calls `fn` until it returns something other than `undefined` and returns that. A throw from `fn` ends the wait
 * (use it for terminal failures such as a server in ERROR). After `timeoutMs` it throws a {@link WaitTimeoutError}
 * naming what was awaited.
 */
async function waitFor(fn, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => (0,_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .sleepUnlessAborted */ .bp)(ms, options.signal));
    const interval = options.intervalMs ?? 2000;
    const started = now();
    for (let polls = 0;; polls++) {
        if (options.signal?.aborted)
            throw new _cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc((0,_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .cancelReason */ .zw)(options.signal), `while waiting for ${describe(options)}`);
        const pollStarted = now();
        const value = await fn();
        if (value !== undefined)
            return value;
        const elapsed = now() - started;
        if (elapsed >= options.timeoutMs) {
            throw new WaitTimeoutError(`timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for ${describe(options)}`);
        }
        const spent = options.fromPollStart ? now() - pollStarted : 0;
        const pause = pauseAfterPoll(polls, interval, options.rampMs, spent);
        await sleep(Math.min(pause, Math.max(0, options.timeoutMs - elapsed)));
    }
}
/** The pause after poll `polls` (0-based): the ramp's entry while there is one (capped by the interval), else the interval. */
function pauseAfter(polls, intervalMs, rampMs) {
    return Math.min(rampMs?.[polls] ?? intervalMs, intervalMs);
}
/**
 * The pause after poll `polls` (0-based) when pauses count from the poll's start: {@link pauseAfter} less the
 * `spentMs` the poll took, never below 0 (a poll that outlasted its pause is followed at once).
 */
function pauseAfterPoll(polls, intervalMs, rampMs, spentMs) {
    return Math.max(0, pauseAfter(polls, intervalMs, rampMs) - spentMs);
}
function describe(options) {
    return typeof options.describe === 'function' ? options.describe() : options.describe;
}
/**
 * Polls `predicate` every `intervalMs` until it holds (resolves true) or `timeoutMs` has passed (resolves false).
 * For waits whose timeout is not a failure: a grace period before a stronger signal, a best-effort settle.
 */
async function pollUntil(predicate, options) {
    try {
        await waitFor(async () => ((await predicate()) ? true : undefined), { ...options, describe: 'a condition' });
        return true;
    }
    catch (err) {
        if (err instanceof WaitTimeoutError)
            return false;
        throw err;
    }
}


/***/ }),

/***/ 88219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sM: () => (/* binding */ CONNECTIVITY),
  XD: () => (/* binding */ PUBLISH_RESULTS),
  SJ: () => (/* binding */ SETUP_DEVSTACK),
  i2: () => (/* binding */ STAGE_DEFINITIONS),
  JR: () => (/* binding */ TRUNK_VM)
});

// UNUSED EXPORTS: PIPELINE_STAGES

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/devstack/options.js
var options = __webpack_require__(99418);
// EXTERNAL MODULE: ./build/devstack/profiles/index.js + 4 modules
var profiles = __webpack_require__(29015);
// EXTERNAL MODULE: ./build/devstack/trains.js
var trains = __webpack_require__(67613);
;// CONCATENATED MODULE: ./build/devstack/setup/settings.js
/**
 * setup-devstack's settings: every input parsed once into a typed object, shared by the action and `kdf setup`.
 * User mistakes throw ConfigurationError naming the input.
 */




const CACHE_MODES = ['host', 'actions', 'none'];
const CLEAN_MODES = ['before', 'after', 'both', 'never'];
/** Reads and validates every setup-devstack input (pure: no file, host or network access). */
function readSetupSettings(inputs) {
    const profile = inputs.getEnumInput('profile', Object.keys(profiles/* PROFILES */.j), 'dragonflow');
    const release = inputs.getOptionalInput('release');
    if (release !== undefined && !trains/* TRAINS */.G3[release]) {
        throw new errors/* ConfigurationError */.j1(`Input 'release' must be one of: ${Object.keys(trains/* TRAINS */.G3).join(', ')} (got '${release}').`, 'release');
    }
    // Refs, git base and password are checked here, under the input names the user wrote, rather than later by the
    // planner (which knows a ref only by its plugin: 'kuryr-kubernetes-ref').
    const ref = (name) => {
        const value = inputs.getOptionalInput(name);
        return value === undefined ? undefined : (0,options/* checkRef */.__)(value, name);
    };
    const pluginRefs = {};
    const kuryr = ref('kuryr-ref');
    const df = ref('dragonflow-ref');
    if (kuryr)
        pluginRefs['kuryr-kubernetes'] = kuryr;
    if (df)
        pluginRefs.dragonflow = df;
    const pool = inputs.getOptionalInput('ports-pool');
    const gitBase = inputs.getOptionalInput('git-base');
    if (gitBase !== undefined)
        (0,options/* checkGitBase */.OC)(gitBase, 'git-base');
    const adminPassword = inputs.getOptionalInput('admin-password');
    if (adminPassword !== undefined)
        (0,options/* checkPassword */.O7)(adminPassword, 'admin-password');
    return {
        profile,
        release,
        devstackRef: ref('devstack-ref'),
        pluginRefs,
        gitBase,
        localConf: inputs.getOptionalInput('local-conf'),
        localConfFile: inputs.getOptionalInput('local-conf-file'),
        adminPassword,
        portsPool: pool === undefined ? undefined : (0,options/* parsePortsPool */.Qs)(pool, 'ports-pool'),
        octavia: inputs.getBooleanInput('octavia', true),
        dest: (0,options/* checkAbsolutePath */.XV)(inputs.getOptionalInput('dest', '/opt/stack'), 'dest'),
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

// EXTERNAL MODULE: ./build/kube/settings.js
var settings = __webpack_require__(21039);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/fragment-file.js
var fragment_file = __webpack_require__(33926);
// EXTERNAL MODULE: ./build/openstack/clouds-yaml.js
var clouds_yaml = __webpack_require__(16353);
// EXTERNAL MODULE: ./build/openstack/overcloud.js
var overcloud = __webpack_require__(71536);
;// CONCATENATED MODULE: ./build/openstack/overcloud-settings.js
/**
 * The overcloud part of actions/trunk-vm's settings, checked while parsing: an unknown profile or release, a fragment
 * file that is missing or not text, an admin password DevStack would reject (or none to be found) and a `devstack-dir`
 * that is not a DevStack checkout all fail here, before the run creates a single cloud resource.
 */









/** The profiles meant for the VM (role `overcloud`). */
function overcloudProfiles() {
    return Object.values(profiles/* PROFILES */.j)
        .filter((p) => p.role === 'overcloud')
        .map((p) => p.name);
}
/**
 * Reads and checks the `overcloud-*`, `admin-password`, `git-base` and `devstack-dir` inputs (no cloud call).
 * @param beforeStack DevStack is not stacked yet: `devstack-dir` need not exist and an empty `admin-password` is
 *   not looked up in a clouds.yaml that setup-devstack has still to write
 */
function readOvercloudSettings(inputs, ref, beforeStack = false) {
    const profile = inputs.getEnumInput('overcloud-profile', overcloudProfiles(), overcloud/* OVERCLOUD_DEFAULTS */.x$.profile);
    const release = inputs.getOptionalInput('overcloud-release');
    if (release !== undefined && !trains/* TRAINS */.G3[release]) {
        throw new errors/* ConfigurationError */.j1(`Input 'overcloud-release' must be one of: ${Object.keys(trains/* TRAINS */.G3).join(', ')} (got '${release}').`, 'overcloud-release');
    }
    const timeoutMinutes = inputs.getIntegerInput('overcloud-timeout-minutes', { min: 1, max: 24 * 60 }, overcloud/* OVERCLOUD_DEFAULTS */.x$.stackTimeoutMinutes);
    // The checks that read files come after the plain inputs.
    const localConfFile = inputs.getOptionalInput('overcloud-local-conf-file');
    // inside the workspace, readable, and text (UTF-8, no NUL bytes): readFragmentFile refuses anything else
    if (localConfFile !== undefined)
        (0,fragment_file/* readFragmentFile */.L)(ref.workspace, localConfFile, 'overcloud-local-conf-file');
    const given = inputs.getOptionalInput('admin-password');
    // Empty: DevStack gave every user ADMIN_PASSWORD, so the undercloud cloud's clouds.yaml password is the one.
    const adminPassword = given === undefined && beforeStack
        ? ''
        : (0,options/* checkPassword */.O7)(given ?? (0,clouds_yaml/* cloudPassword */.zO)(ref.cloud, ref.cloudsYaml, ref.workspace), 'admin-password');
    return {
        profile,
        release,
        localConfFile,
        localConf: inputs.getOptionalInput('overcloud-local-conf'),
        serviceHost: inputs.getOptionalInput('overcloud-service-host'),
        adminPassword,
        gitBase: inputs.getOptionalInput('git-base'),
        devstackDir: checkDevstackDir(inputs.getOptionalInput('devstack-dir', overcloud/* OVERCLOUD_DEFAULTS */.x$.devstackDir), beforeStack),
        kuryrConfPath: inputs.getOptionalInput('overcloud-kuryr-conf', overcloud/* OVERCLOUD_DEFAULTS */.x$.kuryrConfPath),
        timeoutMinutes,
    };
}
/**
 * `devstack-dir` is copied into the VM with tar: an absolute path to a directory with DevStack's stack.sh (before
 * setup-devstack has cloned it, only the form is checked).
 */
function checkDevstackDir(dir, beforeStack) {
    const input = 'devstack-dir';
    if (!(0,external_node_path_.isAbsolute)(dir)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must be an absolute path (got '${dir}').`, input);
    }
    if (beforeStack)
        return dir;
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${dir}' is not a directory; clone DevStack there or point '${input}' at a checkout.`, input);
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'stack.sh'))) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${dir}' has no stack.sh, so it is not a DevStack checkout.`, input);
    }
    return dir;
}

// EXTERNAL MODULE: ./build/openstack/trunk-vm.js + 2 modules
var trunk_vm = __webpack_require__(21358);
;// CONCATENATED MODULE: ./build/openstack/trunk-vm-settings.js
/**
 * actions/trunk-vm's settings: every input parsed once into a typed object, shared by the action and `kdf trunk-vm`.
 * User mistakes throw a ConfigurationError naming the input.
 */



/** Default key pair name (`key-name`). */
const DEFAULT_KEY_NAME = 'kdf-trunk-vm';
/** Default of `boot-timeout-minutes`. */
const DEFAULT_BOOT_TIMEOUT_MINUTES = 10;
/** Parses `subports`: VLAN ids 1-4094, separated by commas or newlines, unique. */
function parseSubports(items, input = 'subports') {
    const ids = items.map((item) => {
        if (!/^\d+$/.test(item) || Number(item) < 1 || Number(item) > 4094) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' must list VLAN ids between 1 and 4094 (got '${item}').`, input);
        }
        return Number(item);
    });
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined)
        throw new errors/* ConfigurationError */.j1(`Input '${input}' lists VLAN id ${dup} twice.`, input);
    return ids;
}
/**
 * Parses `security-rules`: `PROTOCOL[/PORT]` items (`icmp`, `tcp/22`, `udp/53`), each added (idempotently) as an
 * ingress rule from anywhere to the VM's security group. Empty = `icmp, tcp/22`
 * (docs/nested-topology.md#trunk-vm-procedure). Without `tcp/22` the VM cannot be reached over SSH, so it is refused.
 */
function parseSecurityRules(items, input = 'security-rules') {
    if (items.length === 0)
        return [...trunk_vm/* TRUNK_VM_RULES */.Xc];
    const rules = items.map((item) => {
        const m = /^(icmp|tcp|udp)(?:\/(\d{1,5}))?$/.exec(item.toLowerCase());
        const port = m?.[2] === undefined ? undefined : Number(m[2]);
        if (!m ||
            (port !== undefined && (m[1] === 'icmp' || port < 1 || port > 65535)) ||
            (m[1] !== 'icmp' && port === undefined)) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' items must be icmp, tcp/PORT or udp/PORT with PORT 1-65535 (got '${item}').`, input);
        }
        const protocol = m[1];
        return port === undefined ? { protocol } : { protocol, dstPort: port };
    });
    const unique = rules.filter((r, i) => rules.findIndex((o) => o.protocol === r.protocol && o.dstPort === r.dstPort) === i);
    if (!unique.some((r) => r.protocol === 'tcp' && r.dstPort === 22)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must include tcp/22: the toolkit reaches the VM over SSH (got '${items.join(', ')}').`, input);
    }
    return unique;
}
/**
 * Reads and validates every actions/trunk-vm input, the overcloud's files and password included, without a cloud
 * call. `workspace` (default the current directory) is where relative paths and `./clouds.yaml` are looked up.
 */
function readTrunkVmSettings(inputs, workspace = process.cwd(), options = {}) {
    const cloud = inputs.getOptionalInput('os-cloud', 'devstack');
    const cloudsYaml = inputs.getOptionalInput('clouds-yaml');
    const rules = parseSecurityRules(inputs.getListInput('security-rules'));
    const bootMinutes = inputs.getIntegerInput('boot-timeout-minutes', { min: 1, max: 24 * 60 }, DEFAULT_BOOT_TIMEOUT_MINUTES);
    const imageUrl = inputs.getOptionalInput('image-url');
    if (imageUrl !== undefined && !/^(https?|file):\/\/\S+$/.test(imageUrl)) {
        throw new errors/* ConfigurationError */.j1(`Input 'image-url' must be an http(s):// or file:// URL (got '${imageUrl}').`, 'image-url');
    }
    const diskFormat = inputs.getOptionalInput('image-disk-format', 'qcow2');
    if (!['qcow2', 'raw', 'vmdk', 'vdi', 'iso', 'vhd', 'vhdx', 'ami', 'ploop'].includes(diskFormat)) {
        throw new errors/* ConfigurationError */.j1(`Input 'image-disk-format' is not a Glance disk format (got '${diskFormat}').`, 'image-disk-format');
    }
    const overcloudOn = inputs.getBooleanInput('overcloud', false);
    const sshUser = inputs.getOptionalInput('ssh-user', 'centos');
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(sshUser)) {
        throw new errors/* ConfigurationError */.j1(`Input 'ssh-user' must be a Linux user name (got '${sshUser}').`, 'ssh-user');
    }
    return {
        cloud,
        cloudsYaml,
        imageUrl,
        imageDiskFormat: diskFormat,
        sshUser,
        overcloud: overcloudOn
            ? readOvercloudSettings(inputs, { cloud, cloudsYaml, workspace }, options.beforeStack === true)
            : undefined,
        keep: inputs.getBooleanInput('keep', false),
        vm: {
            image: inputs.getRequiredInput('image'),
            flavor: inputs.getOptionalInput('flavor', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.flavor),
            network: inputs.getOptionalInput('network', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.network),
            externalNetwork: inputs.getOptionalInput('external-network', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.externalNetwork),
            securityGroup: trunk_vm/* TRUNK_VM_DEFAULTS */.AA.securityGroup,
            securityRules: rules,
            serverName: inputs.getOptionalInput('server-name', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.serverName),
            portName: inputs.getOptionalInput('port-name', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.portName),
            trunkName: inputs.getOptionalInput('trunk-name', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.trunkName),
            keypairName: inputs.getOptionalInput('key-name', DEFAULT_KEY_NAME),
            subportVlanIds: parseSubports(inputs.getListInput('subports')),
            reuse: inputs.getBooleanInput('reuse', false),
            bootTimeoutMs: bootMinutes * 60_000,
        },
    };
}

// EXTERNAL MODULE: ./build/results/model.js
var model = __webpack_require__(81896);
// EXTERNAL MODULE: ./build/results/publish/settings.js
var publish_settings = __webpack_require__(45168);
;// CONCATENATED MODULE: ./build/stages/definitions.js
/**
 * The stage contract, written down once. Each pipeline stage is described here (its name, the inputs of its
 * action.yml, its settings reader and how the pipeline treats it); the action adapters (src/actions/), the root
 * action's pipeline and the `kdf` commands all derive from these descriptions, so a stage's inputs and defaults
 * exist in one place. No @actions imports: the CLI uses this module too.
 *
 *   action inputs ─▶ readSettings ─▶ Settings ─▶ adapter main(io) ─▶ StageOutcome + <stage>.json
 */





const SETUP_DEVSTACK = {
    name: model/* STAGE */.Ld.setupDevstack,
    inputs: [
        'profile',
        'release',
        'devstack-ref',
        'kuryr-ref',
        'dragonflow-ref',
        'git-base',
        'local-conf',
        'local-conf-file',
        'admin-password',
        'ports-pool',
        'octavia',
        'dest',
        'stack-user',
        'timeout-minutes',
        'nat',
        'cache',
        'clean',
        'force-distro',
        'allow-fork-pr',
        'dry-run',
    ],
    readSettings: (inputs) => readSetupSettings(inputs),
    stopsItself: true,
};
const TRUNK_VM = {
    name: model/* STAGE */.Ld.trunkVm,
    inputs: [
        'os-cloud',
        'clouds-yaml',
        'image',
        'image-url',
        'image-disk-format',
        'flavor',
        'network',
        'external-network',
        'port-name',
        'trunk-name',
        'server-name',
        'key-name',
        'ssh-user',
        'subports',
        'security-rules',
        'boot-timeout-minutes',
        'overcloud',
        'overcloud-profile',
        'overcloud-release',
        'overcloud-local-conf',
        'overcloud-local-conf-file',
        'overcloud-service-host',
        'overcloud-kuryr-conf',
        'overcloud-timeout-minutes',
        'admin-password',
        'devstack-dir',
        'git-base',
        'keep',
        'reuse',
    ],
    readSettings: (inputs, c) => readTrunkVmSettings(inputs, c.workspace, { beforeStack: c.beforeStack }),
};
const CONNECTIVITY = {
    name: model/* STAGE */.Ld.connectivity,
    inputs: [
        'suites',
        'kubeconfig',
        'os-cloud',
        'namespace',
        'image',
        'replicas',
        'mode',
        'filter',
        'repeat',
        'timeout-minutes',
        'results-dir',
        'external-target',
        'kuryr-conf',
    ],
    readSettings: (inputs, c) => (0,settings/* readConnectivitySettings */.js)(inputs, c.env),
};
const PUBLISH_RESULTS = {
    name: model/* STAGE */.Ld.publishResults,
    inputs: Object.values(publish_settings/* PUBLISH_INPUTS */._E),
    readSettings: (inputs) => (0,publish_settings/* readPublishSettings */.DJ)(inputs),
    reportsOnOthers: true,
};
/** Every pipeline stage's description, by name. */
const STAGE_DEFINITIONS = {
    'setup-devstack': SETUP_DEVSTACK,
    'trunk-vm': TRUNK_VM,
    connectivity: CONNECTIVITY,
    'publish-results': PUBLISH_RESULTS,
};



/***/ })

};
