/** The sandbox VM login user lives in sandbox/world (the demo uses it too); tests import it from here. */
export * from '../../sandbox/world/vm-user.js';
