import type { RunSourceRow } from './RunSourceRow.ts';

export type SiteEmissions = { siteName: string | null; tco2: number; share: number | null; sources: number };

/**
 * The breakdown by site (issue 7 §6): the counted sources' tCO2 per site (exports and recoveries subtract, as in the
 * total), with each site's share of the run's total; sources without a site form one group, listed last.
 */
export const sumSiteEmissions = (rows: readonly RunSourceRow[], totalTco2: number): SiteEmissions[] => {
  const sites = new Map<string | null, { tco2: number; sources: number }>();
  for (const row of rows) {
    if (!row.countedInTotal) continue;
    const site = sites.get(row.siteName) ?? { tco2: 0, sources: 0 };
    site.tco2 += row.tco2;
    site.sources += 1;
    sites.set(row.siteName, site);
  }
  return [...sites]
    .map(([siteName, site]) => ({ siteName, ...site, share: totalTco2 > 0 ? site.tco2 / totalTco2 : null }))
    .sort((a, b) => (a.siteName === null ? 1 : b.siteName === null ? -1 : b.tco2 - a.tco2));
};
