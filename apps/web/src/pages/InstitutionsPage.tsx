import { ScheduleOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tabs, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useShowApiError } from '../modules/api/hooks/useShowApiError.ts';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { DeadlineCalendar } from '../modules/institutions/components/DeadlineCalendar.tsx';
import { PipelineStageBoard } from '../modules/institutions/components/PipelineStageBoard.tsx';
import { PipelineTable } from '../modules/institutions/components/PipelineTable.tsx';
import { usePipeline } from '../modules/institutions/hooks/usePipeline.ts';
import { useSweepDeadlines } from '../modules/institutions/hooks/useSweepDeadlines.ts';
import { findStateInfo } from '../modules/institutions/utils/findStateInfo.ts';
import { readShanghaiToday } from '../modules/institutions/utils/readShanghaiToday.ts';

const TABS = ['board', 'calendar'] as const;
type Tab = (typeof TABS)[number];

/** The Province's pipeline board (scoped by the server for other roles) and the deadline calendar. */
export const InstitutionsPage = () => {
  const { t, pick } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [searchParams, setSearchParams] = useSearchParams();
  const pipeline = usePipeline();
  const sweep = useSweepDeadlines();
  const canDecide = useHasPermission('institutions:decide');
  const today = readShanghaiToday();
  const tab: Tab = TABS.find((candidate) => candidate === searchParams.get('tab')) ?? 'board';
  const stateFilter = searchParams.get('state') ?? undefined;
  const cases = pipeline.data?.cases ?? [];
  const shown = stateFilter ? cases.filter((item) => item.state === stateFilter) : cases;
  const filterInfo = stateFilter ? findStateInfo(stateFilter) : undefined;

  const setParam = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearchParams(next, { replace: true });
  };

  const board = (
    <Flex vertical gap={16}>
      <PipelineStageBoard
        stages={pipeline.data?.stages ?? []}
        loading={pipeline.isPending}
        selectedState={stateFilter}
        onSelect={(state) => {
          setParam('state', state);
        }}
      />
      <Card
        size="small"
        title={t('institutions.cases')}
        extra={
          stateFilter && (
            <Tag
              closable
              color="blue"
              onClose={() => {
                setParam('state', undefined);
              }}
            >
              {t('institutions.filterState', { state: filterInfo ? pick(filterInfo) : stateFilter })}
            </Tag>
          )
        }
      >
        <PipelineTable cases={shown} loading={pipeline.isFetching} today={today} />
      </Card>
    </Flex>
  );

  return (
    <Card
      title={t('nav.institutions')}
      data-testid="page-institutions"
      extra={
        canDecide && (
          <Button
            icon={<ScheduleOutlined />}
            loading={sweep.isPending}
            data-testid="sweep-deadlines"
            onClick={() => {
              sweep.mutate(undefined, {
                onSuccess: (result) => void message.success(t('institutions.sweepDone', { count: result.applied.length })),
                onError: showApiError,
              });
            }}
          >
            {t('institutions.sweep')}
          </Button>
        )
      }
    >
      {pipeline.error && <ApiErrorAlert error={pipeline.error} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setParam('tab', key === 'board' ? undefined : key);
        }}
        items={[
          { key: 'board', label: t('institutions.board'), children: board },
          {
            key: 'calendar',
            label: <span data-testid="tab-calendar">{t('institutions.calendar')}</span>,
            children: (
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">{t('institutions.calendarHint')}</Typography.Text>
                <DeadlineCalendar cases={cases} today={today} />
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
};
