import MailComposer from 'nodemailer/lib/mail-composer';
import { parseMailbox } from './address.js';
import type { Attachment } from './attach.js';

export interface Mailbox {
  name?: string;
  address: string;
}

/** Everything that goes into one message, before it is turned into bytes. */
export interface Draft {
  /** None when no sender is configured: the user fills it in in their mail program. */
  from?: Mailbox;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  attachments: Attachment[];
}

/**
 * The whole message as RFC 5322 bytes. Built once and used for both the .eml
 * file and SMTP, so a retry sends the very same message (same Message-ID,
 * which lets a receiving server drop a duplicate).
 */
export async function renderMessage(draft: Draft, opts: { date: Date; unsent?: boolean }): Promise<Buffer> {
  const composer = new MailComposer({
    from: draft.from,
    to: draft.to,
    cc: draft.cc.length ? draft.cc : undefined,
    subject: draft.subject,
    text: draft.text,
    date: opts.date,
    attachments: draft.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    // Outlook opens a file with this header as a draft with a Send button,
    // rather than as a message that was received.
    headers: opts.unsent ? { 'X-Unsent': '1' } : undefined,
    newline: '\r\n',
  });
  return composer.compile().build();
}

/** Envelope recipients: the To and Cc addresses (there is no Bcc), without their names. */
export const recipients = (draft: Draft) => [...draft.to, ...draft.cc].map((a) => parseMailbox(a).address);
