import { Card, Col, Row } from 'antd';
import { Link } from 'react-router';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { listVisibleNavItems } from '../../layout/utils/listVisibleNavItems.ts';

/** One card per page the active role may open (the same list as the menu, so they never disagree). */
export const ShortcutCards = () => {
  const { permissions } = useSignedInMe();
  const { t } = useLocale();
  const items = listVisibleNavItems(permissions).filter((item) => item.key !== 'home');
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={24} sm={12} lg={6}>
          <Link to={item.path}>
            <Card hoverable data-testid={`shortcut-${item.key}`}>
              <Card.Meta avatar={<item.icon />} title={t(item.labelKey)} description={t(`home.shortcut.${item.key}`)} />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
};
