import type { Medium, Point } from '@jiliang/shared';
import type { PointTreeNode } from './buildPointTree.ts';

/** Every point under a node of the tree (the node's own point included). */
export const collectPoints = (node: PointTreeNode): Point[] => [
  ...(node.point ? [node.point] : []),
  ...node.children.flatMap((child) => collectPoints(child)),
];

export type ScopeMedia = { media: Medium[]; summable: Medium[]; initial: Medium | undefined };

/**
 * The media of the points in a site or enterprise, in the order the points come. The series sums points
 * of one medium only when they share a unit (the server refuses kWh + kW), so the medium shown first is
 * the first one whose points all share a unit.
 */
export const pickScopeMedia = (points: readonly Point[]): ScopeMedia => {
  const units = new Map<Medium, Set<string>>();
  for (const point of points) units.set(point.medium, (units.get(point.medium) ?? new Set()).add(point.unit));
  const media = [...units.keys()];
  const summable = media.filter((medium) => units.get(medium)!.size === 1);
  return { media, summable, initial: summable[0] ?? media[0] };
};
