package vn.egov.sdk.forms;

/** Which Vietnamese telephone numbers a phone field accepts. */
public enum PhoneKind {
  MOBILE,
  LANDLINE,
  ANY
}
