import { ENERGY_LOAD_UNITS, MEDIA, METERING_POINT_CLASSES } from '@jiliang/shared';
import { useMemo } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** Select options of the review form, labelled in the active language. */
export const useEnergyOptions = () => {
  const { t } = useLocale();
  return useMemo(
    () => ({
      media: MEDIA.map((m) => ({ value: m, label: t(`medium.${m}`) })),
      loadUnits: ENERGY_LOAD_UNITS.map((u) => ({ value: u, label: u })),
      pointClasses: METERING_POINT_CLASSES.map((c) => ({ value: c, label: c })),
      directions: (['in', 'out'] as const).map((d) => ({ value: d, label: t(`review.form.direction.${d}`) })),
      weighing: [
        { value: 'static', label: 'static' },
        { value: 'dynamic', label: 'dynamic' },
      ],
    }),
    [t],
  );
};
