/** A message sent through the contact form, as the contact e-mails show it. */
export interface ContactMessageProps {
  name: string;
  email: string;
  subject: string;
  body: string;
  /** The language the visitor wrote in; the confirmation speaks it (by default the shop's). */
  language?: string | undefined;
}
