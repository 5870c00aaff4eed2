#!/usr/bin/env node
'use strict';
// `npx boussole …`: the built bundle when `npm run build` has made it, else the TypeScript source
// through tsx (a root devDependency), so the command works on a fresh clone right after npm install.
// BOUSSOLE_CLI_SOURCE=1 forces the source (development, tests).
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', '..', 'dist', 'cli', 'boussole.cjs');
let cli;
if (fs.existsSync(bundle) && !process.env.BOUSSOLE_CLI_SOURCE) {
  cli = require(bundle);
} else {
  require('tsx/cjs');
  cli = require('../src/main.ts');
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  }
);
