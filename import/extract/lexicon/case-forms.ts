// All case forms of a place name, served from import/data/case-forms.json when it has them. Apart from the
// declension engine because this is a cache with its own build step (import/data/build-case-forms.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, declineName } from './declension.js';

// The case forms of the gazetteer's and the countries' names, computed by import/data/build-case-forms.ts: the
// indexes of both need them at start, and declining them there costs more than half a second.
const PREBUILT = join(dirname(fileURLToPath(import.meta.url)), '../../data/case-forms.json');
let prebuilt: Map<string, string[]> | null | undefined;
/** Names asked for while building the prebuilt file (null otherwise). */
let asked: Set<string> | null = null;

function prebuiltForms(name: string): string[] | undefined {
  if (prebuilt === undefined) {
    try {
      prebuilt = new Map(Object.entries(JSON.parse(readFileSync(PREBUILT, 'utf8')) as Record<string, string[]>));
    } catch {
      prebuilt = null; // absent or unreadable: every name is declined as it comes
    }
  }
  return prebuilt?.get(name);
}

/** Declines every name asked for in `run` afresh and returns them with their forms (for the build script). */
export function collectCaseForms(run: () => void): Record<string, string[]> {
  asked = new Set();
  prebuilt = null;
  try {
    run();
    return Object.fromEntries([...asked].sort().map((n) => [n, caseForms(n)]));
  } finally {
    asked = null;
    prebuilt = undefined;
  }
}

/** Forms declined elsewhere and handed over (a worker thread's, for the server's writes). */
const learned = new Map<string, string[]>();

/**
 * Takes forms another thread declined, so asking for them here never loads the morphology dictionary (a tenth of a
 * second of CPU the first time) on this thread. Kept for the process: place names are few.
 */
export function learnCaseForms(forms: Record<string, string[]>): void {
  for (const [name, f] of Object.entries(forms)) learned.set(name, f);
}

/** All case forms of a nominative place name, the nominative first. */
export function caseForms(name: string): string[] {
  asked?.add(name);
  const known = asked ? undefined : (learned.get(name) ?? prebuiltForms(name));
  if (known) return known;
  const d = declineName(name);
  return [...new Set(CASES.flatMap((c) => d[c]))];
}
