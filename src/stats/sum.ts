// One summation for every sum vn-dx ranks or scores by: the exact sum, correctly rounded
// (Shewchuk's algorithm, as Python's math.fsum). A rounded sum is not associative, so a naive
// loop (or a compensated one, Kahan or Neumaier: their last bit still depends on the order when
// terms cancel) can give two units with the same values in another order scores a hair apart,
// and rank them apart. The correctly rounded value of the exact sum depends only on the multiset
// of terms, so equal terms in any order give the same sum, bit for bit.
//
// Callers keep the terms far from overflow by scaling first (see `scaleExponent`): the
// partials of the exact sum are exact only while no partial overflows.

/**
 * The exact sum of a stream of doubles, rounded once at the end. Reuse one with `reset()`: the
 * partials live in a buffer that grows, so a hot loop allocates nothing.
 */
export class ExactSum {
  private partials = new Float64Array(8);
  private count = 0;

  /** Starts over at 0. */
  reset(): this {
    this.count = 0;
    return this;
  }

  /** Adds one finite term. */
  add(value: number): void {
    let x = value;
    let kept = 0;
    const partials = this.partials;
    for (let j = 0; j < this.count; j++) {
      let y = partials[j] as number;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    if (kept === partials.length) {
      const grown = new Float64Array(partials.length * 2);
      grown.set(partials);
      this.partials = grown;
    }
    (this.partials as Float64Array)[kept] = x;
    this.count = kept + 1;
  }

  /** The exact sum of the terms added, correctly rounded (round half to even). */
  value(): number {
    const partials = this.partials;
    let n = this.count;
    if (n === 0) return 0;
    let hi = partials[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n] as number;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-way cases: the partials below decide which way the last rounding goes.
    if (
      n > 0 &&
      ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))
    ) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}

/** The exact sum of the present (non-NaN) values of a column, correctly rounded. */
export function exactSum(values: ArrayLike<number>): number {
  const sum = new ExactSum();
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (!Number.isNaN(x)) sum.add(x);
  }
  return sum.value();
}

/**
 * The power of two to divide by so that the largest magnitude `largest` lands in [1, 2): a
 * scale that is exact (only the exponent changes), so scaled values keep every bit. 0 for 0.
 */
export function scaleExponent(largest: number): number {
  if (!(largest > 0) || !Number.isFinite(largest)) return 0;
  let e = Math.floor(Math.log2(largest));
  // log2 can round across a power of two; settle the exponent exactly.
  if (timesPowerOfTwo(largest, -e) >= 2) e++;
  else if (timesPowerOfTwo(largest, -e) < 1) e--;
  return e;
}

/** x × 2^e, in steps so that no intermediate power of two overflows or underflows (ldexp). */
export function timesPowerOfTwo(x: number, e: number): number {
  let y = x;
  let k = e;
  while (k > 1023) {
    y *= 2 ** 1023;
    k -= 1023;
  }
  while (k < -1022) {
    y *= 2 ** -1022;
    k += 1022;
  }
  return y * 2 ** k;
}
