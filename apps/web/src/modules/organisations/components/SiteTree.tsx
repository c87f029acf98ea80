import type { Site } from '@jiliang/shared';
import { Empty, Tag, Tree, type TreeDataNode } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { buildSiteTree, type SiteNode } from '../utils/buildSiteTree.ts';
import { pickOrganisationName } from '../utils/pickOrganisationName.ts';

export const SiteTree = ({ sites }: { sites: readonly Site[] }) => {
  const { locale, t } = useLocale();
  if (sites.length === 0) return <Empty description={t('sites.empty')} />;

  const toTreeNode = ({ site, children }: SiteNode): TreeDataNode => ({
    key: site.id,
    title: (
      <span data-testid="site-node">
        {pickOrganisationName(site, locale)} <Tag color={site.level === 'site' ? 'blue' : 'default'}>{t(`sites.level.${site.level}`)}</Tag>
      </span>
    ),
    children: children.map(toTreeNode),
  });

  return <Tree data-testid="site-tree" defaultExpandAll selectable={false} showLine treeData={buildSiteTree(sites).map(toTreeNode)} />;
};
