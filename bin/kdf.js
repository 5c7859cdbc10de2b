#!/usr/bin/env node
// The `kdf` command: the bundled CLI (built by `npm run build`).
import '../dist/cli/index.js';
