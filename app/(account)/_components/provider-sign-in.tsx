import { getTranslations } from "next-intl/server";
import { oidcProviders } from "@/lib/env";

const REASONS = [
  "expired",
  "failed",
  "unverified-email",
  "no-email",
  "linked-elsewhere",
  "disabled",
  "staff-provider",
  "staff-domain",
] as const;

/** Why a provider's sign-in was refused (the callback sends ?signin=<reason>), in the page's language. */
export async function ProviderSignInNotice({ reason, link }: { reason: unknown; link: unknown }) {
  const t = await getTranslations("oidc");
  const provider = oidcProviders.find((p) => p.id === link);
  if (provider) {
    return (
      <p className="form-message" role="status">
        {t("confirmLink", { provider: provider.name })}
      </p>
    );
  }
  const known = REASONS.find((r) => r === reason);
  if (!known) return null;
  return (
    <p className="form-message form-message-error" role="alert">
      {t(`refused.${known}`)}
    </p>
  );
}

/** "Continue with <provider>" for each configured OpenID Connect provider. */
export async function ProviderSignInButtons({ next }: { next: string }) {
  if (oidcProviders.length === 0) return null;
  const t = await getTranslations("oidc");
  return (
    <section className="provider-sign-in" aria-label={t("heading")}>
      <p>{t("or")}</p>
      <ul>
        {oidcProviders.map((provider) => (
          <li key={provider.id}>
            <a
              className="button button-secondary"
              href={`/api/auth/oidc/${provider.id}?next=${encodeURIComponent(next)}`}
            >
              {t("continueWith", { provider: provider.name })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
