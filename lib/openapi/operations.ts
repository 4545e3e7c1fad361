import { accountOperations } from "./paths/accounts";
import { adminOperations } from "./paths/admin";
import { cartOperations } from "./paths/cart";
import { catalogOperations } from "./paths/catalog";
import { checkoutOperations } from "./paths/checkout";
import { contactOperations } from "./paths/contact";
import { orderOperations } from "./paths/orders";
import { systemOperations } from "./paths/system";
import { webhookOperations } from "./paths/webhooks";
import type { ApiOperation } from "./registry";

/** Every documented operation, in the order the docs page shows the areas. */
export const apiOperations: ApiOperation[] = [
  ...catalogOperations,
  ...cartOperations,
  ...checkoutOperations,
  ...orderOperations,
  ...accountOperations,
  ...contactOperations,
  ...adminOperations,
  ...webhookOperations,
  ...systemOperations,
];
