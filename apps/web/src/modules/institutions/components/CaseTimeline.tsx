import type { InstitutionCase } from '@jiliang/shared';
import { Empty, Flex, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { findDocumentKindKey } from '../utils/findDocumentKindKey.ts';
import { findDueDateKey } from '../utils/findDueDateKey.ts';
import { findEventLabel } from '../utils/findEventLabel.ts';
import { findPhaseColor } from '../utils/findPhaseColor.ts';
import { findStateInfo } from '../utils/findStateInfo.ts';
import { readEventPayload } from '../utils/readEventPayload.ts';
import type { CaseTimelineEvent } from '../utils/CaseTimelineEvent.ts';
import { ArticleTag } from './ArticleTag.tsx';
import { StateTag } from './StateTag.tsx';

/** Every recorded step, oldest first, each with its article, who took it and when (Asia/Shanghai). */
export const CaseTimeline = ({ caseView }: { caseView: InstitutionCase }) => {
  const { t, pick } = useLocale();

  const renderDetails = (event: CaseTimelineEvent): ReactNode => {
    const payload = readEventPayload(event.payload);
    const tags = [
      payload.score !== undefined && (
        <Tag key="score" color={payload.score >= 80 ? 'green' : 'orange'}>
          {t('institution.score', { score: payload.score })}
        </Tag>
      ),
      payload.supervisionPassed !== undefined && (
        <Tag key="passed" color={payload.supervisionPassed ? 'green' : 'orange'}>
          {payload.supervisionPassed ? t('institution.passed') : t('institution.failed')}
        </Tag>
      ),
      payload.extendedTo && <Tag key="extended">{t('institution.extendedTo', { date: payload.extendedTo })}</Tag>,
      payload.annualReportYear !== undefined && (
        <Tag key="report">{t('institution.annualReportYear', { year: payload.annualReportYear })}</Tag>
      ),
      ...payload.dueDates.map((due) => {
        const key = findDueDateKey(due.due);
        return <Tag key={`due-${due.due}`}>{t('institution.dueSet', { what: key ? t(key) : due.due, date: due.dueOn })}</Tag>;
      }),
      ...payload.documents.map((document) => {
        const key = findDocumentKindKey(document.document);
        return (
          <Tag key={`doc-${document.document}`} color="gold">
            {t('institution.documentIssued', { document: key ? t(key) : document.document })}
          </Tag>
        );
      }),
    ].filter(Boolean);
    return (
      <>
        {tags.length > 0 && (
          <Flex wrap gap={4}>
            {tags}
          </Flex>
        )}
        {payload.note && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, marginTop: 4 }} data-testid="timeline-note">
            {payload.note}
          </Typography.Paragraph>
        )}
      </>
    );
  };

  if (caseView.timeline.length === 0) {
    return (
      <div data-testid="timeline">
        <Empty description={t('institution.timelineEmpty')} />
      </div>
    );
  }

  const current = findStateInfo(caseView.state);
  const items = [
    ...caseView.timeline.map((event) => ({
      key: String(event.seq),
      color: findPhaseColor(findStateInfo(event.toState)?.phase).replace('default', 'gray'),
      content: (
        <Flex vertical gap={4} data-testid="timeline-item" data-event={event.event} data-article={event.article}>
          <Space wrap size={6}>
            <Typography.Text strong>{pick(findEventLabel(event.event))}</Typography.Text>
            <ArticleTag article={event.article} />
            {event.fromState !== event.toState && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <StateTag state={event.fromState} /> → <StateTag state={event.toState} />
              </Typography.Text>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {event.actorLabel} · {formatShanghaiTime(event.at)}
          </Typography.Text>
          {renderDetails(event)}
        </Flex>
      ),
    })),
    {
      key: 'now',
      color: 'gray',
      content: (
        <Typography.Text type="secondary">
          {t('institution.timelineNow', { state: current ? pick(current) : caseView.state })}
        </Typography.Text>
      ),
    },
  ];

  return (
    <div data-testid="timeline">
      <Timeline items={items} />
    </div>
  );
};
