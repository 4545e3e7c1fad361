// Known passwords for the demo accounts in test databases (never used outside tests).
export const testAccounts = {
  adminEmail: "admin@example.com",
  adminPassword: "admin-test-password-1",
  customerEmail: "customer@example.com",
  customerPassword: "customer-test-password-1",
};
