import { describe, expect, it } from 'vitest';
import { labelled, renderEmail, type EmailContent } from './layout.ts';

const hostile = `<i>"x" & 'y'</i>`;
const escaped = '&lt;i&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/i&gt;';

const content: EmailContent = {
  locale: 'en',
  subject: `Subject ${hostile}`,
  preheader: `Preheader ${hostile}`,
  heading: `Heading ${hostile}`,
  body: [
    { type: 'heading', text: `Section ${hostile}` },
    { type: 'paragraph', text: [`Paragraph ${hostile} `, { label: `Inline ${hostile}`, url: 'https://example.com/?a=1&b="2"' }] },
    { type: 'button', label: `Button ${hostile}`, url: 'https://example.com/button' },
    { type: 'link', label: `Link ${hostile}`, url: 'https://example.com/link' },
    { type: 'facts', rows: [{ label: `Fact ${hostile}`, value: `Value ${hostile}` }] },
    { type: 'items', labels: { item: 'Item', quantity: 'Qty', unitPrice: 'Price', total: 'Total' }, rows: [{ title: `Title ${hostile}`, detail: `Detail ${hostile}`, quantity: 2, unitPrice: `P ${hostile}`, total: `T ${hostile}` }] },
    { type: 'address', lines: [`Name ${hostile}`, `Street ${hostile}`] },
    { type: 'card', title: `Card ${hostile}`, link: { label: `Get ${hostile}`, url: 'https://example.com/file' }, lines: [`Note ${hostile}`] },
  ],
  footer: [{ type: 'paragraph', muted: true, text: [`Footer ${hostile}`] }],
};
const shop = { shopName: `Shop ${hostile}`, shopUrl: 'https://example.com', supportEmail: 'help@example.com' };

const pieces = ['Subject', 'Preheader', 'Heading', 'Section', 'Paragraph', 'Inline', 'Button', 'Link', 'Fact', 'Value', 'Title', 'Detail', 'P', 'T', 'Name', 'Street', 'Card', 'Get', 'Note', 'Footer', 'Shop'];

describe('renderEmail', () => {
  it('escapes every piece of text in every kind of block', () => {
    const { html } = renderEmail(content, shop);
    for (const piece of pieces) expect(html, piece).toContain(`${piece} ${escaped}`);
    expect(html).not.toContain('<i>');
    expect(html).toContain('href="https://example.com/?a=1&amp;b=&quot;2&quot;"');
  });

  it('keeps every piece of text as typed in the plain text, links with their address', () => {
    const { text } = renderEmail(content, shop);
    for (const piece of pieces.filter((piece) => !['Subject', 'Preheader'].includes(piece))) expect(text, piece).toContain(`${piece} ${hostile}`);
    expect(text).toContain(`Inline ${hostile} (https://example.com/?a=1&b="2")`);
    expect(text).toContain(`Button ${hostile}: https://example.com/button`);
    expect(text).toContain(`- Title ${hostile}\n  Detail ${hostile}\n  2 × P ${hostile} = T ${hostile}`);
  });

  it('underlines headings in the plain text so sections stand out line by line', () => {
    const { text } = renderEmail({ ...content, heading: 'Thanks', body: [{ type: 'heading', text: 'Summary' }], footer: [] }, shop);
    expect(text).toContain('Thanks\n======\n\nSummary\n-------\n');
  });
});

describe('labelled', () => {
  it('puts a no-break space before the colon in French only', () => {
    expect([labelled('fr', 'Total', '5 €'), labelled('en', 'Total', '€5')]).toEqual(['Total\u00a0: 5 €', 'Total: €5']);
  });
});
