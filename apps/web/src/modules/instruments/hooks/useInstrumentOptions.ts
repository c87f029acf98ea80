import { GB17167_LEVELS, INSTRUMENT_STATUSES, INSTRUMENT_TYPES, MEDIA } from '@jiliang/shared';
import { useMemo } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const DUE_FILTERS = ['overdue', 'due_soon', 'never_certified'] as const;

/** Select options for the register's closed lists, labelled in the person's language. */
export const useInstrumentOptions = () => {
  const { t } = useLocale();
  return useMemo(
    () => ({
      types: INSTRUMENT_TYPES.map((value) => ({ value, label: t(`instrumentType.${value}`) })),
      media: MEDIA.map((value) => ({ value, label: t(`medium.${value}`) })),
      levels: GB17167_LEVELS.map((value) => ({ value, label: t(`gb17167Level.${value}`) })),
      statuses: INSTRUMENT_STATUSES.map((value) => ({ value, label: t(`instrumentStatus.${value}`) })),
      dues: DUE_FILTERS.map((value) => ({ value, label: t(`dueState.${value}`) })),
    }),
    [t],
  );
};
