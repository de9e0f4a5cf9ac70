package vn.egov.sdk.core;

/** How the result of a procedure reaches the applicant. */
public enum ResultDelivery {
  /** Collected at the agency's counter. */
  IN_PERSON,
  /** Returned online (an electronic result, e.g. a signed PDF in the citizen's account). */
  ONLINE,
  /** Sent through the public postal service (bưu chính công ích). */
  PUBLIC_POST
}
