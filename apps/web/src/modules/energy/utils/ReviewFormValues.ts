import type { EnergyLoadUnit, Gb17167EditionChoice, Gb17167ManagementItem, Medium, MeteringPointClass } from '@jiliang/shared';

/** The review form as Ant Design holds it; toReviewRequest turns it into the API's request. */
export type ReviewFormValues = {
  reviewDate?: string;
  edition: Gb17167EditionChoice;
  rectificationDueOn?: string;
  entryExitPoints?: { name: string; medium: Medium; direction: 'in' | 'out'; instrumentCodes?: string }[];
  subUnits?: { siteId: string; medium: Medium; value: number; unit: EnergyLoadUnit; instrumentCodes?: string }[];
  equipment?: {
    id: string;
    name: string;
    medium: Medium;
    value: number;
    unit: EnergyLoadUnit;
    siteId?: string;
    instrumentCodes?: string;
  }[];
  facts?: {
    code: string;
    meteringPointClass?: MeteringPointClass;
    pipeDiameterMm?: number;
    weighing?: 'static' | 'dynamic';
    mpeRelative?: number;
  }[];
  management?: Gb17167ManagementItem[];
};
