import { FormOutlined } from '@ant-design/icons';
import { LIFECYCLE_ACTOR_PERMISSIONS, isLifecycleActor } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { Button, Empty, Flex, Space, Tooltip, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { CaseOption } from '../utils/CaseOption.ts';
import { findEventLabel } from '../utils/findEventLabel.ts';
import { findStepAvailability } from '../utils/findStepAvailability.ts';
import { findStepFormKind } from '../utils/findStepFormKind.ts';
import { ArticleTag } from './ArticleTag.tsx';

/** Steps that end or refuse something are shown as such. */
const DANGEROUS_EVENT = /^(reject|withdraw|refuse|return|revoke|cancel|confirm_preparation_revocation|lapse)/;

export type StepPanelProps = { caseView: InstitutionCase; onOpenStep: (option: CaseOption, article: string | null) => void };

/**
 * The steps the table defines from the current stage. Those of the person's role are buttons —
 * greyed, with the rule's reason on hover, when the rules refuse them now; the others are listed as
 * waiting for whoever takes them.
 */
export const StepPanel = ({ caseView, onOpenStep }: StepPanelProps) => {
  const { t, pick } = useLocale();
  const { permissions } = useSignedInMe();
  const navigate = useNavigate();
  const now = new Date();
  const isMine = (option: CaseOption) => isLifecycleActor(option.actor) && permissions.includes(LIFECYCLE_ACTOR_PERMISSIONS[option.actor]);
  const mine = caseView.options.filter(isMine);
  const others = caseView.options.filter((option) => !isMine(option));

  if (caseView.options.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('steps.none')} />;

  return (
    <Flex vertical gap={16} data-testid="step-panel">
      {mine.length > 0 && (
        <Flex wrap gap={8}>
          {mine.map((option) => {
            const { isActionable: actionable, article } = findStepAvailability(caseView, option, now);
            const label = pick(findEventLabel(option.event));
            const button = (
              <Button
                type={actionable && !DANGEROUS_EVENT.test(option.event) ? 'primary' : 'default'}
                danger={DANGEROUS_EVENT.test(option.event)}
                disabled={!actionable}
                icon={findStepFormKind(option.event) === 'note' ? undefined : <FormOutlined />}
                data-testid={`step-${option.event}`}
                data-allowed={actionable}
                onClick={() => {
                  if (findStepFormKind(option.event) === 'score') void navigate(`/institutions/${caseView.organisationId}/score`);
                  else onOpenStep(option, article);
                }}
              >
                <Space size={6}>
                  {label}
                  <ArticleTag article={article} />
                </Space>
              </Button>
            );
            return actionable ? (
              <span key={option.event}>{button}</span>
            ) : (
              <Tooltip key={option.event} title={option.reason ?? t('steps.notNow')}>
                <span data-testid={`step-reason-${option.event}`} data-reason={option.reason ?? ''}>
                  {button}
                </span>
              </Tooltip>
            );
          })}
        </Flex>
      )}
      {others.length > 0 && (
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('steps.others')}</Typography.Text>
          {others.map((option) => (
            <Space key={option.event} size={6} wrap data-testid={`step-waiting-${option.event}`}>
              <Typography.Text type="secondary">·</Typography.Text>
              <Typography.Text>{pick(findEventLabel(option.event))}</Typography.Text>
              <ArticleTag article={findStepAvailability(caseView, option, now).article} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {isLifecycleActor(option.actor) ? t('steps.waitingFor', { actor: t(`institutions.actor.${option.actor}`) }) : option.actor}
              </Typography.Text>
            </Space>
          ))}
        </Flex>
      )}
    </Flex>
  );
};
