/** The benchmark form as Ant Design holds it; toBenchmarkRequest turns it into the API's request. */
export type BenchmarkFormValues = {
  indicatorId: string;
  capacityTpd?: number;
  categoryId?: string;
  from: string;
  to: string;
  lines: {
    source: 'point' | 'entered';
    energy: string;
    pointId?: string;
    quantity?: number;
    unit?: string;
    evidence?: string;
    kgcePerUnit?: number;
  }[];
  productionQuantity: number;
  productionUnit: string;
  productionEvidence: string;
};
