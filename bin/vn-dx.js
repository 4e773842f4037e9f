#!/usr/bin/env node
// The vn-dx command: a thin launcher for the built CLI (src/cli/main.ts).
import { readFileSync } from 'node:fs';
import { main, nodeIo } from '../dist/cli.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = await main(process.argv.slice(2), nodeIo(version));
