import { Flex, Spin } from 'antd';

export const PageLoading = () => (
  <Flex align="center" justify="center" style={{ minHeight: '50vh' }} data-testid="page-loading">
    <Spin size="large" />
  </Flex>
);
