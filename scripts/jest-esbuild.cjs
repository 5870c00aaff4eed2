// Jest transform: esbuild strips the types (tsc -b checks them), so the suites start fast.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync } = require('esbuild');

const OPTIONS = {
  format: 'cjs',
  target: 'node20',
  sourcemap: 'both',
  // import('./x') becomes a require: Jest's CommonJS modules have no native dynamic import.
  supported: { 'dynamic-import': false },
};
/** Jest's cache does not see this file: a change of options must change every key. */
const SELF = readFileSync(__filename, 'utf8');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      ...OPTIONS,
      loader: filename.endsWith('x') ? 'tsx' : 'ts',
      sourcefile: filename,
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha256')
      .update(SELF)
      .update('\0')
      .update(filename)
      .update('\0')
      .update(source)
      .digest('hex');
  },
};
