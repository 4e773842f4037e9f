// Heap of the whole commune tier once loaded (run by bench/communes.mjs with --expose-gc, in a
// process of its own): the tables of both eras decoded, the mapping, and every index the
// lookups build (codes, names, districts, the picker's entries), measured as heapUsed after a
// full collection, minus the same before the first call. Prints JSON.
const settle = async () => {
  for (let i = 0; i < 2; i++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const communes = await import('../dist/communes.js');
await import('../dist/index.js');
await settle();
const before = process.memoryUsage().heapUsed;
communes.convertAddress('1 Lê Lợi, Phường 1, Quận 5, Hồ Chí Minh');
communes.findCommune('Ba Đình', { province: '01' });
communes.searchCommunes('ba');
communes.communePredecessors('00004');
await settle();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ heapMb: (after - before) / 1024 / 1024 }));
