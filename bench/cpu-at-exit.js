// Preloaded (`node --import`) into the command the cold-start bench times: writes the process's own CPU time
// (user + system, every thread) to the file named by TWINGRAPH_CPU_OUT when it exits. Node reports no child's
// CPU time to its parent, and a wrapper such as /usr/bin/time is not on every machine.
import { writeFileSync } from 'node:fs';

const out = process.env.TWINGRAPH_CPU_OUT;
if (out) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(out, JSON.stringify({ user: user / 1e6, system: system / 1e6 }));
  });
}
