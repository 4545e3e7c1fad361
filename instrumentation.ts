import type { Instrumentation } from "next";

// Next.js hands every error of a render, route handler or server action here, with the request's headers: a
// database outage is recorded for that request (by its x-request-id), so the shop's server answers it with 503.
export const onRequestError: Instrumentation.onRequestError = async (error, request) => {
  const { reportRequestError } = await import("@/lib/http/request-outcome");
  const id = request.headers["x-request-id"];
  reportRequestError(error, Array.isArray(id) ? id[0] : id);
};
