import { z } from "zod";
import { safeString } from "@/lib/validation";
import { contactMessageSchema } from "@/lib/contact/schemas";
import type { ApiOperation } from "../registry";

export const contactOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/contact",
    tag: "Contact",
    summary: "Gets a contact form token",
    description:
      "For clients that build their own form: send the token back with the message, at least `minFillSeconds` later.",
    success: {
      status: 200,
      description: "A signed form token.",
      schema: z.object({ formToken: safeString(), minFillSeconds: z.number() }),
    },
  },
  {
    method: "post",
    path: "/api/contact",
    tag: "Contact",
    summary: "Sends a message to the shop",
    description:
      "`website` is a honeypot and must stay empty. Messages that look like spam get the same answer, so a bot learns nothing. Rate-limited per client address.",
    body: contactMessageSchema,
    example: {
      name: "Ada Shopper",
      email: "ada@example.com",
      subject: "ORDER_QUESTION",
      orderNumber: "100042",
      message: "Could you deliver my order to my office instead?",
      consent: true,
      website: "",
      formToken: "token-from-GET-/api/contact",
    },
    success: {
      status: 201,
      description: "Received.",
      schema: z.object({ id: z.uuid(), received: z.literal(true) }),
    },
    errors: ["rate_limited"],
  },
];
