import { GB17167_MANAGEMENT_ITEMS, type EnergyReviewRequest } from '@jiliang/shared';
import type { ReviewFormValues } from './ReviewFormValues.ts';

/** "A001, A002；A003" → ['A001', 'A002', 'A003']; nothing → undefined (the level decides). */
const splitCodes = (text: string | undefined): string[] | undefined => {
  const codes = (text ?? '')
    .split(/[\s,，;；、]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  return codes.length > 0 ? codes : undefined;
};

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;

/** The form's values as the review request (POST /api/organisations/:id/energy/reviews). */
export const toReviewRequest = (values: ReviewFormValues): EnergyReviewRequest => {
  const checked = new Set(values.management ?? []);
  return defined({
    reviewDate: values.reviewDate || undefined,
    edition: values.edition,
    rectificationDueOn: values.rectificationDueOn || undefined,
    entryExitPoints: (values.entryExitPoints ?? []).map((p) =>
      defined({ name: p.name, medium: p.medium, direction: p.direction, instrumentCodes: splitCodes(p.instrumentCodes) }),
    ),
    subUnits: (values.subUnits ?? []).map((s) =>
      defined({
        siteId: s.siteId,
        medium: s.medium,
        consumption: { value: s.value, unit: s.unit },
        instrumentCodes: splitCodes(s.instrumentCodes),
      }),
    ),
    equipment: (values.equipment ?? []).map((e) =>
      defined({
        id: e.id,
        name: e.name,
        medium: e.medium,
        rating: { value: e.value, unit: e.unit },
        siteId: e.siteId,
        instrumentCodes: splitCodes(e.instrumentCodes),
      }),
    ),
    instrumentFacts: Object.fromEntries(
      (values.facts ?? []).map((f) => [
        f.code.trim(),
        defined({
          meteringPointClass: f.meteringPointClass,
          pipeDiameterMm: f.pipeDiameterMm,
          weighing: f.weighing,
          mpeRelative: f.mpeRelative,
        }),
      ]),
    ),
    management: Object.fromEntries(GB17167_MANAGEMENT_ITEMS.map((item) => [item, checked.has(item)])) as EnergyReviewRequest['management'],
  });
};
