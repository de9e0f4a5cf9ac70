package vn.egov.sdk.core.catalog;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the items of this page (empty past the last page)
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param total how many items match in all
 */
public record Page<T>(List<T> items, int page, int size, int total) {
  public Page {
    items = List.copyOf(items);
    if (page < 1 || size < 1 || total < 0) {
      throw new IllegalArgumentException("page and size must be positive and total not negative");
    }
  }
}
