import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ACTOR, fixedClock, makeServices } from '../../../test/factories.ts';
import { buildChain, meterInput, verification } from '../../../test/instrument-world.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { REGISTER_COLUMNS } from './register-sheet.ts';

/** The register, certificates, chains and status at time t through the services, on both stores (issue 4). */
describe.skipIf(!isTestStoreAvailable())(`instruments on ${testStoreKind()}`, () => {
  let store: Store;
  let services: Services;
  let clock: ReturnType<typeof fixedClock>;
  beforeEach(async () => {
    store = await openTestStore();
    clock = fixedClock('2026-03-01T02:00:00.000Z');
    services = makeServices(store, clock);
  });
  afterEach(async () => store?.close());

  it('JJF 1001-2011 计量溯源性: the chain holds on the meter certificate’s last valid day and breaks the day after', async () => {
    const w = await buildChain(services);
    const meter = await services.instruments.createInstrument(TEST_ACTOR, w.enterprise.id, meterInput());
    // Verified on 2025-03-10 with the working standard, whose own certificate ran to 2025-05-31: valid on its use day.
    await services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: meter.id },
      verification('WH-2025-0310', '2025-03-10', '2026-03-09', [w.working.id]),
    );
    const onLastDay = await services.traceability.traceabilityChain(meter.id, '2026-03-09');
    expect(onLastDay.complete).toBe(true);
    expect(onLastDay.breaks).toEqual([]);
    expect(onLastDay.nodes.map((n) => n.name)).toEqual(
      expect.arrayContaining(['电能国家计量基准', '0.01级三相电能表标准装置', '0.05级三相电能表检定装置']),
    );
    expect(onLastDay.edges).toHaveLength(3);
    expect(onLastDay.edges.every((e) => e.valid)).toBe(true);
    // The working standard's certificate has lapsed by then, but it was valid when it was used: information, not a break.
    expect(onLastDay.nodes.find((n) => n.id === w.working.id)?.stateOnEvaluationDate).toBe('expired');
    const dayAfter = await services.traceability.traceabilityChain(meter.id, '2026-03-10');
    expect(dayAfter.complete).toBe(false);
    expect(dayAfter.breaks.map((b) => [b.nodeId, b.code])).toEqual([[meter.id, 'CERTIFICATE_EXPIRED']]);
    expect(dayAfter.breaks[0]?.message).toContain('WH-2025-0310');
  });

  it('a broken link is named: a meter verified with a standard whose certificate had expired (CERTIFICATE_EXPIRED)', async () => {
    const w = await buildChain(services);
    const meter = await services.instruments.createInstrument(TEST_ACTOR, w.enterprise.id, meterInput());
    await services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: meter.id },
      verification('WH-2025-0701', '2025-07-01', '2026-06-30', [w.working.id]),
    );
    const chain = await services.traceability.traceabilityChain(meter.id, '2025-12-01');
    expect(chain.complete).toBe(false);
    const broken = chain.breaks.find((b) => b.nodeId === w.working.id);
    expect(broken?.code).toBe('CERTIFICATE_EXPIRED');
    expect(broken?.message).toContain('0.05级三相电能表检定装置');
    expect(broken?.message).toContain('2025-05-31');
    const workingKey = chain.nodes.find((n) => n.id === w.working.id)?.key;
    expect(chain.edges.find((e) => e.to === workingKey)?.valid).toBe(false);
  });

  it('status at time t: lapsed, then renewed; the reading’s standard uncertainty is U/k of the governing certificate', async () => {
    const w = await buildChain(services);
    const meter = await services.instruments.createInstrument(TEST_ACTOR, w.enterprise.id, meterInput({ accuracyClass: '0.5S' }));
    await services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: meter.id },
      verification('WH-2024-0301', '2024-03-01', '2025-02-28', [w.working.id]),
    );
    await services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: meter.id },
      {
        ...verification('WH-2025-0401', '2025-04-01', '2026-03-31', [w.working.id]),
        kind: 'calibration',
        conclusion: 'calibrated',
      },
    );
    const before = await services.traceability.statusAt(meter.id, '2025-02-28T15:59:59.000Z'); // 23:59:59 on 28 Feb in Shanghai
    expect(before.certificateState).toBe('valid');
    const gap = await services.traceability.statusAt(meter.id, '2025-03-15T04:00:00.000Z', { value: 1000, unit: 'kWh' });
    expect(gap.certificateState).toBe('expired');
    expect(gap.isUsable).toBe(false);
    expect(gap.reason.code).toBe('CERTIFICATE_EXPIRED');
    expect(gap.reason.message).toContain('WH-2024-0301');
    expect(gap.standardUncertainty).toBeNull();
    const renewed = await services.traceability.statusAt(meter.id, '2025-04-01', { value: 1000, unit: 'kWh' });
    expect(renewed.certificateState).toBe('valid');
    expect(renewed.certificate?.number).toBe('WH-2025-0401');
    // U = 0.2 % of 1000 kWh = 2 kWh at k = 2 → u = 1 kWh (JJF 1059.1-2012 4.3.3.2).
    expect(renewed.standardUncertainty?.method).toBe('certificate_U_over_k');
    expect(renewed.standardUncertainty?.u).toBeCloseTo(1, 12);
    const instrument = await services.instruments.getInstrument(meter.id);
    expect(instrument.latestCertificateNumber).toBe('WH-2025-0401');
    expect(instrument.dueDate).toBe('2026-03-31');
    expect(instrument.dueState).toBe('due_soon'); // 30 days from 1 March 2026
  });

  it('revoking the governing certificate moves the due date back and the chain names the revocation', async () => {
    const w = await buildChain(services);
    const meter = await services.instruments.createInstrument(TEST_ACTOR, w.enterprise.id, meterInput());
    await services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: meter.id },
      verification('WH-2024-1101', '2024-11-01', '2025-10-31', [w.working.id]),
    );
    const latest = await services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: meter.id },
      verification('WH-2025-1101', '2025-11-01', '2026-10-31', [w.working.id]),
    );
    await services.certificates.revokeCertificate(TEST_ACTOR, latest.id, { revokedOn: '2026-01-10', reason: '证书信息有误' });
    await expect(
      services.certificates.revokeCertificate(TEST_ACTOR, latest.id, { revokedOn: '2026-01-11', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const instrument = await services.instruments.getInstrument(meter.id);
    expect(instrument.dueDate).toBe('2025-10-31');
    expect(instrument.dueState).toBe('overdue');
    const chain = await services.traceability.traceabilityChain(meter.id, '2026-02-01');
    expect(chain.breaks[0]?.code).toBe('CERTIFICATE_REVOKED');
  });

  it('the register refuses a duplicate code and a stale edit, and keeps the status history', async () => {
    const w = await buildChain(services);
    const meter = await services.instruments.createInstrument(TEST_ACTOR, w.enterprise.id, meterInput({ code: 'EM-001' }));
    await expect(services.instruments.createInstrument(TEST_ACTOR, w.enterprise.id, meterInput({ code: 'EM-001' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [expect.objectContaining({ field: 'code' })],
    });
    await services.instruments.updateInstrument(TEST_ACTOR, meter.id, meterInput({ code: 'EM-001', name: '1#进线总表' }), 1);
    await expect(services.instruments.updateInstrument(TEST_ACTOR, meter.id, meterInput({ code: 'EM-001' }), 1)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    clock.advanceMinutes(5);
    await services.instruments.changeStatus(TEST_ACTOR, [meter.id], { status: 'under_repair', reason: '表计故障送修' });
    const history = await services.instruments.statusHistory(meter.id);
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'in_service'],
      ['in_service', 'under_repair'],
    ]);
    expect((await verifyAuditChain(store.db)).ok).toBe(true);
  });

  it('Excel import: bad rows are reported per row with field and rule, the good rows are kept; re-import changes nothing', async () => {
    const w = await buildChain(services);
    const header = REGISTER_COLUMNS.map((c) => c.header);
    const row = (values: Record<string, string | number>) => header.map((h) => values[h] ?? '');
    const good = {
      管理编号: 'E-01',
      器具名称: '1#进线电能表',
      器具类别: '电能表',
      能源种类: '电力',
      配备级别: '一级',
      准确度等级: '0.5S',
      测量范围: '0~1.5 A',
      CT变比: '200/5',
      PT变比: '10000/100',
      是否强检: '是',
      '检定周期(月)': 12,
      '检定/校准日期': '2025-09-01',
      有效期至: '2026-08-31',
      证书编号: 'JD-2025-0901',
      '检定/校准单位': '武汉碳计量中心',
      检定结论: '合格',
    };
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['某热电公司计量器具台账']);
    sheet.addRow(header);
    sheet.addRow(row(good)); // row 3: good, with its certificate
    sheet.addRow(row({ ...good, 管理编号: 'E-02', 器具类别: '电度表', 证书编号: '', '检定/校准日期': '' })); // row 4: unknown type
    sheet.addRow(row({ ...good, 管理编号: 'E-03', 器具名称: '', 证书编号: 'JD-2025-0903' })); // row 5: no name
    sheet.addRow(row({ ...good, 管理编号: 'E-04', 测量范围: '大约一百安', 证书编号: 'JD-2025-0904' })); // row 6: bad range
    sheet.addRow(row({ ...good, 管理编号: 'E-01', 证书编号: 'JD-2025-0905' })); // row 7: duplicate of row 3
    sheet.addRow(row({ ...good, 管理编号: 'E-06', 有效期至: '2025-13-40', 证书编号: 'JD-2025-0906' })); // row 8: bad date
    sheet.addRow(row({ ...good, 管理编号: 'E-07', 器具名称: '2#主变电能表', 配备级别: '二级', 证书编号: 'JD-2025-0907' })); // row 9: good
    sheet.addRow(
      row({
        管理编号: 'E-08',
        器具名称: '锅炉给水流量计',
        器具类别: '液体流量计',
        能源种类: '水',
        配备级别: '主要用能设备',
        是否强检: '否',
      }),
    ); // row 10: good, no certificate
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await services.registerImport.importRegister(TEST_ACTOR, w.enterprise.id, content);
    expect(report).toMatchObject({ rows: 8, created: 3, updated: 0, unchanged: 0, certificatesCreated: 2 });
    expect(report.rejected.map((r) => [r.row, r.code, r.issues.map((i) => i.field)])).toEqual([
      [4, 'E-02', ['器具类别']],
      [5, 'E-03', ['器具名称']],
      [6, 'E-04', ['测量范围']],
      [7, 'E-01', ['管理编号']],
      [8, 'E-06', ['有效期至']],
    ]);
    expect(report.rejected[0]?.issues[0]?.message).toContain('电度表');
    const register = await services.instruments.listInstruments({ kind: 'all' }, { ownerId: w.enterprise.id, page: 1, pageSize: 50 });
    expect(register.items.map((i) => i.code)).toEqual(['E-01', 'E-07', 'E-08']);
    const e01 = register.items[0]!;
    expect([e01.ctRatio, e01.ptRatio, e01.rangeMax, e01.gb17167Level, e01.dueDate]).toEqual([40, 100, 1.5, 'entry_exit', '2026-08-31']);
    // Export and re-import: the layout round-trips, nothing is created or overwritten.
    const exported = await services.registerImport.exportRegister(w.enterprise.id);
    const again = await services.registerImport.importRegister(TEST_ACTOR, w.enterprise.id, exported.content);
    expect(again).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3, certificatesCreated: 0, rejected: [] });
    // A changed row is refused in create mode (never overwritten silently), applied in update mode.
    const changed = new ExcelJS.Workbook();
    changed.addWorksheet('台账').addRows([header, row({ ...good, 器具名称: '1#进线总表（更换）', 证书编号: '', '检定/校准日期': '' })]);
    const changedContent = Buffer.from(await changed.xlsx.writeBuffer());
    const refused = await services.registerImport.importRegister(TEST_ACTOR, w.enterprise.id, changedContent);
    expect(refused.rejected[0]?.issues[0]?.message).toContain('器具名称');
    const updated = await services.registerImport.importRegister(TEST_ACTOR, w.enterprise.id, changedContent, 'update');
    expect(updated.updated).toBe(1);
    expect((await services.instruments.getInstrument(e01.id)).name).toBe('1#进线总表（更换）');
  });

  it('refuses a workbook without the required columns, naming them', async () => {
    const w = await buildChain(services);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRows([
      ['管理编号', '器具名称'],
      ['A', 'B'],
    ]);
    await expect(
      services.registerImport.importRegister(TEST_ACTOR, w.enterprise.id, Buffer.from(await workbook.xlsx.writeBuffer())),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('器具类别'),
    });
    await expect(services.registerImport.importRegister(TEST_ACTOR, w.enterprise.id, Buffer.from('not a workbook'))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('due dates: overdue and due within 30 days per owner, and the calendar; the sweep writes each reminder once', async () => {
    const w = await buildChain(services);
    const make = async (code: string, validUntil: string) => {
      const i = await services.instruments.createInstrument(TEST_ACTOR, w.enterprise.id, meterInput({ code }));
      await services.certificates.addCertificate(
        TEST_ACTOR,
        { instrumentId: i.id },
        verification(`C-${code}`, '2025-03-01', validUntil, [w.working.id]),
      );
    };
    await make('A', '2026-02-28'); // overdue on 1 March 2026
    await make('B', '2026-03-01'); // last valid day today: due soon, not overdue
    await make('C', '2026-03-31'); // day 30: due soon
    await make('D', '2026-04-01'); // day 31: ok
    await services.instruments.createInstrument(TEST_ACTOR, w.enterprise.id, meterInput({ code: 'E' })); // never certified
    const overview = await services.instruments.dueOverview({ kind: 'all' }, { ownerId: w.enterprise.id });
    expect(overview.owners).toEqual([
      expect.objectContaining({ ownerId: w.enterprise.id, total: 5, overdue: 1, dueSoon: 2, neverCertified: 1 }),
    ]);
    expect(overview.calendar.map((d) => d.date)).toEqual(['2026-02-28', '2026-03-01', '2026-03-31', '2026-04-01']);
    const overdue = await services.instruments.listInstruments(
      { kind: 'all' },
      { ownerId: w.enterprise.id, due: 'overdue', page: 1, pageSize: 50 },
    );
    expect(overdue.items.map((i) => [i.code, i.dueState])).toEqual([['A', 'overdue']]);
    const soon = await services.instruments.listInstruments(
      { kind: 'all' },
      { ownerId: w.enterprise.id, due: 'due_soon', page: 1, pageSize: 50 },
    );
    expect(soon.items.map((i) => i.code)).toEqual(['B', 'C']);
    const first = await services.reminders.sweepReminders();
    expect(first.created).toBeGreaterThanOrEqual(3);
    expect((await services.reminders.sweepReminders()).created).toBe(0);
    const open = await services.reminders.listReminders({ kind: 'all' }, w.enterprise.id);
    expect(open.map((r) => [r.code, r.kind])).toEqual([
      ['A', 'overdue'],
      ['B', 'due_soon'],
      ['C', 'due_soon'],
    ]);
    await services.reminders.acknowledge(TEST_ACTOR, { instrumentId: open[0]!.instrumentId, dueDate: open[0]!.dueDate, kind: 'overdue' });
    expect((await services.reminders.listReminders({ kind: 'all' }, w.enterprise.id)).map((r) => r.code)).toEqual(['B', 'C']);
    // RFC 5545: all-day events on each due date, CRLF lines.
    const ics = await services.reminders.dueCalendar({ kind: 'all' }, w.enterprise.id);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260228');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });

  it('JJF 1033-2023 checks are recorded with verdict and rule; CM-15 draws from the capabilities register', async () => {
    const w = await buildChain(services);
    const readings = [1.0001, 1.0003, 0.9998, 1.0002, 1.0, 0.9999, 1.0001, 1.0002, 0.9997, 1.0];
    const check = await services.standards.recordCheck(TEST_ACTOR, w.working.id, {
      kind: 'repeatability',
      performedOn: '2026-02-10',
      readings,
      budgetRepeatability: 0.001,
    });
    expect(check.verdict).toBe('pass');
    expect(check.rule).toContain('JJF 1033');
    await expect(
      services.standards.recordCheck(TEST_ACTOR, w.working.id, { kind: 'repeatability', performedOn: '2027-01-01', readings }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await services.standards.createCapability(TEST_ACTOR, w.centre.id, {
      kind: 'verification_calibration',
      name: '电能表检定',
      measurand: '电能',
      rangeText: '0.2S~2级',
    });
    await services.standards.createCapability(TEST_ACTOR, w.centre.id, {
      kind: 'key_parameter',
      name: '天然气低位发热量测定',
      measurand: '发热量',
    });
    const withdrawn = await services.standards.createCapability(TEST_ACTOR, w.centre.id, {
      kind: 'key_parameter',
      name: '燃煤元素碳含量',
      measurand: '碳含量',
    });
    await services.standards.setCapabilityActive(TEST_ACTOR, withdrawn.id, false);
    expect(await services.standards.samplingPopulation(w.centre.id)).toEqual({
      verificationCalibration: ['电能表检定（0.2S~2级）'],
      keyParameter: ['天然气低位发热量测定'],
    });
  });
});
