import { ROLE_LABELS, type Locale, type Membership } from '@jiliang/shared';
import { pickLabel } from '../../i18n/utils/pickLabel.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

/** "组织名 · 角色名", e.g. "湖北省市场监督管理局 · 省局管理员". */
export const formatMembershipLabel = (membership: Membership, locale: Locale): string =>
  `${pickOrganisationName(membership.organisation, locale)} · ${pickLabel(ROLE_LABELS[membership.role], locale)}`;
