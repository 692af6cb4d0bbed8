// The <dataDir>/neo4j.pid file that marks which launcher process owns a data folder.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

const PidFile = z.object({ pid: z.number().int().positive(), port: z.number().int(), uri: z.string() });
export type PidInfo = z.infer<typeof PidFile>;

export const pidFilePath = (dataDir: string): string => path.join(dataDir, 'neo4j.pid');

export function readPidFile(dataDir: string): PidInfo | undefined {
  try {
    return PidFile.parse(JSON.parse(readFileSync(pidFilePath(dataDir), 'utf8')));
  } catch {
    return undefined; // missing or unreadable: treated as "no owner"
  }
}

/** Exclusive create: returns false when another process wrote its pid file first. */
export function writePidFile(dataDir: string, info: PidInfo): boolean {
  try {
    writeFileSync(pidFilePath(dataDir), JSON.stringify(info) + '\n', { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Removes the pid file, but only while it still names `pid` (or unconditionally without one). */
export function removePidFile(dataDir: string, pid?: number): void {
  if (pid !== undefined && readPidFile(dataDir)?.pid !== pid) return;
  rmSync(pidFilePath(dataDir), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive and, where /proc exists, really our launcher for this folder (guards against pid reuse). */
export function isLauncherFor(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return process.platform !== 'linux';
  }
  const args = cmdline.split('\0');
  return args.includes('twingraph.Launcher') && args.includes(dataDir);
}

/** The live owner of `dataDir`, deleting a stale pid file on the way. */
export function liveOwner(dataDir: string): PidInfo | undefined {
  const info = readPidFile(dataDir);
  if (info && isLauncherFor(info.pid, dataDir)) return info;
  if (info) removePidFile(dataDir, info.pid);
  else if (ageMs(pidFilePath(dataDir)) > 10_000) removePidFile(dataDir); // unreadable, and not one being written right now
  return undefined;
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}
