import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../test/factories.ts';
import { buildTestApp, login, type Session, type TestApp } from '../../../test/test-app.ts';
import { readZipEntries } from '../documents/zip-entries.test-support.ts';
import { makeEnergyWorks } from './energy-works.test-support.ts';

/** Reviews, rectification and benchmarking through the real routes, as an enterprise user sends them (issue 8). */
describe('energy services over HTTP', () => {
  let t: TestApp;
  let session: Session;
  let passing: Awaited<ReturnType<typeof makeEnergyWorks>>;
  let failing: Awaited<ReturnType<typeof makeEnergyWorks>>;

  beforeAll(async () => {
    t = await buildTestApp();
    passing = await makeEnergyWorks(t.services, { passing: true });
    failing = await makeEnergyWorks(t.services, { passing: false });
    // A province administrator reaches both works (an enterprise user reaches only its own).
    const province = (await t.services.organisations.ensureBureaus({ userId: null, tokenId: null, label: 'test' })).provinceId;
    session = await login(t.app, (await makeUser(t.services, 'province_admin', province)).username);
  });
  afterAll(async () => t?.close());

  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: session.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  const documentText = async (reviewId: string) => {
    const docx = await send('GET', `/api/energy/reviews/${reviewId}/report.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const xml = readZipEntries(docx.rawPayload).get('word/document.xml')?.toString('utf8') ?? '';
    return xml.replace(/<[^>]+>/g, '');
  };

  it('GB 17167: a passing review end to end — every rate 100 %, 100 points, a DOCX that says 合格', async () => {
    const created = await send('POST', `/api/organisations/${passing.enterprise.id}/energy/reviews`, passing.request);
    expect(created.statusCode, created.body).toBe(201);
    const review = created.json();
    expect([review.verdict, review.score, review.failedFindings, review.rectifications]).toEqual(['pass', 100, 0, []]);
    expect(review.findings.map((f: Record<string, unknown>) => [f.level, f.required, f.installed, f.rate, f.limit, f.verdict])).toEqual([
      ['entry_exit', 1, 1, 100, 100, 'pass'],
      ['entry_exit', 1, 1, 100, 100, 'pass'],
      ['entry_exit', 1, 1, 100, 100, 'pass'],
      ['sub_unit', 1, 1, 100, 100, 'pass'],
      ['main_equipment', 2, 2, 100, 95, 'pass'],
    ]);
    const text = await documentText(review.id);
    expect(text).toContain(`${passing.enterprise.name}能源计量审查报告`);
    expect(text).toContain('总分100分（合格线80分），审查结论：合格');
    expect(text).toContain('本次审查未发现需要整改的问题');
  });

  it('GB 17167: a failing review end to end, then its rectification item tracked to closure', async () => {
    const created = await send('POST', `/api/organisations/${failing.enterprise.id}/energy/reviews`, failing.request);
    expect(created.statusCode, created.body).toBe(201);
    const review = created.json();
    expect([review.verdict, review.score, review.failedFindings]).toEqual(['fail', 77.3, 4]);
    expect(review.findings.find((f: { level: string }) => f.level === 'main_equipment')).toMatchObject({
      medium: 'electricity',
      required: 2,
      installed: 1,
      rate: 50,
      limit: 95,
      verdict: 'fail',
      clause: 'GB 17167-2006 4.3 表1',
    });
    expect(review.result.score).toMatchObject({
      equipping: { points: 40 },
      accuracy: { points: 13.3 },
      calibration: { points: 16 },
      management: { points: 8 },
    });
    const text = await documentText(review.id);
    expect(text).toContain('总分77.3分（合格线80分），审查结论：不合格');
    expect(text).toContain('G-IN-01');
    expect(text).toContain('M-103');

    const item = review.rectifications[0];
    const url = `/api/energy/rectifications/${item.id}`;
    const refused = await send('PATCH', url, { status: 'closed' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details).toEqual([
      expect.objectContaining({ field: 'evidence', rule: expect.stringContaining('closing needs evidence') }),
    ]);
    expect((await send('PATCH', url, { status: 'in_progress', note: '已订购电能表' })).json().status).toBe('in_progress');
    const closed = await send('PATCH', url, { status: 'closed', evidence: 'M-103 电能表安装记录及检定证书 DN-2026-0117' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', evidence: 'M-103 电能表安装记录及检定证书 DN-2026-0117', version: 3 });
    expect((await send('PATCH', url, { status: 'in_progress', note: '重开' })).statusCode).toBe(409);
    expect((await send('GET', `/api/energy/reviews/${review.id}`)).json().openItems).toBe(3);
  });

  // GB 16780-2012, clinker ≥ 4000 t/d: advanced 114, new 118, existing 128 kgce/t. Natural gas at a measured 1.25 kgce/m³.
  it.each([
    [88_000, 110, 'advanced', -4],
    [94_400, 118, 'new', 4],
    [100_000, 125, 'existing', 11],
    [104_000, 130, 'exceeds', 16],
  ])(
    'GB 16780-2012 4.1–4.3: %d m³ for 1000 t of clinker is %d kgce/t → %s, %d from the advanced value',
    async (m3, perTonne, verdict, gap) => {
      const response = await send('POST', `/api/organisations/${passing.enterprise.id}/energy/benchmarks`, {
        indicatorId: 'clinker_comprehensive',
        capacityTpd: 5000,
        period: { from: '2026-01', to: '2026-01' },
        energy: [
          { source: 'entered', energy: 'natural_gas', quantity: m3, unit: 'm3', kgcePerUnit: 1.25, evidence: '天然气结算单 2026-01' },
        ],
        production: { quantity: 1000, unit: 't', evidence: '熟料产量月报 2026-01' },
      });
      expect(response.statusCode, response.body).toBe(201);
      const benchmark = response.json();
      expect(benchmark.unitConsumption).toBeCloseTo(perTonne, 9);
      expect(benchmark.verdict).toBe(verdict);
      expect(benchmark.gapToAdvanced).toBeCloseTo(gap, 9);
    },
  );

  it('bad input is named by field and rule', async () => {
    const issues = async (url: string, payload: unknown) => {
      const response = await send('POST', url, payload);
      expect(response.statusCode, response.body).toBe(400);
      return (response.json().details as { field: string; rule: string }[]).map((d) => [d.field, d.rule]);
    };
    const reviews = `/api/organisations/${passing.enterprise.id}/energy/reviews`;
    expect(await issues(reviews, { ...passing.request, entryExitPoints: [] })).toEqual([['entryExitPoints', 'too_small']]);
    // 表4 needs the pipe diameter of a water meter: the register has none, the request must give it.
    expect(await issues(reviews, { ...passing.request, instrumentFacts: { 'E-IN-01': { meteringPointClass: 'III' } } })).toEqual([
      ['instrumentFacts.W-IN-01.pipeDiameterMm', 'a water meter needs its pipe diameter (GB 17167-2006 表4: ≤ 250 mm / > 250 mm)'],
    ]);
    expect(await issues(reviews, { ...passing.request, instrumentFacts: { ...passing.request.instrumentFacts, 'E-IN-01': {} } })).toEqual([
      [
        'instrumentFacts.E-IN-01.meteringPointClass',
        'an AC meter at an entry/exit point needs its DL/T 448 metering-point class I–V (GB 17167-2006 4.3 表4)',
      ],
    ]);
    const benchmarks = `/api/organisations/${passing.enterprise.id}/energy/benchmarks`;
    const base = {
      indicatorId: 'clinker_coal',
      capacityTpd: 5000,
      period: { from: '2026-01', to: '2026-01' },
      energy: [{ source: 'entered', energy: 'electricity', quantity: 1, unit: 'kWh', evidence: '电费单' }],
      production: { quantity: 1000, unit: 't', evidence: '月报' },
    };
    expect(await issues(benchmarks, base)).toEqual([['energy[0].energy', '可比熟料综合煤耗 counts fuels only (GB 16780-2012)']]);
    expect((await issues(benchmarks, { ...base, indicatorId: 'steel' }))[0]?.[0]).toBe('indicatorId');
    expect(
      await issues(benchmarks, { ...base, indicatorId: 'clinker_comprehensive', production: { ...base.production, unit: 'm3' } }),
    ).toEqual([['production.unit', 'a mass unit: kgce/t is per tonne of 熟料']]);
  });
});
