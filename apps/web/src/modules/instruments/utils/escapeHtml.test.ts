import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml.ts';
import { toChartLabelText } from './toChartLabelText.ts';

describe('escapeHtml and toChartLabelText (names people typed, shown by ECharts)', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });
  it('turns braces full-width so a label formatter does not read them', () => {
    expect(toChartLabelText('表{b}|1')).toBe('表｛b｝|1');
  });
});
