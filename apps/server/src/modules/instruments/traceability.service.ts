import type { Kysely } from 'kysely';
import { AppError } from '@jiliang/shared';
import { evaluateTraceabilityChain, instrumentStatusAt, toShanghaiDate, type CalendarDate, type TraceNode } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { toCertificateFacts } from './certificate.service.ts';

/**
 * The traceability chain (量值溯源, JJF 1001-2011 计量溯源性) and the status of an instrument at a time t
 * (issue 4 §3, §6). The store is read here; the judging is the pure core in packages/calc/metrology.
 */
export type TraceabilityService = ReturnType<typeof createTraceabilityService>;

export const createTraceabilityService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  /** Certificates (with results and the standards they name) of the given subjects, grouped by subject. */
  const loadCertificates = async (column: 'instrumentId' | 'standardId', ids: readonly string[]) => {
    if (ids.length === 0) return new Map<string, TraceNode['certificates']>();
    const rows = await db.selectFrom('certificates').selectAll().where(column, 'in', ids).execute();
    const certIds = rows.map((r) => r.id);
    const [results, refs] = certIds.length
      ? await Promise.all([
          db.selectFrom('certificateResults').selectAll().where('certificateId', 'in', certIds).orderBy('seq').execute(),
          db.selectFrom('certificateReferenceStandards').selectAll().where('certificateId', 'in', certIds).execute(),
        ])
      : [[], []];
    const bySubject = new Map<string, TraceNode['certificates']>();
    for (const row of rows) {
      const subject = row[column]!;
      const facts = toCertificateFacts(
        row,
        results.filter((r) => r.certificateId === row.id),
        refs.filter((r) => r.certificateId === row.id).map((r) => r.standardId),
      );
      bySubject.set(subject, [...(bySubject.get(subject) ?? []), facts]);
    }
    return bySubject;
  };

  /** Instruments as traceability nodes with their certificates (no standards), for status on a day in bulk. */
  const loadInstrumentNodes = async (ids: readonly string[]) => {
    const unique = [...new Set(ids)];
    if (unique.length === 0)
      return new Map<string, { node: TraceNode; code: string; accuracyClass: string | null; mpeRelative: number | null }>();
    const [rows, certificates] = await Promise.all([
      db
        .selectFrom('instruments')
        .select(['id', 'name', 'code', 'intervalMonths', 'accuracyClass', 'mpeRelative'])
        .where('id', 'in', unique)
        .execute(),
      loadCertificates('instrumentId', unique),
    ]);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          node: {
            id: r.id,
            kind: 'instrument' as const,
            name: `${r.name}（${r.code}）`,
            isNationalPrimary: false,
            intervalMonths: r.intervalMonths,
            certificates: certificates.get(r.id) ?? [],
          },
          code: r.code,
          accuracyClass: r.accuracyClass,
          mpeRelative: r.mpeRelative,
        },
      ]),
    );
  };

  /** The instrument and every standard reachable from its certificates, breadth first, one query per level. */
  const loadGraph = async (instrumentId: string) => {
    const instrument = await db
      .selectFrom('instruments')
      .innerJoin('organisations', 'organisations.id', 'instruments.ownerId')
      .select([
        'instruments.id',
        'instruments.name',
        'instruments.code',
        'instruments.intervalMonths',
        'instruments.accuracyClass',
        'instruments.mpeRelative',
        'instruments.rangeUnit',
        'instruments.status',
        'organisations.name as ownerName',
      ])
      .where('instruments.id', '=', instrumentId)
      .executeTakeFirst();
    if (!instrument)
      throw new AppError('NOT_FOUND', `计量器具 ${instrumentId} 不存在 (instrument not found)`, { entity: 'instrument', id: instrumentId });
    const nodes = new Map<string, TraceNode>();
    const own = await loadCertificates('instrumentId', [instrumentId]);
    nodes.set(instrumentId, {
      id: instrumentId,
      kind: 'instrument',
      name: `${instrument.name}（${instrument.code}）`,
      isNationalPrimary: false,
      intervalMonths: instrument.intervalMonths,
      certificates: own.get(instrumentId) ?? [],
    });
    const owners = new Map<string, { ownerName: string; level: string | null; code: string }>();
    owners.set(instrumentId, { ownerName: instrument.ownerName, level: null, code: instrument.code });
    let frontier = [...new Set((own.get(instrumentId) ?? []).flatMap((c) => c.referenceStandardIds))];
    while (frontier.length) {
      const standards = await db
        .selectFrom('measurementStandards')
        .innerJoin('organisations', 'organisations.id', 'measurementStandards.ownerId')
        .select([
          'measurementStandards.id',
          'measurementStandards.name',
          'measurementStandards.code',
          'measurementStandards.level',
          'measurementStandards.intervalMonths',
          'organisations.name as ownerName',
        ])
        .where('measurementStandards.id', 'in', frontier)
        .execute();
      const certificates = await loadCertificates(
        'standardId',
        standards.map((s) => s.id),
      );
      for (const s of standards) {
        owners.set(s.id, { ownerName: s.ownerName, level: s.level, code: s.code });
        nodes.set(s.id, {
          id: s.id,
          kind: 'standard',
          name: s.name,
          isNationalPrimary: s.level === 'national_primary',
          intervalMonths: s.intervalMonths,
          certificates: certificates.get(s.id) ?? [],
        });
      }
      frontier = [...new Set(standards.flatMap((s) => (certificates.get(s.id) ?? []).flatMap((c) => c.referenceStandardIds)))].filter(
        (id) => !nodes.has(id),
      );
    }
    return { instrument, nodes, owners };
  };

  const dayOf = (at?: string): CalendarDate => (at ? (at.length === 10 ? at : toShanghaiDate(new Date(at))) : toShanghaiDate(clock.now()));

  /** Every link of the chain at a day, whether each held, and where and why it breaks. */
  const traceabilityChain = async (instrumentId: string, at?: string) => {
    const { nodes, owners } = await loadGraph(instrumentId);
    const chain = evaluateTraceabilityChain(instrumentId, nodes, dayOf(at));
    return {
      ...chain,
      nodes: chain.nodes.map((n) => ({
        ...n,
        ownerName: owners.get(n.id)?.ownerName ?? null,
        level: owners.get(n.id)?.level ?? null,
        code: owners.get(n.id)?.code ?? null,
      })),
    };
  };

  /**
   * Status at time t (issue 4 §6), the one function the quality and accounting work call: the valid
   * certificate or why there is none, its uncertainty, and the standard uncertainty for a reading
   * (U/k from the certificate, else the class MPE as a rectangular distribution, JJF 1059.1-2012 4.3.3).
   */
  const statusAt = async (instrumentId: string, at: Date | string, reading?: { value: number; unit?: string }) => {
    const { instrument, nodes } = await loadGraph(instrumentId);
    const node = nodes.get(instrumentId)!;
    const instant = typeof at === 'string' && at.length === 10 ? at : toShanghaiDate(typeof at === 'string' ? new Date(at) : at);
    return {
      instrumentId,
      instrumentStatus: instrument.status,
      ...instrumentStatusAt(node, instant, {
        accuracyClass: instrument.accuracyClass ?? undefined,
        mpeRelative: instrument.mpeRelative ?? undefined,
        reading: reading?.value,
        unit: reading?.unit ?? instrument.rangeUnit ?? undefined,
      }),
    };
  };

  return { loadGraph, loadInstrumentNodes, traceabilityChain, statusAt };
};
