// The threads of this process as Linux shows them (/proc/self/task): for tests of what runs where.
import { readdirSync, readFileSync } from 'node:fs';

/** The nice value of every thread of this process (field 19 of /proc/self/task/<tid>/stat). */
export function threadNiceValues(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirTasks()) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(tid, Number(fields[16]));
  }
  return out;
}

function readdirTasks(): number[] {
  return readdirSync('/proc/self/task').map(Number);
}
