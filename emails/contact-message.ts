/** A message sent through the contact form, as the contact e-mails show it. */
export interface ContactMessageProps {
  name: string;
  email: string;
  subject: string;
  body: string;
}
