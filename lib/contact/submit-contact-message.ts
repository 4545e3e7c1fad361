import type { ContactStatus } from "@/lib/generated/prisma/client";
import { serverMessage } from "@/lib/i18n/server-message";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, invalidInput } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { fieldErrorsFromZod } from "@/lib/validation";
import { defaultLanguage, isEnabledLanguage } from "@/lib/i18n/languages";
import { hashClientAddress } from "./contact-secret";
import { contactMessageSchema } from "./schemas";
import { contactSubjectLine, contactSubjectLineIn } from "./subject-line";
import { scoreContactMessage } from "./spam-score";

/** Per client address: a shared office connection can still write a few times; a script cannot flood. */
export const ADDRESS_LIMIT = { limit: 10, windowSeconds: 10 * 60 };
/** Per e-mail address: stops one sender (or someone using their address) from filling the inbox. */
export const EMAIL_LIMIT = { limit: 5, windowSeconds: 60 * 60 };

export interface SubmitContactContext {
  /** The client's IP address (lib/http/client-address.ts); only its keyed hash is stored. */
  clientAddress: string;
  /** The visitor's language (the page's, or the API client's Accept-Language); by default the shop's own. */
  language?: string;
  now?: Date;
}

export interface SubmittedContactMessage {
  id: string;
  status: ContactStatus;
}

function friendlyRateLimit(error: AppError): AppError {
  const seconds = error.details.retryAfterSeconds ?? 60;
  const minutes = seconds <= 90 ? 1 : Math.ceil(seconds / 60);
  return new AppError(
    "rate_limited",
    serverMessage(
      "Thank you for your patience: you have sent several messages in a short time. Please wait {minutes, plural, one {a minute} other {about # minutes}} and try again.",
      { minutes },
    ),
    { retryAfterSeconds: seconds },
  );
}

/**
 * Takes a visitor's message as sent (validated here, so every caller gets the same rules) and, in one
 * transaction: counts it against the rate limits, scores it for spam, stores it, and queues the staff
 * notification and the sender's confirmation. Spam is stored with status SPAM and queues no e-mail: staff are
 * not disturbed, and an address a bot typed in is not sent mail it never asked for.
 */
export async function submitContactMessage(
  db: Db,
  input: unknown,
  context: SubmitContactContext,
): Promise<SubmittedContactMessage> {
  const parsed = contactMessageSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(fieldErrorsFromZod(parsed.error));
  const data = parsed.data;
  const verdict = scoreContactMessage(data, context.now);
  const language = isEnabledLanguage(context.language) ? context.language : defaultLanguage;

  return db.$transaction(async (tx) => {
    try {
      // Inside the transaction: a submission that fails later does not use up the visitor's allowance.
      await consumeRateLimits(tx, [
        { key: `contact:address:${context.clientAddress}`, ...ADDRESS_LIMIT },
        { key: `contact:email:${data.email.toLowerCase()}`, ...EMAIL_LIMIT },
      ]);
    } catch (error) {
      throw error instanceof AppError && error.code === "rate_limited" ? friendlyRateLimit(error) : error;
    }

    const message = await tx.contactMessage.create({
      data: {
        name: data.name,
        email: data.email,
        subject: data.subject,
        orderNumber: data.orderNumber ?? null,
        message: data.message,
        consent: data.consent,
        status: verdict.isSpam ? "SPAM" : "NEW",
        spamScore: verdict.score,
        spamReasons: verdict.reasons,
        clientAddressHash: hashClientAddress(context.clientAddress),
        locale: language,
      },
      select: { id: true, status: true },
    });

    if (message.status !== "SPAM") {
      // The message travels with its id, so the e-mails show what was sent even if it is later edited or removed;
      // the outbox keeps whichever of these fields the template's payload schema (lib/mail/messages.ts) declares.
      // Staff read the topic in the shop's words; the visitor's confirmation speaks the language they wrote in.
      const payload = { messageId: message.id, name: data.name, email: data.email, body: data.message };
      const topic = { subject: data.subject, orderNumber: data.orderNumber ?? null };
      await enqueueEmail(tx, {
        template: "contact-notification",
        to: env.SHOP_CONTACT_EMAIL ?? env.SEED_ADMIN_EMAIL,
        payload: { ...payload, subject: contactSubjectLine(topic) },
        dedupeKey: `contact-notification:${message.id}`,
      });
      await enqueueEmail(tx, {
        template: "contact-confirmation",
        to: data.email,
        payload: { ...payload, subject: contactSubjectLineIn(topic, language), language },
        dedupeKey: `contact-confirmation:${message.id}`,
      });
    }
    return message;
  });
}
