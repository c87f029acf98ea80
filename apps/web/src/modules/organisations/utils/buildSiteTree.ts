import type { Site } from '@jiliang/shared';

export type SiteNode = { site: Site; children: SiteNode[] };

/**
 * Sites nest by parentId (site → sub_unit). A site whose parent is missing from the list is shown
 * at the top rather than dropped, so nothing the server sent goes unseen.
 */
export const buildSiteTree = (sites: readonly Site[]): SiteNode[] => {
  const nodes = new Map(sites.map((site) => [site.id, { site, children: [] as SiteNode[] }]));
  const roots: SiteNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.site.parentId ? nodes.get(node.site.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
};
