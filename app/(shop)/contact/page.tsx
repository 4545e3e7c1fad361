import type { Metadata } from "next";
import { connection } from "next/server";
import { issueFormToken } from "@/lib/contact/form-token";
import { env } from "@/lib/env";
import { ContactForm } from "./contact-form";

export const metadata: Metadata = {
  title: "Contact us",
  description: `Questions about an order, a return or anything else: write to ${env.SHOP_NAME}.`,
};

export default async function ContactPage() {
  // Every visit gets its own signed start time, so the page is rendered per request.
  await connection();
  return (
    <div className="contact-page">
      <h1>Contact us</h1>
      <p>
        A question about an order, a return, or anything else? Write to us here and a person will answer, usually within
        two working days.
      </p>
      <ContactForm formToken={issueFormToken()} shopName={env.SHOP_NAME} />
    </div>
  );
}
