import { Empty, Space, Tag, Tree, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale, type LocaleTools } from '../../i18n/hooks/useLocale.ts';
import type { PointTreeNode, SeriesTarget } from '../utils/buildPointTree.ts';

type Props = { tree: PointTreeNode; selected: string; onSelect: (target: SeriesTarget) => void; emptyText: string };

type AntNode = { key: string; title: ReactNode; children: AntNode[]; isLeaf?: boolean };

const toAntNode = (node: PointTreeNode, t: LocaleTools['t']): AntNode => ({
  key: node.key,
  isLeaf: Boolean(node.point),
  children: node.children.map((child) => toAntNode(child, t)),
  title: node.point ? (
    <Space size={4} data-testid={`point-${node.point.code}`} style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text strong>{node.point.code}</Typography.Text>
      <Typography.Text>{node.point.name}</Typography.Text>
      <Tag variant="outlined">
        {node.point.unit} · {t(`registerKind.${node.point.registerKind}`)}
      </Tag>
    </Space>
  ) : (
    <Typography.Text data-testid={node.key}>{node.title}</Typography.Text>
  ),
});

const findNode = (node: PointTreeNode, key: string): PointTreeNode | undefined =>
  node.key === key ? node : node.children.map((child) => findNode(child, key)).find(Boolean);

/** The point tree (issue 5 §7): enterprise → sites → sub-units → points with code, name, unit and register kind. */
export const PointTree = ({ tree, selected, onSelect, emptyText }: Props) => {
  const { t } = useLocale();
  return (
    <>
      <Tree
        data-testid="point-tree"
        blockNode
        defaultExpandAll
        treeData={[toAntNode(tree, t)]}
        selectedKeys={[selected]}
        onSelect={(keys) => {
          const node = keys[0] === undefined ? undefined : findNode(tree, String(keys[0]));
          if (node) onSelect(node.target);
        }}
      />
      {tree.children.length === 0 && <Empty description={emptyText} />}
    </>
  );
};
