package vn.egov.sdk.stats;

/** One option of a poll's results: its votes and its integer percentage. */
public record OptionResult(String id, String text, long votes, int percent) {}
