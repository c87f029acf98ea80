import { Layout, Typography } from 'antd';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { AppHeader } from './AppHeader.tsx';
import { SideMenu } from './SideMenu.tsx';

export const AppLayout = () => {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={208}>
        <Link to="/" style={{ display: 'block', padding: '16px 24px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            {collapsed ? '计量' : '计量 Jiliang'}
          </Typography.Title>
        </Link>
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
