#!/usr/bin/env node
// The `samsa` command. A committed shim, so npm can link it at install time, before the
// TypeScript build (run by `prepare`) has produced dist/.
import '../dist/main.js';
