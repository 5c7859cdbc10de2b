/** The DevStack double's world lives in sandbox/world (the demo uses it too); tests import it from here. */
export * from '../../sandbox/world/double-world.js';
