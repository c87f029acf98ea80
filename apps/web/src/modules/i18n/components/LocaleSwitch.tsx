import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLocale } from '../hooks/useLocale.ts';

/** One button that toggles: it shows the language it switches to, in that language. */
export const LocaleSwitch = () => {
  const { locale, setLocale } = useLocale();
  const isEnglish = locale === 'en';
  return (
    <Button
      data-testid="locale-switch"
      type="text"
      icon={<GlobalOutlined />}
      lang={isEnglish ? 'zh-CN' : 'en'}
      aria-label={isEnglish ? 'Switch to Chinese' : '切换到英文'}
      onClick={() => {
        setLocale(isEnglish ? 'zh-CN' : 'en');
      }}
    >
      {isEnglish ? '中文' : 'English'}
    </Button>
  );
};
