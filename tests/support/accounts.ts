// Known passwords for the demo accounts in test databases (never used outside tests).
export const testAccounts = {
  adminEmail: "admin@example.com",
  adminPassword: "admin-test-password-1",
  // The seeded administrator comes enrolled in two-factor sign-in with this authenticator secret (base32).
  adminTotpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
  customerEmail: "customer@example.com",
  customerPassword: "customer-test-password-1",
};
