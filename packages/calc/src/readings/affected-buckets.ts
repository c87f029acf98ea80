import { bucketStartOf, checkInstant, checkResolution, type BucketResolution } from './buckets.ts';
import { throwReadingInput } from './point-context.ts';

/**
 * Which rollups a batch invalidates, for maintaining them as data arrives (issue #5: late data,
 * out-of-order data and backfill rolled up correctly).
 *
 * By the locality of consumption.ts, a reading inserted or revised at ts changes two steps: its own
 * and the one of the next stored reading (whose "previous" it now is). So the affected buckets are the
 * buckets of those two readings. The store recomputes each affected bucket (start, end] from its
 * readings plus `previous` = the last stored reading at or before `start`, replaces that rollup, then
 * re-coarsens the days and months that contain the affected hours (rollup.ts coarsenRollups).
 * A meter swap recorded after the fact changes the multiplier from its instant on: recompute every
 * bucket from the swap onward.
 */
export const listAffectedBuckets = (sortedTs: ArrayLike<number>, changedTs: readonly number[], resolution: BucketResolution): number[] => {
  checkResolution(resolution);
  for (let i = 1; i < sortedTs.length; i += 1) {
    if (!((sortedTs[i] as number) > (sortedTs[i - 1] as number))) {
      throwReadingInput(
        `sortedTs[${i}]`,
        'strictly_increasing',
        `sortedTs 必须严格递增：第 ${i} 项 ${sortedTs[i]}`,
        'pass the stored timestamps of the point, sorted, after the batch',
      );
    }
  }
  const buckets = new Set<number>();
  changedTs.forEach((ts, i) => {
    checkInstant(ts, `changedTs[${i}]`);
    let low = 0;
    let high = sortedTs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sortedTs[middle] as number) < ts) low = middle + 1;
      else high = middle;
    }
    if (sortedTs[low] !== ts) {
      throwReadingInput(
        `changedTs[${i}]`,
        'stored',
        `changedTs 中的时间戳不在 sortedTs 中：${ts}`,
        'every changed reading must be among the stored ones',
      );
    }
    buckets.add(bucketStartOf(ts, resolution));
    if (low + 1 < sortedTs.length) buckets.add(bucketStartOf(sortedTs[low + 1] as number, resolution));
  });
  return [...buckets].sort((a, b) => a - b);
};
