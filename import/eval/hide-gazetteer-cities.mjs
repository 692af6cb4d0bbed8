// Preload for `npm run eval:unseen` only: the hand gazetteer as the extractor reads it, without the cities whose ids
// TWINGRAPH_EVAL_HIDE (a file, one id a line) lists. Patching the read of gazetteer.json, not the module, leaves the
// extractor's code exactly as it runs for users.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const list = process.env.TWINGRAPH_EVAL_HIDE;
if (list) {
  const hidden = new Set(fs.readFileSync(list, 'utf8').split('\n').filter(Boolean));
  const read = fs.readFileSync;
  fs.readFileSync = function (file, ...rest) {
    const out = read.call(this, file, ...rest);
    if (typeof file !== 'string' || !file.endsWith('gazetteer.json')) return out;
    const json = JSON.parse(typeof out === 'string' ? out : out.toString('utf8'));
    json.cities = json.cities.filter((c) => !hidden.has(c.id));
    const text = JSON.stringify(json);
    return typeof out === 'string' ? text : Buffer.from(text);
  };
  // The extractor imports readFileSync by name: named imports of a built-in follow its object only after this.
  syncBuiltinESMExports();
}
