package vn.egov.sdk.examples;

/** A part of the server that reports its health on {@code GET /health}. */
public interface HealthContributor {

  /** The overall status values of the contract, in order of severity. */
  enum Status { UP, DEGRADED, DOWN }

  /** A component's health: a short name, its status and an optional detail safe to show anyone. */
  record Health(String component, Status status, String detail) {}

  Health health();
}
