/**
 * Typed action inputs. Values are read from an `InputSource` (the `INPUT_*` environment by default, as @actions/core
 * does) and every bad value throws a `ConfigurationError` that names the input and says what is accepted.
 */
import { DURATION_UNIT_NAMES, formatDuration, parseDuration, type DurationUnit } from './duration.js';
import { ConfigurationError } from './errors.js';

/** Where raw input values come from; `undefined` means not set. */
export type InputSource = (name: string) => string | undefined;

/** Reads `INPUT_<NAME>` from `env`, with spaces turned into `_` and upper-cased, exactly like `core.getInput`. */
export function envInputSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

/** The GitHub Actions source: `process.env['INPUT_' + name.replace(/ /g, '_').toUpperCase()]`, read at call time. */
export const actionsInputSource: InputSource = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];

/** A source backed by a plain object or map (CLI flags, tests). */
export function recordInputSource(
  values: Readonly<Record<string, string | undefined>> | ReadonlyMap<string, string>,
): InputSource {
  if (values instanceof Map) return (name) => values.get(name);
  const record = values as Readonly<Record<string, string | undefined>>;
  return (name) => (Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined);
}

/** Bounds for {@link Inputs.getIntegerInput}. */
export interface IntegerInputOptions {
  min?: number;
  max?: number;
}

/** Options for {@link Inputs.getDurationInput}. Bounds are in milliseconds. */
export interface DurationInputOptions {
  /** The unit of a bare number (default `s`). */
  bareUnit?: DurationUnit;
  min?: number;
  max?: number;
}

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/**
 * Typed getters over one `InputSource`. Values are trimmed and an empty value counts as unset; a getter given a
 * default returns it for an unset input, one without returns `undefined`.
 */
export class Inputs {
  constructor(private readonly source: InputSource = actionsInputSource) {}

  /** The trimmed value, or `undefined` when unset or empty. */
  private raw(name: string): string | undefined {
    const value = this.source(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  /** A string input that must be set. */
  getRequiredInput(name: string): string {
    const value = this.raw(name);
    if (value === undefined) throw new ConfigurationError(`Input '${name}' is required but was not supplied.`, name);
    return value;
  }

  /** A string input, trimmed; empty means unset. */
  getOptionalInput(name: string): string | undefined;
  getOptionalInput(name: string, defaultValue: string): string;
  getOptionalInput(name: string, defaultValue?: string): string | undefined {
    return this.raw(name) ?? defaultValue;
  }

  /** A strict boolean: only `true|True|TRUE|false|False|FALSE` (the YAML 1.2 core schema, as `core.getBooleanInput`). */
  getBooleanInput(name: string): boolean | undefined;
  getBooleanInput(name: string, defaultValue: boolean): boolean;
  getBooleanInput(name: string, defaultValue?: boolean): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined) return defaultValue;
    if (TRUE_VALUES.includes(value)) return true;
    if (FALSE_VALUES.includes(value)) return false;
    throw invalid(name, value, `must be a boolean: one of ${[...TRUE_VALUES, ...FALSE_VALUES].join(', ')}`);
  }

  /** One of `allowed` (exact match), typed as their literal union. */
  getEnumInput<const T extends string>(name: string, allowed: readonly T[]): T | undefined;
  getEnumInput<const T extends string>(name: string, allowed: readonly T[], defaultValue: T): T;
  getEnumInput<const T extends string>(name: string, allowed: readonly T[], defaultValue?: T): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return defaultValue;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const near = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    const hint = near === undefined ? '' : ` Did you mean '${near}'?`;
    throw invalid(name, value, `must be one of: ${allowed.join(', ')}`, hint);
  }

  /** A base-10 integer (optional sign, digits only) within `min`..`max`. */
  getIntegerInput(name: string, options?: IntegerInputOptions): number | undefined;
  getIntegerInput(name: string, options: IntegerInputOptions, defaultValue: number): number;
  getIntegerInput(name: string, options: IntegerInputOptions = {}, defaultValue?: number): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return defaultValue;
    const parsed = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
    const { min, max } = options;
    if (!Number.isSafeInteger(parsed) || (min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
      throw invalid(name, value, `must be an integer${describeRange(min, max, String)}`);
    }
    return parsed;
  }

  /**
   * A duration in milliseconds: `90s`, `15m`, `2h`, `1h30m`, `500ms`, `1d`, or a bare number in `bareUnit` (default
   * seconds), within `min`..`max` milliseconds.
   */
  getDurationInput(name: string, options?: DurationInputOptions): number | undefined;
  getDurationInput(name: string, options: DurationInputOptions, defaultValue: number): number;
  getDurationInput(name: string, options: DurationInputOptions = {}, defaultValue?: number): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return defaultValue;
    const bareUnit = options.bareUnit ?? 's';
    const parsed = parseDuration(value, bareUnit);
    const { min, max } = options;
    if (parsed === undefined || (min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
      const range = describeRange(min, max, formatDuration);
      throw invalid(
        name,
        value,
        `must be a duration${range} such as 90s, 15m, 2h, 1h30m or 500ms (a bare number means ${DURATION_UNIT_NAMES[bareUnit]})`,
      );
    }
    return parsed;
  }

  /** A list separated by newlines or commas; items are trimmed and empty ones dropped. Unset gives `[]`. */
  getListInput(name: string): string[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    return value
      .split(/[\n,]/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
}

function describeRange(min: number | undefined, max: number | undefined, show: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return ` between ${show(min)} and ${show(max)}`;
  if (min !== undefined) return ` of at least ${show(min)}`;
  if (max !== undefined) return ` of at most ${show(max)}`;
  return '';
}

function invalid(name: string, value: string, requirement: string, hint = ''): ConfigurationError {
  const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
  return new ConfigurationError(`Input '${name}' ${requirement} (got '${shown}').${hint}`, name);
}
