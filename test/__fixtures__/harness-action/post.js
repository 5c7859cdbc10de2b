import * as core from '@actions/core';

core.info(`post sees started=${core.getState('started')} cancelled=${core.getState('cancelled')}`);
core.setOutput('post-state', core.getState('started'));
