// Search under load while a 19 MB report is uploaded beside it: its extraction and planning run in a worker thread
// at a lower priority, so search's latency should barely move. The upload goes in as a job (wait=false) and is polled until done or given up.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Load } from './load.js';
import { cannon, round } from './load.js';
import type { Target } from './api-targets.js';
import { watchLoop } from './loop-busy.js';

export interface UploadBeside {
  uploadMB: number;
  search: Load;
  /** The server's longest event-loop stall during the search load (wall time: includes waiting for a core). */
  loopStallMs: number;
  /** The longest the server's loop ran without a break, in CPU time (bench/loop-busy.ts): what blocking it did. */
  loopBusyMs: number;
  /** The same while the upload was received, before its 202. */
  receiveBusyMs: number;
  /** The job's state when the search load ended (`extracting`, `writing`: it ran the whole time). */
  stateAtEnd: string;
  /** Seconds from the upload to the job's end, or null when it was still running when the bench gave up. */
  uploadSeconds: number | null;
}

/** A made-up report of our own sentences, repeated with changing years up to `bytes`. */
export function bigReport(bytes: number): string {
  const lines = ['Отчёт о международной деятельности администрации города Северска.'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line =
      i % 2 === 0
        ? `В ${1900 + (i % 120)} году делегация Северска посетила город Нарва для обсуждения обменов школьников.`
        : `Глава города провёл встречу с представителями города Тарту, стороны договорились о совместной выставке № ${i}.`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

const say = (line: string) => console.error(`[bench api] ${line}`);

export async function searchBesideUpload(base: string, token: string, search: Target, seconds: number, connections: number): Promise<UploadBeside> {
  const text = bigReport(19 * 1024 * 1024);
  const form = new FormData();
  form.append('file', new Blob([text]), 'bench-upload-19mb.txt');
  // From the upload on: receiving and buffering 19 MB is the server's work too (the bench's own sending is small).
  const receiving = watchLoop();
  const started = performance.now();
  const res = await fetch(`${base}/api/reports?wait=false`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const job = (await res.json()) as { id: string };
  const receivedBusyMs = receiving.stop().longestBusyMs;
  say(`upload accepted after ${round((performance.now() - started) / 1000)} s; search under load`);
  const state = async () =>
    ((await (await fetch(`${base}/api/reports/jobs/${job.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { state: string }).state;
  // The server runs in this process: its event loop's longest stall tells a blocked loop from a busy machine.
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const busy = watchLoop();
  const load = await cannon(base, search.pick, seconds, connections);
  stalls.disable();
  const { longestBusyMs } = busy.stop();
  const stateAtEnd = await state();
  say(`search done (p99 ${load.p99Ms} ms); the job is ${stateAtEnd}`);
  // Up to a minute more for the job to finish, so its duration can be reported.
  let uploadSeconds: number | null = null;
  for (const until = performance.now() + 60_000; performance.now() < until; ) {
    const s = await state();
    if (s === 'done' || s === 'failed') {
      uploadSeconds = round((performance.now() - started) / 1000);
      break;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { uploadMB: round(Buffer.byteLength(text) / 2 ** 20), search: load, loopStallMs: round(stalls.max / 1e6), loopBusyMs: longestBusyMs, receiveBusyMs: receivedBusyMs, stateAtEnd, uploadSeconds };
}
