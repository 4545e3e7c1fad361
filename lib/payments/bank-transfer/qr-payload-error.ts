/** A payment QR payload cannot be made from these details; `field` names the offending one. */
export class QrPayloadError extends Error {
  override name = "QrPayloadError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
