/**
 * Text for an ECharts label formatter string, where `{…}` is a placeholder or a rich-text style: braces
 * in a name become full-width so the label shows them as written.
 */
export const toChartLabelText = (text: string): string => text.replace(/\{/g, '｛').replace(/\}/g, '｝');
