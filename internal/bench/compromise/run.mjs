// run.mjs: runs compromise (https://github.com/spencermountain/compromise)
// over the documents of a JSON Lines file ({"words": N, "text": "..."} a
// line) for at least MS milliseconds, in whole passes, and prints one JSON
// object: the words processed, the wall time and the CPU time used. For each
// document it does what kg's entity stages do at the least: parse the text
// and list the people, places and organizations it names. `kg bench`
// (internal/bench/compromise.go) starts it once per worker.
//
//   node run.mjs DOCS.jsonl MS
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const [file, msArg] = process.argv.slice(2);
if (!file || !msArg) {
  console.error('usage: node run.mjs DOCS.jsonl MS');
  process.exit(2);
}
const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const names = (text) => {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
};
// One untimed pass over a few documents so that the timed passes measure
// the library, not the JIT's warm-up (kg's own figure is warm too).
for (const d of docs.slice(0, 20)) names(d.text);

const minMs = Number(msArg);
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let words = 0, found = 0, ms = 0;
do {
  for (const d of docs) {
    found += names(d.text);
    words += d.words;
  }
  ms = Number(process.hrtime.bigint() - t0) / 1e6;
} while (ms < minMs);
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ words, ms, cpuMs: (cpu.user + cpu.system) / 1000, found }));
