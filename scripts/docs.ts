/**
 * npm run docs: rewrites the tracked files generated from the catalogue (scripts/gen/reference.ts,
 * GENERATED_DOCS) when they differ. Neither the build nor the tests write them; a stale file fails
 * test/generated.test.ts.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build/context';
import { GENERATED_DOCS } from './gen/reference';

export function writeDocs(root = ROOT): string[] {
  const written: string[] = [];
  for (const { file, expected } of GENERATED_DOCS) {
    const target = path.join(root, file);
    const current = readFileSync(target, 'utf8');
    const next = expected(current);
    if (next === current) continue;
    // Written beside, then renamed: a failed write never leaves a half-written file.
    writeFileSync(`${target}.tmp`, next);
    renameSync(`${target}.tmp`, target);
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const written = writeDocs();
  console.log(written.length ? `Updated ${written.join(', ')}` : 'Generated docs are current');
}
