// CPU time of the calling thread, read around the bench's driver loops and the server's event loop (bench/load.ts):
// process.cpuUsage() sums every thread, and the bench needs the loop's apart.
import { readFileSync } from 'node:fs';

/** CPU time of the calling thread in ms (Linux: /proc/thread-self), or NaN elsewhere. */
export function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks of (nearly always) 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
