package vn.egov.sdk.widgets.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last good data of a widget on disk, as JSON: written to a temporary file in the same directory
 * and moved over the old one atomically, so a crash leaves either the old or the new file, never half
 * of one. A file that cannot be read is ignored (logged once).
 */
public final class LastGoodStore<T> {
  private static final Logger log = LoggerFactory.getLogger(LastGoodStore.class);

  private final Path file;
  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();
  private final JavaType type;
  private final AtomicBoolean writeFailureLogged = new AtomicBoolean();

  public LastGoodStore(Path file, Class<T> dataType) {
    this.file = file.toAbsolutePath();
    this.type = mapper.getTypeFactory().constructParametricType(Entry.class, dataType);
  }

  public Optional<Entry<T>> load() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Entry<T> e = mapper.readValue(file.toFile(), type);
      if (e == null || e.data() == null || e.fetchedAt() == null || e.provider() == null) {
        throw new IOException("incomplete entry");
      }
      return Optional.of(new Entry<>(e.data(), e.provider(), e.fetchedAt(), true));
    } catch (IOException | RuntimeException e) {
      log.warn("Ignoring unreadable last good data in {} ({})", file, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  public void save(Entry<T> entry) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try {
        mapper.writeValue(tmp.toFile(), entry);
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      if (writeFailureLogged.compareAndSet(true, false)) {
        log.info("Saving last good data to {} works again", file);
      }
    } catch (IOException | RuntimeException e) {
      if (writeFailureLogged.compareAndSet(false, true)) {
        log.warn("Cannot save last good data to {} ({})", file, e.getClass().getSimpleName());
      }
    }
  }
}
