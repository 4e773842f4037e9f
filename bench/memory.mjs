// Memory of one commune-scale composite index, in a process of its own (run by bench/run.mjs
// with --expose-gc) so that no other benchmark's garbage is counted. Prints JSON.
//
// - allocated: what one call allocates, garbage included: JS objects from V8's sampling heap
//   profiler over a run of calls (counting objects collected since), typed-array buffers from
//   process.memoryUsage().arrayBuffers around single calls.
// - retained: what the result keeps alive, from full collections with and without it.
import { Session } from 'node:inspector/promises';
import { compositeIndex, compositeIndexColumns } from '../dist/index.js';
import { communeYear, framework, indicatorIds, UNITS } from './commune-data.mjs';

const { columnar } = communeYear(0);
const MB = 1024 * 1024;
const CALLS = 20;
// The result under measurement lives here, outside the measuring function, so that no
// liveness analysis can free it early.
let kept = null;
const session = new Session();
session.connect();

/** A full collection, then a turn of the event loop for buffers that are freed after it. */
async function settle() {
  for (let i = 0; i < 2; i++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function measure(fn) {
  for (let i = 0; i < 30; i++) fn(); // warm-up: measure optimised code, as the timings do
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < CALLS; i++) fn();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  let objects = 0;
  const visit = (node) => {
    objects += node.selfSize;
    node.children.forEach(visit);
  };
  visit(profile.head);
  const buffers = [];
  for (let i = 0; i < CALLS; i++) {
    await settle();
    const before = process.memoryUsage().arrayBuffers;
    fn();
    buffers.push(process.memoryUsage().arrayBuffers - before);
  }
  const retained = [];
  for (let i = 0; i < 3; i++) {
    await settle();
    const empty = process.memoryUsage();
    kept = fn();
    await settle();
    const held = process.memoryUsage();
    retained.push(held.heapUsed + held.arrayBuffers - (empty.heapUsed + empty.arrayBuffers));
    kept = null;
  }
  void kept;
  // The largest reading: a collection during a call can only make a reading smaller.
  const typedArrays = Math.max(...buffers);
  return {
    allocatedMb: (objects / CALLS + typedArrays) / MB,
    typedArraysMb: typedArrays / MB,
    retainedMb: retained.sort((a, b) => a - b)[1] / MB, // the median of three
  };
}

console.log(
  JSON.stringify({
    inputMb: (UNITS * indicatorIds.length * 8) / MB,
    columns: await measure(() => compositeIndexColumns(columnar, framework)),
    objects: await measure(() => compositeIndex(columnar, framework)),
  }),
);
