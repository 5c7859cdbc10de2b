export const id = 864;
export const ids = [864];
export const modules = {

/***/ 7864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   Xe: () => (/* binding */ registerConnectivitySections),
/* harmony export */   bC: () => (/* binding */ ConnectivityEvidence),
/* harmony export */   y_: () => (/* binding */ renderLoadBalancers)
/* harmony export */ });
/* unused harmony export connectivitySections */
/* harmony import */ var _results_publish_summary_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
/* harmony import */ var _results_publish_summary_matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9117);
/* harmony import */ var _results_publish_summary_renderer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7615);
/* harmony import */ var _results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7858);




/** A table cell: escaped, on one line (names and pods come from the suite, legs from the results). */
const esc = _results_publish_summary_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn;
/** Markdown of the reachability matrix: one row per source, one column per target, `✅`/`❌` with what was observed. */
function renderMatrix(cells, maxBytes) {
    if (cells.length === 0)
        return '';
    const head = '#### Reachability (expected vs observed)';
    const groups = new Map();
    // one table per leg and protocol: pods of different legs never meet in one table
    for (const c of cells) {
        const key = c.leg === undefined ? c.protocol : `${c.leg} · ${c.protocol}`;
        groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const parts = [head];
    for (const [title, list] of groups) {
        const rows = [...new Set(list.map((c) => c.from))].sort();
        const cols = [...new Set(list.map((c) => c.to))].sort();
        parts.push(`\n**${esc(title)}**\n`);
        parts.push(`| from \\ to | ${cols.map(esc).join(' | ')} |`, `| --- |${cols.map(() => ' :-: |').join('')}`);
        for (const r of rows) {
            const cellsOf = cols.map((col) => {
                const c = list.find((x) => x.from === r && x.to === col);
                if (!c)
                    return '·';
                return c.passed ? '✅' : `❌ ${esc(c.observed)} (want ${esc(c.expected)})`;
            });
            parts.push(`| ${esc(r)} | ${cellsOf.join(' | ')} |`);
        }
    }
    const text = parts.join('\n');
    if ((0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Length */ .wI)(text) <= maxBytes)
        return text;
    const failed = cells.filter((c) => !c.passed);
    const short = [
        head,
        '',
        `${cells.length - failed.length}/${cells.length} pairs as expected. Failing pairs:`,
        ...failed.map((c) => `- ${c.leg === undefined ? '' : `${esc(c.leg)}: `}${esc(c.from)} → ${esc(c.to)} (${esc(c.protocol)}): ${esc(c.observed)}, want ${esc(c.expected)}`),
    ].join('\n');
    return (0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateUtf8 */ .Ck)(short, maxBytes);
}
/** Markdown of the load-balancer table. */
function renderLoadBalancers(rows, maxBytes) {
    if (rows.length === 0)
        return '';
    const legs = rows.some((r) => r.leg !== undefined);
    const lines = [
        '#### Load balancers',
        '',
        `|${legs ? ' leg |' : ''} load balancer | VIP | provisioning | operating | listeners | members | converged in |`,
        `|${legs ? ' --- |' : ''} --- | --- | --- | --- | --- | --- | --- |`,
        ...rows.map((r) => `|${legs ? ` ${esc(r.leg ?? '')} |` : ''} ${esc(r.name)} | ${esc(r.vip)} | ${esc(r.provisioning)} | ${esc(r.operating)} | ${r.listeners.map(esc).join('<br>')} | ${r.members}${r.expectedMembers === undefined ? '' : `/${r.expectedMembers}`} | ${r.convergenceMs === undefined ? '' : `${(r.convergenceMs / 1000).toFixed(1)} s`} |`),
    ];
    return (0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateUtf8 */ .Ck)(lines.join('\n'), maxBytes);
}
/** Collects the cells and rows from cases (what the observers do while results stream in). */
class ConnectivityEvidence {
    cells = [];
    loadBalancers = [];
    /** Takes the `reachability` and `loadbalancer` evidence of one case, observed in `leg` if given. */
    observe(c, leg) {
        const tag = (x) => (leg === undefined ? x : { ...x, leg });
        for (const e of c.evidence ?? []) {
            if (e.kind === 'reachability' && Array.isArray(e.data)) {
                this.cells.push(...e.data.map(tag));
            }
            if (e.kind === 'loadbalancer' && e.data !== null && typeof e.data === 'object') {
                this.loadBalancers.push(tag(e.data));
            }
        }
    }
}
/** The two sections, sharing one observer state. */
function connectivitySections() {
    const seen = new ConnectivityEvidence();
    return [
        {
            id: 'connectivity-reachability',
            order: 25,
            observer: { observe: (c, file) => seen.observe(c, (0,_results_publish_summary_matrix_js__WEBPACK_IMPORTED_MODULE_0__/* .legOf */ .Y)(file)) },
            minimal: () => {
                const failed = seen.cells.filter((c) => !c.passed).length;
                return seen.cells.length === 0
                    ? ''
                    : `#### Reachability\n${seen.cells.length - failed}/${seen.cells.length} pairs as expected`;
            },
            render: (_ctx, max) => renderMatrix(seen.cells, max),
        },
        {
            id: 'connectivity-loadbalancers',
            order: 26,
            minimal: () => seen.loadBalancers.length === 0 ? '' : `#### Load balancers\n${seen.loadBalancers.length} checked`,
            render: (_ctx, max) => renderLoadBalancers(seen.loadBalancers, max),
        },
    ];
}
/** Registers the sections with publish-results (idempotent; call once at start-up of the publish action/CLI). */
function registerConnectivitySections() {
    // One factory per section id; each publish run gets fresh instances sharing one evidence collector.
    let pair;
    const fresh = (i) => () => {
        if (i === 0 || pair === undefined)
            pair = connectivitySections();
        return pair[i];
    };
    (0,_results_publish_summary_renderer_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSummarySection */ .xX)('connectivity-reachability', fresh(0));
    (0,_results_publish_summary_renderer_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSummarySection */ .xX)('connectivity-loadbalancers', fresh(1));
}


/***/ }),

/***/ 2005:
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

/***/ 9117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ matrixSection),
/* harmony export */   Y: () => (/* binding */ legOf)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);

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

/***/ 7615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ SummaryRenderer),
/* harmony export */   fQ: () => (/* binding */ registeredSummarySections),
/* harmony export */   xX: () => (/* binding */ registerSummarySection)
/* harmony export */ });
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7858);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);


const registry = new Map();
/**
 * Registers a section factory that every publish run adds to its summary (called once per run, so sections may keep
 * per-run state in their observer). A factory with the id of an earlier one replaces it.
 */
function registerSummarySection(id, factory) {
    registry.set(id, factory);
}
/** Fresh instances of the registered sections. */
function registeredSummarySections() {
    return [...registry.values()].map((f) => f());
}
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
        const sizeOf = (t) => (t === '' ? 0 : (0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(t) + SEP.length);
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
            if (budget > (0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(min)) {
                try {
                    text = s.render(ctx, budget);
                }
                catch (err) {
                    text = `_The ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(s.id)} section failed to render: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(err instanceof Error ? err.message : String(err))}_`;
                }
                if ((0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(text) > budget)
                    text = min;
            }
            rendered.set(s.id, text);
            remaining -= sizeOf(text);
        }
        const out = ordered
            .map((s) => rendered.get(s.id) ?? '')
            .filter((t) => t !== '')
            .join(SEP);
        return (0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateUtf8 */ .Ck)(out + '\n', maxBytes);
    }
}


/***/ }),

/***/ 7858:
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


/***/ })

};
