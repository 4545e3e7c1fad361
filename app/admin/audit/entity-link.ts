/** Where an audited entity can be seen in the admin, when it has a page. */
export function entityHref(entityType: string, entityId: string | null): string | null {
  if (!entityId || !/^[0-9a-f-]{36}$/i.test(entityId)) return null;
  switch (entityType) {
    case "user":
      return `/admin/customers/${entityId}`;
    case "discount_code":
      return `/admin/discounts/${entityId}`;
    case "contact_message":
      return `/admin/messages/${entityId}`;
    case "order":
      return `/admin/orders/${entityId}`;
    case "return":
      return `/admin/returns/${entityId}`;
    default:
      return null;
  }
}
