import { findArticleInfo, MEASURE_NAMES } from '@jiliang/calc';
import { Tag, Tooltip } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** An article of the Measures, e.g. "CM-13"; hovering names the Measure and what the article says. */
export const ArticleTag = ({ article }: { article: string | null | undefined }) => {
  const { pick } = useLocale();
  if (!article) return null;
  const info = findArticleInfo(article);
  const measure = article.startsWith('CM') ? MEASURE_NAMES.CM : article.startsWith('BM') ? MEASURE_NAMES.BM : undefined;
  const tag = (
    <Tag color="geekblue" data-testid="article-tag" style={{ marginInlineEnd: 0, fontFamily: 'monospace' }}>
      {article}
    </Tag>
  );
  if (!info || !measure) return tag;
  return <Tooltip title={`《${pick(measure)}》 ${pick(info)}`}>{tag}</Tooltip>;
};
