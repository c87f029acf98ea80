import { LIFECYCLE_STATE_INFO } from '@jiliang/calc';
import type { Pipeline } from '@jiliang/shared';
import { Badge, Card, Col, Flex, Row, Statistic, Tooltip, Typography, theme } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { findPhaseColor } from '../utils/findPhaseColor.ts';
import { listPhaseStages } from '../utils/listPhaseStages.ts';

export type PipelineStageBoardProps = {
  stages: Pipeline['stages'];
  loading: boolean;
  selectedState: string | undefined;
  onSelect: (state: string | undefined) => void;
};

/** A card per phase with its total, listing each stage and its count; a click filters the table to that stage. */
export const PipelineStageBoard = ({ stages, loading, selectedState, onSelect }: PipelineStageBoardProps) => {
  const { t, pick } = useLocale();
  const { token } = theme.useToken();
  const countOf = (state: string) => stages.find((stage) => stage.state === state)?.count ?? 0;

  return (
    <Row gutter={[16, 16]}>
      {listPhaseStages().map(({ phase, states }) => (
        <Col key={phase} flex="1 1 180px">
          <Card
            size="small"
            loading={loading}
            data-testid={`pipeline-phase-${phase}`}
            title={
              <Badge
                color={findPhaseColor(phase) === 'default' ? token.colorTextQuaternary : findPhaseColor(phase)}
                text={t(`institutions.phase.${phase}`)}
              />
            }
            style={{ height: '100%' }}
          >
            <Statistic value={states.reduce((sum, state) => sum + countOf(state), 0)} title={t('institutions.total')} />
            <Flex vertical gap={2} style={{ marginTop: 8 }}>
              {states.map((state) => {
                const info = LIFECYCLE_STATE_INFO[state];
                const count = countOf(state);
                const selected = selectedState === state;
                return (
                  <Tooltip key={state} title={[info.article.CM, info.article.BM].filter(Boolean).join(' / ')} placement="left">
                    <Flex
                      role="button"
                      tabIndex={0}
                      justify="space-between"
                      align="center"
                      gap={8}
                      data-testid={`pipeline-stage-${state}`}
                      data-count={count}
                      aria-pressed={selected}
                      onClick={() => {
                        onSelect(selected ? undefined : state);
                      }}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter' || event.key === ' ') onSelect(selected ? undefined : state);
                      }}
                      style={{
                        cursor: 'pointer',
                        padding: '2px 6px',
                        borderRadius: token.borderRadiusSM,
                        background: selected ? token.controlItemBgActive : undefined,
                      }}
                    >
                      <Typography.Text type={count === 0 ? 'secondary' : undefined} style={{ fontSize: 13 }}>
                        {pick(info)}
                      </Typography.Text>
                      <Typography.Text strong={count > 0} type={count === 0 ? 'secondary' : undefined}>
                        {count}
                      </Typography.Text>
                    </Flex>
                  </Tooltip>
                );
              })}
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
};
