import type { SavedAddress } from "@/lib/accounts/addresses";

/**
 * A signed-in shopper's saved addresses: choosing one reloads the checkout with it filled in (and delivery to its
 * country). A plain GET form, so it works without JavaScript; the address is looked up with the shopper's own id.
 */
export function SavedAddressPicker({ addresses, chosenId }: { addresses: SavedAddress[]; chosenId: string | null }) {
  if (addresses.length === 0) return null;
  return (
    <form method="get" action="/checkout" className="form-grid checkout-country">
      <div className="field">
        <label htmlFor="saved-address">Use a saved address</label>
        <select id="saved-address" name="address" className="input" defaultValue={chosenId ?? ""}>
          <option value="">Choose…</option>
          {addresses.map((a) => (
            <option key={a.id} value={a.id}>
              {[a.companyName, a.fullName, a.line1, a.city, a.country].filter(Boolean).join(", ")}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="button button-secondary">
          Use this address
        </button>
      </div>
    </form>
  );
}
