import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export const BackHomeButton = () => {
  const { t } = useLocale();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate('/')}>
      {t('status.backHome')}
    </Button>
  );
};
