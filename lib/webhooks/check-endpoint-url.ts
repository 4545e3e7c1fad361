import { invalidInput } from "@/lib/errors";
import { type AddressPolicy, RefusedAddressError, type Resolver, resolveEndpoint } from "./endpoint-address";

/**
 * Refuses a URL staff register when it is not https or resolves to an address webhooks may not reach. Only DNS is
 * asked: nothing is sent to the URL. Every delivery checks again, as the name may resolve elsewhere later.
 */
export async function checkEndpointUrl(url: string, policy: AddressPolicy, resolver?: Resolver): Promise<string> {
  try {
    const target = await resolveEndpoint(url, policy, resolver);
    return target.url.toString();
  } catch (error) {
    if (error instanceof RefusedAddressError) throw invalidInput({ url: error.message });
    throw error;
  }
}
