// Waiting for the launcher's READY line on its stdout, and turning what it reports instead (FAILED, an early exit,
// silence) into an EmbeddedNeo4jError that quotes its last output. Apart from embedded.ts because it is the
// protocol with the Java launcher, which changes with neo4j/src, not with how a data folder is owned.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { EmbeddedNeo4jError, portInUse } from './embedded-error.js';

/** The java of a JDK folder (the config's JAVA_HOME), else the one on PATH. */
export const javaBin = (javaHome?: string): string => (javaHome ? path.join(javaHome, 'bin', 'java') : 'java');

/** Resolves with the URI of the READY line; rejects on FAILED, early exit, spawn error or timeout. */
export function awaitReady(
  child: ChildProcess,
  port: number,
  deadline: number,
  launcherLog: { file: string; offset: number },
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const stray: string[] = []; // the JVM itself reports e.g. heap errors on stdout
    const output = () => {
      const last = [...stray, ...tail(launcherLog.file, launcherLog.offset)].slice(-5);
      return last.length ? `last output: ${last.join(' | ')}` : `see ${path.dirname(launcherLog.file)}`;
    };
    const timer = setTimeout(
      () => finish(new EmbeddedNeo4jError(`Neo4j did not report READY in time; ${output()}`, 'TIMEOUT')),
      Math.max(0, deadline - Date.now()),
    );
    const finish = (result: string | Error) => {
      clearTimeout(timer);
      lines.off('line', onLine);
      child.off('close', onClose);
      child.off('error', onError);
      lines.close();
      if (typeof result === 'string') resolve(result);
      else reject(result);
    };
    const onLine = (line: string) => {
      if (line.startsWith('READY ')) finish(line.slice('READY '.length).trim());
      else if (line.startsWith('FAILED ')) finish(launcherFailure(line.slice('FAILED '.length).trim(), port));
      else if (line.trim()) stray.push(line.trim());
    };
    // 'close' (not 'exit') so a FAILED line still in the pipe is read first.
    const onClose = (code: number | null, signal: NodeJS.Signals | null) =>
      finish(new EmbeddedNeo4jError(`Neo4j launcher exited (${signal ?? `code ${code}`}) before READY; ${output()}`));
    const onError = (err: Error) =>
      finish(new EmbeddedNeo4jError(`cannot run ${javaBin()}: ${err.message} (a JDK 17 is required)`, 'FAILED', { cause: err }));
    lines.on('line', onLine);
    child.once('close', onClose);
    child.once('error', onError);
  });
}

function launcherFailure(reason: string, port: number): EmbeddedNeo4jError {
  if (reason.includes('already in use')) return portInUse(port);
  return new EmbeddedNeo4jError(`Neo4j failed to start: ${reason}`, reason.includes('locked') ? 'LOCKED' : 'FAILED');
}

/** Lines the launcher wrote to logs/launcher.log (its stderr) since `offset`. */
function tail(file: string, offset: number): string[] {
  try {
    return readFileSync(file).subarray(offset).toString('utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  } catch {
    return [];
  }
}
