import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '@jiliang/shared';

/**
 * PGlite takes no lock of its own, and two processes on one data directory silently lose writes.
 * Jiliang therefore holds `<dataDir>/jiliang.lock`, created with O_EXCL, naming its holder. A second
 * process is refused before it opens anything; a lock left by a dead process on this host is stale
 * and is taken over.
 */
export type LockHolder = { pid: number; hostname: string; command: string; startedAt: string };
export type DataDirLock = { path: string; holder: LockHolder; release: () => void };

const LOCK_FILE = 'jiliang.lock';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = (path: string): LockHolder | undefined => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
};

export const acquireDataDirLock = (dataDir: string, command = process.argv.slice(1).join(' ')): DataDirLock => {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, hostname: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { path, holder, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(path);
      const stale = current !== undefined && current.hostname === holder.hostname && !isAlive(current.pid);
      if (stale && attempt === 0) {
        rmSync(path, { force: true });
        continue;
      }
      const who = current
        ? `process ${current.pid} on ${current.hostname} (${current.command || 'jiliang'}, since ${current.startedAt})`
        : 'another process (lock file unreadable)';
      throw new AppError(
        'STORE_LOCKED',
        `数据目录 ${dataDir} 正被 ${who} 使用；请先停止该进程，或用 JILIANG_DATA_DIR 指定其他目录。` +
          ` The data directory ${dataDir} is in use by ${who}; stop it or set JILIANG_DATA_DIR to another directory.`,
        { dataDir, lockFile: path, holder: current ?? null },
      );
    }
  }
  throw new AppError('STORE_LOCKED', `could not lock ${dataDir}`);
};
