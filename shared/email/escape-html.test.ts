import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
  it('replaces the five characters that can break out of text or a quoted attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('escapes ampersands of existing entities, so text is shown as typed', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('leaves other text, accents and no-break spaces untouched', () => {
    expect(escapeHtml('Zoé\u00a0: 12,50 € — n° 5')).toBe('Zoé\u00a0: 12,50 € — n° 5');
  });
});
