// Answers that must read the same whether or not an address has an account.
export const REGISTERED_MESSAGE =
  "Thank you. If this address can be used, your account is ready: log in with it. We have sent you an e-mail.";

export const RESET_REQUESTED_MESSAGE =
  "If an account uses this address, we have sent it a link to choose a new password. The link works for 30 minutes.";
