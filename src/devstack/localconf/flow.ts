/**
 * Bash control flow in localrc, as far as DevStack's reading needs it (docs/local-conf.md#how-localrc-is-read): which
 * commands sit in which branch of an `if`/`elif`/`else` or `case`, in a loop body, in a function body (maybe never
 * called) or after `&&`/`||`, so that a rule can ask whether two commands can run on one path. Also a cheap detection
 * of the structural syntax errors bash reports (a stray `fi`, an `if` never closed), and for every statement the line
 * where its top-level command starts: bash parses and runs localrc one top-level command at a time, so a syntax error
 * kills that whole command and everything after it.
 */
import type { ShellWord } from './bash-words.js';
import type { LocalrcStatement } from './model.js';
import { commandToStatement } from './parse.js';

/** A command, or a choice between alternative branches (an empty branch = none of them runs). */
export type FlowItem = { st: LocalrcStatement } | { choice: FlowItem[][] };

/** Where one command sits: the branch it takes in every enclosing choice. */
export interface StatementFlow {
  frames: { id: number; branch: number }[];
  /** Inside a function body: runs only if the function is called (later). */
  inFunction: boolean;
  /** Line where the top-level command containing this command starts. */
  top: number;
}

export interface LocalrcFlow {
  /** The commands in order, keywords (`if`, `then`, `fi`, …) split off and dropped. */
  commands: LocalrcStatement[];
  /** The commands as a tree of sequences and choices. */
  tree: FlowItem[];
  info: Map<LocalrcStatement, StatementFlow>;
  /** Every statement line span (comments and blank lines too) with its top-level start. */
  spans: { line: number; endLine: number; top: number }[];
  /** Functions the localrc defines, with the line of their definition. */
  functions: Map<string, number>;
  /** The first syntax error found without bash (unterminated quote, stray or missing keyword), if any. */
  syntaxError?: { line: number; message: string };
}

/** Reserved words that may be followed by a command on the same line. */
const PREFIX_KEYWORDS = new Set(['then', 'else', 'do', '{', '!', 'if', 'elif', 'while', 'until']);
const CLOSERS = new Set(['fi', 'done', 'esac', '}']);
const FN_HEAD = /^[A-Za-z_][\w:.-]*\(\)$/;
const REDIRECT = /^(?:\d*[<>]+|&>)$/;

interface Open {
  kind: 'if' | 'case' | 'loop' | 'fn' | 'group';
  id: number;
  line: number;
  pre: FlowItem[];
  branches: FlowItem[][] | undefined;
  closer: string;
  hasDefault: boolean;
  expectPattern: boolean;
  /** A function waiting for its `{`. */
  awaitingBody?: boolean;
}

/** A keyword, a function definition or a command, with the separator that follows it. */
type Node = { kw: string; name?: string; st: LocalrcStatement } | { st: LocalrcStatement; cond: boolean };

/** Splits reserved words (and a function head) off the front of one command. */
function splitKeywords(st: LocalrcStatement, cond: boolean, out: Node[]): void {
  const words: ShellWord[] = st.commandWord ? [st.commandWord, ...(st.args ?? [])] : [];
  let k = 0;
  const kwAt = (i: number): string | undefined => {
    const w = words[i];
    return w?.literal !== undefined && w.raw === w.literal ? w.literal : undefined;
  };
  while (k < words.length) {
    const kw = kwAt(k);
    if (kw === 'function' && words[k + 1]) {
      const name = (words[k + 1] as ShellWord).raw.replace(/\(\)$/, '');
      out.push({ kw: 'function', name, st });
      k += words[k + 2]?.raw === '()' ? 3 : 2;
      continue;
    }
    if (kw && FN_HEAD.test(kw.replace(/\{$/, ''))) {
      // `f()` or `f(){` (the brace glued on)
      const glued = kw.endsWith('{');
      out.push({ kw: 'function', name: kw.replace(/\(\)\{?$/, ''), st });
      if (glued) out.push({ kw: '{', st });
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
    out.push({ st: commandToStatement(rest, { raw, line, endLine, errors, comment }), cond: false });
  }
}

/** The nodes of one statement (all its `;`/`&&`-joined commands), in order. */
function statementNodes(st: LocalrcStatement): Node[] {
  const out: Node[] = [];
  const ops = st.ops ?? [];
  const pushOps = (before: number): void => {
    for (const o of ops) if (o.before === before && o.op.startsWith(';;')) out.push({ kw: ';;', st });
  };
  pushOps(0);
  if (st.kind === 'blank' || st.kind === 'comment') return out;
  [st, ...(st.more ?? [])].forEach((c, i) => {
    const prev = ops.find((o) => o.before === i)?.op;
    splitKeywords(c, prev === '&&' || prev === '||', out);
    pushOps(i + 1);
  });
  return out;
}

/** Builds the flow tree of localrc statements (not flattened: `more` is read from each). */
export class FlowBuilder {
  private readonly root: FlowItem[] = [];
  private readonly stack: Open[] = [];
  private nextId = 0;
  readonly result: LocalrcFlow;

  constructor() {
    this.result = { commands: [], tree: this.root, info: new Map(), spans: [], functions: new Map() };
  }

  private error(line: number, message: string): void {
    this.result.syntaxError ??= { line, message };
  }

  private target(): FlowItem[] {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const o = this.stack[i] as Open;
      if (o.kind === 'group') continue;
      if (o.branches) return o.branches.at(-1) as FlowItem[];
      return o.pre;
    }
    return this.root;
  }

  private topLine(line: number): number {
    return this.stack[0]?.line ?? line;
  }

  private open(kind: Open['kind'], line: number, closer: string): Open {
    const o: Open = {
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

  private close(o: Open): void {
    this.stack.pop();
    const dest = this.target();
    if (o.kind === 'group') return;
    const branches = o.branches ?? [];
    if (!o.hasDefault) branches.push([]);
    dest.push(...o.pre, { choice: branches });
  }

  private place(st: LocalrcStatement, cond: boolean): void {
    const frames: StatementFlow['frames'] = [];
    let inFunction = false;
    for (const o of this.stack) {
      if (o.kind === 'fn') inFunction = true;
      if (o.branches) frames.push({ id: o.id, branch: o.branches.length - 1 });
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

  private keyword(kw: string, st: LocalrcStatement, name?: string): void {
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
        if (name) this.result.functions.set(name, st.line);
        this.open('fn', st.line, '}').awaitingBody = true;
        return;
      }
      case '{':
        if (top?.kind === 'fn' && top.awaitingBody) {
          top.awaitingBody = false;
          top.branches = [[]];
        } else this.open('group', st.line, '}');
        return;
      case '{?':
        this.open('loop', st.line, '}').branches = [[]];
        return;
      case '!':
        return;
      case 'then':
      case 'elif':
      case 'else':
        if (top?.kind !== 'if') return this.error(st.line, `syntax error near unexpected token \`${kw}'`);
        if (kw === 'else') top.hasDefault = true;
        if (kw !== 'then' || !top.branches) (top.branches ??= []).push([]);
        return;
      case 'do':
        if (top?.kind !== 'loop') return this.error(st.line, "syntax error near unexpected token `do'");
        top.branches ??= [[]];
        return;
      case ';;':
        if (top?.kind !== 'case') return this.error(st.line, "syntax error near unexpected token `;;'");
        top.expectPattern = true;
        return;
      default:
        if (!top || top.closer !== kw) return this.error(st.line, `syntax error near unexpected token \`${kw}'`);
        this.close(top);
    }
  }

  /** `for …` and `case … in` carry their words as arguments; handle them before the generic keyword split. */
  private special(node: Node): boolean {
    if ('kw' in node) return false;
    const { st } = node;
    if (st.kind !== 'call') return false;
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
      if (k >= 0 && k + 1 < args.length) this.feed({ st: this.rest(st, args.slice(k + 1)), cond: false });
      return true;
    }
    const top = this.stack.at(-1);
    if (top?.kind === 'case' && top.expectPattern) {
      if (st.command === 'esac') return false;
      const words = [st.commandWord, ...(st.args ?? [])].filter((w): w is ShellWord => w !== undefined);
      const k = words.findIndex((w) => w.raw.endsWith(')') && !w.raw.startsWith('$('));
      if (k < 0) return true; // part of an `a|b)` pattern
      if (words.slice(0, k + 1).some((w) => /^\(?\*\)$/.test(w.raw))) top.hasDefault = true;
      (top.branches ??= []).push([]);
      top.expectPattern = false;
      const rest = words.slice(k + 1);
      if (rest.length) this.feed({ st: this.rest(st, rest), cond: false });
      return true;
    }
    return false;
  }

  /** A command made of some of `st`'s words (same text and lines). */
  private rest(st: LocalrcStatement, words: ShellWord[]): LocalrcStatement {
    const { raw, line, endLine, errors, comment } = st;
    return commandToStatement(words, { raw, line, endLine, errors, comment });
  }

  private feed(node: Node): void {
    if (this.special(node)) return;
    if ('kw' in node) return this.keyword(node.kw, node.st, node.name);
    const nodes: Node[] = [];
    splitKeywords(node.st, node.cond, nodes);
    const only = nodes[0];
    if (nodes.length === 1 && only && !('kw' in only) && only.st === node.st) {
      // `NAME=<value>`: `<`/`>` at the end of a line has no file name (bash: unexpected token `newline').
      const last = (node.st.args ?? []).at(-1);
      if (last && REDIRECT.test(last.raw)) this.error(node.st.line, "syntax error near unexpected token `newline'");
      // A `)` word outside a case pattern closes nothing.
      if ([node.st.commandWord, ...(node.st.args ?? [])].some((w) => w?.raw === ')'))
        this.error(node.st.line, "syntax error near unexpected token `)'");
      return this.place(node.st, node.cond);
    }
    for (const n of nodes) this.feed(n);
  }

  /** Adds one (unflattened) localrc statement. */
  add(st: LocalrcStatement): void {
    this.result.spans.push({ line: st.line, endLine: st.endLine, top: this.topLine(st.line) });
    if (st.errors.length) this.error(st.line, st.errors[0] as string);
    for (const n of statementNodes(st)) this.feed(n);
  }

  /** Closes what is still open (bash: `unexpected end of file`) and returns the flow. */
  finish(lastLine: number): LocalrcFlow {
    if (this.stack.length) this.error(lastLine + 1, 'syntax error: unexpected end of file');
    while (this.stack.length) this.close(this.stack.at(-1) as Open);
    return this.result;
  }
}

/** The flow of localrc statements (every `[[local|localrc]]` block, in order). */
export function buildFlow(statements: readonly LocalrcStatement[]): LocalrcFlow {
  const b = new FlowBuilder();
  for (const st of statements) b.add(st);
  return b.finish(statements.at(-1)?.endLine ?? 0);
}

/**
 * The first line that never runs when bash reports a syntax error at `errorLine`: the start of the top-level command
 * that contains it (or of the last one, for an error at the end of the file).
 */
export function deadFrom(flow: LocalrcFlow, errorLine: number): number | undefined {
  const hit = flow.spans.find((s) => errorLine >= s.line && errorLine <= s.endLine);
  if (hit) return hit.top;
  const last = flow.spans.at(-1);
  if (last && errorLine > last.endLine) return last.top;
  const next = flow.spans.find((s) => s.line > errorLine);
  return next ? Math.min(next.top, errorLine) : undefined;
}

/** True when both commands can run on one path: no enclosing choice puts them in different branches. */
export function samePath(flow: LocalrcFlow, x: LocalrcStatement, y: LocalrcStatement): boolean {
  const fx = flow.info.get(x)?.frames ?? [];
  const fy = flow.info.get(y)?.frames ?? [];
  return fx.every((f) => fy.every((g) => g.id !== f.id || g.branch === f.branch));
}
