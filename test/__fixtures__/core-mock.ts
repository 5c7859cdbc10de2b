/**
 * A typed stand-in for @actions/core: one `jest.fn()` per function the project uses, plus a small chainable summary
 * that records what was written. Use it with `jest.unstable_mockModule('@actions/core', () => core)` before
 * `await import(...)` of the module under test, or inject it where a module takes an `ActionsCore`.
 */
import { jest } from '@jest/globals';
import type * as Core from '@actions/core';

type SummaryTableRows = Parameters<typeof Core.summary.addTable>[0];

/** The text-building part of `core.summary`, recorded in `buffer`; `write()` appends it to `written`. */
export interface SummaryMock {
  buffer: string;
  written: string[];
  addRaw: jest.Mock<(text: string, addEOL?: boolean) => SummaryMock>;
  addEOL: jest.Mock<() => SummaryMock>;
  addHeading: jest.Mock<(text: string, level?: number | string) => SummaryMock>;
  addCodeBlock: jest.Mock<(code: string, lang?: string) => SummaryMock>;
  addList: jest.Mock<(items: string[], ordered?: boolean) => SummaryMock>;
  addTable: jest.Mock<(rows: SummaryTableRows) => SummaryMock>;
  addDetails: jest.Mock<(label: string, content: string) => SummaryMock>;
  addLink: jest.Mock<(text: string, href: string) => SummaryMock>;
  addQuote: jest.Mock<(text: string, cite?: string) => SummaryMock>;
  addSeparator: jest.Mock<() => SummaryMock>;
  addBreak: jest.Mock<() => SummaryMock>;
  stringify: jest.Mock<() => string>;
  isEmptyBuffer: jest.Mock<() => boolean>;
  emptyBuffer: jest.Mock<() => SummaryMock>;
  write: jest.Mock<(options?: { overwrite?: boolean }) => Promise<SummaryMock>>;
  clear: jest.Mock<() => Promise<SummaryMock>>;
}

function createSummaryMock(): SummaryMock {
  const s = { buffer: '', written: [] as string[] } as SummaryMock;
  const append = (text: string): SummaryMock => {
    s.buffer += text;
    return s;
  };
  s.addRaw = jest.fn((text: string, addEOL?: boolean) => append(addEOL ? `${text}\n` : text));
  s.addEOL = jest.fn(() => append('\n'));
  s.addHeading = jest.fn((text: string, level?: number | string) =>
    append(`<h${level ?? 1}>${text}</h${level ?? 1}>\n`),
  );
  s.addCodeBlock = jest.fn((code: string) => append(`<pre><code>${code}</code></pre>\n`));
  s.addList = jest.fn((items: string[], ordered?: boolean) => {
    const tag = ordered ? 'ol' : 'ul';
    return append(`<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>\n`);
  });
  s.addTable = jest.fn((rows: SummaryTableRows) => append(`<table>${JSON.stringify(rows)}</table>\n`));
  s.addDetails = jest.fn((label: string, content: string) =>
    append(`<details><summary>${label}</summary>${content}</details>\n`),
  );
  s.addLink = jest.fn((text: string, href: string) => append(`<a href="${href}">${text}</a>\n`));
  s.addQuote = jest.fn((text: string) => append(`<blockquote>${text}</blockquote>\n`));
  s.addSeparator = jest.fn(() => append('<hr>\n'));
  s.addBreak = jest.fn(() => append('<br>\n'));
  s.stringify = jest.fn(() => s.buffer);
  s.isEmptyBuffer = jest.fn(() => s.buffer.length === 0);
  s.emptyBuffer = jest.fn(() => {
    s.buffer = '';
    return s;
  });
  s.write = jest.fn(async (options?: { overwrite?: boolean }) => {
    if (options?.overwrite) s.written.length = 0;
    s.written.push(s.buffer);
    s.buffer = '';
    return s;
  });
  s.clear = jest.fn(async () => {
    s.buffer = '';
    s.written.length = 0;
    return s;
  });
  return s;
}

/** A fresh set of @actions/core mocks. `group` runs its callback between `startGroup` and `endGroup`, like the real one. */
export function createCoreMock() {
  const mock = {
    getInput: jest.fn<typeof Core.getInput>(() => ''),
    getBooleanInput: jest.fn<typeof Core.getBooleanInput>(() => false),
    getMultilineInput: jest.fn<typeof Core.getMultilineInput>(() => []),
    setOutput: jest.fn<typeof Core.setOutput>(),
    exportVariable: jest.fn<typeof Core.exportVariable>(),
    addPath: jest.fn<typeof Core.addPath>(),
    setSecret: jest.fn<typeof Core.setSecret>(),
    setFailed: jest.fn<typeof Core.setFailed>(),
    setCommandEcho: jest.fn<typeof Core.setCommandEcho>(),
    isDebug: jest.fn<typeof Core.isDebug>(() => false),
    debug: jest.fn<typeof Core.debug>(),
    info: jest.fn<typeof Core.info>(),
    notice: jest.fn<typeof Core.notice>(),
    warning: jest.fn<typeof Core.warning>(),
    error: jest.fn<typeof Core.error>(),
    startGroup: jest.fn<typeof Core.startGroup>(),
    endGroup: jest.fn<typeof Core.endGroup>(),
    group: jest.fn(async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      mock.startGroup(name);
      try {
        return await fn();
      } finally {
        mock.endGroup();
      }
    }),
    saveState: jest.fn<typeof Core.saveState>(),
    getState: jest.fn<typeof Core.getState>(() => ''),
    getIDToken: jest.fn<typeof Core.getIDToken>(async () => ''),
    toPosixPath: jest.fn<typeof Core.toPosixPath>((p) => p.replace(/\\/g, '/')),
    toWin32Path: jest.fn<typeof Core.toWin32Path>((p) => p.replace(/\//g, '\\')),
    toPlatformPath: jest.fn<typeof Core.toPlatformPath>((p) => p),
    summary: createSummaryMock(),
  };
  return mock;
}

/** The type of {@link createCoreMock}'s result. */
export type CoreMock = ReturnType<typeof createCoreMock>;
