package vn.egov.sdk.examples.site;

/**
 * The model of an e-form's page: the form as the sdk-forms renderer made it (escaped HTML), where the
 * page script finds the form's JSON Schema and the validate endpoint, and the links around it.
 *
 * @param procedureUrl the procedure's page, or null when the catalog does not have it
 * @param printable the printable (level 2) rendering rather than the form to submit
 * @param messages the messages the page script shows, as a JSON object (the server's own wording)
 */
public record FormPage(String formId, String title, String formHtml, String schemaUrl, String validateUrl,
    String procedureUrl, String printUrl, String onlineUrl, boolean printable, int status, String messages) {}
