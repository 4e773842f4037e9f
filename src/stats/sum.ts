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
    const partials = this.partials;
    const count = this.count;
    // Shewchuk's grow-expansion with Knuth's branch-free two-sum: x + y = hi + lo exactly.
    let x = value;
    let kept = 0;
    for (let j = 0; j < count; j++) {
      const y = partials[j] as number;
      const hi = x + y;
      const yy = hi - x;
      const lo = x - (hi - yy) + (y - yy);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    if (kept === partials.length) this.grow();
    (this.partials as Float64Array)[kept] = x;
    this.count = kept + 1;
  }

  private grow(): void {
    const grown = new Float64Array(this.partials.length * 2);
    grown.set(this.partials);
    this.partials = grown;
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
      // Stryker disable next-line EqualityOperator,ConditionalExpression: with n = 0, partials[-1] is undefined and both comparisons below are false.
      n > 0 &&
      // Stryker disable next-line EqualityOperator: lo is not 0 when n > 0 (the loop stopped on it), and only the top partial can be 0, so < and <=, > and >= agree here.
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
  // Stryker disable next-line EqualityOperator,ConditionalExpression,UpdateOperator: V8's log2 is exact at powers of two and never rounds below one, so this correction never fires on Node; it stays for engines whose log2 does.
  if (timesPowerOfTwo(largest, -e) >= 2) e++;
  else if (timesPowerOfTwo(largest, -e) < 1) e--;
  return e;
}

/**
 * {@link scaleExponent} where scaling matters, 0 where it does not: a largest magnitude from
 * 2^-500 to 2^500 leaves products of two such numbers, and sums of up to 2^20 of them, far from
 * overflow and underflow, so scaling by a power of two would change no bit.
 */
export function productSafeExponent(largest: number): number {
  return largest >= 2 ** -500 && largest <= 2 ** 500 ? 0 : scaleExponent(largest);
}

/**
 * {@link scaleExponent} where scaling matters for sums of squares and fourth powers of
 * differences (the z-score, the moments), 0 where it does not: a largest magnitude from 2^-200 to
 * 2^200 keeps every such power that matters to the sum from overflow and underflow.
 */
export function powerSafeExponent(largest: number): number {
  return largest >= 2 ** -200 && largest <= 2 ** 200 ? 0 : scaleExponent(largest);
}

/** x × 2^e, in steps so that no intermediate power of two overflows or underflows (ldexp). */
export function timesPowerOfTwo(x: number, e: number): number {
  // Stryker disable next-line ConditionalExpression: a shortcut; without it the loops are skipped and x × 2^0 is x.
  if (e === 0) return x;
  let y = x;
  let k = e;
  // Stryker disable next-line EqualityOperator: at k = 1023 (or −1022 below) one more step multiplies by the same power of two and leaves 2^0, the same product.
  while (k > 1023) {
    y *= 2 ** 1023;
    k -= 1023;
  }
  // Stryker disable next-line EqualityOperator: see above.
  while (k < -1022) {
    y *= 2 ** -1022;
    k += 1022;
  }
  return y * 2 ** k;
}
