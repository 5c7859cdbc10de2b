/**
 * Validates request bodies and response bodies of the Checks API against GitHub's own OpenAPI description (the
 * check-runs extract of @octokit/openapi in ./openapi/check-runs.json), with ajv, as docs/toolchain.md#openapi-schema
 * describes.
 */
import ajvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import spec from './openapi/check-runs.json' with { type: 'json' };

// ajv and ajv-formats are CommonJS; see src/results/validate.ts for why `.default ?? x`.
type AjvClass = typeof ajvModule.default;
type AddFormats = typeof formatsModule.default;
const Ajv = ((ajvModule as unknown as { default?: AjvClass }).default ?? ajvModule) as AjvClass;
const addFormats = ((formatsModule as unknown as { default?: AddFormats }).default ?? formatsModule) as AddFormats;

/** The OpenAPI operations the stub serves, as `METHOD path-template`. */
export type Operation = string;

const pointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Compiles validators lazily, once per schema location. */
export class OpenApiValidator {
  private readonly ajv: InstanceType<AjvClass>;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    this.ajv.addSchema(allowNullInNullableEnums(structuredClone(spec)), 'gh');
  }

  /** The source of the schemas (package and version), for messages. */
  static get source(): string {
    return String((spec.info as Record<string, unknown>)['x-extracted-from'] ?? 'openapi');
  }

  /** Whether the description has `method` on `template`. */
  has(method: string, template: string): boolean {
    const item = (spec.paths as Record<string, Record<string, unknown>>)[template];
    return item !== undefined && item[method.toLowerCase()] !== undefined;
  }

  private compile(ref: string): ValidateFunction {
    let fn = this.cache.get(ref);
    if (!fn) {
      fn = this.ajv.compile({ $ref: `gh#${ref}` });
      this.cache.set(ref, fn);
    }
    return fn;
  }

  /** Problems with a request body (empty when valid). */
  requestProblems(method: string, template: string, body: unknown): string[] {
    const ref = `/paths/${pointer(template)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`;
    return run(this.compile(ref), body);
  }

  /** Problems with a response body for `status` (empty when valid or when the description has no schema for it). */
  responseProblems(method: string, template: string, status: number, body: unknown): string[] {
    const op = (spec.paths as Record<string, Record<string, { responses?: Record<string, unknown> }>>)[template]?.[
      method.toLowerCase()
    ];
    const response = op?.responses?.[String(status)] as
      { content?: Record<string, unknown>; $ref?: string } | undefined;
    if (!response) return [`the description has no ${status} response for ${method} ${template}`];
    if (response.$ref || !response.content) return [];
    const ref = `/paths/${pointer(template)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    return run(this.compile(ref), body);
  }
}

/**
 * OpenAPI 3.0 `nullable: true` next to an `enum` that lacks `null`: GitHub's description uses it for fields the real
 * API returns as null (a check run's `conclusion` while it is in progress), so null is added to such enums. Ajv
 * would otherwise reject GitHub's own responses.
 */
function allowNullInNullableEnums<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(allowNullInNullableEnums);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) o.enum = [...o.enum, null];
    Object.values(o).forEach(allowNullInNullableEnums);
  }
  return node;
}

function run(fn: ValidateFunction, value: unknown): string[] {
  if (fn(value)) return [];
  return (fn.errors ?? []).map(describe);
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const extra = e.keyword === 'enum' ? `: ${(p.allowedValues as unknown[]).join(', ')}` : '';
  return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra}`;
}
