import { accountOperations } from "./paths/accounts";
import { signInOperations } from "./paths/sign-in";
import { adminOperations } from "./paths/admin";
import { adminBankTransferOperations } from "./paths/admin-bank-transfers";
import { adminCatalogOperations } from "./paths/admin-catalog";
import { adminOrderOperations } from "./paths/admin-orders";
import { adminPeopleOperations } from "./paths/admin-people";
import { adminReportOperations } from "./paths/admin-reports";
import { adminWebhookOperations } from "./paths/admin-webhooks";
import { cartOperations } from "./paths/cart";
import { catalogOperations } from "./paths/catalog";
import { checkoutOperations } from "./paths/checkout";
import { contactOperations } from "./paths/contact";
import { feedOperations } from "./paths/feeds";
import { orderOperations } from "./paths/orders";
import { adminReturnOperations, returnOperations } from "./paths/returns";
import { systemOperations } from "./paths/system";
import { webhookOperations } from "./paths/webhooks";
import type { ApiOperation } from "./registry";

/** Every documented operation, in the order the docs page shows the areas. */
export const apiOperations: ApiOperation[] = [
  ...catalogOperations,
  ...feedOperations,
  ...cartOperations,
  ...checkoutOperations,
  ...orderOperations,
  ...returnOperations,
  ...accountOperations,
  ...signInOperations,
  ...contactOperations,
  ...adminOperations,
  ...adminCatalogOperations,
  ...adminOrderOperations,
  ...adminReturnOperations,
  ...adminBankTransferOperations,
  ...adminPeopleOperations,
  ...adminReportOperations,
  ...adminWebhookOperations,
  ...webhookOperations,
  ...systemOperations,
];
