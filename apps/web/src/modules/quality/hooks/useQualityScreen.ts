import { useSearchParams } from 'react-router';
import { useActiveMembership } from '../../auth/hooks/useActiveMembership.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';
import { readShanghaiMonth } from '../utils/readShanghaiMonth.ts';

export type QualityScreen = {
  /** An enterprise user's own, else the one picked (?enterprise=). */
  enterpriseId: string | undefined;
  fixed: { id: string; name: string } | undefined;
  /** 'YYYY-MM' (?month=), this Shanghai month by default. */
  month: string;
  select: (id: string) => void;
  setMonth: (month: string) => void;
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The enterprise and month of 数据质量, kept in the URL so that a heatmap can be linked to. */
export const useQualityScreen = (): QualityScreen => {
  const { locale } = useLocale();
  const membership = useActiveMembership();
  const [searchParams, setSearchParams] = useSearchParams();
  const fixed =
    membership?.organisation.kind === 'enterprise'
      ? { id: membership.organisation.id, name: pickOrganisationName(membership.organisation, locale) }
      : undefined;
  const month = searchParams.get('month') ?? '';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(searchParams);
    next.set(key, value);
    setSearchParams(next);
  };
  return {
    enterpriseId: fixed?.id ?? searchParams.get('enterprise') ?? undefined,
    fixed,
    month: MONTH.test(month) ? month : readShanghaiMonth(),
    select: (id) => {
      set('enterprise', id);
    },
    setMonth: (value) => {
      set('month', value);
    },
  };
};
