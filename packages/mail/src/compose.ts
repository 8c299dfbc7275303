import { type Locale, translate, xmlEscape } from '@knutepunkt/domain';

/** The site's name: the sender's display name and the footer's link text. */
export const SITE_NAME = 'Knutepunkt';

export interface Unsubscribe {
  /** A page where the person changes what they get. */
  url: string;
  /** RFC 8058: a POST to it unsubscribes at once. */
  oneClickUrl: string;
}

/** A file sent with a message (a meeting's .ics): text, its MIME type with parameters, and its name. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** One notification as it leaves: already in the recipient's language (the outbox stores it translated). */
export interface OutgoingMail {
  /** Turned into the Message-ID, so a message sent again keeps it and receivers can tell. */
  id: string;
  to: string;
  subject: string;
  body: string;
  locale: Locale;
  /** The web site's address and the notification settings page there. */
  siteUrl: string;
  settingsUrl: string;
  unsubscribe: Unsubscribe | null;
  /** False: the body ends with its own links (the daily digest), so no footer is added. */
  footer?: boolean;
  attachments?: readonly MailAttachment[];
}

export interface ComposedMail {
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  date: Date;
  headers: Record<string, string>;
  attachments: MailAttachment[];
}

/** Addresses in text: up to whitespace or a character that cannot end one. */
const URL_PATTERN = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'\]]/g;

/** One line of text as HTML: escaped, with its addresses as links. */
function lineToHtml(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0];
    html += xmlEscape(line.slice(last, match.index)) + `<a href="${xmlEscape(url)}">${xmlEscape(url)}</a>`;
    last = match.index + url.length;
  }
  return html + xmlEscape(line.slice(last));
}

/** Text in paragraphs (blank lines between), single line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split('\n').map(lineToHtml).join('<br>\n')}</p>`)
    .join('\n');
}

function footerLinks(mail: OutgoingMail): Array<{ label: string; url: string }> {
  const t = (key: 'outbox.mail.sentBy' | 'outbox.mail.settings' | 'outbox.mail.unsubscribe') =>
    translate(mail.locale, key);
  return [
    { label: t('outbox.mail.sentBy'), url: mail.siteUrl },
    { label: t('outbox.mail.settings'), url: mail.settingsUrl },
    ...(mail.unsubscribe ? [{ label: t('outbox.mail.unsubscribe'), url: mail.unsubscribe.url }] : []),
  ];
}

/** The domain part of the sender's address, for Message-IDs. */
function domainOf(address: string): string {
  return address.split('@')[1] ?? 'knutepunkt.invalid';
}

/**
 * A notification as an e-mail: a plain-text part and a plain, accessible
 * HTML part (the recipient's language in `lang`, real paragraphs, links as
 * links, everything escaped), with a footer linking to the site and to the
 * notification settings, and List-Unsubscribe headers when there is a way out.
 */
export function composeMail(mail: OutgoingMail, fromAddress: string, now = new Date()): ComposedMail {
  const links = mail.footer === false ? [] : footerLinks(mail);
  const footerText = links.length > 0 ? ['', '-- ', ...links.map((l) => `${l.label}: ${l.url}`)] : [];
  const text = [mail.body.trim(), ...footerText, ''].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${xmlEscape(mail.locale)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${xmlEscape(mail.subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em;">',
    '<main>',
    textToHtml(mail.body),
    '</main>',
    ...(links.length > 0
      ? [
          '<footer style="margin-top: 2em; border-top: 1px solid #767676; padding-top: 1em;">',
          '<ul style="list-style: none; padding: 0;">',
          ...links.map((l) => `<li><a href="${xmlEscape(l.url)}">${xmlEscape(l.label)}</a></li>`),
          '</ul>',
          '</footer>',
        ]
      : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
  const headers: Record<string, string> = {};
  if (mail.unsubscribe) {
    headers['List-Unsubscribe'] = `<${mail.unsubscribe.oneClickUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    from: { name: SITE_NAME, address: fromAddress },
    to: mail.to,
    subject: mail.subject,
    text,
    html,
    messageId: `<${mail.id}@${domainOf(fromAddress)}>`,
    date: now,
    headers,
    attachments: [...(mail.attachments ?? [])],
  };
}
