/**
 * The slice of @actions/core the runtime uses, as an interface: the real module satisfies it, and tests inject a fake
 * instead of mocking an ESM module.
 */
import * as core from '@actions/core';

/** Annotation properties as @actions/core takes them. */
export type CoreAnnotationProperties = core.AnnotationProperties;

/** The @actions/core functions the runtime calls. */
export interface ActionsCore {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string | Error, properties?: CoreAnnotationProperties): void;
  warning(message: string | Error, properties?: CoreAnnotationProperties): void;
  error(message: string | Error, properties?: CoreAnnotationProperties): void;
  startGroup(name: string): void;
  endGroup(): void;
  setSecret(secret: string): void;
  setFailed(message: string | Error): void;
}

/** The real @actions/core module. */
export const actionsCore: ActionsCore = core;
