/**
 * The `vn-dx` command line, as a function: `main(argv, io)` runs a command and
 * resolves to its exit code. The `vn-dx` bin calls it with the real process.
 *
 * @module vn-dx/cli
 * @internal
 */
export { nodeIo } from './cli/io.js';
export { main } from './cli/main.js';
