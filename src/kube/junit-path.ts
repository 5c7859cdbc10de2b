/** Where the connectivity JUnit file goes inside the results directory. */
import { join } from 'node:path';

/** `<results-dir>/connectivity-junit.xml`. */
export function junitOf(resultsDir: string): string {
  return join(resultsDir, 'connectivity-junit.xml');
}
