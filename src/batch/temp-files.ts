// Temporary files left by a run that was killed between writing and renaming
// (see stageFile in io.ts). They are never mistaken for outputs (their names
// end in .tmp), and the next run in the same folder removes them, unless the
// process that wrote them is still alive (two runs may share a folder).
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { TEMP_FILE } from '../io.ts';

export async function removeStaleTempFiles(outDir: string): Promise<number> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    await rm(path.join(outDir, name), { force: true });
    removed++;
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
