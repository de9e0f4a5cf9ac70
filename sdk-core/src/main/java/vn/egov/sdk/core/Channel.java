package vn.egov.sdk.core;

import java.util.List;
import java.util.Objects;
import vn.egov.sdk.core.internal.Texts;

/**
 * One row of "cách thức thực hiện": a way to file the dossier, with its own processing time and
 * fees.
 *
 * @param type in person, online or by post
 * @param processingTime the processing time on this channel
 * @param fees the fees on this channel (empty when none are published)
 * @param note free text of the national database for this channel, may be empty
 */
public record Channel(ChannelType type, ProcessingTime processingTime, List<Fee> fees, String note) {
  public Channel {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(processingTime, "processingTime");
    fees = List.copyOf(Objects.requireNonNull(fees, "fees"));
    note = note == null ? "" : Texts.clean(note);
  }

  public static Channel of(ChannelType type, ProcessingTime processingTime, Fee... fees) {
    return new Channel(type, processingTime, List.of(fees), "");
  }
}
