import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  bulkStatusChangeSchema,
  certificateInputSchema,
  certificateSchema,
  dccImportReportSchema,
  dccImportSchema,
  instrumentInputSchema,
  instrumentSchema,
  listInstrumentsQuerySchema,
  pageOf,
  registerImportReportSchema,
  revokeCertificateSchema,
  statusChangeSchema,
  statusHistoryEntrySchema,
} from '@jiliang/shared';
import { scopeOf } from '@jiliang/calc';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationInQuery, organisationParam, type TargetResolver } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';

const idParams = z.object({ id: z.string().uuid() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Target: the owner of the instrument named by `:id`. */
const instrumentParam: TargetResolver = (request, services) => services.instruments.ownerTargetOf((request.params as { id: string }).id);
/** Target: the owners of every instrument in a bulk request (all must be in scope). */
const instrumentsInBody: TargetResolver = async (request, services) =>
  Promise.all(((request.body as { ids?: string[] }).ids ?? []).map((id) => services.instruments.ownerTargetOf(id)));
/** Target: the owner of the instrument or standard a certificate belongs to. */
const certificateParam: TargetResolver = async (request, services) => {
  const subject = await services.certificates.subjectOf((request.params as { id: string }).id);
  return 'instrumentId' in subject
    ? services.instruments.ownerTargetOf(subject.instrumentId)
    : services.standards.ownerTargetOf(subject.standardId);
};

/** Target: the owner of the instrument named in the body. */
const instrumentInBody: TargetResolver = (request, services) =>
  services.instruments.ownerTargetOf((request.body as { instrumentId?: string }).instrumentId ?? '');

const reminderSchema = z
  .object({
    instrumentId: z.string(),
    dueDate: z.string(),
    kind: z.enum(['overdue', 'due_soon']),
    createdAt: z.string(),
    code: z.string(),
    name: z.string(),
    ownerId: z.string(),
    ownerName: z.string(),
  })
  .meta({ id: 'InstrumentReminder' });

const dueOverviewSchema = z
  .object({
    today: z.string(),
    windowEnd: z.string(),
    owners: z.array(
      z.object({
        ownerId: z.string(),
        ownerName: z.string(),
        ownerKind: z.string(),
        total: z.number(),
        overdue: z.number(),
        dueSoon: z.number(),
        neverCertified: z.number(),
      }),
    ),
    calendar: z.array(z.object({ date: z.string(), count: z.number() })),
  })
  .meta({ id: 'InstrumentDueOverview' });

const atQuery = z.object({
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'a date YYYY-MM-DD or an ISO 8601 instant')
    .optional(),
});

export const instrumentRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  // The register's Excel import takes the workbook itself as the body.
  app.addContentTypeParser([XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );
  // Scans of paper certificates arrive as the file itself.
  app.addContentTypeParser(
    ['application/pdf', 'image/png', 'image/jpeg', 'application/xml', 'text/xml'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/api/instruments',
    {
      config: { access: needs('instruments:read', organisationInQuery('ownerId')) },
      schema: {
        tags: ['instruments'],
        summary: '计量器具台账 The register, filtered (type, medium, status, level, site, due state)',
        querystring: listInstrumentsQuerySchema,
        response: { 200: pageOf(instrumentSchema) },
      },
    },
    async (request) => services.instruments.listInstruments(scopeOf(request.principal), request.query),
  );

  app.post(
    '/api/organisations/:id/instruments',
    {
      config: { access: needs('instruments:write', organisationParam()) },
      schema: {
        tags: ['instruments'],
        summary: '登记计量器具 Register an instrument',
        params: idParams,
        body: instrumentInputSchema,
        response: { 201: instrumentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.instruments.createInstrument(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/organisations/:id/instruments.xlsx',
    {
      config: { access: needs('instruments:read', organisationParam()) },
      schema: { tags: ['instruments'], summary: '导出台账 Export the register (XLSX, the import layout)', params: idParams },
    },
    async (request, reply) => {
      const file = await services.registerImport.exportRegister(request.params.id);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(file.content);
    },
  );

  app.post(
    '/api/organisations/:id/instruments/import',
    {
      config: { access: needs('instruments:write', organisationParam()) },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['instruments'],
        summary: '导入台账 Import the register from XLSX (body: the workbook); a report per row, good rows kept',
        params: idParams,
        querystring: z.object({ mode: z.enum(['create', 'update']).default('create') }),
        response: { 200: registerImportReportSchema },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body))
        throw new AppError('VALIDATION_FAILED', `请以 ${XLSX} 上传工作簿 (send the workbook as the body)`, [
          { field: 'body', rule: `Content-Type ${XLSX}`, message: String(request.headers['content-type']) },
        ]);
      return services.registerImport.importRegister(actorOf(request), request.params.id, request.body, request.query.mode);
    },
  );

  app.get(
    '/api/instruments/due',
    {
      config: { access: needs('instruments:read', organisationInQuery('ownerId')) },
      schema: {
        tags: ['instruments'],
        summary: '到期看板 Overdue and due-within-30-days counts per owner, and the calendar of due dates',
        querystring: z.object({ ownerId: z.string().uuid().optional(), months: z.coerce.number().int().min(1).max(12).optional() }),
        response: { 200: dueOverviewSchema },
      },
    },
    async (request) => services.instruments.dueOverview(scopeOf(request.principal), request.query),
  );

  app.get(
    '/api/instruments/reminders',
    {
      config: { access: needs('instruments:read', organisationInQuery('ownerId')) },
      schema: {
        tags: ['instruments'],
        summary: '到期提醒 Open reminders: overdue or due within 30 days, not yet acknowledged',
        querystring: z.object({ ownerId: z.string().uuid().optional() }),
        response: { 200: z.array(reminderSchema) },
      },
    },
    async (request) => services.reminders.listReminders(scopeOf(request.principal), request.query.ownerId),
  );

  app.post(
    '/api/instruments/reminders/acknowledge',
    {
      config: { access: needs('instruments:write', instrumentInBody) },
      schema: {
        tags: ['instruments'],
        summary: '确认提醒 Acknowledge a reminder',
        body: z.object({
          instrumentId: z.string().uuid(),
          dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          kind: z.enum(['overdue', 'due_soon']),
        }),
      },
    },
    async (request, reply) => {
      await services.reminders.acknowledge(actorOf(request), request.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/instruments/due.ics',
    {
      config: { access: needs('instruments:read', organisationInQuery('ownerId')) },
      schema: {
        tags: ['instruments'],
        summary: '到期日历 Due dates as an iCalendar feed (RFC 5545)',
        querystring: z.object({ ownerId: z.string().uuid().optional() }),
      },
    },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="jiliang-due.ics"')
        .send(await services.reminders.dueCalendar(scopeOf(request.principal), request.query.ownerId)),
  );

  app.post(
    '/api/instruments/bulk-status',
    {
      config: { access: needs('instruments:write', instrumentsInBody) },
      schema: {
        tags: ['instruments'],
        summary: '批量变更状态 Change the status of several instruments, with a reason',
        body: bulkStatusChangeSchema,
        response: { 200: z.object({ changed: z.number(), unchanged: z.number(), status: z.string(), label: z.string() }) },
      },
    },
    async (request) => services.instruments.changeStatus(actorOf(request), request.body.ids, request.body),
  );

  app.get(
    '/api/instruments/:id',
    {
      config: { access: needs('instruments:read', instrumentParam) },
      schema: { tags: ['instruments'], summary: '计量器具 One instrument', params: idParams, response: { 200: instrumentSchema } },
    },
    async (request) => services.instruments.getInstrument(request.params.id),
  );

  app.put(
    '/api/instruments/:id',
    {
      config: { access: needs('instruments:write', instrumentParam) },
      schema: {
        tags: ['instruments'],
        summary: '修改台账 Edit an instrument (send the version you read)',
        params: idParams,
        body: z.object({ version: z.number().int().optional(), instrument: instrumentInputSchema }),
        response: { 200: instrumentSchema },
      },
    },
    async (request) =>
      services.instruments.updateInstrument(actorOf(request), request.params.id, request.body.instrument, request.body.version),
  );

  app.post(
    '/api/instruments/:id/status',
    {
      config: { access: needs('instruments:write', instrumentParam) },
      schema: {
        tags: ['instruments'],
        summary: '变更状态 In service, spare, under repair, retired — with a reason',
        params: idParams,
        body: statusChangeSchema,
        response: { 200: instrumentSchema },
      },
    },
    async (request) => {
      await services.instruments.changeStatus(actorOf(request), [request.params.id], request.body);
      return services.instruments.getInstrument(request.params.id);
    },
  );

  app.get(
    '/api/instruments/:id/status-history',
    {
      config: { access: needs('instruments:read', instrumentParam) },
      schema: {
        tags: ['instruments'],
        summary: '状态历史 Status history',
        params: idParams,
        response: { 200: z.array(statusHistoryEntrySchema) },
      },
    },
    async (request) => services.instruments.statusHistory(request.params.id),
  );

  app.get(
    '/api/instruments/:id/certificates',
    {
      config: { access: needs('instruments:read', instrumentParam) },
      schema: {
        tags: ['instruments'],
        summary: '证书历史 Certificate history',
        params: idParams,
        response: { 200: z.array(certificateSchema) },
      },
    },
    async (request) => services.certificates.listCertificates({ instrumentId: request.params.id }),
  );

  app.post(
    '/api/instruments/:id/certificates',
    {
      config: { access: needs('instruments:write', instrumentParam) },
      schema: {
        tags: ['instruments'],
        summary: '登记证书 Enter a verification or calibration certificate',
        params: idParams,
        body: certificateInputSchema,
        response: { 201: certificateSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.certificates.addCertificate(actorOf(request), { instrumentId: request.params.id }, request.body)),
  );

  app.post(
    '/api/instruments/:id/dcc',
    {
      config: { access: needs('instruments:write', instrumentParam) },
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags: ['instruments'],
        summary: '导入数字校准证书 Import a PTB DCC XML (v3.x); malformed units are warnings',
        params: idParams,
        body: dccImportSchema,
        response: { 201: dccImportReportSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await services.dcc.importDcc(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/instruments/:id/traceability',
    {
      config: { access: needs('instruments:read', instrumentParam) },
      schema: {
        tags: ['instruments'],
        summary: '溯源链 The traceability chain at a date: every link, its validity, and where and why it breaks',
        params: idParams,
        querystring: atQuery,
      },
    },
    async (request) => services.traceability.traceabilityChain(request.params.id, request.query.at),
  );

  app.get(
    '/api/instruments/:id/status-at',
    {
      config: { access: needs('instruments:read', instrumentParam) },
      schema: {
        tags: ['instruments'],
        summary: '某时刻状态 Status at time t: the valid certificate or why none, and the standard uncertainty of a reading',
        params: idParams,
        querystring: atQuery.extend({ reading: z.coerce.number().optional(), unit: z.string().max(30).optional() }),
      },
    },
    async (request) =>
      services.traceability.statusAt(
        request.params.id,
        request.query.at ?? new Date().toISOString(),
        request.query.reading === undefined ? undefined : { value: request.query.reading, unit: request.query.unit },
      ),
  );

  app.post(
    '/api/certificates/:id/revoke',
    {
      config: { access: needs('instruments:write', certificateParam) },
      schema: {
        tags: ['instruments'],
        summary: '撤销证书 Revoke a certificate from a date, with the reason',
        params: idParams,
        body: revokeCertificateSchema,
        response: { 200: certificateSchema },
      },
    },
    async (request) => services.certificates.revokeCertificate(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/certificates/:id/attachments',
    {
      config: { access: needs('instruments:write', certificateParam) },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags: ['instruments'],
        summary: '上传证书附件 Attach a scan (PDF, PNG, JPEG or XML; the body is the file)',
        params: idParams,
        querystring: z.object({ filename: z.string().trim().min(1).max(200) }),
        response: { 201: certificateSchema },
      },
    },
    async (request, reply) => {
      const mediaType = String(request.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      if (!Buffer.isBuffer(request.body))
        throw new AppError('VALIDATION_FAILED', '请以文件本身作为请求体上传 (send the file as the body)', [
          { field: 'body', rule: 'application/pdf, image/png, image/jpeg or XML', message: mediaType },
        ]);
      return reply.status(201).send(
        await services.certificates.addAttachment(actorOf(request), request.params.id, {
          filename: request.query.filename,
          mediaType,
          content: request.body,
        }),
      );
    },
  );

  app.get(
    '/api/certificates/:id/attachments/:attachmentId',
    {
      config: { access: needs('instruments:read', certificateParam) },
      schema: {
        tags: ['instruments'],
        summary: '证书附件 Download an attachment (the DCC XML)',
        params: z.object({ id: z.string().uuid(), attachmentId: z.string().uuid() }),
      },
    },
    async (request, reply) => {
      const file = await services.certificates.getAttachment(request.params.attachmentId);
      if (file.certificateId !== request.params.id)
        throw new AppError('NOT_FOUND', '附件不属于该证书 (attachment of another certificate)', { entity: 'attachment', id: file.id });
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(file.content);
    },
  );
};
