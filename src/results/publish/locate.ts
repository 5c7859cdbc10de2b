/**
 * Where a result points in the repository. Paths in results files come in every shape: repository-relative
 * (pytest `file`), relative to a runner's root directory (jest-junit), absolute on this runner, or absolute on another
 * machine (a DevStack VM running tempest). GitHub wants repository-relative paths with forward slashes; this module
 * maps what it can and says what it could not.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

/** A location resolved against the repository. */
export interface RepoLocation {
  /** Repository-relative path with forward slashes, when the file is in the repository. */
  path?: string;
  line?: number;
  endLine?: number;
  /** The original path when it lies outside the repository (kept for the summary). */
  outside?: string;
}

/** Options of {@link Locator}. */
export interface LocatorOptions {
  /** Repository root (GITHUB_WORKSPACE). */
  root: string;
  /** Whether a repository-relative path exists (default: the file system). Injected by tests. */
  exists?: (repoRelativePath: string) => boolean;
}

/** Path fragments that are never the code under test. */
const FOREIGN = /(^|\/)(node_modules|site-packages|dist-packages|\.pnpm|lib\/python\d[^/]*|internal)\//;

interface Frame {
  file: string;
  line: number;
}

/** Stack frames in `text`, in the order they appear, for JS, Python, pytest, Go and generic `file:line:` styles. */
export function stackFrames(text: string): { frames: Frame[]; innermostLast: boolean } {
  const frames: Frame[] = [];
  let python = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    let m = /^File "([^"]+)", line (\d+)/.exec(line);
    if (m) python = true;
    m ??= /^at (?:.*? \()?((?:[A-Za-z]:)?[^\s()]+?):(\d+):\d+\)?$/.exec(line);
    m ??= /^([^\s:"'()]+\.[A-Za-z0-9]+):(\d+):(?: |$)/.exec(line);
    if (m?.[1] && m[2]) {
      if (/^(node:|<anonymous>|internal\/)/.test(m[1])) continue;
      if (line.includes('.py:')) python = true;
      frames.push({ file: m[1], line: Number(m[2]) });
    }
  }
  return { frames, innermostLast: python };
}

/** Maps paths and stack traces of results onto the repository. */
export class Locator {
  private readonly root: string;
  private readonly exists: (p: string) => boolean;
  private readonly existsCache = new Map<string, boolean>();

  constructor(options: LocatorOptions) {
    this.root = resolve(options.root);
    const exists = options.exists ?? ((p: string) => existsSync(join(this.root, p)));
    this.exists = (p) => {
      let v = this.existsCache.get(p);
      if (v === undefined) {
        v = exists(p);
        if (this.existsCache.size < 10_000) this.existsCache.set(p, v);
      }
      return v;
    };
  }

  /**
   * The repository-relative form of `file`, or `undefined` when it is outside. Relative paths are tried against the
   * repository root, then against `baseDir` (the results file's folder); absolute paths from another machine are
   * matched by their longest suffix (at least two components) that exists in the repository.
   */
  toRepoPath(file: string, baseDir?: string): string | undefined {
    const f = file.replace(/\\/g, '/').replace(/^file:\/\//, '');
    if (f === '' || f.includes('\0')) return undefined;
    if (!isAbsolute(f) && !/^[A-Za-z]:\//.test(f)) {
      const norm = posix.normalize(f);
      if (!norm.startsWith('../') && norm !== '..') {
        if (!baseDir || this.exists(norm)) return norm;
        const viaBase = this.inside(resolve(baseDir, norm));
        if (viaBase !== undefined && this.exists(viaBase)) return viaBase;
        return norm;
      }
      return baseDir ? this.inside(resolve(baseDir, norm)) : undefined;
    }
    const direct = this.inside(f);
    if (direct !== undefined) return direct;
    const parts = f.split('/').filter((p) => p !== '');
    for (let i = 1; i <= parts.length - 2; i++) {
      const suffix = parts.slice(i).join('/');
      if (this.exists(suffix)) return suffix;
    }
    return undefined;
  }

  private inside(abs: string): string | undefined {
    const rel = relative(this.root, resolve(abs));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  }

  /**
   * Resolves a case's location. With a file, a stack frame in that file refines the line (the failing assertion
   * beats the test's first line); without one, the first in-repository frame of the details (innermost for Python)
   * is used.
   */
  locate(
    location: { file: string; line?: number; endLine?: number } | undefined,
    details: string | undefined,
    baseDir?: string,
  ): RepoLocation {
    const { frames, innermostLast } = details ? stackFrames(details) : { frames: [], innermostLast: false };
    const ordered = innermostLast ? [...frames].reverse() : frames;
    if (location) {
      const path = this.toRepoPath(location.file, baseDir);
      if (path === undefined) {
        const frame = this.firstInRepo(ordered, baseDir);
        if (frame) return { ...frame, outside: location.file };
        return { outside: location.file, ...(location.line ? { line: location.line } : {}) };
      }
      const own = ordered.find((fr) => {
        const p = fr.file.replace(/\\/g, '/');
        return p === path || p.endsWith(`/${path}`) || this.toRepoPath(p, baseDir) === path;
      });
      if (own) return { path, line: own.line };
      const out: RepoLocation = { path };
      if (location.line !== undefined) out.line = location.line;
      if (location.endLine !== undefined) out.endLine = location.endLine;
      return out;
    }
    return this.firstInRepo(ordered, baseDir) ?? {};
  }

  private firstInRepo(frames: Frame[], baseDir?: string): { path: string; line: number } | undefined {
    for (const fr of frames) {
      const norm = fr.file.replace(/\\/g, '/');
      if (FOREIGN.test(norm)) continue;
      const path = this.toRepoPath(norm, baseDir);
      if (path !== undefined && !FOREIGN.test(path) && this.exists(path)) return { path, line: fr.line };
    }
    return undefined;
  }
}
