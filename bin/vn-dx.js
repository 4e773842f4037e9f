#!/usr/bin/env node
// The vn-dx command: a thin launcher for the built CLI (src/cli/main.ts).
import { main } from '../dist/cli.js';

process.exitCode = await main();
