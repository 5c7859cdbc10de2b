/**
 * The Octokit client publish-results uses: @octokit/rest with the retry and throttling plugins.
 *
 * - Reads are retried by plugin-retry on 5xx (safe: they are idempotent).
 * - Writes are never retried blindly (`request.retries: 0`): the sender checks what the server applied first, because
 *   a 502 may hide a write that happened.
 * - Secondary rate limits (403/429 "secondary rate limit") and primary ones are handled by plugin-throttling, whose
 *   waits go through the injected clock so `retry-after` is honoured and testable; the plugin's own write limiter is
 *   replaced by the sender's {@link WritePacer}, the single place that spaces writes.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../../runtime/logger.js';
import type { Clock } from './pacer.js';

/** The Octokit class with both plugins. */
export const PublishOctokit = Octokit.plugin(retry, throttling);
/** An instance of {@link PublishOctokit}. */
export type PublishOctokitClient = InstanceType<typeof PublishOctokit>;

/** Options of {@link createOctokit}. */
export interface CreateOctokitOptions {
  token: string;
  /** API base, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3` (GITHUB_API_URL). */
  baseUrl: string;
  clock: Clock;
  logger?: Logger;
  userAgent?: string;
  /** How many times a rate-limited request is retried (default 5). */
  rateLimitRetries?: number;
  /** Retries of a failed read (default 3). */
  readRetries?: number;
  /** Base of plugin-retry's quadratic backoff for reads, in milliseconds (default 1000). */
  readRetryBaseMs?: number;
  /** Longest primary-rate-limit wait accepted before giving up, in seconds (default 900). */
  maxRateLimitWaitSeconds?: number;
  /** `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
}

type ThrottleOptions = NonNullable<NonNullable<ConstructorParameters<typeof PublishOctokit>[0]>['throttle']>;
type LimiterGroup = NonNullable<ThrottleOptions['write']>;

/** A Bottleneck group stand-in that runs jobs at once: pacing is the WritePacer's job. */
const passThroughGroup = {
  key: () => ({
    schedule: <T>(optionsOrFn: unknown, ...rest: unknown[]): Promise<T> => {
      const fn = (typeof optionsOrFn === 'function' ? optionsOrFn : rest.shift()) as (...a: unknown[]) => Promise<T>;
      return fn(...rest);
    },
  }),
};

/** Builds the client. */
export function createOctokit(options: CreateOctokitOptions): PublishOctokitClient {
  const rateLimitRetries = options.rateLimitRetries ?? 5;
  const maxWait = options.maxRateLimitWaitSeconds ?? 900;
  const log = options.logger;
  const wait = async (seconds: number): Promise<void> => options.clock.sleep(Math.max(1, seconds) * 1000);
  return new PublishOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'kuryr-dragonflow-actions/publish-results',
    request: options.fetch ? { fetch: options.fetch } : {},
    // Octokit's own request log goes to debug: the sender reports failures itself, once, with what it did about
    // them (an `error` here would become an error annotation for a 502 that was recovered).
    log: {
      debug: (m: string) => log?.debug(m),
      info: (m: string) => log?.debug(m),
      warn: (m: string) => log?.debug(m),
      error: (m: string) => log?.debug(m),
    },
    retry: { retries: options.readRetries ?? 3, retryAfterBaseValue: options.readRetryBaseMs ?? 1000 },
    throttle: {
      // The plugin multiplies retry-after by this before its own wait; we already waited through the clock.
      retryAfterBaseValue: 0,
      // Only `key(id).schedule(...)` is used by the plugin; the rest of Bottleneck's Group API is not needed.
      write: passThroughGroup as unknown as LimiterGroup,
      notifications: passThroughGroup as unknown as LimiterGroup,
      onSecondaryRateLimit: async (
        retryAfter: number,
        o: { method: string; url: string },
        _k: unknown,
        retryCount: number,
      ) => {
        log?.warning(`Secondary rate limit on ${o.method} ${o.url}: waiting ${retryAfter}s (retry ${retryCount + 1}).`);
        if (retryCount >= rateLimitRetries) return false;
        await wait(retryAfter);
        return true;
      },
      onRateLimit: async (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) => {
        log?.warning(`Rate limit on ${o.method} ${o.url}: resets in ${retryAfter}s.`);
        if (retryCount >= rateLimitRetries || retryAfter > maxWait) return false;
        await wait(retryAfter);
        return true;
      },
    },
  });
}
