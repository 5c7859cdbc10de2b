/**
 * The default path: with no injected core, runWrapper and CoreLogger talk to the @actions/core module, replaced here
 * through `jest.unstable_mockModule` (the only way to mock an ESM module; it must precede the dynamic import).
 */
import { describe, expect, it, jest } from '@jest/globals';

import { createCoreMock } from '../__fixtures__/core-mock.js';

const core = createCoreMock();
jest.unstable_mockModule('@actions/core', () => core);

const { runWrapper } = await import('../../src/runtime/run-wrapper.js');
const { CoreLogger } = await import('../../src/runtime/core-logger.js');
const { ConfigurationError } = await import('../../src/runtime/errors.js');

describe('runtime on the real @actions/core module path', () => {
  it('runWrapper reports through @actions/core by default', async () => {
    await runWrapper(async () => {
      throw new ConfigurationError("Input 'timeout-minutes' must be an integer (got 'x').", 'timeout-minutes');
    });
    expect(core.setFailed).toHaveBeenCalledWith("Input 'timeout-minutes' must be an integer (got 'x').");
  });

  it('CoreLogger logs through @actions/core by default', async () => {
    const logger = new CoreLogger();
    logger.addSecret('default-path-secret');
    logger.warning('saw default-path-secret', { file: 'f', startLine: 1 });
    await logger.group('g', async () => undefined);
    expect(core.setSecret).toHaveBeenCalledWith('default-path-secret');
    expect(core.warning).toHaveBeenCalledWith('saw ***', { file: 'f', startLine: 1 });
    expect(core.startGroup).toHaveBeenCalledWith('g');
    expect(core.endGroup).toHaveBeenCalled();
  });
});
