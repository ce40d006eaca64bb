package org.caremarket.cqc.control;

import java.util.List;
import org.caremarket.cqc.entity.RowError;
import org.caremarket.cqc.entity.Tally;

/** What one batch of rows did, and the rows it could not take. */
public record BatchResult(Tally tally, List<RowError> errors) {
}
