import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { Store } from '@jiliang/server';
import { BENCH_ACTOR, chunk, servicesOn, timed, type BenchEnterprise, type ReadingRow } from './fixture.ts';

/**
 * Where the pipeline's time goes, measured from outside the server code: the same rows through
 * `services.ingest.ingest` in process (no HTTP), on services wired to the store through a Kysely plugin
 * that times every statement by what it touches. Statements run in parallel (Promise.all) are charged by wall
 * time, never twice: a statement is charged from when it started or the previous one ended, whichever is later.
 * Phases:
 *   write    INSERT/UPDATE of readings, reading_revisions, ingest_batches, quarantine_rows;
 *   rollups  the rollup statements: increments (one `WITH … INSERT … FROM unnest` for hours, days and months), points and swaps, and a refresh's
 *            reads and replacements of rollups_*;
 *   other    the rest of the SQL: point locks, last readings, stored values, quality marks, partitions;
 *   js       everything outside a statement: row checks, grouping, steps and bucketing, array literals, commit.
 */
export type Phase = 'write' | 'rollups' | 'other' | 'js';
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

const isWrite = (label: string) => /^(INSERT|UPDATE) (readings|reading_revisions|ingest_batches|quarantine_rows)$/.test(label);
const isRollup = (label: string) =>
  /^(WITH other|INSERT unnest|SELECT points|SELECT point_instruments|(DELETE|INSERT|SELECT) rollups_\w+)$/.test(label);

export const createStatementTimer = () => {
  const open = new Map<unknown, Interval>();
  const totals = { write: 0, rollups: 0, other: 0 };
  const byLabel = new Map<string, number>();
  const countByLabel = new Map<string, number>();
  let statements = 0;
  let lastEnd = 0;
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
        totals[isWrite(interval.label) ? 'write' : isRollup(interval.label) ? 'rollups' : 'other'] += charged;
        byLabel.set(interval.label, (byLabel.get(interval.label) ?? 0) + charged);
        countByLabel.set(interval.label, (countByLabel.get(interval.label) ?? 0) + 1);
      }
      return args.result;
    },
  };
  return { plugin, totals, byLabel, countByLabel, statements: () => statements };
};

/** The pipeline in process on `rows`, batch by batch, with the time of each phase in seconds. */
export const profilePipeline = async (
  store: Store,
  enterprise: BenchEnterprise,
  rows: readonly ReadingRow[],
  batchSize: number,
): Promise<PipelineProfile> => {
  const timer = createStatementTimer();
  const services = servicesOn(store.db.withPlugin(timer.plugin));
  const batches = chunk(rows, batchSize);
  const { seconds } = await timed(async () => {
    for (const batch of batches) {
      const receipt = await services.ingest.ingest(BENCH_ACTOR, enterprise.id, batch, { source: 'http' });
      if (receipt.accepted !== batch.length) throw new Error(`profile: accepted ${receipt.accepted} of ${batch.length}`);
    }
  });
  const sql = timer.totals.write + timer.totals.rollups + timer.totals.other;
  const phases: Record<Phase, number> = { ...timer.totals, js: Math.max(0, seconds - sql) };
  const top = [...timer.byLabel]
    .map(([label, spent]) => ({ label, count: timer.countByLabel.get(label) ?? 0, seconds: spent }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 8);
  return { rows: rows.length, batches: batches.length, seconds, phases, statements: timer.statements(), top };
};
