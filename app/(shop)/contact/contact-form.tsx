"use client";

import { useTranslations } from "@/app/_components/translations";
import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/app/_components/field";
import { useLocalizedPath } from "@/app/_components/locale-link";
import {
  HONEYPOT_FIELD,
  ORDER_NUMBER_PATTERN,
  contactFormFields,
  contactLimits,
  contactSubjects,
} from "@/lib/contact/form-fields";
import { sendContactMessage } from "./actions";
import { type ContactFormState, emptyContactValues } from "./form-state";

const idOf = (field: string) => `contact-${field}`;
const errorIdOf = (field: string) => `contact-${field}-error`;

function FieldError({ field, message }: { field: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorIdOf(field)} className="field-error">
      {message}
    </p>
  );
}

export function ContactForm({ formToken, shopName }: { formToken: string; shopName: string }) {
  const t = useTranslations("contact");
  const localize = useLocalizedPath();
  const [state, formAction, pending] = useActionState<ContactFormState, FormData>(sendContactMessage, {
    status: "editing",
    values: emptyContactValues,
    fields: {},
    formToken,
    attempt: 0,
  });
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const attempt = state.status === "editing" ? state.attempt : -1;

  // After an answer, move focus to what changed: the list of problems, or the confirmation.
  useEffect(() => {
    if (attempt === 0) return;
    (attempt > 0 ? summaryRef : doneRef).current?.focus();
  }, [attempt]);

  if (state.status === "sent") {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="notice notice-success">
        <h2>{state.name ? t("sentNamed", { name: state.name }) : t("sent")}</h2>
        <p>{t("sentText")}</p>
        <p>
          <a href={localize("/contact")}>{t("writeAnother")}</a>
        </p>
      </div>
    );
  }

  const { values, fields, formError } = state;
  const visibleErrors = contactFormFields.filter((f) => fields[f]);
  // Errors about the hidden fields (an expired form) are shown as a message for the whole form.
  const hiddenFieldError = Object.entries(fields).find(([f]) => !(contactFormFields as readonly string[]).includes(f));
  const problem = formError ?? hiddenFieldError?.[1];
  const a11y = (field: (typeof contactFormFields)[number], hintId?: string) => ({
    id: idOf(field),
    name: field,
    "aria-invalid": fields[field] ? true : undefined,
    "aria-describedby": [hintId, fields[field] ? errorIdOf(field) : undefined].filter(Boolean).join(" ") || undefined,
  });

  return (
    <form key={state.attempt} action={formAction} noValidate className="contact-form">
      {visibleErrors.length > 0 || problem ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="form-errors">
          {problem ? <p>{problem}</p> : null}
          {visibleErrors.length > 0 ? (
            <>
              <p>{t("correctFields", { count: visibleErrors.length })}</p>
              <ul>
                {visibleErrors.map((f) => (
                  <li key={f}>
                    <a href={`#${idOf(f)}`}>
                      {t(`summary.${f}`)}: {fields[f]}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      <input type="hidden" name="formToken" value={state.formToken} />

      <Field
        id={idOf("name")}
        name="name"
        label={t("label.name")}
        error={fields.name}
        type="text"
        autoComplete="name"
        required
        maxLength={contactLimits.name.max}
        defaultValue={values.name}
      />

      <Field
        id={idOf("email")}
        name="email"
        label={t("label.email")}
        hint={t("emailHint")}
        error={fields.email}
        type="email"
        autoComplete="email"
        required
        maxLength={contactLimits.email.max}
        defaultValue={values.email}
      />

      <div className="field">
        <label htmlFor={idOf("subject")}>{t("label.subject")}</label>
        <select {...a11y("subject")} className="input" required defaultValue={values.subject}>
          <option value="">{t("choose")}</option>
          {contactSubjects.map((s) => (
            <option key={s} value={s}>
              {t(`subject.${s}`)}
            </option>
          ))}
        </select>
        <FieldError field="subject" message={fields.subject} />
      </div>

      <Field
        id={idOf("orderNumber")}
        name="orderNumber"
        label={t("label.orderNumber")}
        hint={t("orderNumberHint")}
        error={fields.orderNumber}
        type="text"
        autoComplete="off"
        maxLength={contactLimits.orderNumber.max}
        pattern={ORDER_NUMBER_PATTERN}
        defaultValue={values.orderNumber}
      />

      <div className="field">
        <label htmlFor={idOf("message")}>{t("label.message")}</label>
        <span id="contact-message-hint" className="muted">
          {t("messageHint", { min: contactLimits.message.min, max: contactLimits.message.max })}
        </span>
        <textarea
          {...a11y("message", "contact-message-hint")}
          className="input"
          rows={8}
          required
          minLength={contactLimits.message.min}
          maxLength={contactLimits.message.max}
          defaultValue={values.message}
        />
        <FieldError field="message" message={fields.message} />
      </div>

      {/* Hidden from people (visually, from the keyboard and from screen readers); bots fill it in. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={idOf(HONEYPOT_FIELD)}>{t("honeypot")}</label>
        <input
          id={idOf(HONEYPOT_FIELD)}
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>

      <div className="field field-checkbox">
        <input {...a11y("consent")} type="checkbox" required defaultChecked={values.consent} />
        <label htmlFor={idOf("consent")}>{t("consent", { shop: shopName })}</label>
        <FieldError field="consent" message={fields.consent} />
      </div>

      <button className="button" type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </button>
    </form>
  );
}
