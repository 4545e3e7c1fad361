import { z } from "zod";

export const mailboxMessageParams = z.object({ id: z.uuid() });
export const mailboxAttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
