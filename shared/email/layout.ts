/**
 * One email body described once as blocks, written twice: table-based HTML with inline styles
 * (what mail clients render reliably, no remote resources) and plain text with the same content.
 */
import type { Locale } from '#shared/domain/catalog/model.ts';
import { escapeHtml } from './escape-html.ts';
import type { RenderedEmail, ShopContext } from './model.ts';

export interface Fact {
  label: string;
  value: string;
  strong?: boolean;
  muted?: boolean;
}

export interface ItemRow {
  title: string;
  detail?: string;
  quantity: number;
  /** Absolute http(s) URL of a thumbnail, shown in the HTML version only. */
  imageUrl?: string;
  /** Formatted; prices are shown only when every row has them. */
  unitPrice?: string;
  total?: string;
}

export interface ItemLabels {
  item: string;
  quantity: string;
  unitPrice: string;
  total: string;
}

export interface Link {
  label: string;
  url: string;
}

/** Running text, possibly with links inside it. */
export type Inline = string | Link;

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: Inline[]; muted?: boolean }
  | ({ type: 'button' } & Link)
  | ({ type: 'link' } & Link)
  | { type: 'facts'; rows: Fact[] }
  | { type: 'items'; labels: ItemLabels; rows: ItemRow[] }
  | { type: 'address'; lines: string[] }
  | { type: 'card'; title: string; link: Link; lines: string[] };

export interface EmailContent {
  locale: Locale;
  subject: string;
  /** Shown by inboxes next to the subject. */
  preheader: string;
  heading: string;
  body: Block[];
  footer: Block[];
}

/** `Label : value` with French spacing (a no-break space before the colon), `Label: value` in English. */
export const labelled = (locale: Locale, label: string, value: string): string =>
  locale === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`;

const font = 'font-family:Arial,Helvetica,sans-serif;';
const ink = '#111827';
// #4b5563 on white keeps a 7:1 contrast: secondary text stays readable.
const muted = '#4b5563';
const rule = '#e5e7eb';
const textStyle = `${font}font-size:15px;line-height:22px;color:${ink};`;
const mutedStyle = `${font}font-size:13px;line-height:20px;color:${muted};`;

// Carrier tracking links come from outside; a link with any other scheme is shown, never made clickable.
const isSafeUrl = (url: string): boolean => /^(https?:\/\/|mailto:)/i.test(url);

const anchor = (link: Link, style: string): string =>
  isSafeUrl(link.url)
    ? `<a href="${escapeHtml(link.url)}" style="${style}">${escapeHtml(link.label)}</a>`
    : `${escapeHtml(link.label)} (${escapeHtml(link.url)})`;

const linkStyle = `color:#1d4ed8;text-decoration:underline;`;

const inlineHtml = (parts: Inline[]): string => parts.map((part) => (typeof part === 'string' ? escapeHtml(part) : anchor(part, linkStyle))).join('');

// In plain text a link shows its address, unless the label already is the address.
const inlineText = (parts: Inline[]): string =>
  parts
    .map((part) => {
      if (typeof part === 'string') return part;
      return part.url === part.label || part.url === `mailto:${part.label}` ? part.label : `${part.label} (${part.url})`;
    })
    .join('');

const itemsHtml = (labels: ItemLabels, rows: ItemRow[]): string => {
  const priced = rows.every((row) => row.unitPrice !== undefined && row.total !== undefined);
  const padding = (align: 'left' | 'right', vertical: string) => (align === 'left' ? `padding:${vertical} 12px ${vertical} 0;` : `padding:${vertical} 0 ${vertical} 12px;white-space:nowrap;`);
  const head = (label: string, align: 'left' | 'right') =>
    `<th scope="col" align="${align}" style="${mutedStyle}font-weight:bold;${padding(align, '6px')}border-bottom:2px solid ${rule};">${escapeHtml(label)}</th>`;
  const cell = (content: string, align: 'left' | 'right') =>
    `<td align="${align}" style="${textStyle}${padding(align, '8px')}border-bottom:1px solid ${rule};vertical-align:top;">${content}</td>`;
  const headings = [head(labels.item, 'left'), head(labels.quantity, 'right'), ...(priced ? [head(labels.unitPrice, 'right'), head(labels.total, 'right')] : [])];
  const body = rows.map((row) => {
    const detail = row.detail ? `<br><span style="${mutedStyle}">${escapeHtml(row.detail)}</span>` : '';
    const prices = priced ? [cell(escapeHtml(row.unitPrice!), 'right'), cell(escapeHtml(row.total!), 'right')] : [];
    const image =
      row.imageUrl && /^https?:\/\//i.test(row.imageUrl)
        ? `<img src="${escapeHtml(row.imageUrl)}" width="64" height="64" alt="" style="display:block;float:left;margin:0 12px 4px 0;border-radius:4px;object-fit:cover;">`
        : '';
    return `<tr>${[cell(`${image}${escapeHtml(row.title)}${detail}`, 'left'), cell(String(row.quantity), 'right'), ...prices].join('')}</tr>`;
  });
  return `<table width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px;"><thead><tr>${headings.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
};

const factsHtml = (rows: Fact[]): string => {
  const body = rows.map((row) => {
    const style = `${row.muted ? mutedStyle : textStyle}padding:4px 0;${row.strong ? 'font-weight:bold;' : 'font-weight:normal;'}`;
    return `<tr><th scope="row" align="left" style="${style}">${escapeHtml(row.label)}</th><td align="right" style="${style}padding-left:12px;white-space:nowrap;">${escapeHtml(row.value)}</td></tr>`;
  });
  return `<table width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px;"><tbody>${body.join('')}</tbody></table>`;
};

const blockHtml = (block: Block): string => {
  switch (block.type) {
    case 'heading':
      return `<h2 style="${font}margin:24px 0 8px;font-size:18px;line-height:24px;color:${ink};">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p style="${block.muted ? mutedStyle : textStyle}margin:0 0 16px;">${inlineHtml(block.text)}</p>`;
    case 'button':
      return isSafeUrl(block.url)
        ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr><td style="border-radius:6px;background-color:#1f2937;">${anchor(block, `${font}display:inline-block;padding:12px 24px;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;`)}</td></tr></table>`
        : `<p style="${textStyle}margin:0 0 16px;">${anchor(block, linkStyle)}</p>`;
    case 'link':
      return `<p style="${textStyle}margin:0 0 16px;">${anchor(block, linkStyle)}</p>`;
    case 'facts':
      return factsHtml(block.rows);
    case 'items':
      return itemsHtml(block.labels, block.rows);
    case 'address':
      return `<p style="${textStyle}margin:0 0 16px;">${block.lines.map(escapeHtml).join('<br>')}</p>`;
    case 'card':
      return `<p style="${textStyle}margin:0 0 16px;"><strong>${escapeHtml(block.title)}</strong><br>${anchor(block.link, linkStyle)}${block.lines.map((line) => `<br><span style="${mutedStyle}">${escapeHtml(line)}</span>`).join('')}</p>`;
  }
};

const blockText = (locale: Locale, block: Block): string => {
  switch (block.type) {
    case 'heading':
      return `${block.text}\n${'-'.repeat(block.text.length)}`;
    case 'paragraph':
      return inlineText(block.text);
    case 'button':
    case 'link':
      return labelled(locale, block.label, block.url);
    case 'facts':
      return block.rows.map((row) => labelled(locale, row.label, row.value)).join('\n');
    case 'items': {
      const priced = block.rows.every((row) => row.unitPrice !== undefined && row.total !== undefined);
      return block.rows
        .map((row) => {
          const amounts = priced ? `${row.quantity} × ${row.unitPrice} = ${row.total}` : labelled(locale, block.labels.quantity, String(row.quantity));
          return [`- ${row.title}`, ...(row.detail ? [`  ${row.detail}`] : []), `  ${amounts}`].join('\n');
        })
        .join('\n');
    }
    case 'address':
      return block.lines.join('\n');
    case 'card':
      return [block.title, `  ${labelled(locale, block.link.label, block.link.url)}`, ...block.lines.map((line) => `  ${line}`)].join('\n');
  }
};

const html = (content: EmailContent, shop: ShopContext): string => {
  const section = (blocks: Block[]) => blocks.map(blockHtml).join('\n');
  return `<!DOCTYPE html>
<html lang="${content.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(content.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:8px;">
<tr><td style="${font}padding:24px 32px;border-bottom:1px solid ${rule};font-size:20px;line-height:28px;font-weight:bold;">${anchor({ label: shop.shopName, url: shop.shopUrl }, `color:${ink};text-decoration:none;`)}</td></tr>
<tr><td style="padding:24px 32px 8px;">
<h1 style="${font}margin:0 0 16px;font-size:24px;line-height:32px;color:${ink};">${escapeHtml(content.heading)}</h1>
${section(content.body)}
</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid ${rule};">
${section(content.footer)}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
};

const text = (content: EmailContent, shop: ShopContext): string => {
  const section = (blocks: Block[]) => blocks.map((block) => blockText(content.locale, block)).join('\n\n');
  return [shop.shopName, `${content.heading}\n${'='.repeat(content.heading.length)}`, section(content.body), `--\n${section(content.footer)}`].join('\n\n') + '\n';
};

/** The subject, HTML and plain-text versions of one email. */
export const renderEmail = (content: EmailContent, shop: ShopContext): RenderedEmail => ({
  subject: content.subject,
  html: html(content, shop),
  text: text(content, shop),
});
