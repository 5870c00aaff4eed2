/**
 * Writes a file so that no existing file is destroyed or half-written (README "Security and privacy"): an existing
 * path is refused unless forced; the bytes go to a new temporary file in the same folder (opened
 * with O_EXCL, so no link is followed), flushed, then renamed over the target in one step. Renaming
 * replaces a symbolic link itself, never the file it points to. On any failure (disk full, file-size
 * limit, permission) the temporary file is removed and the old file is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The target exists and --force was not given: a usage matter, not a failure. */
export class TargetExists extends Error {
  constructor(
    readonly file: string,
    readonly kind: 'file' | 'link' | 'other'
  ) {
    super(file);
  }
}

async function existing(file: string): Promise<TargetExists['kind'] | undefined> {
  try {
    const s = await lstat(file);
    return s.isSymbolicLink() ? 'link' : s.isFile() ? 'file' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

export async function writeFileSafely(
  file: string,
  bytes: Uint8Array,
  { force = false }: { force?: boolean } = {}
): Promise<void> {
  const target = path.resolve(file);
  const kind = await existing(target);
  // A folder (or device) is never replaced, even with --force.
  if (kind === 'other' || (kind && !force)) throw new TargetExists(file, kind);
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  );
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
