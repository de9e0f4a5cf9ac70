package vn.egov.sdk.forms;

import java.util.Optional;

/**
 * Looks up the terms of a procedure by its national code (e.g. backed by sdk-core's catalog). Must not
 * throw for an unknown code: that is an empty answer.
 */
@FunctionalInterface
public interface ProcedureDirectory {
  Optional<ProcedureTerms> terms(String procedureCode);
}
