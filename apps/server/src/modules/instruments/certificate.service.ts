import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { AppError, certificateInputSchema, type Certificate, type CertificateInput } from '@jiliang/shared';
import { getCertificateValidUntil, type CertificateFacts } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { CertificateTable, Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';

/**
 * Verification and calibration certificates of instruments and standards (issue 4 §2). A certificate is
 * never edited: a wrong one is revoked with its reason and a new one entered (nothing overwritten).
 */
export type CertificateSubject = { instrumentId: string } | { standardId: string };
export type CertificateSource = 'manual' | 'register_import' | 'dcc';
export type Attachment = { filename: string; mediaType: string; content: Buffer };
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/xml', 'text/xml'];

type CertificateRow = Selectable<CertificateTable>;

const selectCertificates = (db: Kysely<Database>) => db.selectFrom('certificates').selectAll();

/** The store row as the pure metrology core reads it (packages/calc metrology). */
export const toCertificateFacts = (
  row: CertificateRow,
  results: {
    quantity: string;
    measuredValue: number | null;
    unit: string;
    expandedUncertainty: number;
    coverageFactor: number;
    uncertaintyRelative: boolean;
  }[],
  referenceStandardIds: string[],
): CertificateFacts => ({
  id: row.id,
  number: row.number,
  kind: row.kind as CertificateFacts['kind'],
  calibratedOn: row.calibratedOn,
  validUntil: row.validUntil,
  conclusion: row.conclusion as CertificateFacts['conclusion'],
  revokedOn: row.revokedOn,
  laboratoryName: row.laboratoryName,
  referenceStandardIds,
  results: results.map((r) => ({
    quantity: r.quantity,
    value: r.measuredValue ?? undefined,
    unit: r.unit,
    expandedUncertainty: r.expandedUncertainty,
    coverageFactor: r.coverageFactor,
    relative: r.uncertaintyRelative,
  })),
});

export type CertificateService = ReturnType<typeof createCertificateService>;

export const createCertificateService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const loadDetails = async (executor: Kysely<Database>, ids: readonly string[]) => {
    if (ids.length === 0) return { results: [], refs: [], attachments: [] };
    const [results, refs, attachments] = await Promise.all([
      executor
        .selectFrom('certificateResults')
        .selectAll()
        .where('certificateId', 'in', ids)
        .orderBy('certificateId')
        .orderBy('seq')
        .execute(),
      executor
        .selectFrom('certificateReferenceStandards')
        .innerJoin('measurementStandards', 'measurementStandards.id', 'certificateReferenceStandards.standardId')
        .select(['certificateId', 'measurementStandards.id', 'measurementStandards.name', 'measurementStandards.code'])
        .where('certificateId', 'in', ids)
        .orderBy('measurementStandards.name')
        .execute(),
      executor
        .selectFrom('certificateAttachments')
        .select(['id', 'certificateId', 'filename', 'mediaType', 'sizeBytes'])
        .where('certificateId', 'in', ids)
        .orderBy('createdAt')
        .execute(),
    ]);
    return { results, refs, attachments };
  };

  /** Certificates with their results, reference standards and attachments, newest first. */
  const listCertificates = async (subject: CertificateSubject, executor: Kysely<Database> = db): Promise<Certificate[]> => {
    let query = selectCertificates(executor);
    query =
      'instrumentId' in subject
        ? query.where('instrumentId', '=', subject.instrumentId)
        : query.where('standardId', '=', subject.standardId);
    const rows = await query.orderBy('calibratedOn', 'desc').orderBy('createdAt', 'desc').execute();
    const interval = await intervalOf(executor, subject);
    const details = await loadDetails(
      executor,
      rows.map((r) => r.id),
    );
    return rows.map((row) => {
      const results = details.results.filter((r) => r.certificateId === row.id);
      const refs = details.refs.filter((r) => r.certificateId === row.id);
      return {
        ...row,
        effectiveValidUntil: getCertificateValidUntil(
          toCertificateFacts(
            row,
            results,
            refs.map((r) => r.id),
          ),
          interval,
        ),
        source: row.source as Certificate['source'],
        kind: row.kind as Certificate['kind'],
        conclusion: row.conclusion as Certificate['conclusion'],
        results: results.map(({ certificateId: _c, seq: _s, ...r }) => r),
        referenceStandards: refs.map(({ certificateId: _c, ...r }) => r),
        attachments: details.attachments.filter((a) => a.certificateId === row.id).map(({ certificateId: _c, ...a }) => a),
        createdAt: row.createdAt.toISOString(),
      };
    });
  };

  const getCertificate = async (id: string): Promise<Certificate> => {
    const row = await selectCertificates(db).where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `证书 ${id} 不存在 (certificate not found)`, { entity: 'certificate', id });
    const subject: CertificateSubject = row.instrumentId ? { instrumentId: row.instrumentId } : { standardId: row.standardId! };
    return (await listCertificates(subject)).find((c) => c.id === id)!;
  };

  const intervalOf = async (executor: Kysely<Database>, subject: CertificateSubject) => {
    const row =
      'instrumentId' in subject
        ? await executor.selectFrom('instruments').select('intervalMonths').where('id', '=', subject.instrumentId).executeTakeFirst()
        : await executor
            .selectFrom('measurementStandards')
            .select('intervalMonths')
            .where('id', '=', subject.standardId)
            .executeTakeFirst();
    if (!row) {
      const [entity, id] = 'instrumentId' in subject ? ['instrument', subject.instrumentId] : ['standard', subject.standardId];
      throw new AppError('NOT_FOUND', `${entity === 'instrument' ? '计量器具' : '计量标准'} ${id} 不存在 (${entity} not found)`, {
        entity,
        id,
      });
    }
    return row.intervalMonths;
  };

  /**
   * Denormalise the latest certificate that is not revoked and the last day it covers onto the subject,
   * so the register and the due dashboard filter in SQL (the chain still reads every certificate).
   */
  const refreshDue = async (trx: Kysely<Database>, subject: CertificateSubject) => {
    const interval = await intervalOf(trx, subject);
    let query = selectCertificates(trx).where('revokedOn', 'is', null);
    query =
      'instrumentId' in subject
        ? query.where('instrumentId', '=', subject.instrumentId)
        : query.where('standardId', '=', subject.standardId);
    const latest = await query.orderBy('calibratedOn', 'desc').orderBy('validUntil', 'desc').limit(1).executeTakeFirst();
    const dueDate = latest ? getCertificateValidUntil(toCertificateFacts(latest, [], []), interval) : null;
    const values = { latestCertificateId: latest?.id ?? null, dueDate };
    if ('instrumentId' in subject) await trx.updateTable('instruments').set(values).where('id', '=', subject.instrumentId).execute();
    else await trx.updateTable('measurementStandards').set(values).where('id', '=', subject.standardId).execute();
  };

  const ownerOf = async (trx: Kysely<Database>, subject: CertificateSubject) =>
    'instrumentId' in subject
      ? (await trx.selectFrom('instruments').select('ownerId').where('id', '=', subject.instrumentId).executeTakeFirst())?.ownerId
      : (await trx.selectFrom('measurementStandards').select('ownerId').where('id', '=', subject.standardId).executeTakeFirst())?.ownerId;

  /** Insert one certificate inside the caller's transaction; the register import and DCC import use it too. */
  const insertInTransaction = async (
    trx: Kysely<Database>,
    actor: AuditActor,
    subject: CertificateSubject,
    input: CertificateInput,
    options: {
      source: CertificateSource;
      dccIdentifier?: string;
      attachment?: Attachment;
      audit?: boolean;
      /** false: the caller refreshes once after several */ refreshDue?: boolean;
    },
  ) => {
    const value = certificateInputSchema.parse(input);
    const ownerId = await ownerOf(trx, subject);
    if (!ownerId) await intervalOf(trx, subject); // throws the NOT_FOUND naming the subject
    const duplicate = await trx
      .selectFrom('certificates')
      .select(['id'])
      .where('laboratoryName', '=', value.laboratoryName)
      .where('number', '=', value.number)
      .executeTakeFirst();
    if (duplicate)
      throw new AppError('CONFLICT', `${value.laboratoryName} 的证书 ${value.number} 已登记 (certificate already registered)`, [
        { field: 'number', rule: 'unique per issuing laboratory', message: value.number },
      ]);
    if (value.referenceStandardIds.length) {
      const found = await trx.selectFrom('measurementStandards').select('id').where('id', 'in', value.referenceStandardIds).execute();
      const unknown = value.referenceStandardIds.filter((id) => !found.some((f) => f.id === id));
      if (unknown.length)
        throw new AppError('VALIDATION_FAILED', `所用计量标准不存在：${unknown.join(', ')} (unknown reference standards)`, [
          { field: 'referenceStandardIds', rule: 'registered measurement standards (JJF 1033-2023)', message: unknown.join(', ') },
        ]);
      if ('standardId' in subject && value.referenceStandardIds.includes(subject.standardId))
        throw new AppError('VALIDATION_FAILED', '计量标准不能溯源到自身 (a standard cannot trace to itself)', [
          {
            field: 'referenceStandardIds',
            rule: 'JJF 1001-2011 计量溯源性: traceability to a higher standard',
            message: subject.standardId,
          },
        ]);
    }
    const now = clock.now();
    const { id } = await trx
      .insertInto('certificates')
      .values({
        number: value.number,
        kind: value.kind,
        instrumentId: 'instrumentId' in subject ? subject.instrumentId : null,
        standardId: 'standardId' in subject ? subject.standardId : null,
        laboratoryId: value.laboratoryId ?? null,
        laboratoryName: value.laboratoryName,
        calibratedOn: value.calibratedOn,
        issuedOn: value.issuedOn ?? null,
        validUntil: value.validUntil ?? null,
        conclusion: value.conclusion,
        source: options.source,
        dccIdentifier: options.dccIdentifier ?? null,
        notes: value.notes ?? null,
        actorLabel: actor.label,
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (value.results.length)
      await trx
        .insertInto('certificateResults')
        .values(
          value.results.map((r, seq) => ({
            certificateId: id,
            seq,
            quantity: r.quantity,
            nominalValue: r.nominalValue ?? null,
            measuredValue: r.measuredValue ?? null,
            correction: r.correction ?? null,
            unit: r.unit,
            unitValid: r.unitValid,
            expandedUncertainty: r.expandedUncertainty,
            coverageFactor: r.coverageFactor,
            uncertaintyRelative: r.uncertaintyRelative,
          })),
        )
        .execute();
    if (value.referenceStandardIds.length)
      await trx
        .insertInto('certificateReferenceStandards')
        .values(value.referenceStandardIds.map((standardId) => ({ certificateId: id, standardId })))
        .execute();
    if (options.attachment) await insertAttachment(trx, id, options.attachment, now);
    if (options.refreshDue !== false) await refreshDue(trx, subject);
    if (options.audit !== false)
      await appendAudit(
        trx,
        { actor, organisationId: ownerId ?? null, action: 'certificate.create', entityType: 'certificate', entityId: id, after: value },
        now,
      );
    return id;
  };

  const insertAttachment = (trx: Kysely<Database>, certificateId: string, a: Attachment, now: Date) =>
    trx
      .insertInto('certificateAttachments')
      .values({
        certificateId,
        filename: a.filename,
        mediaType: a.mediaType,
        sizeBytes: a.content.length,
        sha256: createHash('sha256').update(a.content).digest('hex'),
        contentBase64: a.content.toString('base64'),
        createdAt: now,
      })
      .execute();

  const addCertificate = async (actor: AuditActor, subject: CertificateSubject, input: CertificateInput) => {
    const id = await db.transaction().execute((trx) => insertInTransaction(trx, actor, subject, input, { source: 'manual' }));
    return getCertificate(id);
  };

  /** Withdraw a certificate from a day on, with the reason; the row and its history stay. */
  const revokeCertificate = async (actor: AuditActor, id: string, input: { revokedOn: string; reason: string }) => {
    await db.transaction().execute(async (trx) => {
      const row = await selectCertificates(trx).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', `证书 ${id} 不存在 (certificate not found)`, { entity: 'certificate', id });
      if (row.revokedOn)
        throw new AppError('CONFLICT', `证书 ${row.number} 已于 ${row.revokedOn} 撤销 (already revoked)`, [
          { field: 'revokedOn', rule: 'a certificate is revoked once', message: row.revokedOn },
        ]);
      if (input.revokedOn < row.calibratedOn)
        throw new AppError('VALIDATION_FAILED', '撤销日期不得早于检定/校准日期 (revokedOn before calibratedOn)', [
          { field: 'revokedOn', rule: 'on or after calibratedOn', message: input.revokedOn },
        ]);
      await trx.updateTable('certificates').set({ revokedOn: input.revokedOn, revokedReason: input.reason }).where('id', '=', id).execute();
      const subject: CertificateSubject = row.instrumentId ? { instrumentId: row.instrumentId } : { standardId: row.standardId! };
      await refreshDue(trx, subject);
      await appendAudit(
        trx,
        {
          actor,
          organisationId: (await ownerOf(trx, subject)) ?? null,
          action: 'certificate.revoke',
          entityType: 'certificate',
          entityId: id,
          after: input,
        },
        clock.now(),
      );
    });
    return getCertificate(id);
  };

  const subjectOf = async (certificateId: string): Promise<CertificateSubject> => {
    const row = await db
      .selectFrom('certificates')
      .select(['instrumentId', 'standardId'])
      .where('id', '=', certificateId)
      .executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', `证书 ${certificateId} 不存在 (certificate not found)`, { entity: 'certificate', id: certificateId });
    return row.instrumentId ? { instrumentId: row.instrumentId } : { standardId: row.standardId! };
  };

  const getAttachment = async (attachmentId: string) => {
    const row = await db.selectFrom('certificateAttachments').selectAll().where('id', '=', attachmentId).executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', `附件 ${attachmentId} 不存在 (attachment not found)`, { entity: 'attachment', id: attachmentId });
    return { ...row, content: Buffer.from(row.contentBase64, 'base64') };
  };

  /** A scan or file of the paper certificate (PDF, PNG, JPEG, XML), at most 10 MB; attachments are never replaced. */
  const addAttachment = async (actor: AuditActor, certificateId: string, file: Attachment) => {
    if (!ATTACHMENT_TYPES.includes(file.mediaType))
      throw new AppError('VALIDATION_FAILED', `附件类型 ${file.mediaType} 不受支持 (attachment type not accepted)`, [
        { field: 'content-type', rule: ATTACHMENT_TYPES.join(', '), message: file.mediaType },
      ]);
    if (file.content.length === 0 || file.content.length > 10 * 1024 * 1024)
      throw new AppError('VALIDATION_FAILED', '附件须为 1 字节至 10 MB (attachment size)', [
        { field: 'body', rule: '1 byte to 10 MB', message: String(file.content.length) },
      ]);
    const subject = await subjectOf(certificateId);
    await db.transaction().execute(async (trx) => {
      const now = clock.now();
      await insertAttachment(trx, certificateId, file, now);
      await appendAudit(
        trx,
        {
          actor,
          organisationId: (await ownerOf(trx, subject)) ?? null,
          action: 'certificate.attachment',
          entityType: 'certificate',
          entityId: certificateId,
          after: { filename: file.filename, size: file.content.length },
        },
        now,
      );
    });
    return getCertificate(certificateId);
  };

  return {
    listCertificates,
    getCertificate,
    insertInTransaction,
    addCertificate,
    addAttachment,
    revokeCertificate,
    subjectOf,
    getAttachment,
    refreshDue,
  };
};
