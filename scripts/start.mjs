// `npm start`: the main job on the embedded data. Until the CLI lands this prints
// the province table of both eras from the built package.
import { PROVINCES_34, PROVINCES_63, successorOf } from '../dist/provinces.js';

const pad = (text, width) => text + ' '.repeat(Math.max(0, width - [...text].length));

console.log(
  `Vietnam's provinces before 1 July 2025 (${PROVINCES_63.length} units) and where they went\n`,
);
console.log(`${pad('code', 5)}${pad('63-era unit', 22)}${pad('kind', 13)}→ 34-era unit`);
for (const p of PROVINCES_63) {
  const next = successorOf(p.code);
  console.log(`${pad(p.code, 5)}${pad(p.name, 22)}${pad(p.kind, 13)}→ ${next.code} ${next.name}`);
}
console.log(`\nFrom 1 July 2025 (${PROVINCES_34.length} units)\n`);
console.log(`${pad('code', 5)}${pad('unit', 14)}${pad('kind', 13)}formed from`);
for (const p of PROVINCES_34) {
  console.log(`${pad(p.code, 5)}${pad(p.name, 14)}${pad(p.kind, 13)}${p.predecessors.join(' ')}`);
}
