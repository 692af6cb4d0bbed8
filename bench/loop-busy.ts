// How long this thread's event loop ran without a break, measured in CPU time rather than wall time: a timer every
// 5 ms reads the thread's time on a CPU (Linux /proc/thread-self/schedstat), and the longest stretch between two
// ticks is the longest the loop was busy. Time spent waiting for a core on a loaded machine does not count, so a
// bound on it holds however busy the machine is.
import { readFileSync } from 'node:fs';

const onCpuNs = (): number => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);

export function watchLoop(): { stop(): { longestBusyMs: number } } {
  let last = onCpuNs();
  let longest = 0;
  const tick = () => {
    const now = onCpuNs();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 5);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { longestBusyMs: Math.round(longest / 1e6) };
    },
  };
}
