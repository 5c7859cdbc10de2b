/**
 * Annotations through workflow commands (`::error file=…,line=…::…`), for runs whose token cannot write checks.
 * GitHub shows at most 10 errors and 10 warnings (and 10 notices) per step, so only that many are emitted; the job
 * summary lists the rest.
 */
import type { Logger } from '../../runtime/logger.js';
import type { AnnotationEntry } from './annotations.js';
import { GITHUB_LIMITS } from './limits.js';
import { truncateUtf8 } from './utf8.js';

/** Emits up to the per-step limit of each level; returns how many were emitted and how many were not. */
export function emitWorkflowAnnotations(
  entries: readonly AnnotationEntry[],
  logger: Logger,
  perLevel: number = GITHUB_LIMITS.workflowAnnotationsPerLevel,
): { emitted: number; skipped: number } {
  const used = { failure: 0, warning: 0, notice: 0 };
  let emitted = 0;
  for (const e of entries) {
    const a = e.annotation;
    const level = a.annotation_level;
    if (used[level] >= perLevel) continue;
    used[level]++;
    emitted++;
    const props = {
      title: a.title,
      ...(e.fallbackPath ? {} : { file: a.path, startLine: a.start_line, endLine: a.end_line }),
    };
    // A workflow command is one log line; keep it readable (the summary has the full text).
    const message = truncateUtf8(a.message, 4096);
    if (level === 'failure') logger.error(message, props);
    else if (level === 'warning') logger.warning(message, props);
    else logger.notice(message, props);
  }
  return { emitted, skipped: entries.length - emitted };
}
