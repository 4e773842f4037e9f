/**
 * How tied values are ranked (example: scores 90, 85, 85, 70, higher is better).
 *
 * | ties | ranks | also called |
 * | --- | --- | --- |
 * | `competition` | 1 2 2 4 | standard competition, "1224"; the DTI's rule; the default |
 * | `modified` | 1 3 3 4 | modified competition, "1334" |
 * | `dense` | 1 2 2 3 | "1223" |
 * | `ordinal` | 1 2 3 4 | ties broken by input order (stable) |
 * | `fractional` | 1 2.5 2.5 4 | the mean of the tied positions |
 *
 * @category Ranking
 */
export type TieMethod = 'competition' | 'modified' | 'dense' | 'ordinal' | 'fractional';
