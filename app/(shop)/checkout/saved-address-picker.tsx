import { getTranslations } from "next-intl/server";
import type { SavedAddress } from "@/lib/accounts/addresses";

/**
 * A signed-in shopper's saved addresses: choosing one reloads the checkout with it filled in (and delivery to its
 * country). A plain GET form, so it works without JavaScript; the address is looked up with the shopper's own id.
 */
export async function SavedAddressPicker({
  addresses,
  chosenId,
  action,
}: {
  addresses: SavedAddress[];
  chosenId: string | null;
  /** The checkout page's URL in the page's language. */
  action: string;
}) {
  if (addresses.length === 0) return null;
  const t = await getTranslations("checkout");
  return (
    <form method="get" action={action} className="form-grid checkout-country">
      <div className="field">
        <label htmlFor="saved-address">{t("savedAddress")}</label>
        <select id="saved-address" name="address" className="input" defaultValue={chosenId ?? ""}>
          <option value="">{t("choose")}</option>
          {addresses.map((a) => (
            <option key={a.id} value={a.id}>
              {[a.companyName, a.fullName, a.line1, a.city, a.country].filter(Boolean).join(", ")}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="button button-secondary">
          {t("useAddress")}
        </button>
      </div>
    </form>
  );
}
