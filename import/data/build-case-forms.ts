// Builds import/data/case-forms.json: the case forms of every name the gazetteer and the country finder index
// (`Омск` → `Омска`, `Омску`, …), so that extraction starts without declining them (see lexicon/declension.ts).
//
//   npx tsx import/data/build-case-forms.ts           rebuild case-forms.json
//   npx tsx import/data/build-case-forms.ts --check   exit 1 if it is stale (the gazetteer or the rules changed)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectCaseForms } from '../extract/lexicon/case-forms.js';
import { buildIndexesAfresh } from '../extract/lexicon/gazetteer.js';
import { buildCountryIndexAfresh } from '../extract/finders/countries.js';
import { loadMorph } from '../extract/lexicon/morph.js';

export const CASE_FORMS = join(dirname(fileURLToPath(import.meta.url)), 'case-forms.json');

export async function buildCaseForms(): Promise<string> {
  await loadMorph();
  const forms = collectCaseForms(() => {
    buildIndexesAfresh();
    buildCountryIndexAfresh();
  });
  return `${JSON.stringify(forms, null, 0).replace(/\],"/g, '],\n"')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await buildCaseForms();
  if (process.argv.includes('--check')) {
    if (readFileSync(CASE_FORMS, 'utf8') !== text) {
      console.error('import/data/case-forms.json is stale: run npx tsx import/data/build-case-forms.ts');
      process.exit(1);
    }
    console.log('case-forms.json is up to date');
  } else {
    writeFileSync(CASE_FORMS, text);
    console.log(`wrote ${CASE_FORMS}`);
  }
}
