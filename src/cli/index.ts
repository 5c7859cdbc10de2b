/** Entry point of the CLI bundle (dist/cli/index.js). */
import { brokenPipeSafe } from './io.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: brokenPipeSafe(process.stdout),
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
