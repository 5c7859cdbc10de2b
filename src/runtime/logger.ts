/**
 * The logging port. The library logs only through this interface; `src/runtime/core-logger.ts` implements it with
 * @actions/core (annotations, groups, masking) and `src/runtime/console-logger.ts` for the CLI.
 */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, props?: AnnotationProperties): void;
  warning(message: string, props?: AnnotationProperties): void;
  error(message: string, props?: AnnotationProperties): void;
  /** Runs `fn` inside a collapsible group; the group line shows the elapsed time when it ends. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Opens a group that stays open until `endGroup`: for output that arrives as a stream and changes section as it
   * goes (stack.sh's phases). Groups opened this way must not overlap a `group(fn)`.
   */
  startGroup(name: string): void;
  /** Closes the group opened by `startGroup`, with its elapsed time. */
  endGroup(): void;
  /** Registers a secret: it is masked in every later log line and command output. */
  addSecret(value: string): void;
}
