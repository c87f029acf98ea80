import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { Store } from '@jiliang/server';
import { BENCH_ACTOR, chunk, servicesOn, timed, type BenchEnterprise, type ReadingRow } from './fixture.ts';

/**
 * Where the pipeline's time goes, measured from outside the server code: the same rows through
 * `services.ingest.ingest` in process (no HTTP), on services wired to the store through a Kysely plugin
 * that times every statement by what it touches, and a `copyRows` wrapper that times the COPY.
 * Statements run in parallel (Promise.all) are charged by wall time, never twice: a statement is charged
 * from when it started or the previous one ended, whichever is later. Phases:
 *   check    row checks and everything in JS before the COPY (point lookup, partitions);
 *   COPY     the COPY into ingest_staging;
 *   merge    duplicate count, revisions, INSERT … ON CONFLICT into readings, staging delete, batch row;
 *   rollups  statements on points/readings/point_instruments/rollups_* inside the refresh, plus its JS
 *            (computeReadingSteps and bucketing) = the rest of the time after the COPY.
 */
export type Phase = 'check' | 'copy' | 'merge' | 'rollupSql' | 'rollupJs';
export type PipelineProfile = {
  rows: number;
  batches: number;
  seconds: number;
  phases: Record<Phase, number>;
  statements: number;
  /** The statements by what they touch, most expensive first: count and seconds over all batches. */
  top: { label: string; count: number; seconds: number }[];
};

type Interval = { label: string; start: number };

const nowS = () => Number(process.hrtime.bigint()) / 1e9;

/** What a statement touches: `INSERT readings`, `SelectQueryNode rollups_hour` … (raw SQL by its first verb and table). */
type TableRef = { table?: { identifier?: { name?: string } } } | undefined;
const nameOf = (ref: TableRef) => ref?.table?.identifier?.name ?? 'other';

export const labelOf = (node: RootOperationNode): string => {
  if (node.kind === 'RawNode') {
    // `extract(epoch FROM ts)` and the like name no table.
    const text = node.sqlFragments
      .join('?')
      .replace(/\s+/g, ' ')
      .replace(/\(\s*\w+ FROM [^()]*\)/gi, '()');
    const verb = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'RAW';
    const table = /(?:FROM|INTO|UPDATE)\s+([a-z_]+)/i.exec(text)?.[1] ?? 'other';
    return `${verb} ${table}`;
  }
  const loose = node as unknown as { into?: TableRef; table?: TableRef; from?: { froms?: TableRef[] } };
  const verb = node.kind.replace(/QueryNode$/, '').toUpperCase();
  return `${verb} ${nameOf(loose.into ?? loose.table ?? loose.from?.froms?.[0])}`;
};

/** The merge: raw statements that write readings, and anything on the staging, revision, batch and quarantine tables. */
const isMerge = (label: string) =>
  /^(INSERT|UPDATE) readings$/.test(label) || /(ingest_staging|reading_revisions|ingest_batches|quarantine_rows)$/.test(label);

export const createStatementTimer = () => {
  const open = new Map<unknown, Interval>();
  const totals = { merge: 0, rollupSql: 0, other: 0 };
  const byLabel = new Map<string, number>();
  const countByLabel = new Map<string, number>();
  let statements = 0;
  let lastEnd = 0;
  let inMerge = false;
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      open.set(args.queryId, { label: labelOf(args.node), start: nowS() });
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const interval = open.get(args.queryId);
      open.delete(args.queryId);
      if (interval) {
        const end = nowS();
        const charged = Math.max(0, end - Math.max(interval.start, lastEnd));
        lastEnd = Math.max(lastEnd, end);
        statements++;
        if (!inMerge) totals.other += charged;
        else if (isMerge(interval.label)) totals.merge += charged;
        else totals.rollupSql += charged;
        byLabel.set(interval.label, (byLabel.get(interval.label) ?? 0) + charged);
        countByLabel.set(interval.label, (countByLabel.get(interval.label) ?? 0) + 1);
      }
      return args.result;
    },
  };
  return {
    plugin,
    totals,
    byLabel,
    countByLabel,
    statements: () => statements,
    startMerge: () => {
      inMerge = true;
      lastEnd = nowS();
    },
    stopMerge: () => {
      inMerge = false;
    },
  };
};

/** The pipeline in process on `rows`, batch by batch, with the time of each phase in seconds. */
export const profilePipeline = async (
  store: Store,
  enterprise: BenchEnterprise,
  rows: readonly ReadingRow[],
  batchSize: number,
): Promise<PipelineProfile> => {
  const timer = createStatementTimer();
  const phases: Record<Phase, number> = { check: 0, copy: 0, merge: 0, rollupSql: 0, rollupJs: 0 };
  let batchStart = 0;
  let copyEnd = 0;
  const services = servicesOn(store.db.withPlugin(timer.plugin), async (table, columns, data, size) => {
    const copyStart = nowS();
    phases.check += copyStart - batchStart;
    const n = await store.copyRows(table, columns, data, size);
    copyEnd = nowS();
    phases.copy += copyEnd - copyStart;
    timer.startMerge();
    return n;
  });
  const batches = chunk(rows, batchSize);
  const { seconds } = await timed(async () => {
    for (const batch of batches) {
      const before = { ...timer.totals };
      batchStart = nowS();
      const receipt = await services.ingest.ingest(BENCH_ACTOR, enterprise.id, batch, { source: 'http' });
      const end = nowS();
      timer.stopMerge();
      if (receipt.accepted !== batch.length) throw new Error(`profile: accepted ${receipt.accepted} of ${batch.length}`);
      const merge = timer.totals.merge - before.merge;
      const rollupSql = timer.totals.rollupSql - before.rollupSql;
      phases.merge += merge;
      phases.rollupSql += rollupSql;
      phases.rollupJs += Math.max(0, end - copyEnd - merge - rollupSql);
    }
  });
  const top = [...timer.byLabel]
    .map(([label, spent]) => ({ label, count: timer.countByLabel.get(label) ?? 0, seconds: spent }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 8);
  return { rows: rows.length, batches: batches.length, seconds, phases, statements: timer.statements(), top };
};
