import { Select } from 'antd';
import { useHasPermission } from '../../auth/hooks/useHasPermission.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisationSites } from '../../organisations/hooks/useOrganisationSites.ts';
import { buildSiteTree, type SiteNode } from '../../organisations/utils/buildSiteTree.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

export type SiteSelectProps = {
  id?: string;
  ownerId: string | undefined;
  value?: string | null;
  onChange?: (siteId: string | null) => void;
};

/** The instrument's place in the enterprise → site → sub-unit hierarchy (GB 17167-2006 4.2), indented as a tree. */
export const SiteSelect = ({ id, ownerId, value, onChange }: SiteSelectProps) => {
  const { locale } = useLocale();
  const canReadSites = useHasPermission('sites:read');
  const sites = useOrganisationSites(ownerId ?? '', canReadSites && ownerId !== undefined);
  const flatten = (nodes: SiteNode[], depth: number): { value: string; label: string }[] =>
    nodes.flatMap((node) => [
      { value: node.site.id, label: `${'\u3000'.repeat(depth)}${pickOrganisationName(node.site, locale)}` },
      ...flatten(node.children, depth + 1),
    ]);
  const options = sites.data ? flatten(buildSiteTree(sites.data.items), 0) : [];
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      options={options}
      loading={sites.isFetching}
      disabled={ownerId === undefined}
      onChange={(next: string | undefined) => {
        onChange?.(next ?? null);
      }}
    />
  );
};
