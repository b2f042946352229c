package io.cotrain.training.group;

import java.util.UUID;

/** Groups of the programme were saved or a clerk moved: published in the changing transaction (enrolment follows). */
public record GroupMembersChanged(UUID programmeId) {
}
