/** GitHub's limits that publish-results respects (docs/github-limits.md#size-and-count-limits). */
export const GITHUB_LIMITS = {
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
} as const;
