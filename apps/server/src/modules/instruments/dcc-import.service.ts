import type { Kysely } from 'kysely';
import { AppError, type CertificateInput } from '@jiliang/shared';
import { isDccError, parseDcc, type DccCertificate, type DccWarning } from '@jiliang/protocols';
import type { Database } from '../../store/database.ts';
import type { AuditActor } from '../audit/audit.service.ts';
import type { CertificateService } from './certificate.service.ts';

/**
 * Import of a PTB Digital Calibration Certificate (DCC XML v3.x, STANDARDS.md §7) onto an instrument.
 * The XML is kept as the certificate's attachment. Decided here:
 * - number = dcc:uniqueIdentifier; calibratedOn = endPerformanceDate; issuedOn = issueDate;
 * - a DCC that states conformity is a verification with that verdict, otherwise a calibration;
 * - the serial number in dcc:items must match the instrument's (a DCC of another instrument is refused);
 * - dcc:measuringEquipments are linked to registered standards by their code or certificate number;
 *   the ones not found are warnings, because the chain then shows the missing link by name;
 * - a quantity without an uncertainty is not stored as a result (a warning says so); a malformed D-SI unit
 *   is stored with unitValid = false and a warning, never a failure.
 */
export const createDccImportService = ({ db, certificates }: { db: Kysely<Database>; certificates: CertificateService }) => {
  const toInput = (
    dcc: DccCertificate,
    warnings: DccWarning[],
    referenceStandardIds: string[],
    overrides: DccOverrides,
  ): CertificateInput => {
    const conformity = overrides.conclusion ?? dcc.conclusion;
    const results: NonNullable<CertificateInput['results']> = [];
    dcc.results.forEach((result, r) =>
      result.quantities.forEach((q, i) => {
        if (q.expandedUncertainty === undefined && q.standardUncertainty === undefined) {
          warnings.push({
            path: `results[${r}].quantities[${i}]`,
            message: `“${q.name || result.name}”没有不确定度，未作为结果保存 (no uncertainty: not stored)`,
          });
          return;
        }
        const U = q.expandedUncertainty ?? q.standardUncertainty!;
        const k = q.expandedUncertainty !== undefined ? (q.coverageFactor ?? 2) : 1;
        results.push({
          quantity: [result.name, q.name].filter(Boolean).join(' / ') || result.measurementResultName,
          measuredValue: q.value,
          unit: q.unit,
          unitValid: q.unitValid,
          expandedUncertainty: U,
          coverageFactor: k,
          uncertaintyRelative: false,
        });
      }),
    );
    return {
      number: dcc.uniqueIdentifier,
      kind: conformity === 'pass' || conformity === 'fail' ? 'verification' : 'calibration',
      laboratoryId: overrides.laboratoryId ?? null,
      laboratoryName: dcc.laboratory.name,
      calibratedOn: dcc.endPerformanceDate,
      issuedOn: dcc.issueDate ?? null,
      validUntil: overrides.validUntil ?? null,
      conclusion: conformity === 'pass' || conformity === 'fail' ? conformity : conformity === 'limited' ? 'limited' : 'calibrated',
      referenceStandardIds,
      results: results.slice(0, 200),
      notes: [`PTB DCC ${dcc.schemaVersion}`, ...dcc.usedMethods.map((m) => `方法 ${m}`)].join('；'),
    };
  };

  type DccOverrides = { conclusion?: 'pass' | 'fail' | 'limited' | 'calibrated'; validUntil?: string | null; laboratoryId?: string | null };

  const importDcc = async (actor: AuditActor, instrumentId: string, input: { xml: string; filename: string } & DccOverrides) => {
    let parsed: ReturnType<typeof parseDcc>;
    try {
      parsed = parseDcc(input.xml);
    } catch (error) {
      if (!isDccError(error)) throw error;
      throw new AppError('VALIDATION_FAILED', `DCC 文件无效：${error.message} (PTB DCC v3.x)`, [
        { field: `xml${error.path ? ` ${error.path}` : ''}`, rule: `PTB DCC v3.x: ${error.code}`, message: error.message },
      ]);
    }
    const { certificate: dcc } = parsed;
    const warnings = [...parsed.warnings];
    const instrument = await db
      .selectFrom('instruments')
      .select(['serialNumber', 'ownerId'])
      .where('id', '=', instrumentId)
      .executeTakeFirst();
    if (!instrument)
      throw new AppError('NOT_FOUND', `计量器具 ${instrumentId} 不存在 (instrument not found)`, { entity: 'instrument', id: instrumentId });
    const serials = dcc.items.map((i) => i.serialNumber).filter((s): s is string => Boolean(s));
    if (instrument.serialNumber && serials.length && !serials.includes(instrument.serialNumber))
      throw new AppError(
        'VALIDATION_FAILED',
        `DCC 所列出厂编号 ${serials.join('、')} 与本器具 ${instrument.serialNumber} 不符 (serial number mismatch)`,
        [
          {
            field: 'xml dcc:items/dcc:item/dcc:identifications',
            rule: 'the DCC must describe this instrument',
            message: serials.join(', '),
          },
        ],
      );
    if (!instrument.serialNumber)
      warnings.push({ path: 'dcc:items', message: '器具未登记出厂编号，无法核对 DCC 对象 (no serial number to check)' });
    const referenceStandardIds: string[] = [];
    for (const [i, ref] of dcc.referenceStandards.entries()) {
      const keys = [ref.identification, ref.certificateNumber].filter((k): k is string => Boolean(k));
      const found = keys.length
        ? await db
            .selectFrom('measurementStandards')
            .leftJoin('certificates', 'certificates.standardId', 'measurementStandards.id')
            .select('measurementStandards.id')
            .where((eb) => eb.or([eb('measurementStandards.code', 'in', keys), eb('certificates.number', 'in', keys)]))
            .executeTakeFirst()
        : undefined;
      if (found) referenceStandardIds.push(found.id);
      else
        warnings.push({
          path: `dcc:measuringEquipments/dcc:measuringEquipment[${i}]`,
          message: `参考标准“${ref.name}”${keys.length ? `（${keys.join('，')}）` : ''}未在平台登记，溯源链将在此断开 (reference standard not registered)`,
        });
    }
    const certificateInput = toInput(dcc, warnings, [...new Set(referenceStandardIds)], input);
    const id = await db.transaction().execute((trx) =>
      certificates.insertInTransaction(trx, actor, { instrumentId }, certificateInput, {
        source: 'dcc',
        dccIdentifier: dcc.uniqueIdentifier,
        attachment: { filename: input.filename, mediaType: 'application/xml', content: Buffer.from(input.xml, 'utf8') },
      }),
    );
    return { certificate: await certificates.getCertificate(id), warnings };
  };

  return { importDcc };
};
