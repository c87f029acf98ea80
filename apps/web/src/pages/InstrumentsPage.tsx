import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useShowApiError } from '../modules/api/hooks/useShowApiError.ts';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { usePageParams } from '../modules/common/hooks/usePageParams.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { CreateInstrumentModal } from '../modules/instruments/components/CreateInstrumentModal.tsx';
import { InstrumentFilters } from '../modules/instruments/components/InstrumentFilters.tsx';
import { InstrumentTable } from '../modules/instruments/components/InstrumentTable.tsx';
import { RegisterActions } from '../modules/instruments/components/RegisterActions.tsx';
import { RegisterImportModal } from '../modules/instruments/components/RegisterImportModal.tsx';
import { StatusReasonModal } from '../modules/instruments/components/StatusReasonModal.tsx';
import { useBulkStatus } from '../modules/instruments/hooks/useBulkStatus.ts';
import { useInstruments } from '../modules/instruments/hooks/useInstruments.ts';
import { useRegisterOwner } from '../modules/instruments/hooks/useRegisterOwner.ts';
import { readInstrumentFilters } from '../modules/instruments/utils/readInstrumentFilters.ts';

type Dialog = 'create' | 'import' | 'bulk' | undefined;

/** 计量器具台账 (issue 4 §8): filters in the URL, bulk status changes, register, Excel import and export. */
export const InstrumentsPage = () => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const navigate = useNavigate();
  const { page, pageSize, readParam, setPage, setParam } = usePageParams();
  const filters = readInstrumentFilters(readParam);
  const instruments = useInstruments({ ...filters, page, pageSize });
  const canWrite = useHasPermission('instruments:write');
  const owner = useRegisterOwner(filters.ownerId);
  const bulk = useBulkStatus();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>();

  return (
    <Card
      title={t('nav.instruments')}
      data-testid="page-instruments"
      extra={
        <RegisterActions
          ownerId={owner.ownerId}
          canWrite={canWrite}
          onCreate={() => {
            setDialog('create');
          }}
          onImport={() => {
            setDialog('import');
          }}
        />
      }
    >
      <Flex vertical gap={16}>
        <InstrumentFilters filters={filters} showOwner={owner.canChooseOwner} onChange={setParam} />
        {canWrite && selectedIds.length > 0 && (
          <Flex gap={12} align="center" data-testid="bulk-bar">
            <Typography.Text>{t('register.selected', { count: selectedIds.length })}</Typography.Text>
            <Button
              data-testid="bulk-status"
              onClick={() => {
                setDialog('bulk');
              }}
            >
              {t('register.bulkStatus')}
            </Button>
            <Button
              type="link"
              onClick={() => {
                setSelectedIds([]);
              }}
            >
              {t('action.cancel')}
            </Button>
          </Flex>
        )}
        {instruments.error && <ApiErrorAlert error={instruments.error} />}
        <InstrumentTable
          data={instruments.data}
          loading={instruments.isFetching}
          page={page}
          pageSize={pageSize}
          onPageChange={setPage}
          showOwner={owner.canChooseOwner}
          selection={canWrite ? { selectedIds, onChange: setSelectedIds } : undefined}
        />
      </Flex>
      {dialog === 'create' && (
        <CreateInstrumentModal
          ownerId={owner.ownerId}
          canChooseOwner={owner.canChooseOwner}
          onClose={() => {
            setDialog(undefined);
          }}
          onCreated={(instrument) => {
            setDialog(undefined);
            void navigate(`/instruments/${instrument.id}`);
          }}
        />
      )}
      {dialog === 'import' && (
        <RegisterImportModal
          ownerId={owner.ownerId}
          canChooseOwner={owner.canChooseOwner}
          onClose={() => {
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'bulk' && (
        <StatusReasonModal
          title={t('register.bulkStatusTitle', { count: selectedIds.length })}
          loading={bulk.isPending}
          onClose={() => {
            setDialog(undefined);
          }}
          onSubmit={(change) => {
            bulk.mutate(
              { ...change, ids: selectedIds },
              {
                onSuccess: (result) => {
                  void message.success(
                    t('register.bulkDone', {
                      changed: result.changed,
                      unchanged: result.unchanged,
                      label: t(`instrumentStatus.${change.status}`),
                    }),
                  );
                  setSelectedIds([]);
                  setDialog(undefined);
                },
                onError: showApiError,
              },
            );
          }}
        />
      )}
    </Card>
  );
};
