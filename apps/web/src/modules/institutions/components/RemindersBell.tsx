import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { usePipeline } from '../hooks/usePipeline.ts';
import { getDueStatus } from '../utils/getDueStatus.ts';
import { readShanghaiToday } from '../utils/readShanghaiToday.ts';
import { DueKindText } from './DueKindText.tsx';
import { DueTag } from './DueTag.tsx';

/** In-app reminders: every case in the role's scope that is overdue or due within 30 days, overdue first. */
export const RemindersBell = () => {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const pipeline = usePipeline();
  const today = readShanghaiToday();
  const due = (pipeline.data?.cases ?? []).filter((item) => {
    const status = getDueStatus(item.nextDueOn, today)?.kind;
    return item.isOverdue || status === 'overdue' || status === 'due_soon';
  });

  const content = (
    <Flex vertical gap={8} style={{ width: 380 }} data-testid="reminders-list">
      {due.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('institutions.remindersEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={due}
          renderItem={(item) => (
            <List.Item
              key={item.id}
              data-testid="reminder-item"
              extra={<DueTag dueOn={item.nextDueOn} today={today} isOverdue={item.isOverdue} />}
            >
              <List.Item.Meta
                title={
                  <Link
                    to={`/institutions/${item.organisationId}`}
                    onClick={() => {
                      setOpen(false);
                    }}
                  >
                    {item.organisationName}
                  </Link>
                }
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <DueKindText kind={item.nextDueKind} /> · {item.nextDueOn}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Link
        to="/institutions"
        onClick={() => {
          setOpen(false);
        }}
      >
        {t('institutions.remindersAll')}
      </Link>
    </Flex>
  );

  return (
    <Popover
      content={content}
      title={t('institutions.reminders')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Badge count={due.length} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('institutions.reminders')}
          data-testid="reminders-bell"
          data-count={due.length}
        />
      </Badge>
    </Popover>
  );
};
