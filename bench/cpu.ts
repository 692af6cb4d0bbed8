// CPU seconds of this process and of the Neo4j server together: on a shared machine wall time follows the load,
// while the CPU a piece of work costs moves much less, so the import bench gives both.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** utime + stime of another process, in seconds (Linux /proc; 0 where there is none). */
function processCpu(pid: number): number {
  try {
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    // The command name (field 2) may hold spaces; utime and stime are fields 14 and 15, counted after its ')'.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** CPU seconds so far of this process and of the server `pid`. */
export function cpuSeconds(serverPid: number): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + processCpu(serverPid);
}
