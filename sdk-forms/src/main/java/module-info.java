/**
 * E-forms (definitions, validation with Vietnamese identifiers, JSON Schema, HTML), the receiving
 * dossier desk and the filing client.
 */
module vn.egov.sdk.forms {
  requires transitive vn.egov.sdk.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;
  requires transitive okhttp3;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires dev.failsafe.core;
  requires org.slf4j;
  requires vn.egov.sdk.jdbc;

  exports vn.egov.sdk.forms;
  exports vn.egov.sdk.forms.constraints;
  exports vn.egov.sdk.forms.desk;
  exports vn.egov.sdk.forms.client;
  // Hibernate Validator (the Bean Validation reference implementation, Spring Boot's) instantiates the
  // constraint validators; on the class path any provider can.
  opens vn.egov.sdk.forms.internal.constraints to org.hibernate.validator;
}
