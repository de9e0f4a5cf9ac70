package vn.egov.sdk.forms;

/** How a form is rendered as HTML. */
public enum RenderMode {
  /** Level 2: a form to print and fill in by hand (blank lines and boxes, no inputs). */
  PRINTABLE,
  /** Level 3: a form to fill in and submit online (inputs with HTML5 constraints). */
  SUBMITTABLE
}
