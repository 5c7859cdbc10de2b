/**
 * The toolkit version: the one place it is written (results documents, `kdf --version`, the setup stage's records).
 * test/runtime/version.test.ts keeps it equal to package.json's and checks no other src file spells it out.
 */
export const VERSION = '0.1.0';
