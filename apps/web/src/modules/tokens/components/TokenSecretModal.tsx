import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef } from 'react';
import { copyText } from '../../common/utils/copyText.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { CreatedToken } from '../hooks/useCreateToken.ts';

/** The secret is shown this once: the server stores only its hash, so closing this loses it for good. */
export const TokenSecretModal = ({ created, onClose }: { created: CreatedToken; onClose: () => void }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const secretRef = useRef<TextAreaRef>(null);

  const handleCopy = async () => {
    if (await copyText(created.secret)) {
      void message.success(t('tokens.copied'));
      return;
    }
    // No clipboard access (plain http, or refused): select the text so Ctrl+C copies it.
    secretRef.current?.resizableTextArea?.textArea.select();
    void message.warning(t('tokens.copyFailed'));
  };

  return (
    <Modal
      open
      title={t('tokens.createdTitle', { name: created.token.name })}
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="token-secret-done">
          {t('tokens.secretSaved')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Alert type="warning" showIcon title={t('tokens.secretWarning')} data-testid="token-secret-warning" />
        <Flex gap={8} align="start">
          <Input.TextArea
            ref={secretRef}
            data-testid="token-secret"
            value={created.secret}
            readOnly
            autoSize
            style={{ fontFamily: 'monospace' }}
            onFocus={(event) => {
              event.target.select();
            }}
          />
          <Button icon={<CopyOutlined />} onClick={() => void handleCopy()} data-testid="token-secret-copy">
            {t('tokens.copy')}
          </Button>
        </Flex>
      </Flex>
    </Modal>
  );
};
