import type { CreateOrganisation, InstitutionType } from '@jiliang/shared';
import { toOptionalText } from '../../common/utils/toOptionalText.ts';

export type CreateOrganisationFormValues = {
  kind: CreateOrganisation['kind'];
  name: string;
  nameEn?: string;
  creditCode?: string;
  divisionCode: string;
  parentId?: string;
  institutionType?: InstitutionType;
  industry?: string;
};

/** Form values → request body: blanks left out, the credit code in capitals, the institution type only for institutions. */
export const toCreateOrganisation = (values: CreateOrganisationFormValues): CreateOrganisation => ({
  kind: values.kind,
  name: values.name.trim(),
  nameEn: toOptionalText(values.nameEn),
  creditCode: toOptionalText(values.creditCode)?.toUpperCase(),
  divisionCode: values.divisionCode.trim(),
  parentId: values.parentId || undefined,
  institutionType: values.kind === 'institution' ? values.institutionType : undefined,
  industry: toOptionalText(values.industry),
});
