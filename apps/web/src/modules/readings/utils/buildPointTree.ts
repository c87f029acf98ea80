import type { Point, Site } from '@jiliang/shared';

/** What a node of the point tree stands for: the series of an enterprise, a site (or sub-unit) or one point. */
export type SeriesTarget = { kind: 'enterprise'; id: string } | { kind: 'site'; id: string } | { kind: 'point'; id: string };

export type PointTreeNode = {
  key: string;
  target: SeriesTarget;
  title: string;
  point?: Point;
  children: PointTreeNode[];
};

export const targetKey = (target: SeriesTarget): string => `${target.kind}:${target.id}`;

const pointNode = (point: Point): PointTreeNode => ({
  key: targetKey({ kind: 'point', id: point.id }),
  target: { kind: 'point', id: point.id },
  title: `${point.code} ${point.name}`,
  point,
  children: [],
});

/**
 * The point tree of an enterprise (issue 5 §7): the enterprise, its sites, their sub-units, and the points
 * under the site they are mounted on. A point without a site, or on a site not in the list, hangs from the
 * enterprise; sites keep the server's order, points are sorted by code.
 */
export const buildPointTree = (
  enterprise: { id: string; name: string },
  sites: readonly Site[],
  points: readonly Point[],
): PointTreeNode => {
  const root: PointTreeNode = {
    key: targetKey({ kind: 'enterprise', id: enterprise.id }),
    target: { kind: 'enterprise', id: enterprise.id },
    title: enterprise.name,
    children: [],
  };
  const siteNodes = new Map<string, PointTreeNode>(
    sites.map((site) => [
      site.id,
      { key: targetKey({ kind: 'site', id: site.id }), target: { kind: 'site', id: site.id }, title: site.name, children: [] },
    ]),
  );
  for (const site of sites) {
    const parent = (site.parentId && siteNodes.get(site.parentId)) || root;
    parent.children.push(siteNodes.get(site.id)!);
  }
  for (const point of [...points].sort((a, b) => a.code.localeCompare(b.code))) {
    const parent = (point.siteId && siteNodes.get(point.siteId)) || root;
    parent.children.push(pointNode(point));
  }
  return root;
};
