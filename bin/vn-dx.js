#!/usr/bin/env node
// The vn-dx command: a thin launcher for the built CLI (src/cli/main.ts).
import { readFileSync } from 'node:fs';

// zod is a peer dependency: without it most commands cannot load (a command's modules load when
// it runs, and `rank` needs no zod), so say so plainly (in English and Vietnamese) instead of
// printing Node's module-resolution stack trace.
function exitWithoutZod(error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && /['"]zod['"]/.test(String(error.message))) {
    process.stderr.write(
      'vn-dx: the command needs zod, a peer dependency of vn-dx; install it: npm install zod\n' +
        'vn-dx: lệnh cần gói zod (phụ thuộc ngang hàng của vn-dx); hãy cài: npm install zod\n',
    );
    process.exit(1);
  }
}

let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  exitWithoutZod(error);
  throw error;
}

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
try {
  process.exitCode = await cli.main(process.argv.slice(2), cli.nodeIo(version));
} catch (error) {
  exitWithoutZod(error);
  // Bad input is answered by main; what reaches here is a fault of vn-dx. One line in each
  // language, cut short, instead of a stack trace (VN_DX_DEBUG=1 shows it).
  if (process.env.VN_DX_DEBUG === '1') throw error;
  const message = String(error?.message ?? error).slice(0, 200);
  process.stderr.write(
    `vn-dx: unexpected error, please report it: ${message}\n` +
      `vn-dx: lỗi ngoài dự kiến, xin hãy báo lại: ${message}\n`,
  );
  process.exitCode = 1;
}
