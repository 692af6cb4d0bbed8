// The heap the process still holds, after a full garbage collection: heapUsed alone also counts garbage not yet
// collected (333 MB read after the extraction bench was 50 MB of live objects), so a memory figure read without a
// collection says more about when the collector last ran than about what the code keeps.
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | undefined;

/** A full collection without starting Node with --expose-gc: the flag set at run time gives a fresh context `gc`. */
function gc(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

/** Bytes of live JavaScript heap, measured after a full collection. */
export function liveHeapBytes(): number {
  gc();
  return process.memoryUsage().heapUsed;
}
