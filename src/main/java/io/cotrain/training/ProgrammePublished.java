package io.cotrain.training;

import java.util.UUID;

/**
 * A programme version was published, in the publishing transaction.
 *
 * @param activated the first publish: the programme became ACTIVE
 */
public record ProgrammePublished(UUID programmeId, int version, boolean activated) {
}
